/**
 * Bodies of the Whisper/Waku packets other than the status (STATUS-V1-FACTS §3.1): the Messages
 * batch, PoW requirement, bloom exchange, rate limits, Message Response, Batch Ack, and the P2P
 * packets mailservers use. Every decoder is bounded and throws `DecodeError`.
 */
import {
  assertBytes,
  type CryptoProvider,
  concatBytes,
  DecodeError,
  decodeRlp,
  encodeRlp,
  nobleCrypto,
  type RlpItem,
  rlpBigInt,
  rlpBytes,
  rlpList,
  uintToRlpBytes,
} from '@statuskit/utils';
import { ENVELOPE } from './constants.js';
import { type EnvelopeRecord, envelopeRecord } from './envelope.js';
import { isRlpList, rlpListItemsRaw } from './rlp-raw.js';

/** The uint64 IEEE-754 bits of a PoW value, as every PoW field on the wire carries it (§3.1). */
export function powToBits(pow: number): bigint {
  if (typeof pow !== 'number' || !Number.isFinite(pow) || pow < 0) {
    throw new RangeError('pow must be a finite non-negative number');
  }
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, pow);
  return v.getBigUint64(0);
}

/**
 * The PoW value of uint64 bits.
 * @throws DecodeError when the bits are NaN, infinite or negative (a peer sending them is dropped, §3.1).
 */
export function bitsToPow(bits: bigint): number {
  const v = new DataView(new ArrayBuffer(8));
  v.setBigUint64(0, bits);
  const pow = v.getFloat64(0);
  if (!Number.isFinite(pow) || pow < 0 || Object.is(pow, -0))
    throw new DecodeError('invalid PoW requirement');
  return pow;
}

/** Reads a PoW field (RLP uint64 of the float bits). */
export function decodePowItem(item: RlpItem | undefined, what: string): number {
  return bitsToPow(rlpBigInt(item, what, 8));
}

/** An RLP list whose items are already-encoded RLP (envelopes are forwarded as received). */
export function encodeRawList(items: readonly Uint8Array[]): Uint8Array {
  let len = 0;
  for (const item of items) len += item.length;
  let header: Uint8Array;
  if (len < 56) header = Uint8Array.of(0xc0 + len);
  else {
    const lenBytes = uintToRlpBytes(len);
    header = concatBytes(Uint8Array.of(0xf7 + lenBytes.length), lenBytes);
  }
  return concatBytes(header, ...items);
}

/** Options of the batch decoders. */
export interface DecodeBatchOptions {
  crypto?: CryptoProvider;
  /** Most envelopes accepted in one packet (default 100,000). */
  maxEnvelopes?: number;
}

/**
 * Decodes a Messages (code 1) or P2P Message (code 127) list of envelopes, keeping each envelope's
 * raw bytes and hash. Like go-ethereum, one malformed envelope makes the whole packet invalid.
 * @throws DecodeError on malformed input.
 */
export function decodeEnvelopeList(payload: Uint8Array, options: DecodeBatchOptions = {}): EnvelopeRecord[] {
  const crypto = options.crypto ?? nobleCrypto;
  return rlpListItemsRaw(payload, 'envelope list', options.maxEnvelopes ?? 100_000).map((raw) =>
    envelopeRecord(raw, crypto),
  );
}

/**
 * Decodes a P2P Message (127): a list of envelopes, or a single un-listed envelope as Whisper
 * mailservers send when there is exactly one (§3.1, §13 #9). The list form is tried first.
 */
export function decodeP2PMessages(payload: Uint8Array, options: DecodeBatchOptions = {}): EnvelopeRecord[] {
  const crypto = options.crypto ?? nobleCrypto;
  const items = rlpListItemsRaw(payload, 'p2p message', options.maxEnvelopes ?? 100_000);
  if (items.every(isRlpList)) return items.map((raw) => envelopeRecord(raw, crypto));
  return [envelopeRecord(payload, crypto)];
}

/** The RLP body of a PoW Requirement packet (shh code 2). */
export function encodePowRequirement(pow: number): Uint8Array {
  return encodeRlp(uintToRlpBytes(powToBits(pow)));
}

/** Decodes a PoW Requirement packet. @throws DecodeError on malformed or invalid values. */
export function decodePowRequirement(payload: Uint8Array): number {
  return decodePowItem(decodeRlp(payload, { maxInputBytes: 16 }), 'pow requirement');
}

/** The RLP body of a Bloom Filter packet (shh code 3). */
export function encodeBloomPacket(bloom: Uint8Array): Uint8Array {
  assertBytes(bloom, ENVELOPE.BLOOM_LENGTH, 'bloom');
  return encodeRlp(bloom);
}

