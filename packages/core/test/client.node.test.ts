/**
 * The client end to end over real devp2p TCP on loopback, through a statuskit relay that is also a
 * mailserver: a public chat among three clients, 1:1 both ways with statuses reaching `delivered`,
 * contacts, reactions, and an offline client catching up through the mailserver.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseEnode } from '@statuskit/devp2p';
import { sqliteStorage } from '@statuskit/storage-sqlite';
import { tcp } from '@statuskit/transport-node';
import { memoryStorage, prefixedStorage, type Storage, toHex, utf8ToBytes } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { waitUntil } from '../../../test/support/wait.js';
import { recordSynced } from '../src/client/history.js';
import { type Client, createClient, createIdentity, type Message, type MessageStatus } from '../src/index.js';
import { useLoopback } from './support/loopback.node.js';

const nobleCryptoId = (enode: string) => parseEnode(enode).id;
const { relay, client, open } = useLoopback();

function inbox(c: Client): Message[] {
  const got: Message[] = [];
  c.addEventListener('message:received', (e) => got.push(e.detail));
  return got;
}

function statuses(c: Client): Map<string, MessageStatus[]> {
  const out = new Map<string, MessageStatus[]>();
  c.addEventListener('message:status', (e) =>
    out.set(e.detail.id, [...(out.get(e.detail.id) ?? []), e.detail.status]),
  );
  return out;
}

describe('createClient over loopback TCP', () => {
  it('holds a public chat among three clients, each message once, in Lamport order', async () => {
    const r = await relay();
    const [a, b, c] = [await client(r), await client(r), await client(r)];
    const boxes = [inbox(a), inbox(b), inbox(c)];
    const chats = await Promise.all([a, b, c].map((x) => x.joinPublicChat('statuskit-test')));
    const sent: Message[] = [];
    for (const [i, chat] of chats.entries()) {
      sent.push(await chat.sendText(`hello from ${i}`));
      await waitUntil(
        () => boxes.every((box, j) => j === i || box.some((m) => m.id === sent[i]?.id)),
        `message ${i}`,
      );
    }
    for (const [j, box] of boxes.entries()) {
      expect(box.map((m) => m.text).sort()).toEqual(
        sent
          .filter((_, i) => i !== j)
          .map((m) => m.text)
          .sort(),
      );
      expect(new Set(box.map((m) => m.id)).size).toBe(box.length);
    }
    // Authors are the AMM signers, IDs the Status message IDs.
    const fromA = boxes[1]?.find((m) => m.text === 'hello from 0');
    expect(fromA?.author).toBe(a.identity.publicKeyString);
    expect(fromA?.id).toBe(sent[0]?.id);
    expect(fromA?.chatId).toBe('statuskit-test');
    // Each client's stored history is in clock order and includes its own message.
    const stored = await c.messages('statuskit-test');
    expect(stored.map((m) => m.text)).toEqual(['hello from 0', 'hello from 1', 'hello from 2']);
    expect(stored.map((m) => m.clock)).toEqual(
      [...stored.map((m) => m.clock)].sort((x, y) => (x < y ? -1 : 1)),
    );
    expect(stored[2]?.status).toBe('sent');
  }, 60_000);

  it('holds a 1:1 chat both ways with forward secrecy and statuses reaching delivered', async () => {
    const r = await relay();
    const [a, b] = [await client(r), await client(r)];
    const [boxA, boxB] = [inbox(a), inbox(b)];
    const [stA, stB] = [statuses(a), statuses(b)];
    const ab = await a.openChat(b.identity.publicKeyString);
    const m1 = await ab.sendText('hi Bob, this is a 1:1');
    await waitUntil(() => boxB.some((m) => m.id === m1.id), 'Bob receiving');
    await waitUntil(() => stA.get(m1.id)?.includes('delivered') ?? false, 'delivered to Bob');
    expect(stA.get(m1.id)).toEqual(['sending', 'sent', 'delivered']);
    const got = boxB.find((m) => m.id === m1.id);
    expect(got?.chatId).toBe(a.identity.publicKeyString);
    expect(got?.chatKind).toBe('one-to-one');
    // Bob answers on the chat the message opened.
    const ba = b.getChat(a.identity.publicKeyString);
    expect(ba).toBeDefined();
    const m2 = await ba?.sendText('hi Alice, reading you');
    await waitUntil(() => boxA.some((m) => m.id === m2?.id), 'Alice receiving');
    await waitUntil(() => stB.get(m2?.id ?? '')?.includes('delivered') ?? false, 'delivered to Alice');
    // A few more rounds: the ratchet keeps working and everything arrives once.
    for (let i = 0; i < 3; i++) {
      const x = await ab.sendText(`a${i}`);
      await waitUntil(() => boxB.some((m) => m.id === x.id), `Bob receiving a${i}`);
      const y = await (ba as NonNullable<typeof ba>).sendText(`b${i}`);
      await waitUntil(() => boxA.some((m) => m.id === y.id), `Alice receiving b${i}`);
    }
    expect(boxB.filter((m) => m.chatKind === 'one-to-one').map((m) => m.text)).toEqual([
      'hi Bob, this is a 1:1',
      'a0',
      'a1',
      'a2',
    ]);
    expect(boxA.map((m) => m.text)).toEqual(['hi Alice, reading you', 'b0', 'b1', 'b2']);
    // After the first answer both sides agreed a secret: the negotiated filter is installed.
    expect(a.node.filters.list().some((f) => f.id.endsWith('-negotiated'))).toBe(true);
  }, 60_000);

  it('lets an offline client catch up through the mailserver, then live, with nothing twice', async () => {
    const r = await relay();
    // Short-lived envelopes: once expired, the relay no longer gossips them and only history has them.
    const [a, b] = [await client(r, { ttlSeconds: 2 }), await client(r)];
    const chat = await a.joinPublicChat('history-test');
    await b.joinPublicChat('history-test');
    const sent: string[] = [];
    for (let i = 0; i < 5; i++) sent.push((await chat.sendText(`old ${i}`)).id);
    await waitUntil(() => r.node.stats.envelopesAccepted >= 5, 'the relay archiving');
    await new Promise((res) => setTimeout(res, 3500));
    // Carol connects later: history first.
    const { identity } = await createIdentity();
    const carol = await createClient({
      identity,
      transports: [tcp()],
      mailservers: [r.enode],
      autoStart: false,
      minBackoffMs: 100,
    });
    open.push(carol);
    const box = inbox(carol);
    const progress: number[] = [];
    carol.addEventListener('history:progress', (e) => progress.push(e.detail.envelopes));
    await carol.joinPublicChat('history-test');
    carol.start();
    await waitUntil(() => box.length >= 5, 'Carol catching up', 20_000);
    expect(box.map((m) => m.id).sort()).toEqual([...sent].sort());
    expect(box.every((m) => m.fromHistory)).toBe(true);
    expect(progress.length).toBeGreaterThan(0);
    // Live after history, and a second sync brings nothing twice.
    const live = await chat.sendText('live one');
    await waitUntil(() => box.some((m) => m.id === live.id), 'Carol live');
    await carol.syncHistory();
    expect(new Set(box.map((m) => m.id)).size).toBe(box.length);
    expect(box).toHaveLength(6);
  }, 60_000);

  it('rejects the mailserver copy of a 1:1 message it already handled, changing nothing', async () => {
    const r = await relay();
    const storage = memoryStorage();
    const { identity: bob } = await createIdentity();
    const [a, b] = [await client(r), await client(r, { identity: bob, storage })];
    const boxB = inbox(b);
    const ab = await a.openChat(b.identity.publicKeyString);
    // Alice learns Bob's installation from his contact-code advertisement (via the mailserver).
    let known = 0;
    for (let i = 0; i < 200 && known === 0; i++) {
      known = (await a.secureTransport.getInstallations(b.identity.publicKey)).length;
      await new Promise((res) => setTimeout(res, 50));
    }
    expect(known).toBe(1);
    const m = await ab.sendText('only once');
    await waitUntil(() => boxB.some((x) => x.id === m.id), 'Bob receiving live');
    await b.whenIdle();
    const before = await b.messages(a.identity.publicKeyString);
    const contacts = b.contacts();
    await b.close();
    // Bob restarts: a fresh node remembers no envelope, and the mailserver sends Alice's again.
    const b2 = await client(r, { identity: bob, storage, autoStart: false });
    const rejected: string[] = [];
    const again = inbox(b2);
    b2.addEventListener('message:rejected', (e) => rejected.push(e.detail.reason));
    b2.start();
    await waitUntil(() => b2.peers().length > 0, 'Bob back');
    await b2.syncHistory();
    await b2.whenIdle();
    expect(rejected.length).toBeGreaterThan(0);
    expect(new Set(rejected)).toEqual(new Set(['replay']));
    expect(again).toEqual([]);
    expect(await b2.messages(a.identity.publicKeyString)).toEqual(before);
    expect(b2.contacts()).toEqual(contacts);
  }, 60_000);

  it('survives a SIGKILL mid-conversation on SQLite: nothing lost, nothing twice', async () => {
    const r = await relay();
    const dir = mkdtempSync(join(tmpdir(), 'statuskit-client-'));
    open.push({ close: async () => rmSync(dir, { recursive: true, force: true }) });
    const db = join(dir, 'alice.db');
    const b = await client(r);
    const boxB = inbox(b);
    const { identity: alice } = await createIdentity();
    const count = 6;
    // Alice's process sends, and is killed after her third message left.
    const child = spawn(
      process.execPath,
      [
        '--conditions=@statuskit/source',
        '--import',
        'tsx',
        join(__dirname, 'support', 'client-child.node.ts'),
      ],
      {
        cwd: join(__dirname, '..', '..', '..'),
        env: {
          ...process.env,
          SK_DB: db,
          SK_KEY: toHex(alice.privateKey),
          SK_RELAY: r.enode,
          SK_PEER: b.identity.publicKeyString,
          SK_COUNT: String(count),
          SK_PREFIX: 'before-crash-',
        },
        stdio: ['ignore', 'pipe', 'inherit'],
      },
    );
    const sent: string[] = [];
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      for (const line of chunk.split('\n')) if (line.startsWith('SENT ')) sent.push(line.slice(5));
    });
    await waitUntil(() => sent.length >= 3, 'three messages sent by the child', 60_000);
    child.kill('SIGKILL');
    await new Promise((res) => child.once('exit', res));
    // Reopened on the same file: the same identity, installation and sessions carry on.
    const storage = sqliteStorage({ path: db });
    open.push({ close: () => storage.close() });
    const a = await createClient({
      identity: alice,
      storage,
      transports: [tcp()],
      mailservers: [r.enode],
      minBackoffMs: 100,
    });
    open.push(a);
    const stored = await a.messages(b.identity.publicKeyString);
    expect(stored.length).toBeGreaterThanOrEqual(3);
    for (const id of sent) expect(stored.some((m) => m.id === id)).toBe(true);
    // Every message stored before the kill reaches Bob exactly once and becomes delivered.
    await waitUntil(() => stored.every((m) => boxB.some((x) => x.id === m.id)), 'Bob receiving all', 30_000);
    const ab = await a.openChat(b.identity.publicKeyString);
    const after = await ab.sendText('after the crash');
    await waitUntil(() => boxB.some((x) => x.id === after.id), 'Bob receiving after the crash', 30_000);
    const reply = await (
      b.getChat(alice.publicKeyString) as NonNullable<ReturnType<Client['getChat']>>
    ).sendText('welcome back');
    const boxA: string[] = [];
    a.addEventListener('message:received', (e) => boxA.push(e.detail.id));
    await waitUntil(() => boxA.includes(reply.id), 'Alice receiving the reply', 30_000);
    await b.whenIdle();
    const ids = boxB.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.sort()).toEqual([...stored.map((m) => m.id), after.id].sort());
    // And each of Alice's messages, before and after the crash, ends delivered (MVDS acks).
    const deadline = Date.now() + 30_000;
    let final = await a.messages(b.identity.publicKeyString);
    while (final.some((m) => m.outgoing && m.status !== 'delivered') && Date.now() < deadline) {
      await new Promise((res) => setTimeout(res, 100));
      final = await a.messages(b.identity.publicKeyString);
    }
    expect(final.filter((m) => m.outgoing).map((m) => m.status)).toEqual(
      final.filter((m) => m.outgoing).map(() => 'delivered'),
    );
  }, 120_000);

  it('fetches only the gap in the middle of its synced range', async () => {
    const r = await relay();
    const a = await client(r, { ttlSeconds: 2 });
    const chat = await a.joinPublicChat('gap-test');
    const sleep = (ms: number) => new Promise((res) => setTimeout(res, ms));
    const tick = () => Math.floor(Date.now() / 1000);
    const beforeGap = await chat.sendText('before the gap');
    await sleep(1100);
    const t1 = tick();
    await sleep(1100);
    const inGap = [await chat.sendText('in the gap 1'), await chat.sendText('in the gap 2')];
    await sleep(1100);
    const t2 = tick();
    await sleep(1100);
    const afterGap = await chat.sendText('after the gap');
    await waitUntil(() => r.node.stats.envelopesAccepted >= 4, 'the relay archiving');
    await new Promise((res) => setTimeout(res, 3500)); // expired from the relay's pool
    // Carol's store says she synced up to t1 and from t2 on: only (t1, t2) is missing.
    const storage: Storage = memoryStorage();
    const topic = (await import('@statuskit/whisper')).toTopic('gap-test');
    await recordSynced(prefixedStorage(storage, utf8ToBytes('cl/')), [topic], [t1 - 86_400, t1]);
    await recordSynced(prefixedStorage(storage, utf8ToBytes('cl/')), [topic], [t2, t2 + 3600]);
    const { identity } = await createIdentity();
    const carol = await createClient({
      identity,
      storage,
      transports: [tcp()],
      mailservers: [r.enode],
      autoStart: false,
    });
    open.push(carol);
    const box = inbox(carol);
    await carol.joinPublicChat('gap-test');
    carol.start();
    await waitUntil(() => box.length >= 2, 'Carol filling the gap', 20_000);
    await carol.syncHistory();
    await carol.whenIdle();
    expect(box.map((m) => m.id).sort()).toEqual(inGap.map((m) => m.id).sort());
    expect(box.some((m) => m.id === beforeGap.id || m.id === afterGap.id)).toBe(false);
  }, 60_000);

  it('moves to the next trusted mailserver when one does not answer, and asks the range again', async () => {
    const silent = await relay({ mailserver: false });
    const r = await relay();
    const a = await client(r, { ttlSeconds: 2 });
    const chat = await a.joinPublicChat('failover-test');
    const sent = [
      await chat.sendText('kept by the second mailserver 1'),
      await chat.sendText('kept by the second mailserver 2'),
    ];
    await waitUntil(() => r.node.stats.envelopesAccepted >= 2, 'the relay archiving');
    await new Promise((res) => setTimeout(res, 3500));
    const { identity } = await createIdentity();
    const carol = await createClient({
      identity,
      transports: [tcp()],
      mailservers: [silent.enode, r.enode],
      historyTimeoutMs: 1000,
      autoStart: false,
      minBackoffMs: 100,
    });
    open.push(carol);
    const box = inbox(carol);
    const progress: string[] = [];
    carol.addEventListener('history:progress', (e) => progress.push(e.detail.mailserver));
    await carol.joinPublicChat('failover-test');
    carol.start();
    await waitUntil(() => carol.peers().length === 2, 'both mailservers connected');
    await carol.syncHistory();
    await carol.whenIdle();
    expect(box.map((m) => m.id).sort()).toEqual(sent.map((m) => m.id).sort());
    const silentId = toHex(nobleCryptoId(silent.enode));
    expect(progress.every((ms) => ms !== silentId)).toBe(true);
  }, 60_000);

  it('speaks Whisper v6 to a relay that only speaks shh/6 (as go-ethereum 1.9 does)', async () => {
    const r = await relay({ capabilities: ['shh/6'] });
    const [a, b] = [await client(r), await client(r)];
    expect(a.peers().map((p) => p.capability)).toEqual(['shh/6']);
    const boxB = inbox(b);
    const chat = await a.joinPublicChat('shh-test');
    await b.joinPublicChat('shh-test');
    const m = await chat.sendText('over shh/6');
    await waitUntil(() => boxB.some((x) => x.id === m.id), 'Bob receiving over shh/6');
  }, 60_000);
});
