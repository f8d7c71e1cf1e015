/**
 * A chaos harness for client tests: real clients (the whole stack: RLPx, Waku v1, the secure
 * transport, MVDS, storage) talking to a real relay + mailserver over in-memory links that
 * misbehave. Every fault decision comes from a seeded PRNG forked per link and per direction, so a
 * seed fixes which envelope of which link is dropped, duplicated or held back, how late each chunk
 * arrives and which chunk a connection dies in; the event loop's interleaving is real, so runs are
 * reproducible in their faults, not byte for byte in their timing.
 *
 * Where the faults sit, and why there:
 * - RLPx runs over an ordered, reliable byte stream. Dropping or reordering *bytes* would only
 *   break the MAC and kill the session, which is the "connection lost" fault, not loss. So the byte
 *   links ({@link ChaosNetwork.carrier}) add latency with jitter (order kept), cut a connection in
 *   the middle of a chunk (the peer sees half a frame, then the stream ends), and refuse dials and
 *   break every connection of a node during a partition until it heals.
 * - Loss, duplication and reordering apply to whole Whisper envelopes at the relay hop: the relay's
 *   capabilities are wrapped so that each envelope of a Messages packet (code 1) going up (client →
 *   relay) or down (relay → client) may be dropped, sent twice, or held back while later ones pass.
 *   That is what a real path of relays does to envelopes (an overloaded relay drops, two routes
 *   duplicate and reorder). Mailserver traffic (P2P Request / Message / Complete) is not tampered
 *   with envelope by envelope; it dies with its connection when a link is cut or partitioned.
 * - Clock skew: each node gets its own clock on a shared time base, offset by a skew that can be
 *   changed while running (an NTP correction). Whisper rejects envelopes more than 10 s in the
 *   future (§3.7) and chat clocks more than 120 s ahead of the envelope (§7.10).
 * - Time runs `rate` times faster than the wall clock for every node (timers fire after ms/rate),
 *   so MVDS retransmissions (27 s, 54 s, … at 300 ms epochs, §6.4) happen within a test.
 */
import {
  createPeerSession,
  formatEnode,
  type PeerSession,
  type Protocol,
  type ProtocolContext,
} from '@statuskit/devp2p';
import {
  type Clock,
  ClosedError,
  type CryptoProvider,
  type Duplex,
  type DuplexEvents,
  decodeRlp,
  encodeRlp,
  memoryDuplexPair,
  memoryStorage,
  nobleCrypto,
  type RlpItem,
  type Storage,
  TypedEventTarget,
} from '@statuskit/utils';
import {
  createMailserver,
  createWhisperNode,
  MAILSERVER_PASSWORD,
  symKeyFromPassword,
  type WhisperNode,
} from '@statuskit/whisper';

// ------------------------------------------------------------------ PRNG

/** A small seeded PRNG (sfc32 over a splitmix-expanded seed). Not for keys. */
export interface Prng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Uniform in [lo, hi). */
  range(lo: number, hi: number): number;
  chance(p: number): boolean;
  /** An independent stream named `label`: the same seed and label always give the same stream. */
  fork(label: string): Prng;
  readonly seed: number;
}

function splitmix(x: number): () => number {
  let s = x >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

function fnv1a(label: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 0x01000193) >>> 0;
  return h;
}

/** A {@link Prng} from a 32-bit seed. */
export function prng(seed: number): Prng {
  const init = splitmix(seed);
  let a = init();
  let b = init();
  let c = init();
  let d = init();
  const next32 = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) >>> 0;
    c = ((c << 21) | (c >>> 11)) >>> 0;
    c = (c + t) >>> 0;
    return t;
  };
  for (let i = 0; i < 12; i++) next32();
  const r: Prng = {
    seed,
    next: () => next32() / 2 ** 32,
    int: (n) => Math.floor(r.next() * n),
    range: (lo, hi) => lo + r.next() * (hi - lo),
    chance: (p) => p > 0 && r.next() < p,
    fork: (label) => prng((seed ^ fnv1a(label)) >>> 0),
  };
  return r;
}

// ------------------------------------------------------------------ time

/** A node's clock on the shared time base; `skewMs` may change while running (an NTP step). */
export interface SkewedClock extends Clock {
  skewMs: number;
}

/** The shared time base of a chaos run. */
export interface ChaosTime {
  /** How many virtual ms pass per real ms. */
  readonly rate: number;
  /** Virtual now, without skew. */
  now(): number;
  /** A clock offset by `skewMs`. */
  clock(skewMs?: number): SkewedClock;
  /** Waits `virtualMs` of virtual time. */
  sleep(virtualMs: number): Promise<void>;
}

