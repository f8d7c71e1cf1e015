/**
 * The envelope codec (STATUS-V1-FACTS §3.3): `RLP[Expiry uint32, TTL uint32, Topic [4]byte,
 * Data bytes, Nonce uint64]` with minimal RLP integers (§0.2). The envelope hash is keccak256 of
 * the RLP bytes; a receiver hashes the bytes exactly as received. Decoding is strict in the way
 * go-ethereum's RLP decoder is: exactly five items, canonical integers that fit their width, a
 * topic of exactly four bytes.
 */
import {
  assertBytes,
  type CryptoProvider,
  DecodeError,
  decodeRlp,
  encodeRlp,
  nobleCrypto,
  rlpBigInt,
  rlpBytes,
  rlpList,
  toHex,
  uintToRlpBytes,
} from '@statuskit/utils';
import { ENVELOPE, WHISPER_DEFAULTS } from './constants.js';
import { topicToBloom } from './topic.js';

const UINT64_MAX = (1n << 64n) - 1n;

/** An envelope as it travels between nodes. */
export interface Envelope {
  /** Unix seconds after which the envelope is dropped (`sent + ttl`), uint32. */
  readonly expiry: number;
  /** Seconds to live, uint32, at least 1. */
  readonly ttl: number;
  /** The 4-byte topic. */
  readonly topic: Uint8Array;
  /** The encrypted message (§3.6). */
  readonly data: Uint8Array;
  /** The proof-of-work nonce, uint64. */
  readonly nonce: bigint;
}

/** An envelope before sealing: everything but the nonce. */
export type UnsealedEnvelope = Omit<Envelope, 'nonce'>;

function checkUint32(value: number, name: string): void {
  if (!Number.isInteger(value) || value < 0 || value > 0xffffffff) {
    throw new RangeError(`${name} must be a uint32`);
  }
}

function checkFields(env: UnsealedEnvelope): void {
  if (typeof env !== 'object' || env === null) throw new TypeError('envelope must be an object');
  checkUint32(env.expiry, 'envelope.expiry');
  checkUint32(env.ttl, 'envelope.ttl');
  assertBytes(env.topic, ENVELOPE.TOPIC_LENGTH, 'envelope.topic');
  assertBytes(env.data, undefined, 'envelope.data');
}

/**
 * `rlpWithoutNonce`: `RLP[Expiry, TTL, Topic, Data]`, the buffer the PoW hash starts with (§3.4).
 * @example encodeEnvelopeWithoutNonce({ expiry: 0, ttl: 1, topic: new Uint8Array(4), data })
 */
export function encodeEnvelopeWithoutNonce(envelope: UnsealedEnvelope): Uint8Array {
  checkFields(envelope);
  return encodeRlp([
    uintToRlpBytes(envelope.expiry),
    uintToRlpBytes(envelope.ttl),
    envelope.topic,
    envelope.data,
  ]);
}

/**
 * The RLP encoding of `envelope` (§3.3).
 * @throws RangeError when a field is out of range.
 * @example const bytes = encodeEnvelope(envelope);
 */
export function encodeEnvelope(envelope: Envelope): Uint8Array {
  checkFields(envelope);
  if (typeof envelope.nonce !== 'bigint' || envelope.nonce < 0n || envelope.nonce > UINT64_MAX) {
    throw new RangeError('envelope.nonce must be a uint64 bigint');
  }
  return encodeRlp([
    uintToRlpBytes(envelope.expiry),
    uintToRlpBytes(envelope.ttl),
    envelope.topic,
    envelope.data,
    uintToRlpBytes(envelope.nonce),
  ]);
}

/** Options of {@link decodeEnvelope}. */
export interface DecodeEnvelopeOptions {
  /** Largest accepted encoding in bytes (default: the 10 MiB hard limit plus RLP overhead). */
  maxBytes?: number;
}

/**
 * Decodes one envelope. Rejects non-canonical RLP, integers wider than their Go type, a topic that
 * is not 4 bytes, a TTL of 0 (it would make the PoW infinite), and anything but five items.
 * @throws DecodeError on malformed input.
 * @example const env = decodeEnvelope(bytes);
 */
