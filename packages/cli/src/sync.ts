/**
 * Mailserver-to-mailserver sync (STATUS-V1-FACTS §3.1 codes 123/124, §4.8): a new mailserver fills
 * its archive from an existing one for a time range, over the `shh/6` capability.
 *
 * - P2P Sync Request (123): `[Lower uint32, Upper uint32, Bloom(64), Limit uint32, Cursor]`.
 * - P2P Sync Response (124): `[Envelopes[], Cursor, Final bool, Error string]`.
 *
 * The server answers a request with responses carrying envelopes (oldest first, bundled below the
 * maximum message size, `Final` false), then one `Final` response whose cursor is empty when the
 * range is exhausted or names the last envelope sent when `Limit` was reached; the client asks for
 * the next page with that cursor. The client stores each page's cursor once the page's envelopes
 * are written, so an interrupted sync resumes where it stopped; envelopes already archived are
 * skipped, so a page seen twice changes nothing. Synced envelopes are archived byte for byte and
 * never pooled or relayed (they are history, §3.9).
 *
 * Both sides hook into the shh/6 protocol of the node: packets 123/124 are taken before the node's
 * handler sees them (it ignores unknown codes, §3.1), only from peers whose status handshake is
 * done; a peer gets one sync request served at a time.
 */
import type { Protocol, ProtocolContext, ProtocolHandler } from '@statuskit/devp2p';
import {
  bytesToUtf8,
  type CryptoProvider,
  DecodeError,
  decodeRlp,
  encodeRlp,
  fromHex,
  type Logger,
  nobleCrypto,
  prefixedStorage,
  prefixUpperBound,
  type RlpItem,
  rlpBigInt,
  rlpBytes,
  rlpList,
  type Storage,
  silentLogger,
  toHex,
  uintToRlpBytes,
  utf8ToBytes,
} from '@statuskit/utils';
import {
  bloomMatch,
  encodeRawList,
  envelopeRecord,
  fullBloom,
  MAILSERVER_LIMITS,
  timePrefix,
  topicToBloom,
  type WhisperNode,
} from '@statuskit/whisper';
import type { RelayArchive } from './archive.js';
import { CliError, ConfigError } from './errors.js';

/** Packet codes within shh/6 (§3.1). */
export const SYNC_CODES = { REQUEST: 123, RESPONSE: 124 } as const;

/** Largest page a sync request may ask for; 0 asks for this. */
export const SYNC_MAX_LIMIT = 10_000;

/** A P2P Sync Request. */
export interface SyncRequest {
  lower: number;
  upper: number;
  bloom: Uint8Array;
  limit: number;
  /** Empty, or a 36-byte cursor from a previous final response. */
  cursor: Uint8Array;
}

/** A P2P Sync Response. */
export interface SyncResponse {
  /** Raw envelope RLP, as archived. */
  envelopes: Uint8Array[];
  cursor: Uint8Array;
  final: boolean;
  error: string;
}

const u32 = (item: RlpItem | undefined, what: string) => Number(rlpBigInt(item, what, 4));

/** Encodes a sync request. */
export function encodeSyncRequest(r: SyncRequest): Uint8Array {
  return encodeRlp([
    uintToRlpBytes(r.lower),
    uintToRlpBytes(r.upper),
    r.bloom,
    uintToRlpBytes(r.limit),
    r.cursor,
  ]);
}

/** Decodes a sync request. @throws DecodeError when malformed. */
export function decodeSyncRequest(bytes: Uint8Array): SyncRequest {
  const l = rlpList(decodeRlp(bytes, { maxInputBytes: 1024, maxDepth: 2, maxItems: 16 }), 'sync request', 5);
  const bloom = rlpBytes(l[2], 'sync request bloom');
  if (bloom.length !== 0 && bloom.length !== 64)
    throw new DecodeError('sync request bloom: expected 0 or 64 bytes');
  const cursor = rlpBytes(l[4], 'sync request cursor');
  if (cursor.length !== 0 && cursor.length !== MAILSERVER_LIMITS.CURSOR_LENGTH)
    throw new DecodeError('sync request cursor: expected 0 or 36 bytes');
  return {
    lower: u32(l[0], 'sync request lower'),
    upper: u32(l[1], 'sync request upper'),
    bloom: bloom.length === 0 ? fullBloom() : bloom,
    limit: u32(l[3], 'sync request limit'),
    cursor,
  };
}

/** Encodes a sync response; envelopes go in as their raw RLP. */
export function encodeSyncResponse(r: SyncResponse): Uint8Array {
  return encodeRawList([
    encodeRawList(r.envelopes),
    encodeRlp(r.cursor),
    encodeRlp(r.final ? Uint8Array.of(1) : new Uint8Array(0)),
    encodeRlp(utf8ToBytes(r.error)),
  ]);
}

