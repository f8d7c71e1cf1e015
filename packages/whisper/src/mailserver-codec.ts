/**
 * Mailserver wire formats (STATUS-V1-FACTS §4.7, §4.8, §13 #7-8):
 *
 * - the history request payload carried inside an envelope, v0.42+:
 *   `[Lower, Upper, Bloom, Topics, Limit, Cursor, Batch]`; the ≤ v0.41 form
 *   `[Lower, Upper, Bloom, Limit, Cursor, Batch]`; the specs' `[Lower, Upper, Bloom, Limit, Cursor]`;
 *   and the raw-binary "decomposite" fallback `Lower(4) ‖ Upper(4) ‖ [Bloom(64)] ‖ [Limit(4)] ‖ [Cursor]`;
 * - the raw `MessagesRequest` `[ID, From, To, Limit, Cursor, Bloom(, Topics)]`;
 * - the Request Complete payload `requestID(32) ‖ lastEnvelopeHash(32) ‖ cursor(0|36)`, or
 *   `"ERROR=" ‖ requestID ‖ text`;
 * - the archive key `sentTime(4 BE) ‖ envelopeHash(32) ‖ topic(4)`, whose first 36 bytes are the cursor.
 */
import {
  assertBytes,
  bytesToUtf8,
  concatBytes,
  DecodeError,
  decodeRlp,
  encodeRlp,
  equalBytes,
  type RlpItem,
  rlpBigInt,
  rlpBytes,
  rlpList,
  uintToRlpBytes,
  utf8ToBytes,
} from '@statuskit/utils';
import { ENVELOPE } from './constants.js';
import { MailserverError } from './errors.js';

/** Mailserver limits (§4.7). */
export const MAILSERVER_LIMITS = {
  /** Largest `Limit` a request may ask for; 0 means this. */
  MAX_LIMIT: 1000,
  /** Largest time range of a request, seconds (24 h). */
  MAX_RANGE_SECONDS: 24 * 60 * 60,
  /** A request with `Upper = 0` gets `now + 60`. */
  UPPER_SAFE_THRESHOLD_SECONDS: 60,
  /** Cursor length: timestamp(4) + envelope hash(32). */
  CURSOR_LENGTH: 36,
  /** Archive key length: cursor + topic(4). */
  DB_KEY_LENGTH: 40,
  /** Request envelopes use the default TTL (§4.7). */
  REQUEST_TTL_SECONDS: 50,
  /** A raw MessagesRequest's default limit (§4.7 B). */
  DEFAULT_RAW_LIMIT: 100,
} as const;

const FAILED_PREFIX = utf8ToBytes('ERROR=');

/** A history request as the mailserver reads it. */
export interface MessagesRequestPayload {
  /** Unix seconds, inclusive. */
  lower: number;
  /** Unix seconds, inclusive; 0 means "now + 60" on the server. */
  upper: number;
  /** 64-byte bloom of the wanted topics (must not be empty for status-go servers). */
  bloom: Uint8Array;
  /** Wanted topics; when non-empty they win over the bloom. */
  topics: Uint8Array[];
  /** 0 means the server maximum (1000). */
  limit: number;
  /** Empty, or a 36-byte cursor from a previous Request Complete. */
  cursor: Uint8Array;
  /** The client accepts batched P2P Message packets. */
  batch: boolean;
}

/** Which encoding a request payload used. */
export type RequestPayloadFormat = 'v0.42' | 'v0.41' | 'spec' | 'binary';

function u32(item: RlpItem | undefined, what: string): number {
  return Number(rlpBigInt(item, what, 4));
}

function bool(item: RlpItem | undefined, what: string): boolean {
  const v = rlpBigInt(item, what, 1);
  if (v > 1n) throw new DecodeError(`${what}: invalid boolean`);
  return v === 1n;
}

/**
 * Encodes the v0.42+ request payload `[Lower, Upper, Bloom, Topics, Limit, Cursor, Batch]` (§4.7).
 * @example encodeMessagesRequestPayload({ lower, upper, bloom, topics: [], limit: 100, cursor: new Uint8Array(0), batch: true })
 */
export function encodeMessagesRequestPayload(p: MessagesRequestPayload): Uint8Array {
  assertBytes(p.bloom, undefined, 'bloom');
  assertBytes(p.cursor, undefined, 'cursor');
  for (const [i, t] of p.topics.entries()) assertBytes(t, undefined, `topics[${i}]`);
  return encodeRlp([
    uintToRlpBytes(p.lower),
    uintToRlpBytes(p.upper),
    p.bloom,
    p.topics,
    uintToRlpBytes(p.limit),
    p.cursor,
    p.batch ? Uint8Array.of(1) : new Uint8Array(0),
  ]);
}