export function decodeEnvelope(bytes: Uint8Array, options: DecodeEnvelopeOptions = {}): Envelope {
  assertBytes(bytes, undefined, 'bytes');
  const maxInputBytes = options.maxBytes ?? WHISPER_DEFAULTS.MAX_MESSAGE_SIZE_HARD + 64;
  const item = decodeRlp(bytes, { maxInputBytes, maxDepth: 2, maxItems: 6 });
  const list = rlpList(item, 'envelope', 5);
  if (list.length !== 5) throw new DecodeError(`envelope: expected 5 items, got ${list.length}`);
  const expiry = Number(rlpBigInt(list[0], 'envelope expiry', 4));
  const ttl = Number(rlpBigInt(list[1], 'envelope ttl', 4));
  if (ttl === 0) throw new DecodeError('envelope ttl: must not be 0');
  const topic = rlpBytes(list[2], 'envelope topic', ENVELOPE.TOPIC_LENGTH);
  const data = rlpBytes(list[3], 'envelope data');
  const nonce = rlpBigInt(list[4], 'envelope nonce', 8);
  return { expiry, ttl, topic, data, nonce };
}

/**
 * One canonical RLP string item at `p` (a single byte, a short or a long string) as
 * `[start, stop]` of its bytes, or undefined for anything else (a list, a non-canonical or truncated
 * form): the caller then lets {@link decodeEnvelope} decide and report.
 */
function stringAt(raw: Uint8Array, p: number, end: number): [number, number] | undefined {
  if (p >= end) return undefined;
  const b = raw[p] as number;
  if (b < 0x80) return [p, p + 1];
  let start: number;
  let len: number;
  if (b < 0xb8) {
    len = b - 0x80;
    start = p + 1;
    if (len === 1 && start < end && (raw[start] as number) < 0x80) return undefined;
  } else if (b < 0xc0) {
    const ll = b - 0xb7;
    if (ll > 4 || p + 1 + ll > end || raw[p + 1] === 0) return undefined;
    len = 0;
    for (let i = 0; i < ll; i++) len = len * 256 + (raw[p + 1 + i] as number);
    if (len < 56) return undefined;
    start = p + 1 + ll;
  } else return undefined;
  return start + len <= end ? [start, start + len] : undefined;
}

/** A canonical big-endian integer of at most `width` bytes in `raw[start, stop)`, or -1. */
function uintAt(raw: Uint8Array, [start, stop]: [number, number], width: number): number {
  const n = stop - start;
  if (n > width || (n > 0 && raw[start] === 0)) return -1;
  let v = 0;
  for (let i = start; i < stop; i++) v = v * 256 + (raw[i] as number);
  return v;
}

/**
 * {@link decodeEnvelope} without copies: `topic` and `data` are views into `raw`, which the caller
 * must then keep unchanged. Accepts exactly what `decodeEnvelope` accepts, with the same values: a
 * direct walk over the five items handles every well-formed envelope, and anything it does not
 * recognise goes to `decodeEnvelope` (which rejects it with its error, or returns copies).
 * @throws DecodeError on malformed input.
 */
export function decodeEnvelopeView(raw: Uint8Array, options: DecodeEnvelopeOptions = {}): Envelope {
  assertBytes(raw, undefined, 'bytes');
  const maxInputBytes = options.maxBytes ?? WHISPER_DEFAULTS.MAX_MESSAGE_SIZE_HARD + 64;
  return (raw.length <= maxInputBytes ? viewEnvelope(raw) : undefined) ?? decodeEnvelope(raw, options);
}

