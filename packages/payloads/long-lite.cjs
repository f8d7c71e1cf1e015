'use strict';
/**
 * A `long`-compatible 64-bit integer with only what protobufjs/minimal and @statuskit/payloads use,
 * for browser builds that alias the `long` package to this file (10.9 KB minified, 3.5 KB gzip less
 * at start; see the root README, "Bundle size in a browser"). protobufjs loads `long` with
 * `require("long")` and keeps it only if `isLong` exists; it then builds values with `new Long(lo,
 * hi, unsigned)` and `Long.fromBits`, reads `low`/`high`, and converts strings with `fromString`.
 * Our glue converts with `fromBigInt` / `toBigInt`. All arithmetic goes through `BigInt`, so every
 * 64-bit value (Bundle timestamps in nanoseconds, uint64 clocks) stays exact.
 *
 * CommonJS on purpose: protobufjs `require`s it and needs the class itself, not a module namespace.
 */

/**
 * @param {number} low low 32 bits (signed or not; stored as a signed int32, as `long` does)
 * @param {number} high high 32 bits
 * @param {boolean} [unsigned]
 */
function Long(low, high, unsigned) {
  this.low = low | 0;
  this.high = high | 0;
  this.unsigned = !!unsigned;
}

Object.defineProperty(Long.prototype, '__isLong__', { value: true });

/** @param {unknown} value */
Long.isLong = (value) => value != null && /** @type {{ __isLong__?: unknown }} */ (value).__isLong__ === true;

/** @param {number} low @param {number} high @param {boolean} [unsigned] */
Long.fromBits = (low, high, unsigned) => new Long(low, high, unsigned);

/** Two's complement 64 bits of `value` (wrapped as `long` wraps). @param {bigint} value @param {boolean} [unsigned] */
Long.fromBigInt = (value, unsigned) => {
  const bits = BigInt.asUintN(64, BigInt(value));
  return new Long(Number(bits & 0xffffffffn), Number(bits >> 32n), unsigned);
};

/** Decimal digits, as protobufjs passes a string for a 64-bit field. @param {string} text @param {boolean} [unsigned] */
Long.fromString = (text, unsigned) => Long.fromBigInt(BigInt(text), unsigned);

/** @returns {bigint} */
Long.prototype.toBigInt = function toBigInt() {
  const bits = (BigInt(this.high >>> 0) << 32n) | BigInt(this.low >>> 0);
  return this.unsigned ? bits : BigInt.asIntN(64, bits);
};

/** Nearest double, as `long`'s toNumber. @returns {number} */
Long.prototype.toNumber = function toNumber() {
  return Number(this.toBigInt());
};

/** @param {number} [radix] @returns {string} */
Long.prototype.toString = function longToString(radix) {
  return this.toBigInt().toString(radix);
};

module.exports = Long;
