/**
 * The mailserver (STATUS-V1-FACTS §4.7, §4.8, §10.2): archives every envelope its node admits,
 * keyed `sentTime(4 BE) ‖ hash(32) ‖ topic(4)` in a utils `Storage` so a time range is a range scan,
 * and answers P2P Requests (126) from the peer that sent them, as status-go v0.62's `WakuMailServer`
 * does:
 *
 * - an envelope-wrapped request must reach the minimum request PoW, open with the server's
 *   asymmetric key or its password key, and be signed; its payload is decoded in the v0.42+ form
 *   (or the older forms, see `mailserver-codec.ts`); a bare `MessagesRequest` is served as a batch;
 * - defaults: `Limit 0 → 1000`, `Upper 0 → now + 60`; then `lower ≤ upper`, a non-empty bloom and
 *   `Limit ≤ 1000` are required (v0.62.18 checks the 24 h range only for the raw-binary form), and a
 *   per-peer request rate applies;
 * - matching envelopes (by topics when given, else by bloom) go out oldest first in P2P Message
 *   packets, bundled below the maximum message size; the envelope that reaches the limit starts a
 *   new bundle and its key becomes the cursor;
 * - P2P Request Complete follows: `requestID ‖ lastEnvelopeHash ‖ cursor`, or `ERROR=…` on failure.
 *
 * The next page starts strictly after the cursor's envelope, so paging never repeats an envelope.
 */
import {
  assertBytes,
  type Clock,
  type CryptoProvider,
  type Logger,
  nobleCrypto,
  prefixedStorage,
  prefixUpperBound,
  type Storage,
  silentLogger,
  systemClock,
  toHex,
  utf8ToBytes,
} from '@statuskit/utils';
import { WHISPER_DEFAULTS } from './constants.js';
import { type EnvelopeRecord, envelopeRecord, envelopeSentTime } from './envelope.js';
import {
  archiveKey,
  bytesToHash32,
  decodeMessagesRequest,
  decodeMessagesRequestPayload,
  encodeRequestCompletePayload,
  encodeRequestFailedPayload,
  MAILSERVER_LIMITS,
  type MessagesRequestPayload,
  timePrefix,
} from './mailserver-codec.js';
import type { MailserverHandler, P2PResponder } from './node.js';
import { type EnvelopeKey, openEnvelope } from './open.js';
import { computePow } from './pow.js';
import { bloomMatch, bytesToTopic, topicToBloom, topicToNumber } from './topic.js';

/** Options of {@link createMailserver}. */
export interface MailserverOptions {
  /** Where envelopes are archived (a `mailserver/` key prefix is added). */
  storage: Storage;
  /** The password key (PBKDF2 of the mailserver password) requests may be encrypted with. */
  symKey?: Uint8Array;
  /** The node key requests may be ECIES-encrypted to. */
  privateKey?: Uint8Array;
  /** Requests below this PoW are refused (0, the default: no minimum). */
  minRequestPow?: number;
  /** Minimum time between two requests of one peer, ms (0, the default: unlimited). */
  rateLimitMs?: number;
  /** Bundles of a response stay below this many bytes (default 1 MiB, the max message size). */
  maxMessageSize?: number;
  /**
   * Most archive entries one request may scan (default 100,000). A request that reaches it ends
   * early with a cursor at the last scanned entry, so the client simply asks for the next page.
   */
  maxScanPerRequest?: number;
  clock?: Clock;
  crypto?: CryptoProvider;
  logger?: Logger;
}

/** Counters of a mailserver. */
export interface MailserverStats {
  archived: number;
  requests: number;
  served: number;
  envelopesSent: number;
  failures: number;
}

/** A mailserver: plug it into `createWhisperNode({ mailserver })`. */
export interface Mailserver extends MailserverHandler {
  archive(record: EnvelopeRecord): Promise<void>;
  handleRequest(payload: Uint8Array, responder: P2PResponder): Promise<void>;
  /** Deletes envelopes sent before `beforeSeconds`; returns how many. */
  prune(beforeSeconds: number): Promise<number>;
  readonly stats: MailserverStats;
}

const ZERO_HASH = new Uint8Array(32);

class RequestFailure extends Error {}

/**
 * Creates a mailserver over `storage`.
 * @throws TypeError when neither `symKey` nor `privateKey` is given.
 * @example
 * const ms = createMailserver({ storage, symKey: await symKeyFromPassword(MAILSERVER_PASSWORD) });
 * const node = createWhisperNode({ mailserver: ms });
 */