/**
 * Time running `rate` times faster than the wall clock, from `virtualStart` at wall time
 * `realStart` (both default now). Processes given the same three numbers share the time base.
 */
export function chaosTime(
  rate: number,
  base: { realStart?: number; virtualStart?: number } = {},
): ChaosTime & { readonly realStart: number; readonly virtualStart: number } {
  if (!(rate >= 1)) throw new RangeError('rate must be ≥ 1');
  const realStart = base.realStart ?? Date.now();
  const virtualStart = base.virtualStart ?? realStart;
  const now = () => virtualStart + (Date.now() - realStart) * rate;
  return {
    rate,
    realStart,
    virtualStart,
    now,
    clock(skewMs = 0) {
      const c: SkewedClock = {
        skewMs,
        now: () => Math.floor(now() + c.skewMs),
        setTimeout(fn, ms) {
          const id = setTimeout(fn, Math.max(0, ms) / rate);
          return { cancel: () => clearTimeout(id) };
        },
      };
      return c;
    },
    sleep: (virtualMs) => new Promise((r) => setTimeout(r, virtualMs / rate)),
  };
}

// ------------------------------------------------------------------ faults

/** What happens to whole envelopes on one direction of the relay hop. */
export interface EnvelopeFaults {
  /** Probability an envelope is dropped. */
  loss?: number;
  /** Probability an envelope is delivered twice (the copy comes later). */
  duplicate?: number;
  /** Probability an envelope is held back up to `maxDelayMs` (virtual) while later ones pass. */
  reorder?: number;
  maxDelayMs?: number;
}

/** Faults of the byte links. */
export interface LinkFaults {
  /** Latency of every chunk, virtual ms: uniform in [min, max], order kept. */
  latencyMs?: [number, number];
  /** Probability that a chunk is the one a connection dies in (half of it arrives, then the end). */
  cutPerChunk?: number;
  /** No cut before this many chunks on a link (0: the handshake may be cut too). */
  cutAfterChunks?: number;
}

/** Counters of what the harness did. */
export interface ChaosStats {
  dialed: number;
  refusedDials: number;
  cuts: number;
  partitionBreaks: number;
  up: { envelopes: number; dropped: number; duplicated: number; delayed: number };
  down: { envelopes: number; dropped: number; duplicated: number; delayed: number };
}

const MESSAGES_CODE = 1;

/** A Duplex end that delays what it sends (keeping order) and can die in the middle of a chunk. */
class ChaosEnd extends TypedEventTarget<DuplexEvents> implements Duplex {
  readonly #inner: Duplex;
  readonly #rng: Prng;
  readonly #faults: LinkFaults;
  readonly #clock: Clock;
  readonly #onCut: () => void;
  #lastAt = 0;
  #inFlight = 0;
  #chunks = 0;
  #closed = false;
  #dead = false;
  #pendingClose = false;
  peer: ChaosEnd | undefined;

  constructor(inner: Duplex, rng: Prng, faults: LinkFaults, clock: Clock, onCut: () => void) {
    super();
    this.#inner = inner;
    this.#rng = rng;
    this.#faults = faults;
    this.#clock = clock;
    this.#onCut = onCut;
    inner.addEventListener('data', (e) => this.emit('data', e.detail));
    inner.addEventListener('drain', () => this.emit('drain'));
    inner.addEventListener('error', (e) => this.emit('error', e.detail));
    inner.addEventListener('close', (e) => {
      this.#closed = true;
      this.#dead = true;
      this.emit('close', e.detail);
    });
  }

  get bufferedAmount(): number {
    return this.#inner.bufferedAmount + this.#inFlight;
  }
  get highWaterMark(): number {
    return this.#inner.highWaterMark;
  }
  get closed(): boolean {
    return this.#closed || this.#inner.closed;
  }
  get remoteAddress(): string {
    return this.#inner.remoteAddress;
  }

