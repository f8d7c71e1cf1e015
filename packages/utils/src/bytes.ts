/**
 * Byte helpers. Every public statuskit function takes and returns `Uint8Array`; hex and UTF-8 only
 * appear at the edges (logs, JSON, CLI).
 */

const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/** True when `value` is a `Uint8Array`, including subclasses such as Node buffers. */
export function isBytes(value: unknown): value is Uint8Array {
  return (
    value instanceof Uint8Array || (ArrayBuffer.isView(value) && value.constructor.name === 'Uint8Array')
  );
}

/**
 * Throws a `TypeError` naming `name` unless `value` is a `Uint8Array`, and a `RangeError` when a
 * `length` is given and differs.
 * @example assertBytes(key, 32, 'key');
 */
export function assertBytes(value: unknown, length?: number, name = 'value'): asserts value is Uint8Array {
  if (!isBytes(value)) throw new TypeError(`${name} must be a Uint8Array`);
  if (length !== undefined && value.length !== length) {
    throw new RangeError(`${name} must be ${length} bytes, got ${value.length}`);
  }
}

/** Lowercase hex of `bytes`, without `0x`. */
export function toHex(bytes: Uint8Array): string {
  assertBytes(bytes, undefined, 'bytes');
  let out = '';
  for (let i = 0; i < bytes.length; i++) out += HEX[bytes[i] as number];
  return out;
}

function hexNibble(code: number): number {
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 97 && code <= 102) return code - 87;
  if (code >= 65 && code <= 70) return code - 55;
  return -1;
}

/**
 * Bytes of a hex string; a `0x` prefix is accepted. Throws `TypeError` on odd length or a non-hex
 * character.
 */
export function fromHex(hex: string): Uint8Array {
  if (typeof hex !== 'string') throw new TypeError('hex must be a string');
  const s = hex.startsWith('0x') || hex.startsWith('0X') ? hex.slice(2) : hex;
  if (s.length % 2 !== 0) throw new TypeError('hex must have an even number of digits');
  const out = new Uint8Array(s.length / 2);
  for (let i = 0; i < out.length; i++) {
    const hi = hexNibble(s.charCodeAt(2 * i));
    const lo = hexNibble(s.charCodeAt(2 * i + 1));
    if (hi < 0 || lo < 0) throw new TypeError(`hex has a non-hex character at ${2 * i}`);
    out[i] = (hi << 4) | lo;
  }
  return out;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8', { fatal: true });

/** UTF-8 bytes of `text`. */
export function utf8ToBytes(text: string): Uint8Array {
  if (typeof text !== 'string') throw new TypeError('text must be a string');
  return encoder.encode(text);
}

/** Text of UTF-8 `bytes`; throws `TypeError` on invalid UTF-8. */
export function bytesToUtf8(bytes: Uint8Array): string {
  assertBytes(bytes, undefined, 'bytes');
  return decoder.decode(bytes);
}

/** A new array holding every part in order. */
export function concatBytes(...parts: Uint8Array[]): Uint8Array {
  let length = 0;
  for (const [i, p] of parts.entries()) {
    assertBytes(p, undefined, `parts[${i}]`);
    length += p.length;
  }
  const out = new Uint8Array(length);
  let offset = 0;
  for (const p of parts) {
    out.set(p, offset);
    offset += p.length;
  }
  return out;
}

/** Byte-wise equality. Not constant-time: use {@link equalBytesCT} for secrets. */
export function equalBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Constant-time equality for MACs, tags and other secrets: the time depends on the length only.
 */
export function equalBytesCT(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= (a[i] as number) ^ (b[i] as number);
  return diff === 0;
}

/** Lexicographic order of two byte strings: negative, zero or positive like `Array#sort`. */
export function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = (a[i] as number) - (b[i] as number);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Big-endian unsigned integer of `bytes` as a bigint. */
export function bytesToBigInt(bytes: Uint8Array): bigint {
  let v = 0n;
  for (const b of bytes) v = (v << 8n) | BigInt(b);
  return v;
}

/**
 * Big-endian bytes of a non-negative bigint: minimal (empty for zero) unless `length` is given, in
 * which case it is left-padded and a `RangeError` is thrown when it does not fit.
 */
export function bigIntToBytes(value: bigint, length?: number): Uint8Array {
  if (value < 0n) throw new RangeError('value must be non-negative');
  const bytes: number[] = [];
  let v = value;
  while (v > 0n) {
    bytes.unshift(Number(v & 0xffn));
    v >>= 8n;
  }
  if (length === undefined) return Uint8Array.from(bytes);
  if (bytes.length > length) throw new RangeError(`value does not fit in ${length} bytes`);
  const out = new Uint8Array(length);
  out.set(bytes, length - bytes.length);
  return out;
}

/** A copy of `bytes` that shares no memory with it, always a plain `Uint8Array` (never a Node buffer). */
export function copyBytes(bytes: Uint8Array): Uint8Array {
  return new Uint8Array(bytes);
}

/** Overwrites `bytes` with zeros (best effort: the JS engine may have made copies). */
export function wipe(bytes: Uint8Array): void {
  bytes.fill(0);
}
