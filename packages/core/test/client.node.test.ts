/**
 * The client end to end over real devp2p TCP on loopback, through a statuskit relay that is also a
 * mailserver: a public chat among three clients, 1:1 both ways with statuses reaching `delivered`,
 * contacts, reactions, and an offline client catching up through the mailserver.
 */
import { tcp } from '@statuskit/transport-node';
import { afterEach, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../test/support/wait.js';
import { type Client, createClient, createIdentity, type Message, type MessageStatus } from '../src/index.js';
import { startRelay, type TestRelay } from './support/relay.node.js';

const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const c of open.splice(0).reverse()) await c.close();
});

async function relay(): Promise<TestRelay> {
  const r = await startRelay();
  open.push(r);
  return r;
}

async function client(
  r: TestRelay,
  extra: Partial<Parameters<typeof createClient>[0]> = {},
): Promise<Client> {
  const { identity } = await createIdentity();
  const c = await createClient({
    identity,
    transports: [tcp()],
    mailservers: [r.enode],
    minBackoffMs: 100,
    maxBackoffMs: 1000,
    ...extra,
  });
  open.push(c);
  await waitUntil(() => c.peers().length > 0, 'a peer', 10_000);
  return c;
}

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
    const [a, b] = [await client(r), await client(r)];
    const chat = await a.joinPublicChat('history-test');
    await b.joinPublicChat('history-test');
    const sent: string[] = [];
    for (let i = 0; i < 5; i++) sent.push((await chat.sendText(`old ${i}`)).id);
    await waitUntil(() => r.node.stats.envelopesAccepted >= 5, 'the relay archiving');
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
});