/**
 * Decodes a sync response. The RLP decoder accepts canonical encodings only, so re-encoding an
 * envelope item gives back exactly the bytes the server archived.
 * @throws DecodeError when malformed or larger than `maxBytes`.
 */
export function decodeSyncResponse(bytes: Uint8Array, maxBytes: number): SyncResponse {
  const l = rlpList(
    decodeRlp(bytes, { maxInputBytes: maxBytes, maxDepth: 4, maxItems: 1_000_000 }),
    'sync response',
    4,
  );
  const envelopes = rlpList(l[0], 'sync response envelopes').map((item) => {
    if (!Array.isArray(item)) throw new DecodeError('sync response envelope: expected a list');
    return encodeRlp(item);
  });
  const final = rlpBigInt(l[2], 'sync response final', 1);
  if (final > 1n) throw new DecodeError('sync response final: invalid boolean');
  return {
    envelopes,
    cursor: rlpBytes(l[1], 'sync response cursor'),
    final: final === 1n,
    error: bytesToUtf8(rlpBytes(l[3], 'sync response error')),
  };
}

/**
 * Reads a time for `--sync-range`: unix seconds, an ISO 8601 date, `now`, or an offset from now
 * such as `-7d`, `-12h`, `-30m`.
 * @throws ConfigError when it is none of them.
 */
export function parseTime(text: string, nowSeconds: number): number {
  const t = text.trim();
  if (t === 'now') return nowSeconds;
  if (/^\d+$/.test(t)) return Number(t);
  const rel = /^-(\d+)([smhd])$/.exec(t);
  if (rel !== null) {
    const unit = { s: 1, m: 60, h: 3600, d: 86400 }[rel[2] as 's' | 'm' | 'h' | 'd'];
    return nowSeconds - Number(rel[1]) * unit;
  }
  const ms = Date.parse(t);
  if (!Number.isNaN(ms) && /^\d{4}-\d{2}-\d{2}/.test(t)) return Math.floor(ms / 1000);
  throw new ConfigError(`syncRange: cannot read the time ${JSON.stringify(text)}`);
}

/** Reads `FROM..TO`. @throws ConfigError. */
export function parseSyncRange(text: string, nowSeconds: number): { from: number; to: number } {
  const parts = text.split('..');
  if (parts.length !== 2) throw new ConfigError(`syncRange: expected FROM..TO, got ${JSON.stringify(text)}`);
  const from = parseTime(parts[0] as string, nowSeconds);
  const to = parseTime(parts[1] as string, nowSeconds);
  if (from > to || to > 0xffffffff) throw new ConfigError(`syncRange: ${text} is not a valid range`);
  return { from, to };
}

/** Counters of the sync service. */
export interface SyncStats {
  requestsServed: number;
  envelopesServed: number;
  envelopesReceived: number;
  envelopesArchived: number;
  pages: number;
}

/** Progress of one sync, as stored. */
export interface SyncProgress {
  /** The absolute range being synced, unix seconds. */
  from: number;
  to: number;
  cursor: string;
  done: boolean;
  envelopes: number;
  pages: number;
}

/** The sync service of a relay: serves sync requests and runs syncs from another mailserver. */
export interface SyncService {
  readonly stats: SyncStats;
  /** The node's protocols with shh/6 wrapped to carry packets 123/124. */
  wrap(protocols: readonly Protocol[]): Protocol[];
  /**
   * Syncs `[from, to]` from the mailserver `sourceId` (hex node id), resuming a previous run.
   * @throws CliError when the source reports an error or stops answering.
   */
  run(
    sourceId: string,
    range: { from: number; to: number },
    options?: {
      signal?: AbortSignal;
      pageLimit?: number;
      timeoutMs?: number;
      onPage?: (p: SyncProgress) => void;
      /**
       * Names the sync for resuming (default the absolute range). With a relative range such as
       * `-30d..now`, pass its text: an unfinished sync then resumes its original absolute range.
       */
      name?: string;
    },
  ): Promise<SyncProgress>;
}

interface PageWaiter {
  onResponse(r: SyncResponse): void;
  onClose(): void;
}

