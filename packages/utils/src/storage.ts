/**
 * The `Storage` contract: an ordered key-value store with binary keys, sorted by unsigned byte
 * order. Every stateful statuskit component (MVDS, ratchet sessions, envelope pool, mailserver)
 * persists through it, so the same code runs on memory, SQLite and IndexedDB.
 *
 * Semantics every implementation keeps (checked by `storageComplianceSuite` in `./testing`):
 * - Keys and values are copied on the way in and out: no aliasing of the caller's buffers.
 * - `batch` applies all its operations or none.
 * - `iterate` yields `[key, value]` in key order (reversed with `reverse`), within the bounds, up to
 *   `limit` entries; a snapshot is not promised, but every entry present for the whole iteration
 *   and inside the bounds is yielded exactly once.
 * - After `close()`, every call rejects with `StorageError`; `close` twice is a no-op.
 */

import { assertBytes } from './bytes.js';
import { StorageError } from './errors.js';

/** One operation of an atomic {@link Storage.batch}. */
export type BatchOp =
  | { type: 'put'; key: Uint8Array; value: Uint8Array }
  | { type: 'delete'; key: Uint8Array };

/** Range and order of an iteration. Bounds combine with `prefix` (all must hold). */
export interface IterateOptions {
  /** Only keys starting with these bytes. */
  prefix?: Uint8Array;
  gt?: Uint8Array;
  gte?: Uint8Array;
  lt?: Uint8Array;
  lte?: Uint8Array;
  /** Descending key order. */
  reverse?: boolean;
  /** At most this many entries. */
  limit?: number;
  signal?: AbortSignal;
}

/** An ordered binary key-value store. */
export interface Storage {
  get(key: Uint8Array): Promise<Uint8Array | undefined>;
  put(key: Uint8Array, value: Uint8Array): Promise<void>;
  delete(key: Uint8Array): Promise<void>;
  /** Applies every operation atomically, in order. */
  batch(ops: readonly BatchOp[]): Promise<void>;
  iterate(options?: IterateOptions): AsyncIterable<[key: Uint8Array, value: Uint8Array]>;
  close(): Promise<void>;
}

/**
 * Checks every operation of a batch before any is applied, so a bad one leaves the store untouched.
 * @throws TypeError naming the offending operation.
 */
export function assertBatchOps(ops: readonly BatchOp[]): void {
  if (!Array.isArray(ops)) throw new TypeError('ops must be an array');
  for (const [i, op] of ops.entries()) {
    assertBytes(op.key, undefined, `ops[${i}].key`);
    if (op.type === 'put') assertBytes(op.value, undefined, `ops[${i}].value`);
    else if (op.type !== 'delete') throw new TypeError(`ops[${i}].type must be put or delete`);
  }
}

/**
 * Runs a storage backend call, wrapping anything it throws (other than a `StorageError`) in a
 * `StorageError` that names the backend and the operation. For adapter authors.
 */
export async function wrapStorageCall<T>(
  backend: string,
  what: string,
  fn: () => T | Promise<T>,
): Promise<T> {
  try {
    return await fn();
  } catch (cause) {
    if (cause instanceof StorageError) throw cause;
    throw new StorageError(`${backend}: ${what} failed`, { cause });
  }
}

/**
 * The smallest key greater than every key starting with `prefix`, or undefined when there is none
 * (the prefix is all 0xff): the exclusive upper bound of a prefix range.
 */
export function prefixUpperBound(prefix: Uint8Array): Uint8Array | undefined {
  const out = prefix.slice();
  for (let i = out.length - 1; i >= 0; i--) {
    if ((out[i] as number) < 0xff) {
      out[i] = (out[i] as number) + 1;
      return out.subarray(0, i + 1);
    }
  }
  return undefined;
}
