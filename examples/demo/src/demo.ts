/**
 * The statuskit demo: four Status clients made with `createClient`, in one process.
 *
 * By default they meet on loopback at an embedded relay that is also a mailserver, listening on TCP
 * and (through the WebSocket bridge, in-process) on WebSocket. With `peers`/`mailservers` the same
 * clients join an existing Whisper v6 / Waku v1 network instead, and no relay is started.
 *
 * 1. Public chat: Alice and Bob over RLPx/TCP, Dave over RLPx/WebSocket (as a browser or extension
 *    would; the bridge only pipes ciphertext), each message seen by the others.
 * 2. 1:1 with forward secrecy: X3DH, the Double Ratchet, MVDS; each message goes sending → sent →
 *    delivered (the MVDS ack of the other side).
 * 3. Restart: Bob runs on SQLite; he sends, closes his client and database mid-conversation, Alice
 *    writes meanwhile, and Bob reopens on the same file: his session, outbox and history come back,
 *    what he missed arrives from the mailserver, nothing twice.
 * 4. Offline catch-up: Carol was never online; she starts, follows #status and gets everything
 *    through the mailserver, including a 1:1 message Alice wrote while she was away.
 *
 * Every sent message is entered in a ledger with the parties that must receive it; the run is good
 * only when each arrived exactly once and every 1:1 message reached `delivered`.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Chat,
  type Client,
  type ClientTransport,
  createClient,
  createIdentity,
  type Identity,
  type Message,
  type MessageStatus,
  type PeerAddress,
} from '@statuskit/core';
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import { sqliteStorage } from '@statuskit/storage-sqlite';
import { tcp } from '@statuskit/transport-node';
import { connectWebSocket } from '@statuskit/transport-ws';
import { createBridge } from '@statuskit/transport-ws/bridge';
import { memoryStorage, type Storage } from '@statuskit/utils';
import { WebSocket } from 'ws';
import { Ledger, type Verdict } from './ledger.js';
import { type Relay, startRelay } from './relay.js';

/** Options of {@link runDemo}. */
export interface DemoOptions {
  /** Peers of an existing network; with `mailservers` both empty, the embedded relay is used. */
  peers?: readonly string[];
  /** Trusted mailservers of that network (also dialed as peers). */
  mailservers?: readonly string[];
  /** The public chat, default `status`. */
  chat?: string;
  /** Each line of the transcript. */
  log?: (line: string) => void;
  /** Longest wait for one step, default 20 s. */
  stepTimeoutMs?: number;
}

/** What the demo saw. */
export interface DemoResult {
  ok: boolean;
  mode: 'embedded' | 'network';
  /** The embedded relay (embedded mode only). */
  relay?: { enode: string; wsUrl: string };
  verdict: Verdict;
  /** Status transitions of every 1:1 message, by message ID. */
  statuses: Record<string, MessageStatus[]>;
  /** 1:1 messages that never reached `delivered`. */
  undelivered: string[];
  /** Bob's 1:1 conversation as stored after his restart (texts in Lamport order). */
  bobConversation: string[];
  /** Parts skipped (no mailserver in network mode). */
  skipped: string[];
  /** The step that failed, if one did. */
  error?: string;
}

type Name = 'Alice' | 'Bob' | 'Carol' | 'Dave';

interface Party {
  name: Name;
  identity: Identity;
  via: 'TCP' | 'WebSocket';
  client?: Client;
  storage?: Storage;
}