/** Encodes the ≤ v0.41 request payload `[Lower, Upper, Bloom, Limit, Cursor, Batch]`. */
export function encodeLegacyMessagesRequestPayload(p: Omit<MessagesRequestPayload, 'topics'>): Uint8Array {
  return encodeRlp([
    uintToRlpBytes(p.lower),
    uintToRlpBytes(p.upper),
    p.bloom,
    uintToRlpBytes(p.limit),
    p.cursor,
    p.batch ? Uint8Array.of(1) : new Uint8Array(0),
  ]);
}

/**
 * Decodes a request payload in any of the formats a mailserver may meet: the v0.42+ seven items,
 * the ≤ v0.41 six items, the specs' five items, or, when it is not RLP, the raw-binary form.
 * @throws DecodeError when it is none of them.
 */
export function decodeMessagesRequestPayload(bytes: Uint8Array): {
  payload: MessagesRequestPayload;
  format: RequestPayloadFormat;
} {
  assertBytes(bytes, undefined, 'bytes');
  let item: RlpItem;
  try {
    item = decodeRlp(bytes, { maxInputBytes: 1024 * 1024, maxDepth: 3, maxItems: 20_000 });
  } catch (cause) {
    return { payload: decodeBinaryRequestPayload(bytes, cause), format: 'binary' };
  }
  const l = rlpList(item, 'request payload', 5);
  const lower = u32(l[0], 'request lower');
  const upper = u32(l[1], 'request upper');
  const bloom = rlpBytes(l[2], 'request bloom');
  if (l.length === 7) {
    return {
      format: 'v0.42',
      payload: {
        lower,
        upper,
        bloom,
        topics: rlpList(l[3], 'request topics').map((t) => rlpBytes(t, 'request topic')),
        limit: u32(l[4], 'request limit'),
        cursor: rlpBytes(l[5], 'request cursor'),
        batch: bool(l[6], 'request batch'),
      },
    };
  }
  if (l.length === 6 || l.length === 5) {
    return {
      format: l.length === 6 ? 'v0.41' : 'spec',
      payload: {
        lower,
        upper,
        bloom,
        topics: [],
        limit: u32(l[3], 'request limit'),
        cursor: rlpBytes(l[4], 'request cursor'),
        batch: l.length === 6 ? bool(l[5], 'request batch') : false,
      },
    };
  }
  throw new DecodeError(`request payload: unexpected ${l.length} items`);
}

/** The raw-binary ("decomposite") request form status-go's Whisper mailserver falls back to (§4.7). */
function decodeBinaryRequestPayload(b: Uint8Array, cause: unknown): MessagesRequestPayload {
  if (b.length < 8)
    throw new DecodeError('request payload: neither RLP nor an 8-byte binary range', { cause });
  const view = new DataView(b.buffer, b.byteOffset, b.byteLength);
  const lower = view.getUint32(0);
  const upper = view.getUint32(4);
  let bloom: Uint8Array;
  if (b.length === 8) bloom = new Uint8Array(ENVELOPE.BLOOM_LENGTH).fill(0xff);
  else if (b.length < 8 + ENVELOPE.BLOOM_LENGTH)
    throw new DecodeError('request payload: undersized bloom', { cause });
  else bloom = b.slice(8, 8 + ENVELOPE.BLOOM_LENGTH);
  let limit = 0;
  let cursor = new Uint8Array(0);
  if (b.length >= 8 + ENVELOPE.BLOOM_LENGTH + 4) limit = view.getUint32(8 + ENVELOPE.BLOOM_LENGTH);
  const cursorAt = 8 + ENVELOPE.BLOOM_LENGTH + 4;
  if (b.length === cursorAt + MAILSERVER_LIMITS.DB_KEY_LENGTH)
    cursor = b.slice(cursorAt, cursorAt + MAILSERVER_LIMITS.CURSOR_LENGTH);
  return { lower, upper, bloom, topics: [], limit, cursor, batch: false };
}

/** A raw `MessagesRequest` (§4.7 B), sent in packet 126 without an envelope. */
export interface MessagesRequest {
  /** 32 bytes; status-go uses the ASCII hex of a random UUID. */
  id: Uint8Array;
  from: number;
  to: number;
  limit: number;
  cursor: Uint8Array;
  bloom: Uint8Array;
  /** Waku only: omit for the six-item Whisper form. */
  topics?: Uint8Array[];
}

/** Encodes `[ID, From, To, Limit, Cursor, Bloom(, Topics)]`. */
export function encodeMessagesRequest(r: MessagesRequest): Uint8Array {
  assertBytes(r.id, undefined, 'id');
  const items = [
    r.id,
    uintToRlpBytes(r.from),
    uintToRlpBytes(r.to),
    uintToRlpBytes(r.limit),
    r.cursor,
    r.bloom,
  ];
  return encodeRlp(r.topics === undefined ? items : [...items, r.topics]);
}