/** The direct walk of {@link decodeEnvelopeView}: undefined for anything it does not recognise. */
function viewEnvelope(raw: Uint8Array): Envelope | undefined {
  const end = raw.length;
  const b0 = raw[0];
  if (b0 === undefined || b0 < 0xc0) return undefined;
  let p = 1;
  let len = b0 - 0xc0;
  if (b0 >= 0xf8) {
    const ll = b0 - 0xf7;
    if (ll > 4 || 1 + ll > end || raw[1] === 0) return undefined;
    len = 0;
    for (let i = 0; i < ll; i++) len = len * 256 + (raw[1 + i] as number);
    if (len < 56) return undefined;
    p = 1 + ll;
  }
  if (p + len !== end) return undefined;
  const fields: [number, number][] = [];
  for (let i = 0; i < 5; i++) {
    const f = stringAt(raw, p, end);
    if (f === undefined) return undefined;
    fields.push(f);
    p = f[1];
  }
  if (p !== end) return undefined;
  const [fExpiry, fTtl, fTopic, fData, fNonce] = fields as [
    [number, number],
    [number, number],
    [number, number],
    [number, number],
    [number, number],
  ];
  const expiry = uintAt(raw, fExpiry, 4);
  const ttl = uintAt(raw, fTtl, 4);
  if (expiry < 0 || ttl <= 0 || fTopic[1] - fTopic[0] !== ENVELOPE.TOPIC_LENGTH) return undefined;
  const nonceLength = fNonce[1] - fNonce[0];
  if (nonceLength > 8 || (nonceLength > 0 && raw[fNonce[0]] === 0)) return undefined;
  // Two 32-bit halves: a uint64 does not fit a double.
  const mid = Math.max(fNonce[0], fNonce[1] - 4);
  let hi = 0;
  let lo = 0;
  for (let i = fNonce[0]; i < mid; i++) hi = hi * 256 + (raw[i] as number);
  for (let i = mid; i < fNonce[1]; i++) lo = lo * 256 + (raw[i] as number);
  const nonce = hi === 0 ? BigInt(lo) : (BigInt(hi) << 32n) | BigInt(lo);
  return {
    expiry,
    ttl,
    topic: raw.subarray(fTopic[0], fTopic[1]),
    data: raw.subarray(fData[0], fData[1]),
    nonce,
  };
}

/** keccak256 of the RLP bytes of an envelope (§3.3). Pass the received bytes, not a re-encoding. */
export function envelopeHash(rlpBytes: Uint8Array, crypto: CryptoProvider = nobleCrypto): Uint8Array {
  assertBytes(rlpBytes, undefined, 'rlpBytes');
  return crypto.keccak256(rlpBytes);
}

/** `size() = 20 + len(Data)`, the size checked against the maximum message size (§3.3). */
export function envelopeSize(envelope: Pick<Envelope, 'data'>): number {
  return ENVELOPE.HEADER_LENGTH + envelope.data.length;
}

/** When the envelope was sent: `Expiry − TTL` in uint32 arithmetic, as go-ethereum computes it. */
export function envelopeSentTime(envelope: Pick<Envelope, 'expiry' | 'ttl'>): number {
  return (envelope.expiry - envelope.ttl) >>> 0;
}

/** The 64-byte bloom of the envelope's topic (§3.5). */
export function envelopeBloom(envelope: Pick<Envelope, 'topic'>): Uint8Array {
  return topicToBloom(envelope.topic);
}

/** An envelope together with the bytes it arrived as and their hash. */
export interface EnvelopeRecord {
  readonly envelope: Envelope;
  /** The RLP bytes, as received (or as encoded when created locally). */
  readonly raw: Uint8Array;
  readonly hash: Uint8Array;
  /** Lowercase hex of `hash`, for maps and logs. */
  readonly hashHex: string;
}

/**
 * Decodes `raw` and hashes it as received.
 * @throws DecodeError on malformed input.
 */
export function envelopeRecord(
  raw: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
  options?: DecodeEnvelopeOptions,
): EnvelopeRecord {
  const envelope = decodeEnvelope(raw, options);
  const hash = crypto.keccak256(raw);
  return { envelope, raw, hash, hashHex: toHex(hash) };
}

/** The record of a locally built envelope: encodes it and hashes the encoding. */
export function recordOfEnvelope(envelope: Envelope, crypto: CryptoProvider = nobleCrypto): EnvelopeRecord {
  const raw = encodeEnvelope(envelope);
  const hash = crypto.keccak256(raw);
  return { envelope, raw, hash, hashHex: toHex(hash) };
}
