/**
 * The identicon status-go renders for a public key (STATUS-V1-FACTS §8.3, §11.9), as data a UI can
 * draw: a mirrored 5×5 bitmap and one colour. `identiconSvg` draws it as SVG; `identicon-png.ts`
 * renders the same 50×50 PNG status-go returns.
 *
 * 1. `h = MD5(input)`; the input is the ASCII key string `"0x04…"` (or any string).
 * 2. `pattern[5i + j] = h[3i + (j ≤ 2 ? j : 4 − j)]`; a cell is filled iff its byte is even.
 * 3. Colour = HSL(hue = (h[13] + h[14] + h[15]) / 765 · 360, s = 0.5, l = 0.7), converted the way
 *    go-colorful does (float64), then to 16-bit channels `⌊c·65535 + 0.5⌋` and 8-bit `c16 >> 8`.
 */
import { md5 } from '@noble/hashes/legacy.js';
import { type CryptoProvider, nobleCrypto, utf8ToBytes } from '@statuskit/utils';
import { publicKeyToString } from './keys.js';

/** Geometry and colour constants of status-go's identicon renderer (§8.3). */
export const IDENTICON = {
  CELLS: 5,
  SATURATION: 0.5,
  LIGHTNESS: 0.7,
  /** Image side in pixels. */
  SIZE: 50,
  /** Margin before the first cell, in pixels. */
  MARGIN: 10,
  /** Side of one cell, in pixels. */
  CELL_SIZE: 6,
} as const;

/** An identicon as data. */
export interface Identicon {
  /** MD5 of the input string. */
  hash: Uint8Array;
  /** 25 bytes, row-major, mirrored around the middle column. */
  pattern: Uint8Array;
  /** 25 cells, row-major: 1 = filled, 0 = empty. */
  bitmap: Uint8Array;
  /** Hue in degrees [0, 360]. */
  hue: number;
  /** 16-bit channels as Go's `color.Color.RGBA()` returns them (alpha 65535). */
  rgba16: readonly [number, number, number, number];
  /** 8-bit RGBA of the filled cells (alpha 255), as written into the PNG. */
  rgba8: readonly [number, number, number, number];
  /** CSS colour `#rrggbb` of the filled cells. */
  color: string;
}

/** go-colorful `Hsl(h, s, l)`: the textbook HSL → RGB in float64, step for step. */
function hslToRgb(h: number, s: number, l: number): [number, number, number] {
  if (s === 0) return [l, l, l];
  const t1 = l < 0.5 ? l * (1.0 + s) : l + s - l * s;
  const t2 = 2 * l - t1;
  const hh = h / 360;
  const channel = (tIn: number): number => {
    let t = tIn;
    if (t < 0) t++;
    if (t > 1) t--;
    if (6 * t < 1) return t2 + (t1 - t2) * 6 * t;
    if (2 * t < 1) return t1;
    if (3 * t < 2) return t2 + (t1 - t2) * (2.0 / 3.0 - t) * 6;
    return t2;
  };
  return [channel(hh + 1.0 / 3.0), channel(hh), channel(hh - 1.0 / 3.0)];
}

/**
 * The identicon of an arbitrary string, as status-go `identicon.generate` computes it.
 * @example identiconOfString('Culona').bitmap // 0,0,1,0,0, 1,0,1,0,1, …
 */
export function identiconOfString(input: string): Identicon {
  if (typeof input !== 'string') throw new TypeError('input must be a string');
  const hash = md5(utf8ToBytes(input));
  const pattern = new Uint8Array(25);
  for (let i = 0; i < 5; i++) {
    for (let j = 0; j < 5; j++) pattern[5 * i + j] = hash[3 * i + (j > 2 ? 4 - j : j)] as number;
  }
  const bitmap = pattern.map((v) => (v % 2 === 0 ? 1 : 0));
  const hue = (((hash[13] as number) + (hash[14] as number) + (hash[15] as number)) / 765) * 360;
  const [r, g, b] = hslToRgb(hue, IDENTICON.SATURATION, IDENTICON.LIGHTNESS);
  // Go converts with uint32(c*65535.0 + 0.5): truncation toward zero of a positive value.
  const to16 = (c: number) => Math.trunc(c * 65535.0 + 0.5);
  const rgba16 = [to16(r), to16(g), to16(b), 0xffff] as const;
  const rgba8 = [rgba16[0] >> 8, rgba16[1] >> 8, rgba16[2] >> 8, 0xff] as const;
  const color = `#${rgba8
    .slice(0, 3)
    .map((c) => c.toString(16).padStart(2, '0'))
    .join('')}`;
  return { hash, pattern, bitmap, hue, rgba16, rgba8, color };
}

/**
 * The identicon of a public key: the MD5 input is its `"0x04…"` string (§8.3).
 * @throws InvalidPublicKeyError when `publicKey` is not a valid key.
 */
export function identiconOf(publicKey: Uint8Array | string, crypto: CryptoProvider = nobleCrypto): Identicon {
  const text = typeof publicKey === 'string' ? publicKey.toLowerCase() : publicKeyToString(publicKey, crypto);
  return identiconOfString(text.startsWith('0x') ? text : `0x${text}`);
}

/**
 * An SVG drawing of an identicon with status-go's geometry (50×50, 10 px margin, 6 px cells,
 * transparent background). `size` scales the drawing; it defaults to 50.
 */
export function identiconSvg(identicon: Identicon, options: { size?: number } = {}): string {
  const size = options.size ?? IDENTICON.SIZE;
  if (!Number.isFinite(size) || size <= 0) throw new RangeError('size must be a positive number');
  const rects: string[] = [];
  identicon.bitmap.forEach((filled, k) => {
    if (filled !== 1) return;
    const x = IDENTICON.MARGIN + IDENTICON.CELL_SIZE * (k % 5);
    const y = IDENTICON.MARGIN + IDENTICON.CELL_SIZE * Math.floor(k / 5);
    rects.push(`<rect x="${x}" y="${y}" width="${IDENTICON.CELL_SIZE}" height="${IDENTICON.CELL_SIZE}"/>`);
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 50 50" ` +
    `shape-rendering="crispEdges"><g fill="${identicon.color}">${rects.join('')}</g></svg>`
  );
}
