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
 *
 * Resource bounds (#17, defaults in `limits.ts`): a per-peer request rate with a burst, a cap on
 * concurrent scans with a bounded queue, at most two requests per peer in flight; scans run in
 * time slices of a few milliseconds, stop after a time budget with a cursor (the client asks for
 * the next page), stream their bundles instead of collecting them, and stop when the requester
 * leaves or stops reading. Envelope-wrapped requests must be unexpired and are refused when
 * replayed. Bare `MessagesRequest`s (form B) are unsigned in status-go and stay served, so a
 * status-go client keeps working; they are rate-limited like the others. The archive is pruned
 * by age (30 days) and by size (oldest first), on a timer and when a write crosses the bound.
 */
import {
  assertBytes,
  type Clock,
  type CryptoProvider,
  createTimeSlicer,
  type Logger,
  nobleCrypto,
  prefixedStorage,
  prefixUpperBound,
  type Storage,
  silentLogger,
  systemClock,
  type TimerHandle,
  toHex,
  utf8ToBytes,
} from '@statuskit/utils';
import { WHISPER_DEFAULTS } from './constants.js';
import { type EnvelopeRecord, envelopeRecord, envelopeSentTime } from './envelope.js';
import { MAILSERVER_SERVER_LIMITS as LIMITS } from './limits.js';
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
  /**
   * Average minimum time between two requests of one peer, ms (default 100; 0: unlimited), after a
   * burst of `rateBurst` (default 20) back-to-back requests.
   */
  rateLimitMs?: number;
  rateBurst?: number;
  /** Scans running at once (default 4); more wait in a queue of `maxQueuedRequests` (default 64). */
  maxConcurrentScans?: number;
  maxQueuedRequests?: number;
  /** Requests one peer may have queued or running (default 2). */
  maxRequestsPerPeer?: number;
  /** Work time after which a scan yields to the event loop, ms (default 8). */
  sliceMs?: number;
  /** Work time after which a scan ends early with a cursor, ms (default 250). */
  maxScanMs?: number;
  /** A requester that does not drain its queue within this time is dropped, ms (default 15,000). */
  sendTimeoutMs?: number;
  /** Archive retention by age, seconds (default 30 days; 0: keep forever). */
  retentionSeconds?: number;
  /** Archive bound in bytes (envelope bytes + key + overhead; default 128 MiB; 0: unbounded). */
  maxArchiveBytes?: number;
  /** How often retention runs, ms (default 60,000; 0: only through `enforceRetention`). */
  pruneIntervalMs?: number;
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
  /** Requests refused by the rate limit, the queue bounds or replay protection. */
  refused: number;
  /** Scans that stopped because the requester left or stopped reading. */
  abandoned: number;
  /** Archive entries deleted by retention or `prune`. */
  pruned: number;
}

/** A mailserver: plug it into `createWhisperNode({ mailserver })`. */
export interface Mailserver extends MailserverHandler {
  archive(record: EnvelopeRecord): Promise<void>;
  handleRequest(payload: Uint8Array, responder: P2PResponder): Promise<void>;
  /** Deletes envelopes sent before `beforeSeconds`; returns how many. */
  prune(beforeSeconds: number): Promise<number>;
  /**
   * Applies the retention policy now: deletes what is older than `retentionSeconds`, then the
   * oldest entries until the archive is under `maxArchiveBytes`. Returns how many were deleted.
   */
  enforceRetention(): Promise<number>;
  /** Archive size as tracked (bytes and entries); counted by a scan on first retention. */
  readonly archiveSize: { bytes: number; entries: number } | undefined;
  /** Stops the retention timer. */
  close(): void;
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
  const stats: MailserverStats = {
    archived: 0,
    requests: 0,
    served: 0,
    envelopesSent: 0,
    failures: 0,
    refused: 0,
    abandoned: 0,
    pruned: 0,
  };
  const keys: EnvelopeKey[] = [];
  // status-go tries the asymmetric key first, then the password key.
  if (options.privateKey !== undefined) keys.push({ kind: 'asymmetric', privateKey: options.privateKey });
  if (options.symKey !== undefined) keys.push({ kind: 'symmetric', key: options.symKey });