  send(data: Uint8Array): boolean {
    if (this.closed) throw new ClosedError('send on a closed stream');
    if (!(data instanceof Uint8Array)) throw new TypeError('data must be a Uint8Array');
    const chunk = data.slice();
    const index = this.#chunks++;
    const [lo, hi] = this.#faults.latencyMs ?? [0, 0];
    const delay = this.#rng.range(lo, hi);
    const cut =
      index >= (this.#faults.cutAfterChunks ?? 0) && this.#rng.chance(this.#faults.cutPerChunk ?? 0);
    // Order is kept: a chunk never overtakes an earlier one.
    const at = Math.max(this.#lastAt, this.#clock.now() + delay);
    this.#lastAt = at;
    this.#inFlight += chunk.length;
    this.#clock.setTimeout(
      () => {
        this.#inFlight -= chunk.length;
        if (this.#dead || this.#inner.closed) return;
        if (cut) {
          this.#dead = true;
          this.#onCut();
          const half = chunk.subarray(0, Math.max(1, chunk.length >> 1));
          this.#inner.send(half.slice());
          // The half arrives on the next turn; the stream ends after it.
          setTimeout(() => this.#inner.abort(new Error('chaos: connection cut mid-frame')), 1);
          return;
        }
        this.#inner.send(chunk);
        if (this.#pendingClose && this.#inFlight === 0) this.#inner.close();
      },
      Math.max(0, at - this.#clock.now()),
    );
    return this.bufferedAmount < this.highWaterMark;
  }

  drained(options?: { signal?: AbortSignal }): Promise<void> {
    return this.#inner.drained(options);
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    if (this.#inFlight === 0) this.#inner.close();
    else this.#pendingClose = true;
  }

  abort(error: Error): void {
    this.#dead = true;
    this.#closed = true;
    this.#inner.abort(error);
  }
}

/** Splits a Messages payload into its envelopes (raw RLP each); undefined when it is not a list. */
function envelopesOf(payload: Uint8Array): RlpItem[] | undefined {
  try {
    const item = decodeRlp(payload);
    return Array.isArray(item) ? item : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Wraps a relay capability so that envelopes of Messages packets suffer `up` faults on the way in
 * and `down` faults on the way out. Everything else passes untouched.
 */
function chaosProtocol(
  p: Protocol,
  faults: { up: EnvelopeFaults; down: EnvelopeFaults },
  rng: { up: Prng; down: Prng },
  clock: Clock,
  stats: ChaosStats,
): Protocol {
  return {
    name: p.name,
    version: p.version,
    length: p.length,
    create(ctx) {
      let closed = false;
      /** Decides the fate of each envelope; `deliver` gets packets to pass on now or later. */
      const apply = (
        dir: 'up' | 'down',
        payload: Uint8Array,
        deliver: (payload: Uint8Array) => unknown,
      ): Uint8Array | undefined => {
        const items = envelopesOf(payload);
        if (items === undefined) return payload;
        const f = faults[dir];
        const r = rng[dir];
        const s = stats[dir];
        const now: RlpItem[] = [];
        const later = (item: RlpItem) => {
          const ms = r.range(0, f.maxDelayMs ?? 0);
          clock.setTimeout(() => {
            if (closed) return;
            try {
              const out = deliver(encodeRlp([item]));
              if (out instanceof Promise) out.catch(() => undefined);
            } catch {
              // The session ended meanwhile.
            }
          }, ms);
        };
        for (const item of items) {
          s.envelopes++;
          const x = r.next();
          const loss = f.loss ?? 0;
          const dup = f.duplicate ?? 0;
          const reorder = f.reorder ?? 0;
          if (x < loss) s.dropped++;
          else if (x < loss + dup) {
            s.duplicated++;
            now.push(item);
            later(item);
          } else if (x < loss + dup + reorder) {
            s.delayed++;
            later(item);
          } else now.push(item);
        }
        if (now.length === 0) return undefined;
        return now.length === items.length ? payload : encodeRlp(now);
      };
      const wrapped: ProtocolContext = {
        peer: ctx.peer,
        version: ctx.version,
        logger: ctx.logger,
        drained: () => ctx.drained(),
        disconnect: (reason) => ctx.disconnect(reason),
        send(code, payload) {
          if (code !== MESSAGES_CODE) return ctx.send(code, payload);
          const out = apply('down', payload, (pl) => ctx.send(code, pl));
          return out === undefined ? true : ctx.send(code, out);
        },
      };
      const inner = p.create(wrapped);
      return {
        onMessage(code, payload) {
          if (code !== MESSAGES_CODE) return inner.onMessage(code, payload);
          const out = apply('up', payload, (pl) => inner.onMessage(code, pl));
          return out === undefined ? undefined : inner.onMessage(code, out);
        },
        onClose(info) {
          closed = true;
          inner.onClose?.(info);
        },
      };
    },
  };
}

// ------------------------------------------------------------------ the network

/** Options of {@link createChaosNetwork}. */
export interface ChaosNetworkOptions {
  seed: number;
  time: ChaosTime;
  /** Envelope faults at the relay hop, per direction. */
  up?: EnvelopeFaults;
  down?: EnvelopeFaults;
  link?: LinkFaults;
  crypto?: CryptoProvider;
  /** The mailserver's archive (default: memory). */
  archive?: Storage;
}

/** A relay + mailserver and the faulty links to it. */
export interface ChaosNetwork {
  /** The relay's enode (host and port are never dialed: the carrier ignores them). */
  readonly enode: string;
  readonly relay: WhisperNode;
  readonly stats: ChaosStats;
  readonly rng: Prng;
  /** A carrier for the client `name` (its links are forked from the seed by name). */
  carrier(name: string): {
    dial(host: string, port: number, options?: { signal?: AbortSignal }): Promise<Duplex>;
  };
  /** Breaks every connection of `name` and refuses its dials until {@link heal}. */
  partition(name: string): void;
  heal(name: string): void;
  /** Changes the fault rates from now on (e.g. a quiet network at the end of a run). */
  setFaults(f: { up?: EnvelopeFaults; down?: EnvelopeFaults; link?: LinkFaults }): void;
  close(): Promise<void>;
}

/** Starts a relay (a full Waku v1 node and mailserver on the chaos clock) and its faulty links. */
export async function createChaosNetwork(o: ChaosNetworkOptions): Promise<ChaosNetwork> {
  const crypto = o.crypto ?? nobleCrypto;
  const clock = o.time.clock(0);
  const root = prng(o.seed);
  const privateKey = crypto.secp256k1GeneratePrivateKey();
  const id = crypto.secp256k1PublicKey(privateKey).subarray(1);
  const relay = createWhisperNode({
    crypto,
    clock,
    capabilities: ['waku/1'],
    mailserver: createMailserver({
      crypto,
      clock,
      storage: o.archive ?? memoryStorage(),
      symKey: await symKeyFromPassword(MAILSERVER_PASSWORD, crypto),
    }),
  });
  const faults = {
    up: { ...(o.up ?? {}) },
    down: { ...(o.down ?? {}) },
    link: { ...(o.link ?? {}) },
  };
  const stats: ChaosStats = {
    dialed: 0,
    refusedDials: 0,
    cuts: 0,
    partitionBreaks: 0,
    up: { envelopes: 0, dropped: 0, duplicated: 0, delayed: 0 },
    down: { envelopes: 0, dropped: 0, duplicated: 0, delayed: 0 },
  };
  const partitioned = new Set<string>();
  const links = new Map<string, Set<{ client: Duplex; relay: Duplex }>>();
  const sessions = new Set<PeerSession>();
  const dials = new Map<string, number>();
  let closed = false;

  return {
    enode: formatEnode({ id, host: '127.0.0.1', tcpPort: 30303, udpPort: 30303 }),
    relay,
    stats,
    rng: root,
    carrier(name) {
      return {
        async dial() {
          if (closed) throw new ClosedError('the chaos network is closed');
          if (partitioned.has(name)) {
            stats.refusedDials++;
            await new Promise((r) => setTimeout(r, 5));
            throw new Error(`chaos: ${name} is partitioned`);
          }
          stats.dialed++;
          const n = (dials.get(name) ?? 0) + 1;
          dials.set(name, n);
          const label = `${name}#${n}`;
          const [a, b] = memoryDuplexPair();
          const onCut = () => stats.cuts++;
          const clientEnd = new ChaosEnd(a, root.fork(`${label}/c2r`), faults.link, clock, onCut);
          const relayEnd = new ChaosEnd(b, root.fork(`${label}/r2c`), faults.link, clock, onCut);
          const pair = { client: clientEnd as Duplex, relay: relayEnd as Duplex };
          const set = links.get(name) ?? new Set();
          links.set(name, set);
          set.add(pair);
          clientEnd.addEventListener('close', () => set.delete(pair));
          const protocols = relay.protocols.map((p) =>
            chaosProtocol(
              p,
              faults,
              { up: root.fork(`${label}/up`), down: root.fork(`${label}/down`) },
              clock,
              stats,
            ),
          );
          const session = createPeerSession({
            duplex: relayEnd,
            privateKey,
            crypto,
            clock,
            protocols,
            clientId: 'chaos-relay',
          });
          sessions.add(session);
          void session.closed.then(() => sessions.delete(session));
          return clientEnd;
        },
      };
    },
    partition(name) {
      partitioned.add(name);
      for (const l of links.get(name) ?? []) {
        stats.partitionBreaks++;
        l.client.abort(new Error('chaos: partition'));
      }
    },
    heal(name) {
      partitioned.delete(name);
    },
    setFaults(f) {
      if (f.up !== undefined) Object.assign(faults.up, { loss: 0, duplicate: 0, reorder: 0 }, f.up);
      if (f.down !== undefined) Object.assign(faults.down, { loss: 0, duplicate: 0, reorder: 0 }, f.down);
      if (f.link !== undefined) Object.assign(faults.link, { cutPerChunk: 0 }, f.link);
    },
    async close() {
      closed = true;
      for (const s of sessions) s.disconnect();
      await Promise.race([
        Promise.allSettled([...sessions].map((s) => s.closed)),
        new Promise((r) => setTimeout(r, 500)),
      ]);
      relay.close();
    },
  };
}
