/**
 * The envelope pool and its admission rules (STATUS-V1-FACTS §3.7, §3.8). An envelope is validated
 * before anything is stored or relayed, in go-ethereum's `add` order:
 *
 * 1. sent more than 10 s in the future → `future` (a time-sync error); sent slightly ahead → PoW is
 *    recomputed with `diff = sent − now + 1`;
 * 2. expired → dropped silently, or `too-old` (time-sync) when expired for more than 20 s;
 * 3. `20 + len(Data)` above the maximum message size → `oversized`;
 * 4. PoW below the minimum (and below the tolerated previous minimum) → `low-pow`;
 * 5. topic outside our advertised bloom / topic interest → `interest-mismatch`;
 *
 * then de-duplicated by hash. The pool forgets envelopes at their expiry (an expiry heap: a sweep
 * costs what it removes), is bounded in the memory it really retains (bytes plus a per-entry
 * overhead), evicts the envelopes with the least PoW (then the longest TTL) for better ones, holds
 * each peer to a share, and keeps an arrival log so gossip walks only what is new to a peer.
 * The relay runs steps 1-3 and 5 ({@link precheckEnvelope}) before it hashes anything (#17).
 */
import { type CryptoProvider, nobleCrypto } from '@statuskit/utils';
import { WHISPER_DEFAULTS } from './constants.js';
import { type Envelope, type EnvelopeRecord, envelopeSentTime, envelopeSize } from './envelope.js';
import { InvalidEnvelopeError } from './errors.js';
import { POOL_LIMITS } from './limits.js';
import { computePow, powOfRaw } from './pow.js';
import { bloomMatch, topicToBloom, topicToNumber } from './topic.js';

/** What a node accepts (and advertises): everything, a bloom, or a set of topics. */
export type Interest =
  | { readonly kind: 'all' }
  | { readonly kind: 'bloom'; readonly bloom: Uint8Array }
  | { readonly kind: 'topics'; readonly topics: ReadonlySet<number> };

/** True when an envelope on `topic` falls inside `interest`. */
export function interestMatches(interest: Interest, topic: Uint8Array, bloom?: Uint8Array): boolean {
  switch (interest.kind) {
    case 'all':
      return true;
    case 'topics':
      return interest.topics.has(topicToNumber(topic));
    case 'bloom':
      return bloomMatch(interest.bloom, bloom ?? topicToBloom(topic));
  }
}

/** The rules {@link validateEnvelope} applies. */
export interface ValidationRules {
  /** Local unix seconds. */
  nowSeconds: number;
  maxMessageSize: number;
  minPow: number;
  /** The previous minimum, still tolerated for a short while after a change (§3.7). */
  minPowTolerance?: number;
  /** Our advertised interest; omitted: everything. */
  interest?: Interest;
  /** The previous interest, tolerated for a short while after a change. */
  interestTolerance?: Interest;
  crypto?: CryptoProvider;
}

/**
 * The checks of {@link validateEnvelope} that need no hashing: time (§3.7 future / expired / very
 * old), size and topic interest. A relay runs them before it spends a Keccak on an envelope, so a
 * peer sending envelopes it must refuse costs a decode, not a hash. Returns the PoW time `diff`
 * (`sent − now + 1` for an envelope sent slightly in our future, else 0).
 * @throws InvalidEnvelopeError with the reason; `expired` means "drop silently".
 */
export function precheckEnvelope(
  env: Envelope,
  rules: Omit<ValidationRules, 'minPow' | 'minPowTolerance' | 'crypto'>,
): number {
  const now = rules.nowSeconds;
  const sent = envelopeSentTime(env);
  let diff = 0;
  if (sent > now) {
    if (sent - WHISPER_DEFAULTS.SYNC_ALLOWANCE_SECONDS > now) {
      throw new InvalidEnvelopeError('future', 'envelope from future');
    }
    diff = sent - now + 1; // recompute PoW for the time difference, plus a second of latency
  }
  if (env.expiry < now) {
    if (env.expiry + WHISPER_DEFAULTS.SYNC_ALLOWANCE_SECONDS * 2 < now) {
      throw new InvalidEnvelopeError('too-old', 'very old envelope');
    }
    throw new InvalidEnvelopeError('expired', 'expired envelope');
  }
  const size = envelopeSize(env);
  if (size > rules.maxMessageSize) {
    throw new InvalidEnvelopeError(
      'oversized',
      `huge messages are not allowed [${size}][${rules.maxMessageSize}]`,
    );
  }
  if (rules.interest !== undefined) {
    const bloom = topicToBloom(env.topic);
    if (
      !interestMatches(rules.interest, env.topic, bloom) &&
      (rules.interestTolerance === undefined || !interestMatches(rules.interestTolerance, env.topic, bloom))
    ) {
      throw new InvalidEnvelopeError('interest-mismatch', 'envelope does not match our interest');
    }
  }
  return diff;
}

