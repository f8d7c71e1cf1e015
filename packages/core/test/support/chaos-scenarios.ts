/**
 * Chaos scenarios over {@link createChaosNetwork}: a public chat and 1:1 chats among three real
 * clients, with envelope loss, duplication and reordering at the relay hop, latency, connections cut
 * mid-frame, partitions that heal and clock skew. After the network heals (faults off, every
 * partition healed, one more mailserver sync) the checks are:
 * - every message reaches every recipient exactly once (`message:received` once per ID, stored once);
 * - each chat's stored history is in Lamport clock order, and every message's clock is above every
 *   clock its author had seen in that chat when sending it (§7.10);
 * - 1:1: every message ends `delivered` for its sender (the MVDS acknowledgement came back).
 *
 * The runners are framework-free (they throw on a violated check) so the fixed-seed tests and the
 * random-seed soak share them.
 */
import type { CryptoProvider } from '@statuskit/utils';
import {
  type Chat,
  type Client,
  createClient,
  identityFromPrivateKey,
  type Message,
} from '../../src/index.js';
import {
  type ChaosNetwork,
  type ChaosStats,
  chaosTime,
  createChaosNetwork,
  type Prng,
  type SkewedClock,
} from './chaos.js';

/** Options of a scenario run. */
export interface ScenarioOptions {
  crypto: CryptoProvider;
  /** Virtual ms per real ms (default 10). */
  rate?: number;
  /** Messages sent (default 12). */
  messages?: number;
  /** Real ms allowed for the network to converge after it heals (default 120 s: a loaded machine slows everything 10×). */
  convergeTimeoutMs?: number;
}

/** What a run did and saw. */
export interface ScenarioReport {
  kind: 'public' | 'one-to-one';
  seed: number;
  messages: number;
  deliveries: number;
  partitions: number;
  skewsMs: number[];
  stats: ChaosStats;
  realMs: number;
  virtualMs: number;
}

const NAMES = ['alice', 'bob', 'carol'] as const;

interface Party {
  name: string;
  client: Client;
  clock: SkewedClock;
  /** Message IDs received, in event order (duplicates kept, to be caught). */
  received: string[];
}

interface Sent {
  id: string;
  from: number;
  to: number[];
  chatOf: (party: number) => string;
  clock: bigint;
}

function check(cond: boolean, what: string): asserts cond {
  if (!cond) throw new Error(`chaos check failed: ${what}`);
}

