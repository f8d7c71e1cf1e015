/**
 * The client side of history requests (STATUS-V1-FACTS §4.7, §4.8), as status-go's
 * `wakuext_requestMessages` builds them: the v0.42+ payload with `Topics = []`, `Batch = true` and
 * the topics OR-ed into the bloom; wrapped in an envelope on the zero topic with TTL 50, signed with
 * the node key, encrypted with the mailserver password key (or ECIES to the mailserver key), sealed
 * to the client's minimum PoW. The request id is the envelope hash. A {@link MailserverClient}
 * sends it to a trusted mailserver peer, collects the P2P envelopes, reads Request Complete and
 * follows the cursor until the server has nothing more.
 */
import {
  AbortError,
  assertBytes,
  type Clock,
  type CryptoProvider,
  equalBytes,
  type RandomSource,
  systemClock,
  TimeoutError,
  type TimerHandle,
  toHex,
} from '@statuskit/utils';
import { MailserverError } from './errors.js';
import {
  encodeMessagesRequestPayload,
  MAILSERVER_LIMITS,
  type MessagesRequestPayload,
  type RequestComplete,
} from './mailserver-codec.js';
import type { WhisperNode } from './node.js';
import { bloomOfTopics, topicToBloom } from './topic.js';
import { type CreatedEnvelope, createEnvelope } from './wrap.js';

/** What to fetch. */
export interface HistoryRequest {
  /** Unix seconds, inclusive. */
  from: number;
  /** Unix seconds, inclusive (at most 24 h after `from` for status-go servers). */
  to: number;
  /** Topics wanted; they travel OR-ed into the bloom, as the status-go client sends them. */
  topics: readonly Uint8Array[];
  /**
   * status-go's deprecated single `Topic` field: when `topics` is empty the bloom is this topic's
   * (status-go `createBloomFilter`), and with neither, the bloom of the zero topic `00000000`, as
   * status-go sends it (never an all-zero bloom, which a bloom-matching server answers with nothing).
   */
  topic?: Uint8Array;
  /** Envelopes per page (default 100, at most 1000). */
  limit?: number;
  /** Resume after this cursor (from a previous page). */
  cursor?: Uint8Array;
  /** Also list the topics in the payload's `Topics` field (v0.42+ servers then match by topic). */
  topicsInPayload?: boolean;
}

/** Options of {@link buildHistoryRequest}. Exactly one of `symKey` and `serverPublicKey` is required. */
export interface BuildHistoryRequestOptions extends HistoryRequest {
  /** The mailserver password key (PBKDF2 of `status-offline-inbox` on the Status fleets). */
  symKey?: Uint8Array;
  /** ECIES to the mailserver's node key instead. */
  serverPublicKey?: Uint8Array;
  /** Signs the request (status-go uses the client's node key). */
  signingKey: Uint8Array;
  /** Default 0.000002, the Status client minimum PoW. */
  powTarget?: number;
  /** Default 50 s (`DefaultTTL`). */
  ttlSeconds?: number;
  /** Pinned randomness, for tests only. */
  padding?: Uint8Array;
  salt?: Uint8Array;
  clock?: Clock;
  crypto?: CryptoProvider;
  random?: RandomSource;
  signal?: AbortSignal;
}

/** A built history request. */
export interface BuiltHistoryRequest {
  payload: MessagesRequestPayload;
  /** The RLP payload inside the envelope. */
  payloadBytes: Uint8Array;
  envelope: CreatedEnvelope;
  /** The envelope hash: what Request Complete will carry. */
  requestId: Uint8Array;
}

/**
 * Builds the envelope-wrapped history request (§4.7 A).
 * @throws RangeError / TypeError on bad options.
 * @example
 * const { envelope } = await buildHistoryRequest({ from, to, topics, symKey, signingKey: nodeKey });
 */
