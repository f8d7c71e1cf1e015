/**
 * Snappy block format (no framing), as devp2p p2p/5 uses it on every message after the Hello
 * (STATUS-V1-FACTS §2.3). The compressor reproduces golang/snappy's block encoder (the one
 * go-ethereum 1.9 vendors) byte for byte: same hash table, same skip heuristic, same literal and
 * copy encodings, so frames match the reference. The decompressor checks the declared length
 * against a bound before allocating and validates every tag.
 */
import { SnappyError } from './errors.js';

/** Largest decompressed message devp2p accepts: 2^24 − 1 bytes (§2.3). */
export const SNAPPY_MAX_DECOMPRESSED = 0xffffff;

const MAX_BLOCK_SIZE = 65536;
const INPUT_MARGIN = 16 - 1;
const MIN_NON_LITERAL_BLOCK_SIZE = 1 + 1 + INPUT_MARGIN;
const MAX_TABLE_SIZE = 1 << 14;
const TABLE_MASK = MAX_TABLE_SIZE - 1;

const TAG_LITERAL = 0x00;
const TAG_COPY1 = 0x01;
const TAG_COPY2 = 0x02;

function load32(b: Uint8Array, i: number): number {
  return (
    ((b[i] as number) |
      ((b[i + 1] as number) << 8) |
      ((b[i + 2] as number) << 16) |
      ((b[i + 3] as number) << 24)) >>>
    0
  );
}

function hash(u: number, shift: number): number {
  return Math.imul(u, 0x1e35a7bd) >>> shift;
}

class Out {
  buf: Uint8Array;
  n = 0;
  constructor(capacity: number) {
    this.buf = new Uint8Array(capacity);
  }
  byte(b: number): void {
    this.buf[this.n++] = b;
  }
  bytes(b: Uint8Array): void {
    this.buf.set(b, this.n);
    this.n += b.length;
  }
}

function emitLiteral(out: Out, lit: Uint8Array): void {
  const n = lit.length - 1;
  if (n < 60) out.byte((n << 2) | TAG_LITERAL);
  else if (n < 1 << 8) {
    out.byte((60 << 2) | TAG_LITERAL);
    out.byte(n);
  } else {
    // Blocks are at most 64 KiB, so two length bytes always suffice.
    out.byte((61 << 2) | TAG_LITERAL);
    out.byte(n & 0xff);
    out.byte(n >>> 8);
  }
  out.bytes(lit);
}

function emitCopy(out: Out, offset: number, length: number): void {
  let len = length;
  while (len >= 68) {
    out.byte((63 << 2) | TAG_COPY2);
    out.byte(offset & 0xff);
    out.byte(offset >>> 8);
    len -= 64;
  }
  if (len > 64) {
    out.byte((59 << 2) | TAG_COPY2);
    out.byte(offset & 0xff);
    out.byte(offset >>> 8);
    len -= 60;
  }
  if (len >= 12 || offset >= 2048) {
    out.byte(((len - 1) << 2) | TAG_COPY2);
    out.byte(offset & 0xff);
    out.byte(offset >>> 8);
    return;
  }
  out.byte(((offset >>> 8) << 5) | ((len - 4) << 2) | TAG_COPY1);
  out.byte(offset & 0xff);
}

function encodeBlock(out: Out, src: Uint8Array, table: Uint16Array): void {
  let shift = 32 - 8;
  for (let tableSize = 1 << 8; tableSize < MAX_TABLE_SIZE && tableSize < src.length; tableSize *= 2) shift--;
  table.fill(0);
  const sLimit = src.length - INPUT_MARGIN;
  let nextEmit = 0;
  let s = 1;
  let nextHash = hash(load32(src, s), shift);
  outer: for (;;) {
    let skip = 32;
    let nextS = s;
    let candidate = 0;
    for (;;) {
      s = nextS;
      const step = skip >>> 5;
      nextS = s + step;
      skip += step;
      if (nextS > sLimit) break outer;
      candidate = table[nextHash & TABLE_MASK] as number;
      table[nextHash & TABLE_MASK] = s;
      nextHash = hash(load32(src, nextS), shift);
      if (load32(src, s) === load32(src, candidate)) break;
    }
    emitLiteral(out, src.subarray(nextEmit, s));
    for (;;) {
      const base = s;
      s += 4;
      for (let i = candidate + 4; s < src.length && src[i] === src[s]; i++, s++);
      emitCopy(out, base - candidate, s - base);
      nextEmit = s;
      if (s >= sLimit) break outer;
      const prev = load32(src, s - 1);
      table[hash(prev, shift) & TABLE_MASK] = s - 1;
      const cur = load32(src, s);
      const currHash = hash(cur, shift);
      candidate = table[currHash & TABLE_MASK] as number;
      table[currHash & TABLE_MASK] = s;
      if (cur !== load32(src, candidate)) {
        nextHash = hash(load32(src, s + 1), shift);
        s++;
        break;
      }
    }
  }
  if (nextEmit < src.length) emitLiteral(out, src.subarray(nextEmit));
}