  const nowSeconds = () => Math.floor(clock.now() / 1000);
  const rateMs = options.rateLimitMs ?? LIMITS.RATE_LIMIT_MS;
  const burst = options.rateBurst ?? LIMITS.RATE_BURST;
  const maxConcurrent = options.maxConcurrentScans ?? LIMITS.MAX_CONCURRENT_SCANS;
  const maxQueued = options.maxQueuedRequests ?? LIMITS.MAX_QUEUED_REQUESTS;
  const maxPerPeer = options.maxRequestsPerPeer ?? LIMITS.MAX_REQUESTS_PER_PEER;
  const sliceMs = options.sliceMs ?? LIMITS.SLICE_MS;
  const maxScanMs = options.maxScanMs ?? LIMITS.MAX_SCAN_MS;
  const sendTimeoutMs = options.sendTimeoutMs ?? 15_000;
  const retentionSeconds = options.retentionSeconds ?? LIMITS.RETENTION_SECONDS;
  const maxArchiveBytes = options.maxArchiveBytes ?? LIMITS.MAX_ARCHIVE_BYTES;
  const pruneIntervalMs = options.pruneIntervalMs ?? LIMITS.PRUNE_INTERVAL_MS;

  /** Per-peer request buckets: `tokens` of `burst`, refilled one per `rateMs`. */
  const buckets = new Map<string, { tokens: number; at: number }>();
  function takeRequestToken(peer: string): boolean {
    if (rateMs <= 0) return true;
    const now = clock.now();
    const b = buckets.get(peer) ?? { tokens: burst, at: now };
    b.tokens = Math.min(burst, b.tokens + Math.max(0, now - b.at) / rateMs);
    b.at = now;
    buckets.delete(peer); // re-insert: the map stays in least-recently-used order
    buckets.set(peer, b);
    if (buckets.size > 10_000) buckets.delete(buckets.keys().next().value as string);
    if (b.tokens < 1) return false;
    b.tokens -= 1;
    return true;
  }

  /** Requests (envelope hashes) already served, with their expiry: a replay is refused. */
  const seenRequests = new Map<string, number>();
  function seen(hashHex: string, expiry: number): boolean {
    const now = nowSeconds();
    // insertion order is close to expiry order: drop expired entries from the front
    for (const [h, exp] of seenRequests) {
      if (
        exp + WHISPER_DEFAULTS.SYNC_ALLOWANCE_SECONDS >= now &&
        seenRequests.size < LIMITS.MAX_SEEN_REQUESTS
      )
        break;
      seenRequests.delete(h);
    }
    if (seenRequests.has(hashHex)) return true;
    seenRequests.set(hashHex, expiry);
    return false;
  }

  /** Scan slots: at most `maxConcurrent` scans run, the rest wait in FIFO order. */
  let running = 0;
  const waiting: Array<() => void> = [];
  const perPeer = new Map<string, number>();
  async function withSlot(peer: string, fn: () => Promise<void>): Promise<'busy' | 'peer' | undefined> {
    const mine = perPeer.get(peer) ?? 0;
    if (mine >= maxPerPeer) return 'peer';
    if (running >= maxConcurrent && waiting.length >= maxQueued) return 'busy';
    perPeer.set(peer, mine + 1);
    try {
      if (running >= maxConcurrent) await new Promise<void>((resolve) => waiting.push(resolve));
      else running++;
      try {
        await fn();
      } finally {
        const next = waiting.shift();
        if (next !== undefined)
          next(); // hand the slot over
        else running--;
      }
    } finally {
      const left = (perPeer.get(peer) ?? 1) - 1;
      if (left <= 0) perPeer.delete(peer);
      else perPeer.set(peer, left);
    }
    return undefined;
  }