export async function buildHistoryRequest(o: BuildHistoryRequestOptions): Promise<BuiltHistoryRequest> {
  const limit = o.limit ?? MAILSERVER_LIMITS.DEFAULT_RAW_LIMIT;
  for (const [name, v] of [
    ['from', o.from],
    ['to', o.to],
    ['limit', limit],
  ] as const) {
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new RangeError(`${name} must be a uint32`);
  }
  if (o.from > o.to) throw new RangeError('from must not be after to');
  for (const [i, t] of o.topics.entries()) assertBytes(t, 4, `topics[${i}]`);
  if (o.topic !== undefined) assertBytes(o.topic, 4, 'topic');
  const cursor = o.cursor ?? new Uint8Array(0);
  assertBytes(cursor, undefined, 'cursor');
  const payload: MessagesRequestPayload = {
    lower: o.from,
    upper: o.to,
    bloom: o.topics.length > 0 ? bloomOfTopics(o.topics) : topicToBloom(o.topic ?? new Uint8Array(4)),
    topics: o.topicsInPayload ? o.topics.map((t) => t.slice()) : [],
    limit,
    cursor,
    batch: true,
  };
  const payloadBytes = encodeMessagesRequestPayload(payload);
  const envelope = await createEnvelope({
    payload: payloadBytes,
    topic: new Uint8Array(4),
    ...(o.symKey !== undefined ? { symKey: o.symKey } : {}),
    ...(o.serverPublicKey !== undefined ? { publicKey: o.serverPublicKey } : {}),
    signingKey: o.signingKey,
    ttlSeconds: o.ttlSeconds ?? MAILSERVER_LIMITS.REQUEST_TTL_SECONDS,
    powTarget: o.powTarget ?? 0.000002,
    workTimeMs: 5000,
    ...(o.padding !== undefined ? { padding: o.padding } : {}),
    ...(o.salt !== undefined ? { salt: o.salt } : {}),
    ...(o.clock !== undefined ? { clock: o.clock } : {}),
    ...(o.crypto !== undefined ? { crypto: o.crypto } : {}),
    ...(o.random !== undefined ? { random: o.random } : {}),
    ...(o.signal !== undefined ? { signal: o.signal } : {}),
  });
  return { payload, payloadBytes, envelope, requestId: envelope.hash };
}

/** One answered request. */
export interface HistoryPage {
  requestId: Uint8Array;
  complete: RequestComplete;
  /** Hashes of the envelopes the server delivered for this page (new ones only). */
  envelopes: string[];
}

/** The outcome of following a request to the end. */
export interface HistoryResult {
  pages: HistoryPage[];
  /** Total new envelopes delivered. */
  envelopes: number;
}

/** Options of {@link createMailserverClient}. */
export interface MailserverClientOptions {
  node: WhisperNode;
  /** Signs requests (the client's node key). */
  signingKey: Uint8Array;
  /** The mailserver password key; or give `serverPublicKey` per request. */
  symKey?: Uint8Array;
  /** Default 0.000002. */
  powTarget?: number;
  /**
   * Per-page timeout (default 30 s, the mobile client's): a page fails when neither its Request
   * Complete nor any of its envelopes arrived for this long. The clock restarts with each envelope,
   * so a large page that a busy client takes long to open does not fail while it is still coming in.
   */
  timeoutMs?: number;
  clock?: Clock;
  crypto?: CryptoProvider;
  random?: RandomSource;
}

/** Fetches history from a mailserver peer. */
export interface MailserverClient {
  /** Sends one request and resolves with the Request Complete it gets. */
  request(
    peerId: string | Uint8Array,
    request: HistoryRequest & { serverPublicKey?: Uint8Array },
    options?: { signal?: AbortSignal; timeoutMs?: number },
  ): Promise<HistoryPage>;
  /**
   * Requests `request`, then the next page with the returned cursor, until the server returns no
   * cursor. Each page's envelopes reach the node's filters that allow P2P.
   * @throws MailserverError when the server reports an error.
   */
  requestAll(
    peerId: string | Uint8Array,
    request: HistoryRequest & { serverPublicKey?: Uint8Array },
    options?: {
      signal?: AbortSignal;
      timeoutMs?: number;
      maxPages?: number;
      onPage?: (page: HistoryPage) => void;
    },
  ): Promise<HistoryResult>;
}

function idHex(id: string | Uint8Array): string {
  if (typeof id !== 'string') return toHex(id.length === 65 ? id.subarray(1) : id);
  const s = (id.startsWith('0x') ? id.slice(2) : id).toLowerCase();
  return s.length === 130 && s.startsWith('04') ? s.slice(2) : s;
}