/** Decodes a Bloom Filter packet: exactly 64 bytes, or the peer is dropped (§3.1). */
export function decodeBloomPacket(payload: Uint8Array): Uint8Array {
  return rlpBytes(decodeRlp(payload, { maxInputBytes: 128 }), 'bloom filter', ENVELOPE.BLOOM_LENGTH);
}

/** Advertised rate limits `[IP, PeerID, Topic]`, per second (0 = unlimited). */
export interface RateLimits {
  ip: number;
  peer: number;
  topic: number;
}

/** The RLP item of rate limits. */
export function rateLimitsItem(r: RateLimits): Uint8Array[] {
  return [uintToRlpBytes(r.ip), uintToRlpBytes(r.peer), uintToRlpBytes(r.topic)];
}

/** Reads `[ip, peer, topic]` uint64s (values beyond 2^53 are kept approximately). */
export function decodeRateLimitsItem(item: RlpItem | undefined, what: string): RateLimits {
  const list = rlpList(item, what, 3);
  if (list.length !== 3) throw new DecodeError(`${what}: expected 3 items, got ${list.length}`);
  const n = (i: number) => Number(rlpBigInt(list[i], what, 8));
  return { ip: n(0), peer: n(1), topic: n(2) };
}

/** The RLP body of a Rate Limits packet (shh code 20). */
export function encodeRateLimitsPacket(r: RateLimits): Uint8Array {
  return encodeRlp(rateLimitsItem(r));
}

/** Decodes a Rate Limits packet. */
export function decodeRateLimitsPacket(payload: Uint8Array): RateLimits {
  return decodeRateLimitsItem(decodeRlp(payload, { maxInputBytes: 64 }), 'rate limits');
}

/** One entry of a Message Response. */
export interface EnvelopeErrorEntry {
  hash: Uint8Array;
  code: number;
  description: string;
}

/** A decoded Message Response (code 12). */
export interface MessagesResponse {
  batchHash: Uint8Array;
  errors: EnvelopeErrorEntry[];
}

/** `[1, [batchHash, [[hash, code, description]…]]]` (§3.1). */
export function encodeMessagesResponse(response: MessagesResponse): Uint8Array {
  assertBytes(response.batchHash, 32, 'batchHash');
  const enc = new TextEncoder();
  return encodeRlp([
    uintToRlpBytes(1),
    [
      response.batchHash,
      response.errors.map((e) => [e.hash, uintToRlpBytes(e.code), enc.encode(e.description)]),
    ],
  ]);
}

/**
 * Decodes a Message Response. Returns `undefined` for a version other than 1, which status-go
 * ignores. @throws DecodeError on malformed input.
 */
export function decodeMessagesResponse(payload: Uint8Array): MessagesResponse | undefined {
  const top = rlpList(
    decodeRlp(payload, { maxInputBytes: 4 * 1024 * 1024, maxDepth: 4 }),
    'message response',
    2,
  );
  const version = rlpBigInt(top[0], 'message response version', 8);
  if (version !== 1n) return undefined;
  const body = rlpList(top[1], 'message response body', 2);
  const batchHash = rlpBytes(body[0], 'batch hash', 32);
  const dec = new TextDecoder('utf-8', { fatal: false });
  const errors = rlpList(body[1], 'envelope errors').map((item) => {
    const e = rlpList(item, 'envelope error', 3);
    return {
      hash: rlpBytes(e[0], 'envelope error hash', 32),
      code: Number(rlpBigInt(e[1], 'envelope error code', 4)),
      description: dec.decode(rlpBytes(e[2], 'envelope error description')),
    };
  });
  return { batchHash, errors };
}

/** The RLP body of a Batch Acknowledged packet (code 11): the 32-byte batch hash. */
export function encodeBatchAck(batchHash: Uint8Array): Uint8Array {
  assertBytes(batchHash, 32, 'batchHash');
  return encodeRlp(batchHash);
}

/** Decodes a Batch Acknowledged packet. */
export function decodeBatchAck(payload: Uint8Array): Uint8Array {
  return rlpBytes(decodeRlp(payload, { maxInputBytes: 64 }), 'batch hash', 32);
}

/** The RLP body of a P2P Request Complete packet (125): an RLP byte string (§4.8, §13 #8). */
export function encodeRequestCompletePacket(payload: Uint8Array): Uint8Array {
  return encodeRlp(payload);
}

/** Decodes a P2P Request Complete packet into its byte-string payload. */
export function decodeRequestCompletePacket(payload: Uint8Array): Uint8Array {
  return rlpBytes(decodeRlp(payload, { maxInputBytes: 1024 }), 'request complete');
}