/**
 * Checks `record` against the admission rules and returns its PoW (adjusted for a send time slightly
 * in our future). The cheap checks ({@link precheckEnvelope}) run first, then the PoW.
 * @throws InvalidEnvelopeError with the reason; `expired` means "drop silently".
 */
export function validateEnvelope(record: EnvelopeRecord, rules: ValidationRules): { pow: number } {
  const env = record.envelope;
  const crypto = rules.crypto ?? nobleCrypto;
  const diff = precheckEnvelope(env, rules);
  // From the bytes that are hashed and gossiped (what every peer computes), re-encoded only when
  // they are not shaped like an envelope.
  const pow = powOfRaw(record.raw, env.ttl, diff, crypto) ?? computePow(env, diff, crypto);
  checkPow(pow, record.hashHex, rules);
  return { pow };
}

/** @throws InvalidEnvelopeError `low-pow` when `pow` is below the minimum and its tolerated previous value. */
export function checkPow(
  pow: number,
  hashHex: string,
  rules: Pick<ValidationRules, 'minPow' | 'minPowTolerance'>,
): void {
  if (pow < rules.minPow && pow < (rules.minPowTolerance ?? rules.minPow)) {
    throw new InvalidEnvelopeError(
      'low-pow',
      `envelope with low PoW received: PoW=${pow}, hash=[0x${hashHex}]`,
    );
  }
}

/** A pooled envelope. */
export interface PoolEntry {
  readonly record: EnvelopeRecord;
  readonly pow: number;
  readonly bloom: Uint8Array;
  /** Posted by this node (as opposed to received from a peer). */
  readonly local: boolean;
  /** The key of the peer it came from, if any. */
  readonly origin: string | undefined;
  /** Keys of the peers known to hold it (its origin, peers that sent it again): never sent back to them. */
  readonly seenBy?: string[];
}

/** What {@link EnvelopePool.add} did. */
export type PoolAddResult =
  | 'added'
  | 'duplicate'
  /** The pool is at its bound and every pooled envelope is worth keeping more than this one. */
  | 'full'
  /** Its origin already holds its share of the pool ({@link PoolOptions.maxBytesPerOrigin}). */
  | 'quota';

/** The in-memory envelope pool: de-duplicated by hash, forgotten at expiry, bounded in memory. */
export interface EnvelopePool {
  has(hashHex: string): boolean;
  get(hashHex: string): PoolEntry | undefined;
  /**
   * Pools `entry`. When the memory bound would be exceeded, the pooled envelopes worth least
   * ({@link poolEvictionOrder}) are evicted to make room, but only those worth less than `entry`;
   * otherwise `entry` is refused with `full`. Evicted entries are passed to `onEvict`.
   */
  add(entry: PoolEntry): PoolAddResult;
  /** Removes and returns every entry whose expiry is before `nowSeconds` (cost: the removed entries). */
  sweep(nowSeconds: number): PoolEntry[];
  values(): IterableIterator<PoolEntry>;
  /**
   * The live entries added after sequence number `afterSeq`, oldest first, with their sequence
   * numbers: what gossip sends a peer since its cursor, without walking the whole pool.
   */
  after(afterSeq: number): IterableIterator<[seq: number, entry: PoolEntry]>;
  /** The sequence number of the newest entry (0 when none was ever added). */
  readonly lastSeq: number;
  /** Bytes the entries of `origin` account for. */
  bytesOf(origin: string): number;
  readonly size: number;
  /** Bytes retained: every entry's RLP bytes plus the per-entry overhead estimate. */
  readonly bytes: number;
  readonly maxBytes: number;
  /** Entries evicted to make room so far. */
  readonly evictions: number;
}

