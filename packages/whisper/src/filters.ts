/**
 * Filters by topic and key, with a minimum PoW and an `allowP2P` switch for mailserver deliveries,
 * matched the way go-ethereum's `Filters.NotifyWatchers` does (STATUS-V1-FACTS §3.6, §4.1): only
 * filters whose topic matches are candidates, a P2P envelope only goes to filters that allow it, a
 * filter's PoW is checked before any decryption, and each distinct key is tried at most once per
 * envelope. A filter with an expected signer only receives messages that signer signed.
 */
import { assertBytes, type CryptoProvider, equalBytes, nobleCrypto } from '@statuskit/utils';
import { ENVELOPE } from './constants.js';
import { type EnvelopeRecord, envelopeSentTime } from './envelope.js';
import { signedPartOf } from './message.js';
import { type EnvelopeKey, keyFingerprint, type OpenedPayload, openEnvelope } from './open.js';
import { assertSymmetricKey, decryptSymmetric } from './payload-crypto.js';
import { bloomOfTopics, fullBloom, numberToTopic, topicToNumber } from './topic.js';

/** What a filter listens for. */
export interface FilterOptions {
  /** Topics to match; omitted or empty: every topic. */
  topics?: readonly Uint8Array[];
  /** The key that opens matching envelopes. */
  key: EnvelopeKey;
  /** Envelopes below this PoW are not even decrypted (default 0: no minimum). */
  minPow?: number;
  /** Accept envelopes delivered peer-to-peer (mailserver responses). Default false. */
  allowP2P?: boolean;
  /** Only messages signed by this public key (33 or 65 bytes). */
  signer?: Uint8Array;
  /** A caller-chosen id; default a generated one. */
  id?: string;
}

/** An installed filter. */
export interface Filter {
  readonly id: string;
  readonly topics: readonly Uint8Array[];
  readonly key: EnvelopeKey;
  readonly minPow: number;
  readonly allowP2P: boolean;
  readonly signer: Uint8Array | undefined;
}

/** A message a filter received. */
export interface ReceivedMessage extends OpenedPayload {
  /** The envelope's hash. */
  hash: Uint8Array;
  hashHex: string;
  topic: Uint8Array;
  ttl: number;
  expiry: number;
  /** `Expiry − TTL`, unix seconds. */
  sent: number;
  pow: number;
  /** True when it came from a mailserver (P2P Message packet). */
  p2p: boolean;
  /** The envelope as received. */
  raw: Uint8Array;
}

/** Why a candidate filter did not receive an envelope. */
export type DeliveryFailureReason =
  | 'decrypt-failed'
  | 'malformed-message'
  | 'bad-signature'
  | 'signer-mismatch';

/** The outcome of matching one envelope. */
export interface MatchResult {
  deliveries: Array<{ filter: Filter; message: ReceivedMessage }>;
  failures: Array<{ filter: Filter; reason: DeliveryFailureReason; error?: Error }>;
}

interface Entry {
  filter: Filter;
  fingerprint: string;
  signer65: Uint8Array | undefined;
}

/** A set of filters. */
export interface FilterSet {
  /** Installs a filter. @throws RangeError / TypeError on bad options or a duplicate id. */
  add(options: FilterOptions): Filter;
  remove(id: string): boolean;
  get(id: string): Filter | undefined;
  list(): Filter[];
  readonly size: number;
  /** The topics of all filters, or `undefined` when some filter listens to every topic. */
  topics(): Uint8Array[] | undefined;
  /** The bloom of all filters' topics; full when some filter listens to every topic. */
  bloom(): Uint8Array;
  /** Whether some filter listens on `topic` (cheap: no key is tried). */
  wants(topic: Uint8Array): boolean;
  /** Matches one envelope against the filters and opens it for the ones it is for. */
  match(record: EnvelopeRecord, pow: number, options?: { p2p?: boolean }): MatchResult;
  /**
   * The signatures `match` would recover for this envelope under the same options: each distinct
   * symmetric key that decrypts it and finds a signed message gives its hash and signature
   * (asymmetric keys are not tried: that would cost an ECDH here). For recovering them ahead.
   */
  signaturesOf(
    record: EnvelopeRecord,
    pow: number,
    options?: { p2p?: boolean },
  ): Array<{ hash: Uint8Array; signature: Uint8Array }>;
}

function failureReason(err: unknown): DeliveryFailureReason {
  const name = (err as { name?: string } | undefined)?.name;
  if (name === 'SignatureError') return 'bad-signature';
  if (name === 'MessageFormatError') return 'malformed-message';
  return 'decrypt-failed';
}

/**
 * Creates an empty {@link FilterSet}.
 * @example
 * const filters = createFilterSet();
 * filters.add({ topics: [topic], key: { kind: 'symmetric', key } });
 */
