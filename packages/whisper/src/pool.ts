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
 * then de-duplicated by hash. The pool forgets envelopes at their expiry.
 */
import { type CryptoProvider, nobleCrypto } from '@statuskit/utils';
import { WHISPER_DEFAULTS } from './constants.js';
import { type EnvelopeRecord, envelopeSentTime, envelopeSize } from './envelope.js';
import { InvalidEnvelopeError } from './errors.js';
import { computePow } from './pow.js';
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
 * Checks `record` against the admission rules and returns its PoW (adjusted for a send time slightly
 * in our future).
 * @throws InvalidEnvelopeError with the reason; `expired` means "drop silently".
 */
export function validateEnvelope(record: EnvelopeRecord, rules: ValidationRules): { pow: number } {
  const env = record.envelope;
  const now = rules.nowSeconds;
  const sent = envelopeSentTime(env);
  const crypto = rules.crypto ?? nobleCrypto;
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
      `huge messages are not allowed [${record.hashHex}][${size}][${rules.maxMessageSize}]`,
    );
  }
  const pow = computePow(env, diff, crypto);
  if (pow < rules.minPow && pow < (rules.minPowTolerance ?? rules.minPow)) {
    throw new InvalidEnvelopeError(
      'low-pow',
      `envelope with low PoW received: PoW=${pow}, hash=[0x${record.hashHex}]`,
    );
  }
  if (rules.interest !== undefined) {
    const bloom = topicToBloom(env.topic);
    if (
      !interestMatches(rules.interest, env.topic, bloom) &&
      (rules.interestTolerance === undefined || !interestMatches(rules.interestTolerance, env.topic, bloom))
    ) {
      throw new InvalidEnvelopeError(
        'interest-mismatch',
        `envelope does not match our interest, hash=[0x${record.hashHex}]`,
      );
    }
  }
  return { pow };
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
}

/** The in-memory envelope pool: de-duplicated by hash, forgotten at expiry, bounded in bytes. */
export interface EnvelopePool {
  has(hashHex: string): boolean;
  get(hashHex: string): PoolEntry | undefined;
  /** `added`, `duplicate`, or `full` when the byte bound would be exceeded. */
  add(entry: PoolEntry): 'added' | 'duplicate' | 'full';
  /** Removes and returns every entry whose expiry is before `nowSeconds`. */
  sweep(nowSeconds: number): PoolEntry[];
  values(): IterableIterator<PoolEntry>;
  readonly size: number;
  /** Total raw bytes pooled. */
  readonly bytes: number;
}

/** Creates an {@link EnvelopePool} holding at most `maxBytes` of envelopes (default 64 MiB). */
export function createEnvelopePool(options: { maxBytes?: number } = {}): EnvelopePool {
  const maxBytes = options.maxBytes ?? 64 * 1024 * 1024;
  const entries = new Map<string, PoolEntry>();
  const byExpiry = new Map<number, Set<string>>();
  let bytes = 0;
  return {
    has: (h) => entries.has(h),
    get: (h) => entries.get(h),
    add(entry) {
      const h = entry.record.hashHex;
      if (entries.has(h)) return 'duplicate';
      if (bytes + entry.record.raw.length > maxBytes) return 'full';
      entries.set(h, entry);
      bytes += entry.record.raw.length;
      const expiry = entry.record.envelope.expiry;
      const set = byExpiry.get(expiry) ?? new Set<string>();
      byExpiry.set(expiry, set);
      set.add(h);
      return 'added';
    },
    sweep(nowSeconds) {
      const removed: PoolEntry[] = [];
      for (const [expiry, hashes] of byExpiry) {
        if (expiry >= nowSeconds) continue;
        for (const h of hashes) {
          const e = entries.get(h);
          if (e === undefined) continue;
          entries.delete(h);
          bytes -= e.record.raw.length;
          removed.push(e);
        }
        byExpiry.delete(expiry);
      }
      return removed;
    },
    values: () => entries.values(),
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
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