/** Options of {@link createEnvelopePool}. */
export interface PoolOptions {
  /** The memory bound (default {@link POOL_LIMITS.MAX_BYTES}). */
  maxBytes?: number;
  /** Bytes one origin (peer) may hold (default: all of `maxBytes`). */
  maxBytesPerOrigin?: number;
  /** Heap bytes counted per entry besides its RLP bytes (default {@link POOL_LIMITS.ENTRY_OVERHEAD_BYTES}). */
  entryOverheadBytes?: number;
  /** Called for each entry evicted to make room. */
  onEvict?: (entry: PoolEntry) => void;
}

/**
 * The eviction order: negative when `a` should be evicted before `b`. Lower PoW goes first (the
 * PoW is already work per byte and per second of TTL, §3.4, so it favours envelopes that paid more
 * for the memory they hold); between equal PoWs, the one that stays longest goes first (a shorter
 * TTL frees its memory sooner); arrival order only breaks exact ties (newest first, so an
 * attacker repeating an envelope's terms cannot push out what was there before).
 */
export function poolEvictionOrder(
  a: { pow: number; expiry: number; seq: number },
  b: { pow: number; expiry: number; seq: number },
): number {
  if (a.pow !== b.pow) return a.pow < b.pow ? -1 : 1;
  if (a.expiry !== b.expiry) return a.expiry > b.expiry ? -1 : 1;
  return b.seq - a.seq;
}

interface Slot {
  entry: PoolEntry | undefined;
  readonly seq: number;
  readonly pow: number;
  readonly expiry: number;
  readonly cost: number;
  readonly origin: string | undefined;
}

/** A binary min-heap with lazy deletion (dead slots are skipped when they surface). */
class SlotHeap {
  readonly #less: (a: Slot, b: Slot) => boolean;
  #a: Slot[] = [];
  constructor(less: (a: Slot, b: Slot) => boolean) {
    this.#less = less;
  }
  get length(): number {
    return this.#a.length;
  }
  push(s: Slot): void {
    const a = this.#a;
    a.push(s);
    let i = a.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!this.#less(a[i] as Slot, a[parent] as Slot)) break;
      [a[i], a[parent]] = [a[parent] as Slot, a[i] as Slot];
      i = parent;
    }
  }
  /** The smallest live slot, dropping dead ones on the way. */
  peek(): Slot | undefined {
    while (this.#a.length > 0 && (this.#a[0] as Slot).entry === undefined) this.pop();
    return this.#a[0];
  }
  pop(): Slot | undefined {
    const a = this.#a;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.#less(a[l] as Slot, a[m] as Slot)) m = l;
        if (r < a.length && this.#less(a[r] as Slot, a[m] as Slot)) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m] as Slot, a[i] as Slot];
        i = m;
      }
    }
    return top;
  }
  /** Drops dead slots and re-heapifies: called when they outnumber the live ones. */
  compact(): void {
    const live = this.#a.filter((s) => s.entry !== undefined);
    this.#a = [];
    for (const s of live) this.push(s);
  }
}

/**
 * Creates an {@link EnvelopePool}. Memory is counted as retained (`raw.length` plus a per-entry
 * overhead); sweeping pops an expiry heap instead of scanning; an eviction heap orders entries by
 * {@link poolEvictionOrder}; an arrival log gives gossip the entries newer than a peer's cursor.
 */