class StepTimeout extends Error {
  override name = 'StepTimeout';
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const short = (key: string) => `${key.slice(0, 10)}…${key.slice(-4)}`;
const shortEnode = (url: string) => `${url.slice(0, 22)}…${url.slice(url.indexOf('@'))}`;

/** Runs the demo; resolves with its verdict (it never rejects on a failed step: `error` says). */
export async function runDemo(options: DemoOptions = {}): Promise<DemoResult> {
  const log = options.log ?? console.log;
  const stepMs = options.stepTimeoutMs ?? 20_000;
  const chatName = options.chat ?? 'status';
  const external = (options.peers?.length ?? 0) + (options.mailservers?.length ?? 0) > 0;
  const withMailserver = !external || (options.mailservers?.length ?? 0) > 0;
  const ledger = new Ledger();
  const statuses = new Map<string, MessageStatus[]>();
  const oneToOne = new Map<string, string>(); // id → "from → to: text"
  const names = new Map<string, Name>();
  const rejected = new Map<string, number>();
  const cleanup: Array<() => Promise<unknown> | unknown> = [];
  const result: DemoResult = {
    ok: false,
    mode: external ? 'network' : 'embedded',
    verdict: { ok: false, expected: 0, deliveredOnce: 0, problems: [], foreign: 0 },
    statuses: {},
    undelivered: [],
    bobConversation: [],
    skipped: [],
  };

  const waitFor = async (pred: () => boolean, what: string, ms = stepMs) => {
    const end = Date.now() + ms;
    while (!pred()) {
      if (Date.now() > end) throw new StepTimeout(`timed out after ${ms} ms waiting for ${what}`);
      await sleep(20);
    }
  };
  const delivered = (id: string) => statuses.get(id)?.includes('delivered') ?? false;
  const section = (title: string) => log(`\n── ${title} ${'─'.repeat(Math.max(0, 70 - title.length))}`);

  const parties = {} as Record<Name, Party>;
  const tmp = mkdtempSync(join(tmpdir(), 'statuskit-demo-'));
  cleanup.push(() => rmSync(tmp, { recursive: true, force: true }));
  const bobDb = join(tmp, 'bob.sqlite');

  try {
    // ---------------------------------------------------------------- the network
    let tcpPeers: PeerAddress[];
    let mailservers: PeerAddress[];
    let wsPeer: PeerAddress;
    log('statuskit demo: Status v1 clients made with createClient, every byte through the real stack');
    // Node entry points take the fast provider (WASM libsecp256k1 + Keccak, node:crypto ciphers):
    // byte for byte what the default noble provider computes, several times faster.
    const crypto = await createNodeCrypto();
    if (!external) {
      const relay: Relay = await startRelay({ crypto });
      cleanup.push(() => relay.close());
      result.relay = { enode: relay.enode, wsUrl: relay.wsUrl };
      log(`relay + mailserver (Waku v1) on loopback:`);
      log(`  TCP        ${shortEnode(relay.enode)}`);
      log(`  WebSocket  ${relay.wsUrl}  (the bridge hands RLPx bytes to the same node in-process)`);
      tcpPeers = [];
      mailservers = [relay.enode];
      wsPeer = { enode: relay.enode, url: relay.wsUrl };
    } else {
      const peers = [...(options.peers ?? [])];
      const ms = [...(options.mailservers ?? [])];
      tcpPeers = peers;
      mailservers = ms;
      // Dave still speaks RLPx over WebSocket: a local bridge pipes his bytes to the first node.
      const first = (peers[0] ?? ms[0]) as string;
      const bridge = await createBridge({ host: '127.0.0.1', port: 0, upstreams: [first], origins: '*' });
      cleanup.push(() => bridge.close({ reason: 'demo over' }));
      wsPeer = { enode: first, url: `ws://127.0.0.1:${bridge.address().port}/` };
      log('joining an existing network, no embedded relay:');
      for (const p of peers) log(`  peer        ${shortEnode(p)}`);
      for (const p of ms) log(`  mailserver  ${shortEnode(p)}`);
      log(`  Dave's WebSocket goes through a local bridge (${wsPeer.url}) to ${shortEnode(first)}`);
      if (!withMailserver) {
        result.skipped.push('offline catch-up and messages to a closed client (no --mailserver)');
      }
    }
    const wsCarrier: ClientTransport = (url, o) => connectWebSocket(url, { ...o, WebSocket });

    // ---------------------------------------------------------------- the parties
    for (const [name, via] of [
      ['Alice', 'TCP'],
      ['Bob', 'TCP'],
      ['Dave', 'WebSocket'],
      ['Carol', 'TCP'],
    ] as const) {
      const { identity } = await createIdentity({ crypto });
      parties[name] = { name, identity, via };
      names.set(identity.publicKeyString, name);
      ledger.addAuthor(identity.publicKeyString);
    }
    const { Alice: alice, Bob: bob, Carol: carol, Dave: dave } = parties;
    const who = (key: string) => names.get(key) ?? short(key);

    const open = async (p: Party, o: { autoStart?: boolean } = {}): Promise<Client> => {
      const client = await createClient({
        identity: p.identity,
        crypto,
        ...(p.storage !== undefined ? { storage: p.storage } : {}),
        transports: p.via === 'TCP' ? [tcp()] : [wsCarrier],
        peers: p.via === 'TCP' ? tcpPeers : [wsPeer],
        mailservers: p.via === 'TCP' ? mailservers : [],
        minBackoffMs: 200,
        maxBackoffMs: 2_000,
        dialTimeoutMs: 5_000,
        historyWindowSeconds: 600,
        historyTimeoutMs: 5_000,
        ...(o.autoStart !== undefined ? { autoStart: o.autoStart } : {}),
      });
      p.client = client;
      client.addEventListener('message:received', (e) => {
        const m: Message = e.detail;
        const n = ledger.receive(p.name, m);
        if (n === 0) return; // someone else on a real network
        const where = m.chatKind === 'public' ? `#${m.chatId}` : '1:1';
        const dup = n > 1 ? `  DUPLICATE ×${n}` : '';
        const hist = m.fromHistory ? ' (from the mailserver)' : '';
        log(`    ${p.name} ← ${who(m.author)} in ${where}${hist}: ${m.text}${dup}`);
      });
      client.addEventListener('message:status', (e) => {
        const { id, status, failure } = e.detail;
        statuses.set(id, [...(statuses.get(id) ?? []), status]);
        if (!oneToOne.has(id)) return;
        const why = failure !== undefined ? ` (${failure})` : '';
        log(`    ${p.name}'s "${oneToOne.get(id)}" is ${status}${why}`);
      });
      client.addEventListener('message:rejected', (e) => {
        rejected.set(e.detail.reason, (rejected.get(e.detail.reason) ?? 0) + 1);
      });
      client.addEventListener('error', (e) =>
        log(`    ${p.name}: error in ${e.detail.context}: ${e.detail.error}`),
      );
      return client;
    };
    const connected = async (p: Party) => {
      await waitFor(() => (p.client?.peers().length ?? 0) > 0, `${p.name} connecting`);
      const peer = p.client?.peers()[0];
      log(
        `  ${p.name.padEnd(5)} "${p.identity.alias}"  ${short(p.identity.publicKeyString)}  over RLPx/${p.via}, ${peer?.capability}`,
      );
    };
    const say = async (p: Party, chat: Chat, text: string, to: Name[]): Promise<Message> => {
      log(`  ${p.name} → ${chat.kind === 'public' ? `#${chat.id}` : `1:1 with ${who(chat.id)}`}: ${text}`);
      const m = await chat.sendText(text);
      ledger.expect({ id: m.id, from: p.name, text, to });
      if (chat.kind === 'one-to-one') {
        // The first transitions happened inside sendText; later ones are logged as they come.
        oneToOne.set(m.id, `${text.slice(0, 32)}${text.length > 32 ? '…' : ''}`);
        log(`    ${p.name}'s "${oneToOne.get(m.id)}" is ${(statuses.get(m.id) ?? []).join(' → ')}`);
      }
      return m;
    };

    // ---------------------------------------------------------------- 1. public chat
    section(`1. public chat #${chatName}`);
    alice.storage = memoryStorage();
    bob.storage = sqliteStorage({ path: bobDb });
    dave.storage = memoryStorage();
    for (const p of [alice, bob, dave]) await open(p);
    for (const p of [alice, bob, dave]) await connected(p);
    const publicIds: string[] = [];
    const pub = {} as Record<Name, Chat>;
    for (const p of [alice, bob, dave]) pub[p.name] = await (p.client as Client).joinPublicChat(chatName);
    for (const [p, text] of [
      [alice, 'hello from statuskit'],
      [bob, 'hi Alice, reading you over Waku v1'],
      [dave, 'Dave here, over the WebSocket bridge'],
    ] as const) {
      const to = (['Alice', 'Bob', 'Dave'] as Name[]).filter((n) => n !== p.name);
      const m = await say(p, pub[p.name], text, to);
      publicIds.push(m.id);
      await waitFor(() => ledger.arrived(m.id), `"${text}" reaching ${to.join(' and ')}`);
    }

    // ---------------------------------------------------------------- 2. 1:1
    section('2. 1:1 chat with forward secrecy (X3DH + Double Ratchet, MVDS acks)');
    const ab = await (alice.client as Client).openChat(bob.identity.publicKeyString);
    let ba = await (bob.client as Client).openChat(alice.identity.publicKeyString);
    for (const [p, chat, text, to] of [
      [alice, ab, 'Hi Bob, this one is just for you', 'Bob'],
      [bob, ba, 'Hi Alice, got it, answering on the same chat', 'Alice'],
      [alice, ab, 'The ratchet has stepped: new keys for this one', 'Bob'],
    ] as const) {
      const m = await say(p, chat, text, [to]);
      await waitFor(() => ledger.arrived(m.id) && delivered(m.id), `"${text}" delivered to ${to}`);
    }
    const negotiated = (c?: Client) =>
      c?.node.filters.list().some((f) => f.id.endsWith('-negotiated')) ?? false;
    log(
      `  both sides agreed a shared secret and listen on its negotiated topic: ${negotiated(alice.client) && negotiated(bob.client) ? 'yes' : 'no'}`,
    );

    // ---------------------------------------------------------------- 3. restart
    section('3. Bob restarts mid-conversation (SQLite, same file)');
    const brb = await say(bob, ba, 'brb, restarting my client', ['Alice']);
    const beforeClose = (await (bob.client as Client).messages(alice.identity.publicKeyString)).length;
    log(`  Bob closes: client.close(), storage.close() (${beforeClose} messages in his 1:1 so far)`);
    await (bob.client as Client).close();
    await (bob.storage as Storage).close();
    const whileAway: Message[] = [];
    if (withMailserver) {
      whileAway.push(await say(alice, ab, 'Did you get this while you were away?', ['Bob']));
      whileAway.push(await say(alice, pub.Alice, 'Bob is restarting, back in a second', ['Bob', 'Dave']));
      await waitFor(() => ledger.arrived(whileAway[1]?.id as string, ['Dave']), 'Dave receiving Alice');
      await waitFor(
        () => statuses.get(whileAway[0]?.id as string)?.includes('sent') ?? false,
        'Alice sending',
      );
    } else {
      log('  (no mailserver: nothing is sent to Bob while he is away)');
    }
    bob.storage = sqliteStorage({ path: bobDb });
    await open(bob);
    ba = await (bob.client as Client).openChat(alice.identity.publicKeyString);
    const reopened = await (bob.client as Client).messages(alice.identity.publicKeyString);
    log(
      `  Bob reopens on ${bobDb.slice(tmp.length + 1)}: ${reopened.length} messages in his 1:1, ` +
        `${(bob.client as Client).chats().length} chats, same installation, same ratchet session`,
    );
    await connected(bob);
    for (const m of whileAway) await waitFor(() => ledger.arrived(m.id), `Bob receiving "${m.text}"`);
    await waitFor(() => delivered(brb.id), '"brb" delivered after the restart');
    const back = await say(bob, ba, 'Back: same session, nothing lost', ['Alice']);
    await waitFor(() => ledger.arrived(back.id) && delivered(back.id), '"Back" delivered to Alice');
    result.bobConversation = (await (bob.client as Client).messages(alice.identity.publicKeyString)).map(
      (m) => m.text,
    );
    log(`  Bob's stored 1:1 now: ${result.bobConversation.length} messages, each once`);

    // ---------------------------------------------------------------- 4. offline catch-up
    section('4. Carol was offline: she catches up through the mailserver');
    if (withMailserver) {
      const ac = await (alice.client as Client).openChat(carol.identity.publicKeyString);
      const note = await say(alice, ac, 'Carol, read this when you are back', ['Carol']);
      carol.storage = memoryStorage();
      const c = await open(carol, { autoStart: false });
      for (const id of [...publicIds, whileAway[1]?.id as string]) ledger.expectAlso(id, 'Carol');
      c.addEventListener('history:progress', (e) => {
        if (e.detail.done)
          log(`    Carol: mailserver answered, ${e.detail.envelopes} envelopes in ${e.detail.pages} page(s)`);
      });
      await c.joinPublicChat(chatName);
      c.start();
      await connected(carol);
      await waitFor(
        () =>
          [...publicIds, whileAway[1]?.id as string, note.id].every((id) => ledger.count('Carol', id) > 0),
        'Carol catching up',
      );
      await waitFor(() => delivered(note.id), `Alice's note delivered to Carol`);
      const ca = await c.openChat(alice.identity.publicKeyString);
      const thanks = await say(carol, ca, 'Caught up, thanks Alice', ['Alice']);
      await waitFor(
        () => ledger.arrived(thanks.id) && delivered(thanks.id),
        '"Caught up" delivered to Alice',
      );
    } else {
      log('  skipped: no --mailserver given');
    }

    // Late duplicates (MVDS resends, history overlaps) would show up now.
    await sleep(1_000);
  } catch (err) {
    result.error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
    log(`\nFAILED: ${result.error}`);
  }

  // ---------------------------------------------------------------- verdict
  section('verdict');
  for (const p of Object.values(parties)) {
    await p.client?.close();
    await p.storage?.close();
  }
  for (const c of cleanup.reverse()) await c();
  const verdict = ledger.verdict();
  result.verdict = verdict;
  result.statuses = Object.fromEntries([...oneToOne.keys()].map((id) => [id, statuses.get(id) ?? []]));
  result.undelivered = [...oneToOne.keys()].filter((id) => !delivered(id));
  log(`  ${verdict.deliveredOnce} of ${verdict.expected} expected receipts arrived exactly once`);
  for (const x of verdict.problems) {
    log(`  ${x.kind.toUpperCase()}: "${x.text}" at ${x.recipient}${x.count > 1 ? ` (×${x.count})` : ''}`);
  }
  const nDelivered = oneToOne.size - result.undelivered.length;
  log(`  ${nDelivered} of ${oneToOne.size} 1:1 messages reached delivered`);
  for (const id of result.undelivered) {
    log(`  NOT DELIVERED: "${oneToOne.get(id)}" (${(statuses.get(id) ?? []).join(' → ')})`);
  }
  if (verdict.foreign > 0) log(`  ${verdict.foreign} messages from others on the network were ignored`);
  const replays = rejected.get('replay') ?? 0;
  rejected.delete('replay');
  if (replays > 0)
    log(`  ${replays} copies (MVDS resends, history overlapping live traffic) dropped as replays`);
  if (rejected.size > 0) {
    log(`  also dropped by the clients: ${[...rejected].map(([r, n]) => `${n} ${r}`).join(', ')}`);
  }
  for (const s of result.skipped) log(`  skipped: ${s}`);
  result.ok = result.error === undefined && verdict.ok && result.undelivered.length === 0;
  log(result.ok ? 'OK: every expected message arrived exactly once.' : 'FAILED');
  return result;
}
