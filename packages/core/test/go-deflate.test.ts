/**
 * The Go-compatible DEFLATE writer behind the identicon PNG: whatever it writes must inflate back
 * to the input with the platform's own zlib (DecompressionStream), for random, repetitive and
 * token-heavy inputs. Byte equality with Go is checked by the identicon vectors.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { adler32, goZlib, identiconOfString, identiconPixels, identiconSvg } from '../src/index.js';

async function inflate(zlib: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([zlib as Uint8Array<ArrayBuffer>])
    .stream()
    .pipeThrough(new DecompressionStream('deflate'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

const repetitive = fc
  .array(fc.tuple(fc.uint8Array({ minLength: 1, maxLength: 8 }), fc.integer({ min: 1, max: 300 })), {
    maxLength: 40,
  })
  .map((runs) => {
    const parts = runs.flatMap(([bytes, times]) =>
      Array.from({ length: times }, () => Array.from(bytes)).flat(),
    );
    return Uint8Array.from(parts.slice(0, 32768));
  });

describe('goZlib', () => {
  it('round-trips random and repetitive inputs through a standard inflater', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.uint8Array({ maxLength: 4096 }), repetitive), async (data) => {
        expect(await inflate(goZlib(data))).toEqual(data);
      }),
      { numRuns: 60 },
    );
  });

  it('splits blocks at 16384 tokens (32 KiB of incompressible bytes)', async () => {
    const data = new Uint8Array(32768);
    let x = 12345;
    for (let i = 0; i < data.length; i++) {
      x = (Math.imul(x, 1103515245) + 12345) >>> 0;
      data[i] = x >>> 24;
    }
    expect(await inflate(goZlib(data))).toEqual(data);
    expect(await inflate(goZlib(new Uint8Array(0)))).toEqual(new Uint8Array(0));
    expect(() => goZlib(new Uint8Array(32769))).toThrow(RangeError);
  });

  it('adler32 matches RFC 1950 examples', () => {
    expect(adler32(new TextEncoder().encode('Wikipedia'))).toBe(0x11e60398);
    expect(adler32(new Uint8Array(0))).toBe(1);
  });
});

describe('identicon drawing helpers', () => {
  it('draws filled cells in the PNG pixels and the SVG', () => {
    const id = identiconOfString('Culona');
    const px = identiconPixels(id);
    const filled = Array.from(id.bitmap).filter((v) => v === 1).length;
    let opaque = 0;
    for (let i = 3; i < px.length; i += 4) if (px[i] === 255) opaque++;
    expect(opaque).toBe(filled * 36);
    const svg = identiconSvg(id, { size: 100 });
    expect(svg.match(/<rect /g)?.length).toBe(filled);
    expect(svg).toContain(`fill="${id.color}"`);
    expect(() => identiconSvg(id, { size: 0 })).toThrow(RangeError);
  });
});