export function createEnvelopePool(options: PoolOptions = {}): EnvelopePool {
  const maxBytes = options.maxBytes ?? POOL_LIMITS.MAX_BYTES;
  const maxPerOrigin = options.maxBytesPerOrigin ?? maxBytes;
  const overhead = options.entryOverheadBytes ?? POOL_LIMITS.ENTRY_OVERHEAD_BYTES;
  const slots = new Map<string, Slot>();
  const byOrigin = new Map<string, number>();
  const expiryHeap = new SlotHeap((a, b) => a.expiry < b.expiry);
  const evictHeap = new SlotHeap((a, b) => poolEvictionOrder(a, b) < 0);
  let log: Slot[] = [];
  let bytes = 0;
  let seq = 0;
  let evictions = 0;

  function remove(s: Slot): PoolEntry | undefined {
    const e = s.entry;
    if (e === undefined) return undefined;
    s.entry = undefined;
    slots.delete(e.record.hashHex);
    bytes -= s.cost;
    if (s.origin !== undefined) {
      const left = (byOrigin.get(s.origin) ?? 0) - s.cost;
      if (left <= 0) byOrigin.delete(s.origin);
      else byOrigin.set(s.origin, left);
    }
    maybeCompact();
    return e;
  }

  function maybeCompact(): void {
    const live = slots.size;
    if (log.length > 2 * live + 1024) log = log.filter((s) => s.entry !== undefined);
    if (expiryHeap.length > 2 * live + 1024) expiryHeap.compact();
    if (evictHeap.length > 2 * live + 1024) evictHeap.compact();
  }

  /** Index of the first log slot with a sequence number above `afterSeq`. */
  function firstAfter(afterSeq: number): number {
    let lo = 0;
    let hi = log.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((log[mid] as Slot).seq <= afterSeq) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  return {
    has: (h) => slots.has(h),
    get: (h) => slots.get(h)?.entry,
    add(entry) {
      const h = entry.record.hashHex;
      if (slots.has(h)) return 'duplicate';
      const cost = entry.record.raw.length + overhead;
      const origin = entry.origin;
      if (origin !== undefined && (byOrigin.get(origin) ?? 0) + cost > maxPerOrigin) return 'quota';
      const candidate = { pow: entry.pow, expiry: entry.record.envelope.expiry, seq: seq + 1 };
      if (bytes + cost > maxBytes) {
        // Free room from the least valuable entries, but only if each is worth less than this one.
        let freed = 0;
        const victims: Slot[] = [];
        while (bytes - freed + cost > maxBytes) {
          const v = evictHeap.pop();
          if (v === undefined) break;
          if (v.entry === undefined) continue;
          if (poolEvictionOrder(v, candidate) >= 0) {
            evictHeap.push(v);
            break;
          }
          victims.push(v);
          freed += v.cost;
        }
        if (bytes - freed + cost > maxBytes) {
          for (const v of victims) evictHeap.push(v); // not enough: keep them all
          return 'full';
        }
        for (const v of victims) {
          const e = remove(v);
          evictions++;
          if (e !== undefined) options.onEvict?.(e);
        }
      }
      const s: Slot = {
        entry: entry.seenBy !== undefined || origin === undefined ? entry : { ...entry, seenBy: [origin] },
        seq: ++seq,
        pow: entry.pow,
        expiry: entry.record.envelope.expiry,
        cost,
        origin,
      };
      slots.set(h, s);
      bytes += cost;
      if (origin !== undefined) byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + cost);
      expiryHeap.push(s);
      evictHeap.push(s);
      log.push(s);
      return 'added';
    },
    sweep(nowSeconds) {
      const removed: PoolEntry[] = [];
      for (let s = expiryHeap.peek(); s !== undefined && s.expiry < nowSeconds; s = expiryHeap.peek()) {
        expiryHeap.pop();
        const e = remove(s);
        if (e !== undefined) removed.push(e);
      }
      return removed;
    },
    *values() {
      for (const s of slots.values()) if (s.entry !== undefined) yield s.entry;
    },
    *after(afterSeq) {
      // The log may be compacted while the caller iterates: re-find the position by sequence number.
      let last = afterSeq;
      for (let i = firstAfter(last); i < log.length; ) {
        const s = log[i] as Slot;
        const before = log;
        if (s.entry !== undefined) {
          last = s.seq;
          yield [s.seq, s.entry];
        }
        i = before === log ? i + 1 : firstAfter(last);
      }
    },
    get lastSeq() {
      return seq;
    },
    bytesOf: (origin) => byOrigin.get(origin) ?? 0,
    get size() {
      return slots.size;
    },
    get bytes() {
      return bytes;
    },
    maxBytes,
    get evictions() {
      return evictions;
    },
  };
}

/** A token bucket: `ratePerSecond` tokens per second, bursts of up to one second's worth. */
export class TokenBucket {
  readonly #rate: number;
  #tokens: number;
  #last: number;
  constructor(ratePerSecond: number, nowMs: number) {
    if (!(ratePerSecond > 0)) throw new RangeError('ratePerSecond must be positive');
    this.#rate = ratePerSecond;
    this.#tokens = ratePerSecond;
    this.#last = nowMs;
  }
  /**
   * Takes `amount` tokens if available. An amount above the burst passes only when the bucket is
   * full, and leaves it in debt.
   */
  take(nowMs: number, amount = 1): boolean {
    const elapsed = Math.max(0, nowMs - this.#last);
    this.#last = nowMs;
    this.#tokens = Math.min(this.#rate, this.#tokens + (elapsed * this.#rate) / 1000);
    if (this.#tokens < Math.min(amount, this.#rate)) return false;
    this.#tokens -= amount;
    return true;
  }
}