/** Decodes a raw `MessagesRequest` (six or seven items). @throws DecodeError */
export function decodeMessagesRequest(bytes: Uint8Array): MessagesRequest {
  const l = rlpList(
    decodeRlp(bytes, { maxInputBytes: 1024 * 1024, maxDepth: 3, maxItems: 20_000 }),
    'messages request',
    6,
  );
  if (l.length > 7) throw new DecodeError(`messages request: unexpected ${l.length} items`);
  const r: MessagesRequest = {
    id: rlpBytes(l[0], 'request id'),
    from: u32(l[1], 'request from'),
    to: u32(l[2], 'request to'),
    limit: u32(l[3], 'request limit'),
    cursor: rlpBytes(l[4], 'request cursor'),
    bloom: rlpBytes(l[5], 'request bloom'),
  };
  if (l.length === 7) r.topics = rlpList(l[6], 'request topics').map((t) => rlpBytes(t, 'request topic'));
  return r;
}

/** Go's `BytesToHash`: the last 32 bytes, left-padded with zeros when shorter. */
export function bytesToHash32(b: Uint8Array): Uint8Array {
  const out = new Uint8Array(32);
  const src = b.length > 32 ? b.subarray(b.length - 32) : b;
  out.set(src, 32 - src.length);
  return out;
}

/** `requestID ‖ lastEnvelopeHash ‖ cursor` (§4.8): what a mailserver sends when a request is done. */
export function encodeRequestCompletePayload(
  requestId: Uint8Array,
  lastEnvelopeHash: Uint8Array,
  cursor: Uint8Array,
): Uint8Array {
  assertBytes(requestId, 32, 'requestId');
  assertBytes(lastEnvelopeHash, 32, 'lastEnvelopeHash');
  assertBytes(cursor, undefined, 'cursor');
  return concatBytes(requestId, lastEnvelopeHash, cursor);
}

/** `"ERROR=" ‖ requestID ‖ utf8(text)` (§4.8). */
export function encodeRequestFailedPayload(requestId: Uint8Array, text: string): Uint8Array {
  assertBytes(requestId, 32, 'requestId');
  return concatBytes(FAILED_PREFIX, requestId, utf8ToBytes(text));
}

/** A parsed Request Complete payload. */
export interface RequestComplete {
  requestId: Uint8Array;
  /** All zero when the server sent no envelope hash. */
  lastEnvelopeHash: Uint8Array;
  /** Empty when there is nothing more to page through. */
  cursor: Uint8Array;
  /** Set when the server reported a failure. */
  error?: string;
}

/**
 * Parses a Request Complete payload as status-go's `CreateMailServerEvent` does: shorter than 32 or
 * longer than 100 bytes is invalid; `ERROR=` starts a failure; otherwise the request id, then an
 * optional last hash, then a cursor when at least 36 bytes remain.
 * @throws MailserverError (`unexpected payload size: N`) on a bad size.
 */
export function parseRequestComplete(payload: Uint8Array): RequestComplete {
  assertBytes(payload, undefined, 'payload');
  if (payload.length > 32 * 2 + MAILSERVER_LIMITS.CURSOR_LENGTH || payload.length < 32) {
    throw new MailserverError(`unexpected payload size: ${payload.length}`);
  }
  if (
    payload.length >= FAILED_PREFIX.length &&
    equalBytes(payload.subarray(0, FAILED_PREFIX.length), FAILED_PREFIX)
  ) {
    const rest = payload.subarray(FAILED_PREFIX.length);
    const idPart = rest.subarray(0, Math.min(32, rest.length));
    let text: string;
    try {
      text = bytesToUtf8(rest.subarray(idPart.length));
    } catch {
      text = 'invalid utf-8 in the error text';
    }
    return {
      requestId: bytesToHash32(idPart),
      lastEnvelopeHash: new Uint8Array(32),
      cursor: new Uint8Array(0),
      error: text,
    };
  }
  const requestId = payload.slice(0, 32);
  let rest = payload.subarray(32);
  let lastEnvelopeHash = new Uint8Array(32);
  let cursor = new Uint8Array(0);
  if (rest.length >= 32) {
    lastEnvelopeHash = rest.slice(0, 32);
    rest = rest.subarray(32);
    if (rest.length >= MAILSERVER_LIMITS.CURSOR_LENGTH) cursor = rest.slice();
  }
  return { requestId, lastEnvelopeHash, cursor };
}

/** The 40-byte archive key `sentTime(4 BE) ‖ hash(32) ‖ topic(4)`, ordered by time (§4.8). */
export function archiveKey(sentTime: number, hash: Uint8Array, topic: Uint8Array): Uint8Array {
  assertBytes(hash, 32, 'hash');
  assertBytes(topic, ENVELOPE.TOPIC_LENGTH, 'topic');
  const key = new Uint8Array(MAILSERVER_LIMITS.DB_KEY_LENGTH);
  new DataView(key.buffer).setUint32(0, sentTime >>> 0);
  key.set(hash, 4);
  key.set(topic, 36);
  return key;
}

/** The 4-byte big-endian time prefix that bounds a time-range scan. */
export function timePrefix(seconds: number): Uint8Array {
  const b = new Uint8Array(4);
  new DataView(b.buffer).setUint32(0, seconds >>> 0);
  return b;
}