async function until(pred: () => boolean | Promise<boolean>, timeoutMs: number): Promise<boolean> {
  const end = Date.now() + timeoutMs;
  for (;;) {
    if (await pred()) return true;
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function startParties(
  net: ChaosNetwork,
  rng: Prng,
  o: ScenarioOptions,
  time: ReturnType<typeof chaosTime>,
) {
  const parties: Party[] = [];
  for (const name of NAMES) {
    // Skew within the bounds (§3.7: envelopes up to 10 s ahead are accepted): ±4 s.
    const clock = time.clock(Math.round(rng.range(-4000, 4000)));
    const key = o.crypto.secp256k1GeneratePrivateKey();
    const client = await createClient({
      identity: identityFromPrivateKey(key, o.crypto),
      crypto: o.crypto,
      clock,
      transports: [net.carrier(name)],
      mailservers: [net.enode],
      minBackoffMs: 200,
      maxBackoffMs: 2000,
      dialTimeoutMs: 20_000,
      historyTimeoutMs: 30_000,
      // Time runs `rate` times faster than the wall clock, so a 1 s stall of a loaded test machine
      // is 10 s of virtual time: envelopes get 60 s instead of status-go's 15 s to cross the hop.
      ttlSeconds: 60,
    });
    const party: Party = { name, client, clock, received: [] };
    client.addEventListener('message:received', (e) => party.received.push(e.detail.id));
    parties.push(party);
  }
  const connected = await until(() => parties.every((p) => p.client.peers().length > 0), 60_000);
  check(connected, 'every client connects to the relay');
  return parties;
}

/** Random partitions while sending: each lasts 1–6 s of virtual time, then heals. */
function partitioner(net: ChaosNetwork, rng: Prng, time: ReturnType<typeof chaosTime>) {
  const down = new Set<string>();
  const clock = time.clock(0);
  let count = 0;
  return {
    maybe(p: number) {
      if (!rng.chance(p)) return;
      const name = NAMES[rng.int(NAMES.length)] as string;
      if (down.has(name)) return;
      down.add(name);
      count++;
      net.partition(name);
      clock.setTimeout(
        () => {
          down.delete(name);
          net.heal(name);
        },
        rng.range(1000, 6000),
      );
    },
    healAll() {
      for (const n of down) net.heal(n);
      down.clear();
    },
    get count() {
      return count;
    },
  };
}

async function maxClock(chat: Chat): Promise<bigint> {
  const ms = await chat.messages();
  let max = 0n;
  for (const x of ms) if (x.clock > max) max = x.clock;
  return max;
}

/** Heals, quiets the network and waits until every recipient has every message. */
async function converge(
  net: ChaosNetwork,
  parties: Party[],
  sent: Sent[],
  timeoutMs: number,
  extra: () => Promise<boolean> = async () => true,
  diagnose: () => string = () => '',
): Promise<void> {
  net.setFaults({ up: {}, down: {}, link: {} });
  const complete = () => sent.every((m) => m.to.every((t) => (parties[t] as Party).received.includes(m.id)));
  const peersUp = () => parties.every((p) => p.client.peers().length > 0);
  let lastSync = 0;
  const ok = await until(async () => {
    if (complete() && (await extra())) return true;
    // History fills what the relay dropped on the way down; ask every second or so.
    if (peersUp() && Date.now() - lastSync > 1000) {
      lastSync = Date.now();
      await Promise.all(parties.map((p) => p.client.syncHistory().catch(() => undefined)));
    }
    return false;
  }, timeoutMs);
  if (!ok) {
    const missing = sent.flatMap((m) =>
      m.to
        .filter((t) => !(parties[t] as Party).received.includes(m.id))
        .map((t) => `${m.id.slice(0, 10)} ${parties[m.from]?.name}→${parties[t]?.name}`),
    );
    const tr = diagnose();
    throw new Error(
      `${tr}\nchaos check failed: not converged after ${timeoutMs} ms; missing ${missing.length}: ${missing.slice(0, 6).join(', ')}`,
    );
  }
  // One more sync: history brings copies of everything again, none may count twice.
  await Promise.all(parties.map((p) => p.client.syncHistory().catch(() => undefined)));
  await Promise.all(parties.map((p) => p.client.whenIdle()));
}

function checkOnce(parties: Party[], sent: Sent[]): number {
  let deliveries = 0;
  const ids = new Set(sent.map((m) => m.id));
  for (const [i, p] of parties.entries()) {
    const mine = p.received.filter((id) => ids.has(id));
    check(new Set(mine).size === mine.length, `${p.name} got a message twice`);
    const expected = sent.filter((m) => m.to.includes(i)).map((m) => m.id);
    check(
      mine.length === expected.length && expected.every((id) => mine.includes(id)),
      `${p.name} got ${mine.length} of ${expected.length} messages`,
    );
    deliveries += mine.length;
  }
  return deliveries;
}

async function checkStored(parties: Party[], sent: Sent[]): Promise<void> {
  for (const [i, p] of parties.entries()) {
    const chats = new Set(sent.filter((m) => m.from === i || m.to.includes(i)).map((m) => m.chatOf(i)));
    for (const chatId of chats) {
      const stored: Message[] = await p.client.messages(chatId);
      const ids = stored.map((m) => m.id);
      check(new Set(ids).size === ids.length, `${p.name} stored a message twice in ${chatId.slice(0, 12)}`);
      const expected = sent.filter((m) => (m.from === i || m.to.includes(i)) && m.chatOf(i) === chatId);
      check(
        expected.every((m) => ids.includes(m.id)) && ids.length === expected.length,
        `${p.name} stored ${ids.length} of ${expected.length} in ${chatId.slice(0, 12)}`,
      );
      for (let k = 1; k < stored.length; k++) {
        check(
          (stored[k - 1] as Message).clock <= (stored[k] as Message).clock,
          `${p.name}'s history of ${chatId.slice(0, 12)} is out of clock order`,
        );
      }
    }
  }
}

function report(
  kind: ScenarioReport['kind'],
  seed: number,
  sent: Sent[],
  deliveries: number,
  parts: number,
  parties: Party[],
  net: ChaosNetwork,
  t0: number,
  rate: number,
): ScenarioReport {
  const realMs = Date.now() - t0;
  return {
    kind,
    seed,
    messages: sent.length,
    deliveries,
    partitions: parts,
    skewsMs: parties.map((p) => p.clock.skewMs),
    stats: structuredClone(net.stats),
    realMs,
    virtualMs: Math.round(realMs * rate),
  };
}

async function shutdown(parties: Party[], net: ChaosNetwork): Promise<void> {
  await Promise.allSettled(parties.map((p) => p.client.close()));
  await net.close();
}

/**
 * A public chat among three clients. Up the relay hop envelopes are duplicated and reordered but
 * not dropped: Status v1 public chats have no end-to-end retransmission (§6.5: MVDS is not used
 * for them), so an envelope lost before the first relay is lost for status-go too. Down the hop
 * they are also dropped; the mailserver brings them back.
 */
export async function runPublicScenario(seed: number, o: ScenarioOptions): Promise<ScenarioReport> {
  const rate = o.rate ?? 10;
  const time = chaosTime(rate);
  const t0 = Date.now();
  const net = await createChaosNetwork({
    seed,
    time,
    crypto: o.crypto,
    up: { duplicate: 0.1, reorder: 0.2, maxDelayMs: 3000 },
    down: { loss: 0.2, duplicate: 0.1, reorder: 0.2, maxDelayMs: 3000 },
    link: { latencyMs: [5, 120], cutPerChunk: 0.01, cutAfterChunks: 4 },
  });
  const rng = net.rng.fork('scenario');
  let parties: Party[] = [];
  const atRelay = new Set<string>();
  let diagnose = () => '';
  net.relay.addEventListener('envelope', (e) => atRelay.add(e.detail.hashHex));
  const relayDrops = new Map<string, string>();
  net.relay.addEventListener('envelope:dropped', (e) => {
    if (e.detail.hashHex !== undefined) relayDrops.set(e.detail.hashHex, e.detail.reason);
  });
  try {
    parties = await startParties(net, rng, o, time);
    const trace = new Map<string, string[]>();
    let current: string[] = [];
    const expired = new Set<string>();
    for (const p of parties) {
      p.client.node.addEventListener('envelope', (e) => {
        if (e.detail.origin === 'local') current.push(e.detail.hashHex);
      });
      p.client.node.addEventListener('envelope:expired', (e) => {
        if (!atRelay.has(e.detail.hashHex)) expired.add(e.detail.hashHex);
      });
    }
    diagnose = () =>
      [...trace]
        .map(
          ([id, hs]) =>
            `${id.slice(0, 10)}:${hs.map((h) => `${h.slice(0, 6)}${atRelay.has(h) ? '+relay' : ''}${expired.has(h) ? '+expired-unsent' : ''}${relayDrops.has(h) ? `+relay-dropped:${relayDrops.get(h)}` : ''}`).join('/')}`,
        )
        .join(' ');
    const chats = await Promise.all(parties.map((p) => p.client.joinPublicChat('chaos')));
    const parts = partitioner(net, rng, time);
    const sent: Sent[] = [];
    for (let i = 0; i < (o.messages ?? 12); i++) {
      parts.maybe(0.3);
      const from = rng.int(parties.length);
      const chat = chats[from] as Chat;
      const seen = await maxClock(chat);
      current = [];
      const m = await chat.sendText(`seed ${seed} message ${i} from ${parties[from]?.name}`);
      trace.set(m.id, current);
      check(m.clock > seen, `message ${i} has clock ${m.clock}, not above ${seen} its author saw`);
      sent.push({
        id: m.id,
        from,
        to: [0, 1, 2].filter((x) => x !== from),
        chatOf: () => 'chaos',
        clock: m.clock,
      });
      await time.sleep(rng.range(100, 1500));
    }
    parts.healAll();
    await converge(
      net,
      parties,
      sent,
      o.convergeTimeoutMs ?? 120_000,
      async () => true,
      () => diagnose(),
    );
    const deliveries = checkOnce(parties, sent);
    await checkStored(parties, sent);
    return report('public', seed, sent, deliveries, parts.count, parties, net, t0, rate);
  } finally {
    await shutdown(parties, net);
  }
}

/**
 * 1:1 chats among three clients (each pair), with every fault in both directions: MVDS
 * retransmits what the relay dropped on the way up, the mailserver returns what it dropped on the
 * way down, and duplicates (ours, MVDS's, the mailserver's) count once.
 */
export async function runOneToOneScenario(seed: number, o: ScenarioOptions): Promise<ScenarioReport> {
  const rate = o.rate ?? 10;
  const time = chaosTime(rate);
  const t0 = Date.now();
  const net = await createChaosNetwork({
    seed,
    time,
    crypto: o.crypto,
    up: { loss: 0.15, duplicate: 0.1, reorder: 0.2, maxDelayMs: 3000 },
    down: { loss: 0.15, duplicate: 0.1, reorder: 0.2, maxDelayMs: 3000 },
    link: { latencyMs: [5, 120], cutPerChunk: 0.01, cutAfterChunks: 4 },
  });
  const rng = net.rng.fork('scenario');
  let parties: Party[] = [];
  try {
    parties = await startParties(net, rng, o, time);
    const parts = partitioner(net, rng, time);
    const sent: Sent[] = [];
    const chatId = (of: number) => (parties[of] as Party).client.identity.publicKeyString;
    for (let i = 0; i < (o.messages ?? 12); i++) {
      parts.maybe(0.3);
      const from = rng.int(parties.length);
      const to = (from + 1 + rng.int(parties.length - 1)) % parties.length;
      const chat = await (parties[from] as Party).client.openChat(chatId(to));
      const seen = await maxClock(chat);
      const m = await chat.sendText(`seed ${seed} message ${i} ${parties[from]?.name}→${parties[to]?.name}`);
      check(m.clock > seen, `message ${i} has clock ${m.clock}, not above ${seen} its author saw`);
      sent.push({
        id: m.id,
        from,
        to: [to],
        chatOf: (p) => (p === from ? chatId(to) : chatId(from)),
        clock: m.clock,
      });
      await time.sleep(rng.range(100, 1500));
    }
    parts.healAll();
    const allDelivered = async () => {
      for (const [i, p] of parties.entries()) {
        const peers = new Set(sent.filter((m) => m.from === i).map((m) => m.to[0] as number));
        for (const t of peers) {
          const ms = await p.client.messages(chatId(t));
          if (ms.some((m) => m.outgoing && m.status !== 'delivered')) return false;
        }
      }
      return true;
    };
    await converge(net, parties, sent, o.convergeTimeoutMs ?? 120_000, allDelivered);
    const deliveries = checkOnce(parties, sent);
    await checkStored(parties, sent);
    check(await allDelivered(), 'every 1:1 message ends delivered');
    return report('one-to-one', seed, sent, deliveries, parts.count, parties, net, t0, rate);
  } finally {
    await shutdown(parties, net);
  }
}