export function createMailserver(options: MailserverOptions): Mailserver {
  if (options.symKey === undefined && options.privateKey === undefined) {
    throw new TypeError('a mailserver needs symKey or privateKey to read requests');
  }
  if (options.symKey !== undefined) assertBytes(options.symKey, 32, 'symKey');
  if (options.privateKey !== undefined) assertBytes(options.privateKey, 32, 'privateKey');
  const store = prefixedStorage(options.storage, utf8ToBytes('mailserver/'));
  const crypto = options.crypto ?? nobleCrypto;
  const clock = options.clock ?? systemClock;
  const log = options.logger ?? silentLogger;
  const maxMessageSize = options.maxMessageSize ?? WHISPER_DEFAULTS.MAX_MESSAGE_SIZE;
  if (
    options.maxScanPerRequest !== undefined &&
    !(Number.isInteger(options.maxScanPerRequest) && options.maxScanPerRequest >= 1)
  ) {
    throw new RangeError('maxScanPerRequest must be a positive integer');
  }
  const lastRequest = new Map<string, number>();
  const stats: MailserverStats = { archived: 0, requests: 0, served: 0, envelopesSent: 0, failures: 0 };
  const keys: EnvelopeKey[] = [];
  // status-go tries the asymmetric key first, then the password key.
  if (options.privateKey !== undefined) keys.push({ kind: 'asymmetric', privateKey: options.privateKey });
  if (options.symKey !== undefined) keys.push({ kind: 'symmetric', key: options.symKey });

  const nowSeconds = () => Math.floor(clock.now() / 1000);

  /** Reads an envelope-wrapped request (form A); throws RequestFailure with status-go's texts. */
  function readEnvelopeRequest(record: EnvelopeRecord): MessagesRequestPayload {
    const minPow = options.minRequestPow ?? 0;
    if (minPow > 0 && computePow(record.envelope, 0, crypto) < minPow)
      throw new RequestFailure('PoW too low');
    let opened: ReturnType<typeof openEnvelope> | undefined;
    for (const key of keys) {
      try {
        opened = openEnvelope(record.envelope, key, crypto);
        break;
      } catch {
        // try the next key
      }
    }
    if (opened === undefined) throw new RequestFailure('failed to decrypt p2p request');
    // v0.62.18 only requires a signature; it does not compare the signer with the peer (§4.7).
    if (opened.signer === undefined) {
      throw new RequestFailure('check message signature failed: wrong signature of p2p request');
    }
    let payload: MessagesRequestPayload;
    let format: string;
    try {
      ({ payload, format } = decodeMessagesRequestPayload(opened.payload));
    } catch (err) {
      throw new RequestFailure(`failed to decode data: ${(err as Error).message}`);
    }
    if (format === 'binary' && payload.upper - payload.lower > MAILSERVER_LIMITS.MAX_RANGE_SECONDS) {
      throw new RequestFailure('query range too big');
    }
    if (payload.upper === 0) payload.upper = nowSeconds() + MAILSERVER_LIMITS.UPPER_SAFE_THRESHOLD_SECONDS;
    if (payload.upper < payload.lower) throw new RequestFailure('query range is invalid: lower > upper');
    return payload;
  }

  /** `SetDefaults` + `Validate` of status-go's MessagesRequestPayload. */
  function validate(req: MessagesRequestPayload): string | undefined {
    if (req.limit === 0) req.limit = MAILSERVER_LIMITS.MAX_LIMIT;
    if (req.upper === 0) req.upper = nowSeconds() + MAILSERVER_LIMITS.UPPER_SAFE_THRESHOLD_SECONDS;
    if (req.upper < req.lower) return 'query range is invalid: lower > upper';
    if (req.upper - req.lower > MAILSERVER_LIMITS.MAX_RANGE_SECONDS)
      return 'query range must be smaller or equal to 24 hours';
    if (req.bloom.length === 0) return 'bloom filter is empty';
    if (req.bloom.length !== 64) return 'bloom filter must be 64 bytes'; // status-go would index past it
    if (req.limit > MAILSERVER_LIMITS.MAX_LIMIT) return 'limit exceeds the maximum allowed value';
    return undefined;
  }

  async function deliver(
    responder: P2PResponder,
    requestId: Uint8Array,
    req: MessagesRequestPayload,
  ): Promise<void> {
    const invalid = validate(req);
    if (invalid !== undefined) {
      fail(responder, requestId, `request is invalid: ${invalid}`);
      return;
    }
    const peer = toHex(responder.peerId);
    const rate = options.rateLimitMs ?? 0;
    if (rate > 0) {
      const last = lastRequest.get(peer);
      const now = clock.now();
      if (last !== undefined && now - last < rate) {
        fail(responder, requestId, 'rate limit exceeded');
        return;
      }
      lastRequest.set(peer, now);
    }
    const topics = new Set(req.topics.map((t) => topicToNumber(bytesToTopic(t))));
    const lower = timePrefix(req.lower);
    const upperExclusive = req.upper >= 0xffffffff ? undefined : timePrefix(req.upper + 1);
    const iterate: Parameters<Storage['iterate']>[0] = { gte: lower };
    if (upperExclusive !== undefined) iterate.lt = upperExclusive;
    if (req.cursor.length === MAILSERVER_LIMITS.CURSOR_LENGTH) {
      const after = prefixUpperBound(req.cursor);
      if (after !== undefined) iterate.gte = maxBytes(lower, after);
    }
    const batches: Uint8Array[][] = [];
    let bundle: Uint8Array[] = [];
    let bundleSize = 0;
    let processed = 0;
    let lastHash = ZERO_HASH;
    let cursor = new Uint8Array(0);
    let previousKey: Uint8Array = new Uint8Array(0);
    const maxScan = options.maxScanPerRequest ?? 100_000;
    let scanned = 0;
    for await (const [key, raw] of store.iterate(iterate)) {
      if (key.length !== MAILSERVER_LIMITS.DB_KEY_LENGTH) continue;
      if (++scanned > maxScan) {
        cursor = previousKey.slice(0, MAILSERVER_LIMITS.CURSOR_LENGTH); // resume after the last entry scanned
        break;
      }
      previousKey = key;
      const topic = key.subarray(36, 40);
      const match =
        topics.size > 0 ? topics.has(topicToNumber(topic)) : bloomMatch(req.bloom, topicToBloom(topic));
      if (!match) continue;
      lastHash = key.slice(4, 36);
      processed++;
      const limitReached = processed >= req.limit;
      const newSize = bundleSize + raw.length;
      if (!limitReached && newSize < maxMessageSize) {
        bundle.push(raw);
        bundleSize = newSize;
        continue;
      }
      if (bundle.length > 0) batches.push(bundle);
      bundle = [raw];
      bundleSize = raw.length;
      if (limitReached) {
        cursor = key.slice(0, MAILSERVER_LIMITS.CURSOR_LENGTH);
        break;
      }
    }
    if (bundle.length > 0) batches.push(bundle);
    for (const batch of batches) {
      if (responder.closed) return;
      const packets = req.batch ? [batch] : batch.map((raw) => [raw]);
      for (const p of packets) {
        if (!responder.sendEnvelopes(p)) await responder.drained();
        stats.envelopesSent += p.length;
      }
    }
    if (responder.closed) return;
    responder.sendComplete(encodeRequestCompletePayload(requestId, lastHash, cursor));
    stats.served++;
  }

  function fail(responder: P2PResponder, requestId: Uint8Array, text: string): void {
    stats.failures++;
    log.debug('mailserver request failed', { peer: responder.peerKey, error: text });
    responder.sendComplete(encodeRequestFailedPayload(requestId, text));
  }

  return {
    stats,
    async archive(record) {
      const env = record.envelope;
      await store.put(archiveKey(envelopeSentTime(env), record.hash, env.topic), record.raw);
      stats.archived++;
    },
    async handleRequest(payload, responder) {
      stats.requests++;
      let record: EnvelopeRecord | undefined;
      try {
        record = envelopeRecord(payload, crypto);
      } catch {
        record = undefined;
      }
      if (record !== undefined) {
        let req: MessagesRequestPayload;
        try {
          req = readEnvelopeRequest(record);
        } catch (err) {
          if (!(err instanceof RequestFailure)) throw err;
          fail(responder, record.hash, err.message);
          return;
        }
        await deliver(responder, record.hash, req);
        return;
      }
      let raw: ReturnType<typeof decodeMessagesRequest>;
      try {
        raw = decodeMessagesRequest(payload);
      } catch (err) {
        stats.failures++;
        log.debug('invalid p2p request message', { peer: responder.peerKey, error: String(err) });
        return; // no request id to answer to
      }
      await deliver(responder, bytesToHash32(raw.id), {
        lower: raw.from,
        upper: raw.to,
        bloom: raw.bloom,
        topics: raw.topics ?? [],
        limit: raw.limit,
        cursor: raw.cursor,
        batch: true,
      });
    },
    async prune(beforeSeconds) {
      const keysToDelete: Uint8Array[] = [];
      for await (const [key] of store.iterate({ lt: timePrefix(beforeSeconds) })) keysToDelete.push(key);
      for (let i = 0; i < keysToDelete.length; i += 500) {
        await store.batch(keysToDelete.slice(i, i + 500).map((key) => ({ type: 'delete' as const, key })));
      }
      return keysToDelete.length;
    },
  };
}

function maxBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return (a[i] as number) > (b[i] as number) ? a : b;
  }
  return a.length >= b.length ? a : b;
}
