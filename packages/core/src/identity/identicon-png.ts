/**
 * The identicon PNG exactly as status-go renders it (STATUS-V1-FACTS §8.3): a 50×50 RGBA image,
 * transparent, with 6×6 squares at (10 + 6·(k mod 5), 10 + 6·(k div 5)) for each filled cell k,
 * encoded the way Go's `image/png` encodes an `*image.RGBA` at the default level: IHDR (8-bit,
 * colour type 6), per-row filter chosen by the minimum sum of absolute differences (tried in the
 * order Up, Paeth, None, Sub, Average), one IDAT holding Go's zlib stream, IEND. The data URI is
 * `"data:image/png;base64," + base64(png)`.
 */
import { base64 } from '@scure/base';
import { type CryptoProvider, nobleCrypto } from '@statuskit/utils';
import { goZlib } from './go-deflate.js';
import { IDENTICON, type Identicon, identiconOf } from './identicon.js';

const PNG_SIGNATURE = Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a);

const CRC_TABLE = (() => {
  const t = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c >>> 0;
  }
  return t;
})();

/** CRC-32 (IEEE 802.3), as PNG chunks use it. */
export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const b of data) c = (CRC_TABLE[(c ^ b) & 0xff] as number) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Uint8Array): Uint8Array {
  const out = new Uint8Array(12 + data.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, data.length);
  for (let i = 0; i < 4; i++) out[4 + i] = type.charCodeAt(i);
  out.set(data, 8);
  view.setUint32(8 + data.length, crc32(out.subarray(4, 8 + data.length)));
  return out;
}

/** |d| of a byte read as int8 (Go png `abs8`). */
function abs8(d: number): number {
  return d < 128 ? d : 256 - d;
}

function paeth(a: number, b: number, c: number): number {
  const pa = Math.abs(b - c);
  const pb = Math.abs(a - c);
  const pc = Math.abs(a + b - 2 * c);
  if (pa <= pb && pa <= pc) return a;
  if (pb <= pc) return b;
  return c;
}

/** Go png's filter choice for one row: returns the filter type and the filtered row bytes. */
function filterRow(cur: Uint8Array, prev: Uint8Array, bpp: number): [number, Uint8Array] {
  const n = cur.length;
  const up = (i: number) => ((cur[i] as number) - (prev[i] as number)) & 0xff;
  const pae = (i: number) =>
    i < bpp
      ? ((cur[i] as number) - (prev[i] as number)) & 0xff
      : ((cur[i] as number) - paeth(cur[i - bpp] as number, prev[i] as number, prev[i - bpp] as number)) &
        0xff;
  const none = (i: number) => cur[i] as number;
  const sub = (i: number) =>
    i < bpp ? (cur[i] as number) : ((cur[i] as number) - (cur[i - bpp] as number)) & 0xff;
  const avg = (i: number) =>
    i < bpp
      ? ((cur[i] as number) - ((prev[i] as number) >> 1)) & 0xff
      : ((cur[i] as number) - (((cur[i - bpp] as number) + (prev[i] as number)) >> 1)) & 0xff;
  // Go tries Up first and keeps a later filter only when its sum is strictly smaller.
  const order: [number, (i: number) => number][] = [
    [2, up],
    [4, pae],
    [0, none],
    [1, sub],
    [3, avg],
  ];
  let bestType = 2;
  let best = Number.POSITIVE_INFINITY;
  for (const [type, f] of order) {
    let sum = 0;
    for (let i = 0; i < n && sum < best; i++) sum += abs8(f(i));
    if (sum < best) {
      best = sum;
      bestType = type;
    }
  }
  const f = (order.find(([t]) => t === bestType) as [number, (i: number) => number])[1];
  const out = new Uint8Array(n);
  for (let i = 0; i < n; i++) out[i] = f(i);
  return [bestType, out];
}

/** The 50×50 RGBA pixels of an identicon (non-premultiplied; background transparent black). */
export function identiconPixels(identicon: Identicon): Uint8Array {
  const size = IDENTICON.SIZE;
  const pixels = new Uint8Array(size * size * 4);
  identicon.bitmap.forEach((filled, k) => {
    if (filled !== 1) return;
    const x0 = IDENTICON.MARGIN + IDENTICON.CELL_SIZE * (k % 5);
    const y0 = IDENTICON.MARGIN + IDENTICON.CELL_SIZE * Math.floor(k / 5);
    for (let y = y0; y < y0 + IDENTICON.CELL_SIZE; y++) {
      for (let x = x0; x < x0 + IDENTICON.CELL_SIZE; x++) pixels.set(identicon.rgba8, (y * size + x) * 4);
    }
  });
  return pixels;
}

/**
 * The PNG bytes status-go's `identicon.GenerateBase64` encodes.
 * @example const png = identiconPng(identiconOf(publicKey));
 */
export function identiconPng(identicon: Identicon): Uint8Array {
  const size = IDENTICON.SIZE;
  const bpp = 4;
  const pixels = identiconPixels(identicon);
  const stride = size * bpp;
  const raw = new Uint8Array(size * (1 + stride));
  let prev: Uint8Array = new Uint8Array(stride);
  for (let y = 0; y < size; y++) {
    const cur = pixels.subarray(y * stride, (y + 1) * stride);
    const [type, filtered] = filterRow(cur, prev, bpp);
    raw[y * (1 + stride)] = type;
    raw.set(filtered, y * (1 + stride) + 1);
    prev = cur;
  }
  const ihdr = new Uint8Array(13);
  const view = new DataView(ihdr.buffer);
  view.setUint32(0, size);
  view.setUint32(4, size);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 6; // truecolour with alpha
  const parts = [
    PNG_SIGNATURE,
    chunk('IHDR', ihdr),
    chunk('IDAT', goZlib(raw)),
    chunk('IEND', new Uint8Array(0)),
  ];
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let o = 0;
  for (const p of parts) {
    out.set(p, o);
    o += p.length;
  }
  return out;
}

/**
 * The `data:image/png;base64,…` URI status-go returns for a public key (bytes or its `0x04…`
 * string) or for an identicon made with `identiconOfString`.
 * @example identiconDataUri('0x04261c…') // 'data:image/png;base64,iVBORw0KGgo…'
 */
export function identiconDataUri(
  input: Uint8Array | string | Identicon,
  crypto: CryptoProvider = nobleCrypto,
): string {
  const id = typeof input === 'object' && 'bitmap' in input ? input : identiconOf(input, crypto);
  return `data:image/png;base64,${base64.encode(identiconPng(id))}`;
}
