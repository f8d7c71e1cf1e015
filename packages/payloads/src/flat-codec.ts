/**
 * Field-table codec for the many flat application messages (§7.3–7.8): a table maps each of our
 * camelCase fields to its scalar kind, and two generic converters move values between our plain
 * objects (`bigint`, fresh `Uint8Array`) and the generated protobufjs objects. Missing input
 * fields take the proto3 default, which the generated encoder then omits from the wire.
 */
import type Long from 'long';
import {
  bytesIn,
  bytesOut,
  type DecodeOptions,
  decodeGenerated,
  encodeGenerated,
  i32In,
  i64In,
  i64Out,
  numOut,
  strIn,
  u32In,
  u64In,
  u64Out,
} from './runtime.js';

/** Scalar kinds of a flat field. `enum` is an int32 on the wire. */
export type FieldKind =
  | 'u64'
  | 'i64'
  | 'u32'
  | 'i32'
  | 'enum'
  | 'bool'
  | 'str'
  | 'bytes'
  | 'strs'
  | 'bytesList';

/** camelCase field name → kind. */
export type FieldTable = Readonly<Record<string, FieldKind>>;

type Generated = Record<string, unknown>;

/** The plain default of a kind. */
function defaultOf(kind: FieldKind): unknown {
  switch (kind) {
    case 'u64':
    case 'i64':
      return 0n;
    case 'u32':
    case 'i32':
    case 'enum':
      return 0;
    case 'bool':
      return false;
    case 'str':
      return '';
    case 'bytes':
      return new Uint8Array(0);
    case 'strs':
    case 'bytesList':
      return [];
  }
}

/** Generated object → plain object. */
export function flatOut<T>(table: FieldTable, g: Generated): T {
  const out: Record<string, unknown> = {};
  for (const [field, kind] of Object.entries(table)) {
    const v = g[field];
    switch (kind) {
      case 'u64':
        out[field] = u64Out(v as Long | number | undefined);
        break;
      case 'i64':
        out[field] = i64Out(v as Long | number | undefined);
        break;
      case 'u32':
      case 'i32':
      case 'enum':
        out[field] = numOut(v as number | undefined);
        break;
      case 'bool':
        out[field] = v === true;
        break;
      case 'str':
        out[field] = (v as string | undefined) ?? '';
        break;
      case 'bytes':
        out[field] = bytesOut(v as Uint8Array | undefined);
        break;
      case 'strs':
        out[field] = [...((v as string[] | undefined) ?? [])];
        break;
      case 'bytesList':
        out[field] = ((v as Uint8Array[] | undefined) ?? []).map(bytesOut);
        break;
    }
  }
  return out as T;
}

/** Plain (possibly partial) object → generated properties, validating each present field. */
export function flatIn(table: FieldTable, value: object, name: string): Generated {
  if (typeof value !== 'object' || value === null) throw new TypeError(`${name}: expected an object`);
  const src = value as Record<string, unknown>;
  const out: Generated = {};
  for (const [field, kind] of Object.entries(table)) {
    const v = src[field] ?? defaultOf(kind);
    const at = `${name}.${field}`;
    switch (kind) {
      case 'u64':
        out[field] = u64In(v as bigint, at);
        break;
      case 'i64':
        out[field] = i64In(v as bigint, at);
        break;
      case 'u32':
        out[field] = u32In(v as number, at);
        break;
      case 'i32':
      case 'enum':
        out[field] = i32In(v as number, at);
        break;
      case 'bool':
        if (typeof v !== 'boolean') throw new TypeError(`${at}: expected a boolean`);
        out[field] = v;
        break;
      case 'str':
        out[field] = strIn(v as string, at);
        break;
      case 'bytes':
        out[field] = bytesIn(v as Uint8Array, at);
        break;
      case 'strs':
        if (!Array.isArray(v)) throw new TypeError(`${at}: expected an array of strings`);
        out[field] = v.map((s, i) => strIn(s as string, `${at}[${i}]`));
        break;
      case 'bytesList':
        if (!Array.isArray(v)) throw new TypeError(`${at}: expected an array of Uint8Array`);
        out[field] = v.map((b, i) => bytesIn(b as Uint8Array, `${at}[${i}]`));
        break;
    }
  }
  return out;
}

interface GeneratedType {
  encode(message: never): { finish(): Uint8Array };
  decode(reader: Uint8Array): unknown;
}

/** An encode/decode pair for a flat message described by `table`. */
export interface FlatCodec<T> {
  encode(value: Partial<T>): Uint8Array;
  decode(bytes: Uint8Array, options?: DecodeOptions): T;
}

/** Builds the encode/decode pair of a flat message. */
export function flatCodec<T>(type: GeneratedType, table: FieldTable, what: string): FlatCodec<T> {
  return {
    encode: (value) => encodeGenerated(type as never, flatIn(table, value, 'value') as never),
    decode: (bytes, options) => flatOut<T>(table, decodeGenerated(type, bytes, what, options) as Generated),
  };
}