/** Creates the sync service over a relay's archive. */
export function createSyncService(options: {
  node: WhisperNode;
  archive: RelayArchive;
  /** The archive's storage: progress is kept under `cli/sync/`. */
  storage: Storage;
  maxMessageSize: number;
  crypto?: CryptoProvider;
  logger?: Logger;
}): SyncService {
  const { node, archive } = options;
  const crypto = options.crypto ?? nobleCrypto;
  const log = options.logger ?? silentLogger;
  const progressStore = prefixedStorage(options.storage, utf8ToBytes('cli/sync/'));
  const stats: SyncStats = {
    requestsServed: 0,
    envelopesServed: 0,
    envelopesReceived: 0,
    envelopesArchived: 0,
    pages: 0,
  };
  const contexts = new Map<string, ProtocolContext>(); // shh/6 peers by id hex
  const serving = new Set<string>();
  const waiters = new Map<string, PageWaiter>();
  const contextWaiters = new Set<() => void>();

  const handshaken = (idHex: string) => node.peers().some((p) => p.id === idHex && p.capability === 'shh/6');

  async function serve(ctx: ProtocolContext, idHex: string, req: SyncRequest): Promise<void> {
    const send = async (r: SyncResponse) => {
      if (!ctx.send(SYNC_CODES.RESPONSE, encodeSyncResponse(r))) await ctx.drained();
    };
    if (req.lower > req.upper) {
      await send({
        envelopes: [],
        cursor: new Uint8Array(0),
        final: true,
        error: 'invalid range: lower > upper',
      });
      return;
    }
    const limit = req.limit === 0 ? SYNC_MAX_LIMIT : Math.min(req.limit, SYNC_MAX_LIMIT);
    const range: { gte: Uint8Array; lt?: Uint8Array } = { gte: timePrefix(req.lower) };
    if (req.upper < 0xffffffff) range.lt = timePrefix(req.upper + 1);
    if (req.cursor.length === MAILSERVER_LIMITS.CURSOR_LENGTH) {
      const after = prefixUpperBound(req.cursor);
      if (after === undefined) {
        await send({ envelopes: [], cursor: new Uint8Array(0), final: true, error: '' });
        return;
      }
      if (compare(after, range.gte) > 0) range.gte = after;
    }
    const budget = options.maxMessageSize - 1024;
    let bundle: Uint8Array[] = [];
    let size = 0;
    let count = 0;
    let cursor: Uint8Array = new Uint8Array(0);
    let lastKey: Uint8Array = new Uint8Array(0);
    for await (const [key, raw] of archive.store.iterate(range)) {
      if (key.length !== MAILSERVER_LIMITS.DB_KEY_LENGTH) continue;
      if (!bloomMatch(req.bloom, topicToBloom(key.subarray(36, 40)))) continue;
      if (count >= limit) {
        cursor = lastKey.slice(0, MAILSERVER_LIMITS.CURSOR_LENGTH);
        break;
      }
      if (size + raw.length > budget && bundle.length > 0) {
        await send({ envelopes: bundle, cursor: new Uint8Array(0), final: false, error: '' });
        bundle = [];
        size = 0;
      }
      bundle.push(raw);
      size += raw.length;
      count++;
      lastKey = key;
    }
    if (bundle.length > 0)
      await send({ envelopes: bundle, cursor: new Uint8Array(0), final: false, error: '' });
    await send({ envelopes: [], cursor, final: true, error: '' });
    stats.requestsServed++;
    stats.envelopesServed += count;
    log.info('sync request served', { peer: idHex, envelopes: count, more: cursor.length > 0 });
  }
  function handle(ctx: ProtocolContext, idHex: string, code: number, payload: Uint8Array): void {
    if (!handshaken(idHex)) return; // nothing before the status exchange
    if (code === SYNC_CODES.REQUEST) {
      let req: SyncRequest;
      try {
        req = decodeSyncRequest(payload);
      } catch (err) {
        log.info('invalid sync request', { peer: idHex, error: (err as Error).message });
        return;
      }
      if (serving.has(idHex)) {
        log.info('sync request ignored: one is being served', { peer: idHex });
        return;
      }
      serving.add(idHex);
      void serve(ctx, idHex, req)
        .catch((err: unknown) => log.warn('sync request failed', { peer: idHex, error: String(err) }))
        .finally(() => serving.delete(idHex));
      return;
    }
    const waiter = waiters.get(idHex);
    if (waiter === undefined) return; // a response we did not ask for
    let r: SyncResponse;
    try {
      r = decodeSyncResponse(payload, options.maxMessageSize);
    } catch (err) {
      r = {
        envelopes: [],
        cursor: new Uint8Array(0),
        final: true,
        error: `invalid sync response: ${(err as Error).message}`,
      };
    }
    waiter.onResponse(r);
  }

  function wrap(protocols: readonly Protocol[]): Protocol[] {
    return protocols.map((p) => {
      if (p.name !== 'shh' || p.version !== 6) return p;
      return {
        name: p.name,
        version: p.version,
        length: p.length,
        create(ctx: ProtocolContext): ProtocolHandler {
          const inner = p.create(ctx);
          const idHex = toHex(ctx.peer.id);
          contexts.set(idHex, ctx);
          for (const w of contextWaiters) w();
          return {
            onMessage(code, payload) {
              if (code === SYNC_CODES.REQUEST || code === SYNC_CODES.RESPONSE) {
                handle(ctx, idHex, code, payload);
                return;
              }
              return inner.onMessage(code, payload);
            },
            onClose(info) {
              if (contexts.get(idHex) === ctx) contexts.delete(idHex);
              waiters.get(idHex)?.onClose();
              inner.onClose?.(info);
            },
          };
        },
      };
    });
  }

  async function waitForPeer(
    idHex: string,
    timeoutMs: number,
    signal?: AbortSignal,
  ): Promise<ProtocolContext> {
    const end = Date.now() + timeoutMs;
    for (;;) {
      const ctx = contexts.get(idHex);
      if (ctx !== undefined && handshaken(idHex)) return ctx;
      if (signal?.aborted) throw new CliError('sync aborted');
      if (Date.now() > end)
        throw new CliError(`sync: the source ${idHex.slice(0, 16)}… is not connected over shh/6`);
      await new Promise<void>((r) => {
        const t = setTimeout(done, 100);
        function done() {
          clearTimeout(t);
          contextWaiters.delete(done);
          r();
        }
        contextWaiters.add(done);
      });
    }
  }

  async function run(
    sourceId: string,
    range: { from: number; to: number },
    o: {
      signal?: AbortSignal;
      pageLimit?: number;
      timeoutMs?: number;
      onPage?: (p: SyncProgress) => void;
      name?: string;
    } = {},
  ): Promise<SyncProgress> {
    const idHex = sourceId.replace(/^0x/, '').toLowerCase();
    const key = utf8ToBytes(`${idHex}/${o.name ?? `${range.from}-${range.to}`}`);
    const stored = await progressStore.get(key);
    let saved: SyncProgress | undefined =
      stored === undefined ? undefined : (JSON.parse(bytesToUtf8(stored)) as SyncProgress);
    // A finished sync of another absolute range under the same name starts afresh.
    if (saved?.done === true && (saved.from !== range.from || saved.to !== range.to)) saved = undefined;
    if (saved !== undefined) range = { from: saved.from, to: saved.to };
    const progress: SyncProgress = saved ?? {
      from: range.from,
      to: range.to,
      cursor: '',
      done: false,
      envelopes: 0,
      pages: 0,
    };
    if (progress.done) return progress;
    const timeoutMs = o.timeoutMs ?? 30_000;
    while (!progress.done) {
      const ctx = await waitForPeer(idHex, timeoutMs, o.signal);
      const request = encodeSyncRequest({
        lower: range.from,
        upper: range.to,
        bloom: fullBloom(),
        limit: o.pageLimit ?? 1000,
        cursor: progress.cursor === '' ? new Uint8Array(0) : fromHex(progress.cursor),
      });
      const writes: Promise<boolean>[] = [];
      const final = await new Promise<SyncResponse>((resolve, reject) => {
        let timer = setTimeout(onTimeout, timeoutMs);
        function onTimeout() {
          waiters.delete(idHex);
          reject(new CliError(`sync: no answer from ${idHex.slice(0, 16)}… in ${timeoutMs} ms`));
        }
        waiters.set(idHex, {
          onResponse(r) {
            clearTimeout(timer);
            timer = setTimeout(onTimeout, timeoutMs);
            for (const raw of r.envelopes) {
              stats.envelopesReceived++;
              let record: ReturnType<typeof envelopeRecord>;
              try {
                record = envelopeRecord(raw, crypto);
              } catch (err) {
                log.warn('sync: undecodable envelope skipped', { error: String(err) });
                continue;
              }
              writes.push(archive.add(record));
            }
            if (r.final) {
              clearTimeout(timer);
              waiters.delete(idHex);
              resolve(r);
            }
          },
          onClose() {
            clearTimeout(timer);
            waiters.delete(idHex);
            reject(new CliError('sync: the source disconnected'));
          },
        });
        if (!ctx.send(SYNC_CODES.REQUEST, request)) void ctx.drained();
      }).catch(async (err: unknown) => {
        await Promise.allSettled(writes);
        throw err;
      });
      if (final.error !== '') throw new CliError(`sync: the source answered: ${final.error}`);
      const added = (await Promise.all(writes)).filter(Boolean).length;
      stats.envelopesArchived += added;
      stats.pages++;
      progress.envelopes += writes.length;
      progress.pages++;
      progress.cursor = toHex(final.cursor);
      progress.done = final.cursor.length === 0;
      await progressStore.put(key, utf8ToBytes(JSON.stringify(progress)));
      o.onPage?.({ ...progress });
    }
    return progress;
  }

  return { stats, wrap, run };
}

function compare(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return (a[i] as number) - (b[i] as number);
  return a.length - b.length;
}