/**
 * Creates a client for `node`. Requests mark the mailserver peer trusted, since only trusted peers'
 * P2P packets are accepted (§4.6).
 * @example
 * const client = createMailserverClient({ node, signingKey: nodeKey, symKey: mailserverKey });
 * await client.requestAll(mailserverId, { from, to, topics: [topic] });
 */
export function createMailserverClient(options: MailserverClientOptions): MailserverClient {
  const { node } = options;
  const clock = options.clock ?? systemClock;

  async function request(
    peerId: string | Uint8Array,
    req: HistoryRequest & { serverPublicKey?: Uint8Array },
    opts: { signal?: AbortSignal; timeoutMs?: number } = {},
  ): Promise<HistoryPage> {
    const peer = idHex(peerId);
    node.markTrusted(peer);
    const built = await buildHistoryRequest({
      ...req,
      ...(req.serverPublicKey === undefined && options.symKey !== undefined
        ? { symKey: options.symKey }
        : {}),
      signingKey: options.signingKey,
      powTarget: options.powTarget ?? 0.000002,
      clock,
      ...(options.crypto !== undefined ? { crypto: options.crypto } : {}),
      ...(options.random !== undefined ? { random: options.random } : {}),
      ...(opts.signal !== undefined ? { signal: opts.signal } : {}),
    });
    return new Promise<HistoryPage>((resolve, reject) => {
      const envelopes: string[] = [];
      let timer: TimerHandle | undefined;
      const timeoutMs = opts.timeoutMs ?? options.timeoutMs ?? 30_000;
      let lastProgress = clock.now();
      const fromPeer = (key: string | undefined) => key?.startsWith(`${peer}/`) ?? false;
      const onEnvelope = (e: CustomEvent<{ hashHex: string; origin: string; peer?: string }>) => {
        if (e.detail.origin === 'p2p' && fromPeer(e.detail.peer)) {
          envelopes.push(e.detail.hashHex);
          lastProgress = clock.now();
        }
      };
      const onComplete = (e: CustomEvent<{ peer: string; complete: RequestComplete }>) => {
        if (!fromPeer(e.detail.peer) || !equalBytes(e.detail.complete.requestId, built.requestId)) return;
        cleanup();
        resolve({ requestId: built.requestId, complete: e.detail.complete, envelopes });
      };
      const onAbort = () => {
        cleanup();
        const r = opts.signal?.reason;
        reject(r instanceof Error ? r : new AbortError(undefined, { cause: r }));
      };
      const cleanup = () => {
        timer?.cancel();
        node.removeEventListener('envelope', onEnvelope);
        node.removeEventListener('p2p:complete', onComplete);
        opts.signal?.removeEventListener('abort', onAbort);
      };
      if (opts.signal?.aborted) {
        onAbort();
        return;
      }
      node.addEventListener('envelope', onEnvelope);
      node.addEventListener('p2p:complete', onComplete);
      opts.signal?.addEventListener('abort', onAbort, { once: true });
      // Re-armed for the rest of the quiet period while envelopes keep coming (no timer per envelope).
      const arm = (ms: number) => {
        timer = clock.setTimeout(() => {
          const quiet = clock.now() - lastProgress;
          if (quiet < timeoutMs) {
            arm(timeoutMs - quiet);
            return;
          }
          cleanup();
          reject(new TimeoutError('the mailserver did not complete the request in time'));
        }, ms);
      };
      arm(timeoutMs);
      if (!node.sendP2PRequest(peer, built.envelope.raw)) {
        cleanup();
        reject(new MailserverError('no session with the mailserver peer'));
      }
    });
  }

  return {
    request,
    async requestAll(peerId, req, opts = {}) {
      const pages: HistoryPage[] = [];
      let cursor = req.cursor;
      let total = 0;
      const maxPages = opts.maxPages ?? 1000;
      for (let i = 0; i < maxPages; i++) {
        const page = await request(peerId, { ...req, ...(cursor !== undefined ? { cursor } : {}) }, opts);
        if (page.complete.error !== undefined)
          throw new MailserverError(`mailserver error: ${page.complete.error}`);
        pages.push(page);
        total += page.envelopes.length;
        opts.onPage?.(page);
        if (page.complete.cursor.length === 0) return { pages, envelopes: total };
        cursor = page.complete.cursor;
      }
      throw new MailserverError(`history not complete after ${maxPages} pages`);
    },
  };
}