  /** Reads an envelope-wrapped request (form A); throws RequestFailure with status-go's texts. */
  function readEnvelopeRequest(record: EnvelopeRecord): MessagesRequestPayload {
    // Replay protection: a signed request is not bound to the peer that sends it (§4.7), so anyone
    // who saw it could send it again; it must be live and new.
    const now = nowSeconds();
    const env = record.envelope;
    if (env.expiry + WHISPER_DEFAULTS.SYNC_ALLOWANCE_SECONDS < now)
      throw new RequestFailure('request expired');
    if (envelopeSentTime(env) > now + WHISPER_DEFAULTS.SYNC_ALLOWANCE_SECONDS)
      throw new RequestFailure('request from the future');
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
    if (seen(record.hashHex, env.expiry)) throw new RequestFailure('request replayed');
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

  /** Waits for the requester's carrier to drain; false when it left or did not read in time. */
  async function drained(responder: P2PResponder): Promise<boolean> {
    let timer: TimerHandle | undefined;
    const timedOut = new Promise<false>((resolve) => {
      timer = clock.setTimeout(() => resolve(false), sendTimeoutMs);
    });
    try {
      const ok = await Promise.race([responder.drained().then(() => true), timedOut]);
      return ok && !responder.closed;
    } finally {
      timer?.cancel();
    }
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
    if (!takeRequestToken(peer)) {
      stats.refused++;
      fail(responder, requestId, 'rate limit exceeded');
      return;
    }
    const refused = await withSlot(peer, () => scan(responder, requestId, req));
    if (refused !== undefined) {
      stats.refused++;
      fail(
        responder,
        requestId,
        refused === 'busy' ? 'server busy, try again later' : 'too many requests in flight',
      );
    }
  }

  async function scan(
    responder: P2PResponder,
    requestId: Uint8Array,
    req: MessagesRequestPayload,
  ): Promise<void> {
    if (responder.closed) {
      stats.abandoned++;
      return;
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
    let bundle: Uint8Array[] = [];
    let bundleSize = 0;
    let processed = 0;
    let lastHash = ZERO_HASH;
    let cursor = new Uint8Array(0);
    let previousKey: Uint8Array = new Uint8Array(0);
    const maxScan = options.maxScanPerRequest ?? 100_000;
    let scanned = 0;
    const slice = createTimeSlicer(sliceMs);
    let worked = 0; // ms of work so far, yields excluded
    let sliceStart = clock.now();
    /** Sends one bundle; false when the requester left or stopped reading. */
    const sendBundle = async (b: Uint8Array[]): Promise<boolean> => {
      const packets = req.batch ? [b] : b.map((raw) => [raw]);
      for (const p of packets) {
        if (responder.closed) return false;
        const ok = responder.sendEnvelopes(p);
        stats.envelopesSent += p.length;
        if (!ok && !(await drained(responder))) return false;
      }
      return true;
    };
    const abandon = () => {
      stats.abandoned++;
    };
    for await (const [key, raw] of store.iterate(iterate)) {
      if (key.length !== MAILSERVER_LIMITS.DB_KEY_LENGTH) continue;
      if (++scanned > maxScan || worked + (clock.now() - sliceStart) > maxScanMs) {
        cursor = previousKey.slice(0, MAILSERVER_LIMITS.CURSOR_LENGTH); // resume after the last entry scanned
        break;
      }
      if (scanned % 32 === 0 && slice.shouldYield()) {
        worked += clock.now() - sliceStart;
        await slice.maybeYield();
        sliceStart = clock.now();
        if (responder.closed) return abandon();
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
      // Bundles go out as they fill: memory holds one bundle, not the whole page.
      if (bundle.length > 0) {
        worked += clock.now() - sliceStart;
        const ok = await sendBundle(bundle);
        sliceStart = clock.now();
        if (!ok) return abandon();
      }
      bundle = [raw];
      bundleSize = raw.length;
      if (limitReached) {
        cursor = key.slice(0, MAILSERVER_LIMITS.CURSOR_LENGTH);
        break;
      }
    }
    if (bundle.length > 0 && !(await sendBundle(bundle))) return abandon();
    if (responder.closed) return abandon();
    responder.sendComplete(encodeRequestCompletePayload(requestId, lastHash, cursor));
    stats.served++;
  }

  function fail(responder: P2PResponder, requestId: Uint8Array, text: string): void {
    stats.failures++;
    log.debug('mailserver request failed', { peer: responder.peerKey, error: text });
    responder.sendComplete(encodeRequestFailedPayload(requestId, text));
  }

  // ------------------------------------------------------------------ retention

  const entryCost = (key: Uint8Array, value: Uint8Array) =>
    key.length + value.length + LIMITS.ARCHIVE_ENTRY_OVERHEAD_BYTES;
  let size: { bytes: number; entries: number } | undefined;
  let retention: Promise<number> | undefined;
  let timer: TimerHandle | undefined;
  let closed = false;

  /** Deletes `keysToDelete` in chunks, yielding between them. */
  async function deleteKeys(keysToDelete: readonly Uint8Array[]): Promise<void> {
    const slice = createTimeSlicer(sliceMs);
    for (let i = 0; i < keysToDelete.length; i += 500) {
      await store.batch(keysToDelete.slice(i, i + 500).map((key) => ({ type: 'delete' as const, key })));
      if (slice.shouldYield()) await slice.maybeYield();
    }
  }

  async function pruneBefore(beforeSeconds: number): Promise<number> {
    const keysToDelete: Uint8Array[] = [];
    let bytes = 0;
    const slice = createTimeSlicer(sliceMs);
    for await (const [key, value] of store.iterate({ lt: timePrefix(beforeSeconds) })) {
      keysToDelete.push(key);
      bytes += entryCost(key, value);
      if (keysToDelete.length % 64 === 0 && slice.shouldYield()) await slice.maybeYield();
    }
    await deleteKeys(keysToDelete);
    if (size !== undefined) {
      size.bytes = Math.max(0, size.bytes - bytes);
      size.entries = Math.max(0, size.entries - keysToDelete.length);
    }
    stats.pruned += keysToDelete.length;
    return keysToDelete.length;
  }

  async function runRetention(): Promise<number> {
    let deleted = 0;
    if (size === undefined) {
      const counted = { bytes: 0, entries: 0 };
      const slice = createTimeSlicer(sliceMs);
      for await (const [key, value] of store.iterate()) {
        counted.bytes += entryCost(key, value);
        counted.entries++;
        if (counted.entries % 64 === 0 && slice.shouldYield()) await slice.maybeYield();
      }
      // archive() calls during the count added to nothing: count them from here on
      size = counted;
    }
    if (retentionSeconds > 0) deleted += await pruneBefore(nowSeconds() - retentionSeconds);
    if (maxArchiveBytes > 0 && size.bytes > maxArchiveBytes) {
      // Oldest first, down to 90% of the bound so a full archive is not pruned on every write.
      const target = Math.floor(maxArchiveBytes * 0.9);
      const keysToDelete: Uint8Array[] = [];
      let freed = 0;
      const slice = createTimeSlicer(sliceMs);
      for await (const [key, value] of store.iterate()) {
        if (size.bytes - freed <= target) break;
        keysToDelete.push(key);
        freed += entryCost(key, value);
        if (keysToDelete.length % 64 === 0 && slice.shouldYield()) await slice.maybeYield();
      }
      await deleteKeys(keysToDelete);
      size.bytes = Math.max(0, size.bytes - freed);
      size.entries = Math.max(0, size.entries - keysToDelete.length);
      stats.pruned += keysToDelete.length;
      deleted += keysToDelete.length;
    }
    return deleted;
  }

  function enforceRetention(): Promise<number> {
    retention ??= runRetention().finally(() => {
      retention = undefined;
    });
    return retention;
  }

  function schedule(): void {
    if (closed || timer !== undefined || pruneIntervalMs <= 0) return;
    timer = clock.setTimeout(() => {
      timer = undefined;
      enforceRetention()
        .catch((err: unknown) => log.error('mailserver retention failed', { error: String(err) }))
        .finally(schedule);
    }, pruneIntervalMs);
  }

  return {
    stats,
    get archiveSize() {
      return size === undefined ? undefined : { ...size };
    },
    async archive(record) {
      // The first write waits for the archive to be counted (in time slices), so the byte bound
      // holds from the start; writes racing with the count wait for it too.
      if (size === undefined && !closed) {
        try {
          await enforceRetention();
        } catch (err) {
          log.error('mailserver retention failed', { error: String(err) });
        }
      }
      const env = record.envelope;
      const key = archiveKey(envelopeSentTime(env), record.hash, env.topic);
      await store.put(key, record.raw);
      stats.archived++;
      schedule();
      if (size !== undefined) {
        size.bytes += entryCost(key, record.raw);
        size.entries++;
        if (maxArchiveBytes > 0 && size.bytes > maxArchiveBytes) {
          enforceRetention().catch((err: unknown) =>
            log.error('mailserver retention failed', { error: String(err) }),
          );
        }
      }
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
          if (err.message === 'request replayed') stats.refused++;
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
    prune: (beforeSeconds) => pruneBefore(beforeSeconds),
    enforceRetention,
    close() {
      closed = true;
      timer?.cancel();
      timer = undefined;
    },
  };
}

function maxBytes(a: Uint8Array, b: Uint8Array): Uint8Array {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    if (a[i] !== b[i]) return (a[i] as number) > (b[i] as number) ? a : b;
  }
  return a.length >= b.length ? a : b;
}
