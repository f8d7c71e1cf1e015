import * as ethRlp from '@ethereumjs/rlp';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../src/bytes.js';
import {
  decodeRlp,
  decodeRlpPrefix,
  encodeRlp,
  type RlpInput,
  rlpBigInt,
  uintToRlpBytes,
} from '../src/rlp.js';

const rlpInput: fc.Arbitrary<RlpInput> = fc.letrec<{ node: RlpInput }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.uint8Array({ maxLength: 80 }),
    fc.array(tie('node'), { maxLength: 5 }),
  ),
})).node;

describe('RLP', () => {
  it('encodes the Yellow Paper examples', () => {
    const u = (s: string) => new TextEncoder().encode(s);
    expect(toHex(encodeRlp(u('dog')))).toBe('83646f67');
    expect(toHex(encodeRlp([u('cat'), u('dog')]))).toBe('c88363617483646f67');
    expect(toHex(encodeRlp(new Uint8Array(0)))).toBe('80');
    expect(toHex(encodeRlp([]))).toBe('c0');
    expect(toHex(encodeRlp(Uint8Array.of(0)))).toBe('00');
    expect(toHex(encodeRlp(Uint8Array.of(0x0f)))).toBe('0f');
    expect(toHex(encodeRlp(Uint8Array.of(0x04, 0x00)))).toBe('820400');
    expect(toHex(encodeRlp([[], [[]], [[], [[]]]]))).toBe('c7c0c1c0c3c0c1c0');
    const lorem = u('Lorem ipsum dolor sit amet, consectetur adipisicing elit');
    expect(toHex(encodeRlp(lorem)).slice(0, 4)).toBe('b838');
  });

  it('round-trips and agrees byte for byte with @ethereumjs/rlp', () => {
    fc.assert(
      fc.property(rlpInput, (input) => {
        const ours = encodeRlp(input);
        expect(toHex(ours)).toBe(toHex(ethRlp.RLP.encode(input as ethRlp.Input)));
        expect(decodeRlp(ours)).toEqual(input);
      }),
      { numRuns: 500 },
    );
  });

  it('rejects any strict-prefix truncation and any trailing byte', () => {
    fc.assert(
      fc.property(rlpInput, fc.uint8Array({ minLength: 1, maxLength: 4 }), (input, extra) => {
        const enc = encodeRlp(input);
        for (let cut = 0; cut < enc.length; cut++) {
          expect(() => decodeRlp(enc.subarray(0, cut))).toThrow(
            expect.objectContaining({ name: 'DecodeError' }),
          );
        }
        const withExtra = new Uint8Array(enc.length + extra.length);
        withExtra.set(enc);
        withExtra.set(extra, enc.length);
        expect(() => decodeRlp(withExtra)).toThrow(expect.objectContaining({ name: 'DecodeError' }));
        expect(decodeRlpPrefix(withExtra).rest).toEqual(extra);
      }),
      { numRuns: 200 },
    );
  });

  const malformed: Array<[string, string]> = [
    ['empty input', ''],
    ['truncated string', '83646f'],
    ['truncated list', 'c88363617483646f'],
    ['single byte below 0x80 wrapped', '8100'],
    ['single byte 0x7f wrapped', '817f'],
    ['long form for a short string', 'b80161'],
    ['long form for a short list', 'f80180'],
    ['length prefix with a leading zero', `b9003a${'61'.repeat(58)}`],
    ['oversized length prefix', 'bbffffffff'],
    ['oversized list length prefix', 'fbffffffff'],
    ['8-byte length prefix', 'bfffffffffffffffff'],
    ['list item runs past the list', 'c2830102'],
    ['trailing bytes', '8361626300'],
    ['two top-level items', '0102'],
  ];
  const nested = (depth: number): RlpInput => (depth === 0 ? [] : [nested(depth - 1)]);
  malformed.push(['excessive nesting (17 lists)', toHex(encodeRlp(nested(16)))]);
  it.each(malformed)('rejects %s with DecodeError', (_what, hex) => {
    expect(() => decodeRlp(fromHex(hex))).toThrow(expect.objectContaining({ name: 'DecodeError' }));
  });

  it('bounds input size, depth and item count', () => {
    expect(() => decodeRlp(new Uint8Array(10).fill(0x80), { maxInputBytes: 5 })).toThrow(/exceeds/);
    const deep = encodeRlp(nested(4));
    expect(decodeRlp(deep, { maxDepth: 5 })).toBeTruthy();
    expect(() => decodeRlp(deep, { maxDepth: 4 })).toThrow(/nest/);
    const many = encodeRlp(Array.from({ length: 100 }, () => new Uint8Array(0)));
    expect(() => decodeRlp(many, { maxItems: 50 })).toThrow(/too many/);
  });

  it('reads canonical integers only', () => {
    expect(rlpBigInt(fromHex(''), 'x')).toBe(0n);
    expect(rlpBigInt(fromHex('0400'), 'x')).toBe(1024n);
    expect(() => rlpBigInt(fromHex('0004'), 'x')).toThrow(expect.objectContaining({ name: 'DecodeError' }));
    expect(() => rlpBigInt(new Uint8Array(33).fill(1), 'x')).toThrow(/longer/);
    expect(() => rlpBigInt([], 'x')).toThrow(/string/);
    expect(toHex(uintToRlpBytes(0))).toBe('');
    expect(toHex(uintToRlpBytes(0x1234n))).toBe('1234');
    expect(() => uintToRlpBytes(-1)).toThrow(RangeError);
  });

  it('rejects inputs that are not bytes or arrays', () => {
    expect(() => encodeRlp('x' as unknown as Uint8Array)).toThrow(TypeError);
    expect(() => encodeRlp([1] as unknown as Uint8Array[])).toThrow(TypeError);
    expect(() => decodeRlp('c0' as unknown as Uint8Array)).toThrow(TypeError);
  });
});
