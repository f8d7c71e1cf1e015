/**
 * Bounded, strict RLP (Ethereum Yellow Paper, appendix B). Encodes only `Uint8Array`s and arrays of
 * them; decodes with limits on input size, nesting depth and item count, and rejects everything a
 * canonical encoder would not produce: single bytes below 0x80 wrapped in a string header, long
 * headers for short payloads, length prefixes with leading zeros, truncated payloads and trailing
 * bytes. Every decoding failure is a `DecodeError`.
 */
import { assertBytes, bigIntToBytes, bytesToBigInt, isBytes } from './bytes.js';
import { DecodeError } from './errors.js';

/** What RLP encodes: a byte string or a list of inputs. */
export type RlpInput = Uint8Array | readonly RlpInput[];
/** What RLP decodes to: a byte string or a list of items. */
export type RlpItem = Uint8Array | RlpItem[];

/** Limits applied while decoding. */
export interface RlpDecodeOptions {
  /** Largest accepted input in bytes. Default 16 MiB. */
  maxInputBytes?: number;
  /** Deepest accepted list nesting (the outer list is depth 1). Default 16. */
  maxDepth?: number;
  /** Most items accepted across all lists. Default 1,000,000. */
  maxItems?: number;
}

export const RLP_DEFAULT_LIMITS = {
  maxInputBytes: 16 * 1024 * 1024,
  maxDepth: 16,
  maxItems: 1_000_000,
} as const;

function encodeLength(len: number, offset: number): Uint8Array {
  if (len < 56) return Uint8Array.of(offset + len);
  const lenBytes = bigIntToBytes(BigInt(len));
  const out = new Uint8Array(1 + lenBytes.length);
  out[0] = offset + 55 + lenBytes.length;
  out.set(lenBytes, 1);
  return out;
}

function encodeInto(input: RlpInput, out: Uint8Array[], depth: number): number {
  if (depth > 1024) throw new RangeError('input nests too deeply');
  if (isBytes(input)) {
    if (input.length === 1 && (input[0] as number) < 0x80) {
      out.push(input);
      return 1;
    }
    const header = encodeLength(input.length, 0x80);
    out.push(header, input);
    return header.length + input.length;
  }
  if (!Array.isArray(input)) throw new TypeError('RLP input must be a Uint8Array or an array');
  const at = out.length;
  out.push(new Uint8Array(0)); // placeholder for the list header
  let len = 0;
  for (const item of input) len += encodeInto(item, out, depth + 1);
  const header = encodeLength(len, 0xc0);
  out[at] = header;
  return header.length + len;
}

