/**
 * 64-bit fields through whichever `long` protobufjs loaded: the `long` package in Node, and in
 * Chromium payloads' `long-lite.cjs`, which the browser projects alias `long` to as the bundle-size
 * build does (vitest.config.ts). The vector suites run on the same builds; this file checks that the
 * alias really is in effect in Chromium and pins the values a double cannot hold, both ways.
 */
import { fromHex, toHex } from '@statuskit/utils';
import $protobuf from 'protobufjs/minimal.js';
import { describe, expect, it } from 'vitest';
import { decodeBundle, decodeChatMessage, encodeBundle, encodeChatMessage } from '../src/index.js';

const inBrowser = typeof (globalThis as { document?: unknown }).document !== 'undefined';
const LongClass = $protobuf.util.Long as unknown as {
  fromBits(lo: number, hi: number, unsigned?: boolean): { low: number; high: number; unsigned: boolean };
  prototype: object;
};

const U64 = [
  0n,
  1n,
  2n ** 32n - 1n,
  2n ** 32n,
  2n ** 53n + 1n,
  1_733_650_000_123_456_789n,
  2n ** 63n,
  2n ** 64n - 1n,
];
const I64 = [0n, -1n, 1n, -(2n ** 63n), 2n ** 63n - 1n, 1_733_650_000_123_456_789n, -(2n ** 53n) - 1n];

describe('64-bit integers in protobuf payloads', () => {
  it(`uses ${inBrowser ? 'long-lite (the browser alias)' : 'the long package'}`, () => {
    expect(typeof LongClass?.fromBits).toBe('function');
    // `long` has arithmetic (`add`); the lite class has none: its presence tells which one loaded.
    expect('add' in LongClass.prototype).toBe(!inBrowser);
  });

  it('keeps uint64 clocks exact, with the wire bytes of a varint', () => {
    for (const clock of U64) {
      const bytes = encodeChatMessage({ clock, timestamp: clock, text: 'x', chatId: 'c' });
      const back = decodeChatMessage(bytes);
      expect(back.clock).toBe(clock);
      expect(back.timestamp).toBe(clock);
    }
    // clock = 2^64 − 1: field 1, varint of ten bytes.
    const max = encodeChatMessage({ clock: 2n ** 64n - 1n });
    expect(toHex(max)).toBe('08ffffffffffffffffff01');
    expect(decodeChatMessage(fromHex('08ffffffffffffffffff01')).clock).toBe(2n ** 64n - 1n);
  });

  it('keeps int64 timestamps (Bundle, unix nanoseconds) exact, negatives included', () => {
    for (const timestamp of I64) {
      const bundle = {
        identity: new Uint8Array(33).fill(2),
        signedPreKeys: new Map(),
        signature: new Uint8Array(65).fill(7),
        timestamp,
      };
      expect(decodeBundle(encodeBundle(bundle)).timestamp).toBe(timestamp);
    }
  });
});
