import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  assertBytes,
  bigIntToBytes,
  bytesToBigInt,
  bytesToUtf8,
  compareBytes,
  concatBytes,
  equalBytes,
  equalBytesCT,
  fromHex,
  toHex,
  utf8ToBytes,
} from '../src/bytes.js';

describe('bytes', () => {
  it('round-trips hex and accepts 0x and upper case', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (b) => {
        expect(fromHex(toHex(b))).toEqual(b);
      }),
    );
    expect(fromHex('0xABcd')).toEqual(Uint8Array.of(0xab, 0xcd));
    expect(() => fromHex('abc')).toThrow(TypeError);
    expect(() => fromHex('zz')).toThrow(TypeError);
  });
  it('round-trips UTF-8 and rejects invalid sequences', () => {
    expect(bytesToUtf8(utf8ToBytes('héllo ✓'))).toBe('héllo ✓');
    expect(() => bytesToUtf8(Uint8Array.of(0xff))).toThrow(TypeError);
  });
  it('concatenates, compares and checks equality', () => {
    expect(concatBytes(Uint8Array.of(1), new Uint8Array(0), Uint8Array.of(2, 3))).toEqual(
      Uint8Array.of(1, 2, 3),
    );
    expect(equalBytes(Uint8Array.of(1, 2), Uint8Array.of(1, 2))).toBe(true);
    expect(equalBytesCT(Uint8Array.of(1, 2), Uint8Array.of(1, 3))).toBe(false);
    expect(equalBytesCT(Uint8Array.of(1), Uint8Array.of(1, 3))).toBe(false);
    expect(compareBytes(Uint8Array.of(1), Uint8Array.of(1, 0))).toBeLessThan(0);
    expect(compareBytes(Uint8Array.of(0x80), Uint8Array.of(0x7f, 0xff))).toBeGreaterThan(0);
  });
  it('converts big integers', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: 0n, max: (1n << 256n) - 1n }), (v) => {
        expect(bytesToBigInt(bigIntToBytes(v))).toBe(v);
      }),
    );
    expect(bigIntToBytes(0n)).toEqual(new Uint8Array(0));
    expect(bigIntToBytes(1n, 4)).toEqual(Uint8Array.of(0, 0, 0, 1));
    expect(() => bigIntToBytes(256n, 1)).toThrow(RangeError);
  });
  it('names the parameter in assertBytes', () => {
    expect(() => assertBytes('x', undefined, 'key')).toThrow(/key must be a Uint8Array/);
    expect(() => assertBytes(new Uint8Array(3), 32, 'key')).toThrow(/key must be 32 bytes, got 3/);
  });
});