export function createFilterSet(options: { crypto?: CryptoProvider } = {}): FilterSet {
  const crypto = options.crypto ?? nobleCrypto;
  const entries = new Map<string, Entry>();
  const byTopic = new Map<number, Set<string>>();
  const anyTopic = new Set<string>();
  let seq = 0;

  const set: FilterSet = {
    add(o) {
      if (typeof o !== 'object' || o === null) throw new TypeError('options must be an object');
      const key = o.key;
      if (key?.kind === 'symmetric') assertSymmetricKey(key.key, 'key.key');
      else if (key?.kind === 'asymmetric') {
        assertBytes(key.privateKey, 32, 'key.privateKey');
        if (!crypto.secp256k1IsValidPrivateKey(key.privateKey))
          throw new RangeError('key.privateKey is invalid');
      } else throw new TypeError('key.kind must be symmetric or asymmetric');
      const topics = (o.topics ?? []).map((t, i) => {
        assertBytes(t, ENVELOPE.TOPIC_LENGTH, `topics[${i}]`);
        return t.slice();
      });
      const minPow = o.minPow ?? 0;
      if (typeof minPow !== 'number' || Number.isNaN(minPow) || minPow < 0) {
        throw new RangeError('minPow must be a non-negative number');
      }
      let signer65: Uint8Array | undefined;
      if (o.signer !== undefined) {
        assertBytes(o.signer, undefined, 'signer');
        signer65 = crypto.secp256k1Decompress(o.signer);
      }
      const id = o.id ?? `filter-${++seq}`;
      if (typeof id !== 'string' || id.length === 0) throw new TypeError('id must be a non-empty string');
      if (entries.has(id)) throw new RangeError(`a filter with id ${id} exists`);
      const frozenKey: EnvelopeKey =
        key.kind === 'symmetric'
          ? { kind: 'symmetric', key: key.key.slice() }
          : { kind: 'asymmetric', privateKey: key.privateKey.slice() };
      const filter: Filter = {
        id,
        topics,
        key: frozenKey,
        minPow,
        allowP2P: o.allowP2P ?? false,
        signer: signer65,
      };
      entries.set(id, { filter, fingerprint: keyFingerprint(frozenKey, crypto), signer65 });
      if (topics.length === 0) anyTopic.add(id);
      for (const t of topics) {
        const n = topicToNumber(t);
        const ids = byTopic.get(n) ?? new Set<string>();
        byTopic.set(n, ids);
        ids.add(id);
      }
      return filter;
    },
    remove(id) {
      const e = entries.get(id);
      if (e === undefined) return false;
      entries.delete(id);
      anyTopic.delete(id);
      for (const t of e.filter.topics) {
        const n = topicToNumber(t);
        const ids = byTopic.get(n);
        ids?.delete(id);
        if (ids?.size === 0) byTopic.delete(n);
      }
      return true;
    },
    get: (id) => entries.get(id)?.filter,
    list: () => [...entries.values()].map((e) => e.filter),
    get size() {
      return entries.size;
    },
    topics() {
      if (anyTopic.size > 0) return undefined;
      return [...byTopic.keys()].map(numberToTopic);
    },
    bloom() {
      const topics = set.topics();
      return topics === undefined ? fullBloom() : bloomOfTopics(topics);
    },
    wants: (topic) => anyTopic.size > 0 || byTopic.has(topicToNumber(topic)),
    match(record, pow, opts = {}) {
      const p2p = opts.p2p ?? false;
      const result: MatchResult = { deliveries: [], failures: [] };
      const { envelope } = record;
      const ids = new Set<string>(anyTopic);
      for (const id of byTopic.get(topicToNumber(envelope.topic)) ?? []) ids.add(id);
      if (ids.size === 0) return result;
      // One attempt per distinct key: a successful open is shared, a failure is remembered.
      const opened = new Map<string, ReceivedMessage | Error>();
      for (const id of ids) {
        const e = entries.get(id) as Entry;
        const f = e.filter;
        if (p2p && !f.allowP2P) continue;
        if (f.minPow > 0 && pow < f.minPow) continue;
        let outcome = opened.get(e.fingerprint);
        if (outcome === undefined) {
          try {
            const payload = openEnvelope(envelope, f.key, crypto);
            outcome = {
              ...payload,
              hash: record.hash,
              hashHex: record.hashHex,
              topic: envelope.topic,
              ttl: envelope.ttl,
              expiry: envelope.expiry,
              sent: envelopeSentTime(envelope),
              pow,
              p2p,
              raw: record.raw,
            };
          } catch (err) {
            outcome = err instanceof Error ? err : new Error(String(err));
          }
          opened.set(e.fingerprint, outcome);
        }
        if (outcome instanceof Error) {
          result.failures.push({ filter: f, reason: failureReason(outcome), error: outcome });
          continue;
        }
        if (
          e.signer65 !== undefined &&
          (outcome.signer === undefined || !equalBytes(outcome.signer, e.signer65))
        ) {
          result.failures.push({ filter: f, reason: 'signer-mismatch' });
          continue;
        }
        result.deliveries.push({ filter: f, message: outcome });
      }
      return result;
    },
    signaturesOf(record, pow, opts = {}) {
      const p2p = opts.p2p ?? false;
      const out: Array<{ hash: Uint8Array; signature: Uint8Array }> = [];
      const seen = new Set<string>();
      for (const id of [...anyTopic, ...(byTopic.get(topicToNumber(record.envelope.topic)) ?? [])]) {
        const e = entries.get(id) as Entry;
        const f = e.filter;
        if ((p2p && !f.allowP2P) || (f.minPow > 0 && pow < f.minPow) || f.key.kind !== 'symmetric') continue;
        if (seen.has(e.fingerprint)) continue;
        seen.add(e.fingerprint);
        try {
          const signed = signedPartOf(decryptSymmetric(f.key.key, record.envelope.data, crypto), crypto);
          if (signed !== undefined) out.push(signed);
        } catch {
          // not for this key: match will say so
        }
      }
      return out;
    },
  };
  return set;
}
