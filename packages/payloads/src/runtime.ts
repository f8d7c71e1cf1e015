/**
 * Glue between the generated protobufjs code (src/gen) and our plain-object API: 64-bit integers
 * use the `long` class protobufjs itself loaded (one copy in a bundle), decoding
 * is bounded and wrapped in `PayloadDecodeError`, and every byte field leaves as a fresh plain
 * `Uint8Array` (protobufjs hands out Node `Buffer`s or views into the input).
 */
import { StatuskitError } from '@statuskit/utils';
import type Long from 'long';
import $protobuf from 'protobufjs/minimal.js';
import { PayloadDecodeError } from './errors.js';

/** Largest payload any decoder accepts unless told otherwise (Waku v1 max message size, §3.8). */
export const DEFAULT_MAX_PAYLOAD_BYTES = 1024 * 1024;

let LongClass: typeof Long | undefined;

/**
 * The protobufjs runtime, checked once: 64-bit fields need the `long` class that protobufjs loads
 * with its own `require("long")` (bundlers and Node resolve it; importing `long` here as well would
 * bundle a second copy). Without it 64-bit fields would be lossy numbers, so that is an error.
 * Nesting stays under protobufjs's own recursion limit (100, as protoc); the runtime is shared.
 */
export function runtime(): typeof $protobuf {
  if (LongClass === undefined) {
    const found = $protobuf.util.Long as unknown as typeof Long | null | undefined;
    if (typeof found?.fromBigInt !== 'function') {
      throw new StatuskitError('protobufjs could not load `long`: 64-bit fields would lose precision');
    }
    LongClass = found;
  }
  return $protobuf;
}

function longClass(): typeof Long {
  runtime();
  return LongClass as typeof Long;
}

/** Options every `decode*` function takes. */
export interface DecodeOptions {
  /** Reject inputs longer than this many bytes. Default `DEFAULT_MAX_PAYLOAD_BYTES` (1 MiB). */
  maxBytes?: number;
}

interface Decodable<T> {
  decode(reader: Uint8Array): T;
}

/** Decodes `bytes` with a generated type, bounded by `maxBytes`, errors as `PayloadDecodeError`. */
export function decodeGenerated<T>(
  type: Decodable<T>,
  bytes: Uint8Array,
  what: string,
  options?: DecodeOptions,
): T {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`bytes: expected a Uint8Array (${what})`);
  const max = options?.maxBytes ?? DEFAULT_MAX_PAYLOAD_BYTES;
  if (bytes.length > max)
    throw new PayloadDecodeError(`${what}: ${bytes.length} bytes exceed the ${max}-byte limit`);
  runtime();
  // A plain Uint8Array view keeps protobufjs on its array reader in Node too.
  const input =
    bytes.constructor === Uint8Array
      ? bytes
      : new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  try {
    return type.decode(input);
  } catch (cause) {
    throw new PayloadDecodeError(`${what}: malformed protobuf`, { cause });
  }
}

interface Encodable<T> {
  encode(message: T): { finish(): Uint8Array };
}

/** Encodes with a generated type and returns a fresh plain `Uint8Array` (never a pooled view). */
export function encodeGenerated<T>(type: Encodable<T>, message: T): Uint8Array {
  runtime();
  return new Uint8Array(type.encode(message).finish());
}

/** A fresh plain copy of a decoded byte field; `undefined`/absent becomes empty. */
export function bytesOut(value: Uint8Array | null | undefined): Uint8Array {
  return value ? new Uint8Array(value) : new Uint8Array(0);
}

/** Decoded uint64 (Long, number or absent) as a bigint. */
export function u64Out(value: Long | number | null | undefined): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'number') return BigInt(value);
  return BigInt.asUintN(64, value.toBigInt());
}

/** Decoded int64 as a signed bigint. */
export function i64Out(value: Long | number | null | undefined): bigint {
  if (value === null || value === undefined) return 0n;
  if (typeof value === 'number') return BigInt(value);
  return BigInt.asIntN(64, value.toBigInt());
}

/** A bigint for a uint64 field, range-checked against the named parameter. */
export function u64In(value: bigint, name: string): Long {
  if (typeof value !== 'bigint') throw new TypeError(`${name}: expected a bigint`);
  if (value < 0n || value > 0xffff_ffff_ffff_ffffn) throw new RangeError(`${name}: out of uint64 range`);
  return longClass().fromBigInt(value, true);
}

/** A bigint for an int64 field, range-checked against the named parameter. */
export function i64In(value: bigint, name: string): Long {
  if (typeof value !== 'bigint') throw new TypeError(`${name}: expected a bigint`);
  if (value < -(2n ** 63n) || value >= 2n ** 63n) throw new RangeError(`${name}: out of int64 range`);
  return longClass().fromBigInt(value, false);
}

/** A uint32 field value, range-checked. */
export function u32In(value: number, name: string): number {
  if (!Number.isInteger(value) || value < 0 || value > 0xffff_ffff)
    throw new RangeError(`${name}: expected a uint32`);
  return value;
}

/** An int32 / enum field value, range-checked. */
export function i32In(value: number, name: string): number {
  if (!Number.isInteger(value) || value < -0x8000_0000 || value > 0x7fff_ffff) {
    throw new RangeError(`${name}: expected an int32`);
  }
  return value;
}

/** A bytes field value, type-checked. */
export function bytesIn(value: Uint8Array, name: string): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new TypeError(`${name}: expected a Uint8Array`);
  return value;
}

/** A string field value, type-checked. */
export function strIn(value: string, name: string): string {
  if (typeof value !== 'string') throw new TypeError(`${name}: expected a string`);
  return value;
}

/** Decoded number field (enum, uint32, int32) or 0. */
export function numOut(value: number | null | undefined): number {
  return value ?? 0;
}
