import { assertBytes, compareBytes, copyBytes } from './bytes.js';
import { StorageError } from './errors.js';
import { throwIfAborted } from './events.js';
import {
  assertBatchOps,
  type BatchOp,
  type IterateOptions,
  prefixUpperBound,
  type Storage,
} from './storage.js';

/** Lower/upper bounds of an iteration, normalised to `[lower, upper)` style checks. */
export interface KeyRange {
  lower?: Uint8Array;
  lowerOpen: boolean;
  upper?: Uint8Array;
  upperOpen: boolean;
}

/** Folds `prefix`, `gt`/`gte` and `lt`/`lte` into one range (the tighter bound wins). */
export function keyRangeOf(options: IterateOptions): KeyRange {
  const range: KeyRange = { lowerOpen: false, upperOpen: true };
  const raise = (key: Uint8Array, open: boolean) => {
    const c = range.lower === undefined ? 1 : compareBytes(key, range.lower);
    if (c > 0 || (c === 0 && open)) {
      range.lower = key;
      range.lowerOpen = open;
    }
  };
  const lower = (key: Uint8Array, open: boolean) => {
    const c = range.upper === undefined ? -1 : compareBytes(key, range.upper);
    if (c < 0 || (c === 0 && open)) {
      range.upper = key;
      range.upperOpen = open;
    }
  };
  if (options.prefix !== undefined) {
    assertBytes(options.prefix, undefined, 'prefix');
    raise(options.prefix, false);
    const up = prefixUpperBound(options.prefix);
    if (up !== undefined) lower(up, true);
  }
  if (options.gte !== undefined) raise(options.gte, false);
  if (options.gt !== undefined) raise(options.gt, true);
  if (options.lte !== undefined) lower(options.lte, false);
  if (options.lt !== undefined) lower(options.lt, true);
  return range;
}

/** True when `key` lies inside `range`. */
export function inKeyRange(key: Uint8Array, range: KeyRange): boolean {
  if (range.lower !== undefined) {
    const c = compareBytes(key, range.lower);
    if (c < 0 || (c === 0 && range.lowerOpen)) return false;
  }
  if (range.upper !== undefined) {
    const c = compareBytes(key, range.upper);
    if (c > 0 || (c === 0 && range.upperOpen)) return false;
  }
  return true;
}

/** Validates an iteration limit: undefined or a non-negative integer. */
export function checkLimit(limit: number | undefined): number {
  if (limit === undefined) return Number.POSITIVE_INFINITY;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError('limit must be a non-negative integer');
  return limit;
}

class MemoryStorage implements Storage {
  // Sorted by key; binary search keeps get/put O(log n) lookups (O(n) insertion moves).
  #keys: Uint8Array[] = [];
  #values: Uint8Array[] = [];
  #closed = false;

  #check(): void {
    if (this.#closed) throw new StorageError('storage is closed');
  }

  #find(key: Uint8Array): { index: number; found: boolean } {
    let lo = 0;
    let hi = this.#keys.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      const c = compareBytes(this.#keys[mid] as Uint8Array, key);
      if (c === 0) return { index: mid, found: true };
      if (c < 0) lo = mid + 1;
      else hi = mid;
    }
    return { index: lo, found: false };
  }

  #put(key: Uint8Array, value: Uint8Array): void {
    const { index, found } = this.#find(key);
    if (found) this.#values[index] = copyBytes(value);
    else {
      this.#keys.splice(index, 0, copyBytes(key));
      this.#values.splice(index, 0, copyBytes(value));
    }
  }

  #delete(key: Uint8Array): void {
    const { index, found } = this.#find(key);
    if (found) {
      this.#keys.splice(index, 1);
      this.#values.splice(index, 1);
    }
  }

  async get(key: Uint8Array): Promise<Uint8Array | undefined> {
    this.#check();
    assertBytes(key, undefined, 'key');
    const { index, found } = this.#find(key);
    return found ? copyBytes(this.#values[index] as Uint8Array) : undefined;
  }

  async put(key: Uint8Array, value: Uint8Array): Promise<void> {
    this.#check();
    assertBytes(key, undefined, 'key');
    assertBytes(value, undefined, 'value');
    this.#put(key, value);
  }

  async delete(key: Uint8Array): Promise<void> {
    this.#check();
    assertBytes(key, undefined, 'key');
    this.#delete(key);
  }

  async batch(ops: readonly BatchOp[]): Promise<void> {
    this.#check();
    assertBatchOps(ops);
    for (const op of ops) {
      if (op.type === 'put') this.#put(op.key, op.value);
      else this.#delete(op.key);
    }
  }

  async *iterate(options: IterateOptions = {}): AsyncIterable<[Uint8Array, Uint8Array]> {
    this.#check();
    const range = keyRangeOf(options);
    let remaining = checkLimit(options.limit);
    // Walk by key rather than by index so concurrent writes do not skip or repeat entries.
    let last: Uint8Array | undefined;
    while (remaining > 0) {
      throwIfAborted(options.signal);
      this.#check();
      let index: number;
      if (!options.reverse) {
        const from = last ?? range.lower;
        if (from === undefined) index = 0;
        else {
          const r = this.#find(from);
          index = r.found && (last !== undefined || range.lowerOpen) ? r.index + 1 : r.index;
        }
      } else {
        const from = last ?? range.upper;
        if (from === undefined) index = this.#keys.length - 1;
        else {
          const r = this.#find(from);
          index =
            r.found && (last !== undefined || range.upperOpen)
              ? r.index - 1
              : r.found
                ? r.index
                : r.index - 1;
        }
      }
      const key = this.#keys[index];
      if (key === undefined || !inKeyRange(key, range)) return;
      last = key;
      remaining--;
      yield [copyBytes(key), copyBytes(this.#values[index] as Uint8Array)];
    }
  }

  async close(): Promise<void> {
    this.#closed = true;
  }
}

/** A {@link Storage} held in memory: the default, lost when the process ends. */
export function memoryStorage(): Storage {
  return new MemoryStorage();
}

/**
 * A view of `storage` under a key prefix: keys given to and yielded by the view omit the prefix.
 * Closing the view does not close the underlying store.
 */
export function prefixedStorage(storage: Storage, prefix: Uint8Array): Storage {
  assertBytes(prefix, undefined, 'prefix');
  const p = copyBytes(prefix);
  const add = (key: Uint8Array) => {
    assertBytes(key, undefined, 'key');
    const out = new Uint8Array(p.length + key.length);
    out.set(p);
    out.set(key, p.length);
    return out;
  };
  let closed = false;
  const check = () => {
    if (closed) throw new StorageError('storage view is closed');
  };
  return {
    async get(key) {
      check();
      return storage.get(add(key));
    },
    async put(key, value) {
      check();
      return storage.put(add(key), value);
    },
    async delete(key) {
      check();
      return storage.delete(add(key));
    },
    async batch(ops) {
      check();
      return storage.batch(ops.map((op) => ({ ...op, key: add(op.key) })));
    },
    async *iterate(options = {}) {
      check();
      const inner: IterateOptions = { prefix: add(options.prefix ?? new Uint8Array(0)) };
      for (const k of ['gt', 'gte', 'lt', 'lte'] as const) {
        const v = options[k];
        if (v !== undefined) inner[k] = add(v);
      }
      if (options.reverse !== undefined) inner.reverse = options.reverse;
      if (options.limit !== undefined) inner.limit = options.limit;
      if (options.signal !== undefined) inner.signal = options.signal;
      for await (const [key, value] of storage.iterate(inner)) yield [key.slice(p.length), value];
    },
    async close() {
      closed = true;
    },
  };
}
