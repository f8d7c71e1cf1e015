/**
 * How the client lays its own state out in `Storage` (the secure transport and MVDS keep theirs in
 * sibling namespaces). Records are small JSON documents (bytes as hex, 64-bit numbers as decimal
 * strings) under typed key prefixes; message rows are keyed by chat and Lamport clock so a chat's
 * history iterates in display order (§7.10). Every change that must hold together goes in one
 * atomic batch.
 */
import {
  type BatchOp,
  bytesToUtf8,
  concatBytes,
  DecodeError,
  type Storage,
  utf8ToBytes,
} from '@statuskit/utils';

/** Key prefixes (one byte each) of the client namespace. */
export const CLIENT_TABLE = {
  META: 0x01,
  CHAT: 0x02,
  MESSAGE: 0x03,
  MESSAGE_INDEX: 0x04,
  CONTACT: 0x05,
  OUTBOX: 0x06,
  SYNC: 0x07,
  TOPIC_KEY: 0x08,
  MVDS_MAP: 0x09,
  REACTION: 0x0a,
  GROUP: 0x0b,
  /** Multi-device: the clock of the last pair/sync message applied per subject. */
  DEVICE_SYNC: 0x0c,
  /** Private groups: join requests (GroupChatInvitation) by chat and requester. */
  GROUP_INVITATION: 0x0d,
} as const;

const enc = (s: string) => utf8ToBytes(s);

/** `table ‖ part₁ ‖ 0x00 ‖ part₂ …`: parts are strings without NUL. */
export function clientKey(table: number, ...parts: (string | Uint8Array)[]): Uint8Array {
  const bytes: Uint8Array[] = [Uint8Array.of(table)];
  parts.forEach((p, i) => {
    if (i > 0) bytes.push(Uint8Array.of(0));
    bytes.push(typeof p === 'string' ? enc(p) : p);
  });
  return concatBytes(...bytes);
}

/** A clock as 8 big-endian bytes, so keys sort by clock. */
export function clockKey(clock: bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt.asUintN(64, clock));
  return out;
}

/** JSON with bigint (`{"$b":"…"}`) and bytes (`{"$h":"…"}`) kept. */
export function encodeRecord(value: unknown): Uint8Array {
  return enc(
    JSON.stringify(value, (_k, v) => {
      if (typeof v === 'bigint') return { $b: v.toString() };
      if (v instanceof Uint8Array) {
        let hex = '';
        for (const b of v) hex += b.toString(16).padStart(2, '0');
        return { $h: hex };
      }
      return v;
    }),
  );
}

/** @throws DecodeError when the stored bytes are not a record. */
export function decodeRecord<T>(bytes: Uint8Array): T {
  try {
    return JSON.parse(bytesToUtf8(bytes), (_k, v) => {
      if (v !== null && typeof v === 'object') {
        if (typeof v.$b === 'string' && Object.keys(v).length === 1) return BigInt(v.$b);
        if (typeof v.$h === 'string' && Object.keys(v).length === 1) {
          const out = new Uint8Array(v.$h.length / 2);
          for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(v.$h.slice(2 * i, 2 * i + 2), 16);
          return out;
        }
      }
      return v;
    }) as T;
  } catch (cause) {
    throw new DecodeError('client store holds a record that is not JSON', { cause });
  }
}

/** A small transaction: reads see earlier writes of the same transaction; commit is one batch. */
export class ClientTx {
  readonly #storage: Storage;
  readonly #ops: BatchOp[] = [];
  readonly #pending = new Map<string, Uint8Array | null>();

  constructor(storage: Storage) {
    this.#storage = storage;
  }

  static #id(key: Uint8Array): string {
    let s = '';
    for (const b of key) s += String.fromCharCode(b);
    return s;
  }

  async get<T>(key: Uint8Array): Promise<T | undefined> {
    const p = this.#pending.get(ClientTx.#id(key));
    if (p === null) return undefined;
    const raw = p ?? (await this.#storage.get(key));
    return raw === undefined ? undefined : decodeRecord<T>(raw);
  }

  put(key: Uint8Array, value: unknown): void {
    const bytes = encodeRecord(value);
    this.#pending.set(ClientTx.#id(key), bytes);
    this.#ops.push({ type: 'put', key, value: bytes });
  }

  delete(key: Uint8Array): void {
    this.#pending.set(ClientTx.#id(key), null);
    this.#ops.push({ type: 'delete', key });
  }

  get size(): number {
    return this.#ops.length;
  }

  async commit(): Promise<void> {
    if (this.#ops.length > 0) await this.#storage.batch(this.#ops);
  }
}

/** Every record under a prefix, decoded. */
export async function* iterateRecords<T>(
  storage: Storage,
  prefix: Uint8Array,
  options: { reverse?: boolean; limit?: number; lt?: Uint8Array; gt?: Uint8Array } = {},
): AsyncIterable<[Uint8Array, T]> {
  for await (const [k, v] of storage.iterate({ prefix, ...options })) yield [k, decodeRecord<T>(v)];
}