/** RLP encoding of `input`. Throws `TypeError` on anything but bytes and arrays. */
export function encodeRlp(input: RlpInput): Uint8Array {
  const parts: Uint8Array[] = [];
  const total = encodeInto(input, parts, 0);
  const out = new Uint8Array(total);
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

interface Cursor {
  buf: Uint8Array;
  items: number;
  maxItems: number;
  maxDepth: number;
}

function readLength(c: Cursor, pos: number, lenOfLen: number, end: number): number {
  if (pos + lenOfLen > end) throw new DecodeError('RLP: truncated length prefix');
  if (c.buf[pos] === 0) throw new DecodeError('RLP: length prefix has leading zeros');
  let len = 0;
  for (let i = 0; i < lenOfLen; i++) len = len * 256 + (c.buf[pos + i] as number);
  if (len < 56) throw new DecodeError('RLP: long form used for a short payload');
  return len;
}

function decodeAt(c: Cursor, pos: number, end: number, depth: number): [RlpItem, number] {
  if (pos >= end) throw new DecodeError('RLP: unexpected end of input');
  if (++c.items > c.maxItems) throw new DecodeError('RLP: too many items');
  const b = c.buf[pos] as number;
  if (b < 0x80) return [c.buf.slice(pos, pos + 1), pos + 1];
  if (b < 0xb8) {
    const len = b - 0x80;
    const start = pos + 1;
    if (start + len > end) throw new DecodeError('RLP: string runs past the end of input');
    if (len === 1 && (c.buf[start] as number) < 0x80)
      throw new DecodeError('RLP: single byte below 0x80 must not be wrapped');
    return [c.buf.slice(start, start + len), start + len];
  }
  if (b < 0xc0) {
    const lenOfLen = b - 0xb7;
    const len = readLength(c, pos + 1, lenOfLen, end);
    const start = pos + 1 + lenOfLen;
    if (len > end - start) throw new DecodeError('RLP: string runs past the end of input');
    return [c.buf.slice(start, start + len), start + len];
  }
  if (depth + 1 > c.maxDepth) throw new DecodeError('RLP: lists nest too deeply');
  let start: number;
  let len: number;
  if (b < 0xf8) {
    len = b - 0xc0;
    start = pos + 1;
  } else {
    const lenOfLen = b - 0xf7;
    len = readLength(c, pos + 1, lenOfLen, end);
    start = pos + 1 + lenOfLen;
  }
  if (len > end - start) throw new DecodeError('RLP: list runs past the end of input');
  const listEnd = start + len;
  const items: RlpItem[] = [];
  let p = start;
  while (p < listEnd) {
    const [item, next] = decodeAt(c, p, listEnd, depth + 1);
    items.push(item);
    p = next;
  }
  return [items, listEnd];
}

function cursor(input: Uint8Array, options: RlpDecodeOptions | undefined): Cursor {
  assertBytes(input, undefined, 'input');
  const maxInputBytes = options?.maxInputBytes ?? RLP_DEFAULT_LIMITS.maxInputBytes;
  if (input.length > maxInputBytes)
    throw new DecodeError(`RLP: input of ${input.length} bytes exceeds ${maxInputBytes}`);
  return {
    buf: input,
    items: 0,
    maxItems: options?.maxItems ?? RLP_DEFAULT_LIMITS.maxItems,
    maxDepth: options?.maxDepth ?? RLP_DEFAULT_LIMITS.maxDepth,
  };
}

/**
 * Decodes exactly one RLP item that spans all of `input`. The returned byte strings are copies.
 * @throws DecodeError on malformed, non-canonical or oversized input, or trailing bytes.
 */
export function decodeRlp(input: Uint8Array, options?: RlpDecodeOptions): RlpItem {
  const c = cursor(input, options);
  const [item, end] = decodeAt(c, 0, input.length, 0);
  if (end !== input.length) throw new DecodeError(`RLP: ${input.length - end} trailing bytes`);
  return item;
}

/**
 * Decodes the RLP item at the start of `input` and returns it with the bytes after it, for formats
 * that allow data after the item (EIP-8 handshake padding, discovery packets).
 */
export function decodeRlpPrefix(
  input: Uint8Array,
  options?: RlpDecodeOptions,
): { item: RlpItem; rest: Uint8Array } {
  const c = cursor(input, options);
  const [item, end] = decodeAt(c, 0, input.length, 0);
  return { item, rest: input.subarray(end) };
}

/** Narrows an item to a list, or throws `DecodeError` naming `what`. */
export function rlpList(item: RlpItem | undefined, what: string, minItems = 0): RlpItem[] {
  if (!Array.isArray(item)) throw new DecodeError(`${what}: expected an RLP list`);
  if (item.length < minItems)
    throw new DecodeError(`${what}: expected at least ${minItems} items, got ${item.length}`);
  return item;
}

/** Narrows an item to a byte string (of `length` if given), or throws `DecodeError` naming `what`. */
export function rlpBytes(item: RlpItem | undefined, what: string, length?: number): Uint8Array {
  if (!isBytes(item)) throw new DecodeError(`${what}: expected an RLP string`);
  if (length !== undefined && item.length !== length) {
    throw new DecodeError(`${what}: expected ${length} bytes, got ${item.length}`);
  }
  return item;
}

/**
 * Reads a canonical RLP unsigned integer (no leading zeros; zero is the empty string) of at most
 * `maxBytes` bytes as a bigint.
 */
export function rlpBigInt(item: RlpItem | undefined, what: string, maxBytes = 32): bigint {
  const b = rlpBytes(item, what);
  if (b.length > maxBytes) throw new DecodeError(`${what}: integer longer than ${maxBytes} bytes`);
  if (b.length > 0 && b[0] === 0) throw new DecodeError(`${what}: integer has leading zeros`);
  return bytesToBigInt(b);
}

/** Like {@link rlpBigInt} but for values that must fit in a safe JS number (at most 6 bytes). */
export function rlpNumber(item: RlpItem | undefined, what: string, maxBytes = 6): number {
  if (maxBytes > 6) throw new RangeError('maxBytes must be at most 6 for a number');
  return Number(rlpBigInt(item, what, maxBytes));
}

/** Canonical RLP integer bytes of `value` (number or bigint): big-endian, no leading zeros. */
export function uintToRlpBytes(value: number | bigint): Uint8Array {
  if (typeof value === 'number' && (!Number.isSafeInteger(value) || value < 0)) {
    throw new RangeError('value must be a non-negative safe integer');
  }
  return bigIntToBytes(BigInt(value));
}