/** Worst-case compressed size of `n` bytes (golang/snappy MaxEncodedLen). */
export function snappyMaxEncodedLength(n: number): number {
  return 32 + n + Math.floor(n / 6);
}

/** Snappy block compression, byte-identical to golang/snappy `Encode`. */
export function snappyCompress(src: Uint8Array): Uint8Array {
  if (!(src instanceof Uint8Array)) throw new TypeError('src must be a Uint8Array');
  const out = new Out(snappyMaxEncodedLength(src.length));
  let v = src.length;
  while (v >= 0x80) {
    out.byte((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.byte(v);
  const table = new Uint16Array(MAX_TABLE_SIZE);
  for (let o = 0; o < src.length; o += MAX_BLOCK_SIZE) {
    const block = src.subarray(o, Math.min(src.length, o + MAX_BLOCK_SIZE));
    if (block.length < MIN_NON_LITERAL_BLOCK_SIZE) emitLiteral(out, block);
    else encodeBlock(out, block, table);
  }
  return out.buf.slice(0, out.n);
}

/**
 * The decompressed length a snappy block declares, read from its varint preamble.
 * @throws SnappyError on a malformed preamble.
 */
export function snappyDecodedLength(src: Uint8Array): { length: number; headerBytes: number } {
  let length = 0;
  for (let i = 0; i < 5; i++) {
    if (i >= src.length) throw new SnappyError('snappy: truncated length preamble');
    const b = src[i] as number;
    length += (b & 0x7f) * 2 ** (7 * i);
    if (b < 0x80) {
      if (length > 0xffffffff) throw new SnappyError('snappy: length preamble too large');
      return { length, headerBytes: i + 1 };
    }
  }
  throw new SnappyError('snappy: length preamble too long');
}

/**
 * Decompresses a snappy block, refusing anything that declares more than `maxLength` bytes
 * (default 2^24 − 1) before allocating.
 * @throws SnappyError on a corrupt block or one over the bound.
 */
export function snappyDecompress(src: Uint8Array, maxLength = SNAPPY_MAX_DECOMPRESSED): Uint8Array {
  if (!(src instanceof Uint8Array)) throw new TypeError('src must be a Uint8Array');
  const { length, headerBytes } = snappyDecodedLength(src);
  if (length > maxLength) throw new SnappyError(`snappy: declared length ${length} exceeds ${maxLength}`);
  const dst = new Uint8Array(length);
  let d = 0;
  let s = headerBytes;
  while (s < src.length) {
    const tag = src[s] as number;
    let len: number;
    let offset: number;
    switch (tag & 0x03) {
      case TAG_LITERAL: {
        let x = tag >>> 2;
        s++;
        if (x >= 60) {
          const extra = x - 59; // 1..4 length bytes
          if (s + extra > src.length) throw new SnappyError('snappy: truncated literal length');
          x = 0;
          for (let i = 0; i < extra; i++) x += (src[s + i] as number) * 2 ** (8 * i);
          s += extra;
        }
        len = x + 1;
        if (len > src.length - s) throw new SnappyError('snappy: literal runs past the input');
        if (len > length - d) throw new SnappyError('snappy: literal runs past the declared length');
        dst.set(src.subarray(s, s + len), d);
        d += len;
        s += len;
        continue;
      }
      case TAG_COPY1:
        if (s + 2 > src.length) throw new SnappyError('snappy: truncated copy');
        len = 4 + ((tag >>> 2) & 0x07);
        offset = ((tag & 0xe0) << 3) | (src[s + 1] as number);
        s += 2;
        break;
      case TAG_COPY2:
        if (s + 3 > src.length) throw new SnappyError('snappy: truncated copy');
        len = 1 + (tag >>> 2);
        offset = (src[s + 1] as number) | ((src[s + 2] as number) << 8);
        s += 3;
        break;
      default:
        if (s + 5 > src.length) throw new SnappyError('snappy: truncated copy');
        len = 1 + (tag >>> 2);
        offset =
          ((src[s + 1] as number) | ((src[s + 2] as number) << 8) | ((src[s + 3] as number) << 16)) +
          (src[s + 4] as number) * 2 ** 24;
        s += 5;
    }
    if (offset <= 0 || offset > d) throw new SnappyError('snappy: copy offset out of range');
    if (len > length - d) throw new SnappyError('snappy: copy runs past the declared length');
    // Overlapping copies repeat the pattern, so copy byte by byte.
    for (let i = 0; i < len; i++, d++) dst[d] = dst[d - offset] as number;
  }
  if (d !== length) throw new SnappyError('snappy: block shorter than its declared length');
  return dst;
}
