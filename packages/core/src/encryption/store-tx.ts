/**
 * A write-buffering transaction over a `Storage`: reads see the transaction's own writes, and
 * nothing reaches the storage until `commit()` applies every write in one atomic `batch`. Every
 * secure-transport operation runs in one of these, so an operation that fails part way (a bad MAC,
 * an unknown session, an invalid bundle) leaves the store byte-identical.
 */
import {
  type BatchOp,
  compareBytes,
  copyBytes,
  type IterateOptions,
  inKeyRange,
  keyRangeOf,
  type Storage,
  toHex,
} from '@statuskit/utils';

interface Staged {
  key: Uint8Array;
  /** undefined = deleted. */
  value: Uint8Array | undefined;
}

/** Reads through to a storage; buffers writes until {@link StoreTx.commit}. */
export class StoreTx {
  readonly #storage: Storage;
  readonly #staged = new Map<string, Staged>();

  constructor(storage: Storage) {
    this.#storage = storage;
  }

  /** The value of `key` as this transaction sees it. */
  async get(key: Uint8Array): Promise<Uint8Array | undefined> {
    const staged = this.#staged.get(toHex(key));
    if (staged !== undefined) return staged.value === undefined ? undefined : copyBytes(staged.value);
    return this.#storage.get(key);
  }

  put(key: Uint8Array, value: Uint8Array): void {
    this.#staged.set(toHex(key), { key: copyBytes(key), value: copyBytes(value) });
  }

  delete(key: Uint8Array): void {
    this.#staged.set(toHex(key), { key: copyBytes(key), value: undefined });
  }

  /** True when the transaction has buffered writes. */
  get dirty(): boolean {
    return this.#staged.size > 0;
  }

  /**
   * Entries in key order (ascending only) within `options`, merging the storage with the buffered
   * writes.
   */
  async *iterate(
    options: Omit<IterateOptions, 'reverse' | 'signal'> = {},
  ): AsyncIterable<[Uint8Array, Uint8Array]> {
    const range = keyRangeOf(options);
    const staged = [...this.#staged.values()]
      .filter((s) => inKeyRange(s.key, range))
      .sort((a, b) => compareBytes(a.key, b.key));
    let remaining = options.limit ?? Number.POSITIVE_INFINITY;
    let i = 0;
    const inner: IterateOptions = {};
    for (const k of ['prefix', 'gt', 'gte', 'lt', 'lte'] as const) {
      const v = options[k];
      if (v !== undefined) inner[k] = v;
    }
    for await (const [key, value] of this.#storage.iterate(inner)) {
      while (i < staged.length && compareBytes((staged[i] as Staged).key, key) < 0) {
        const s = staged[i++] as Staged;
        if (s.value !== undefined) {
          if (remaining-- <= 0) return;
          yield [copyBytes(s.key), copyBytes(s.value)];
        }
      }
      if (i < staged.length && compareBytes((staged[i] as Staged).key, key) === 0) {
        const s = staged[i++] as Staged;
        if (s.value === undefined) continue;
        if (remaining-- <= 0) return;
        yield [copyBytes(s.key), copyBytes(s.value)];
        continue;
      }
      if (remaining-- <= 0) return;
      yield [key, value];
    }
    while (i < staged.length) {
      const s = staged[i++] as Staged;
      if (s.value === undefined) continue;
      if (remaining-- <= 0) return;
      yield [copyBytes(s.key), copyBytes(s.value)];
    }
  }

  /** Applies every buffered write atomically. */
  async commit(): Promise<void> {
    if (this.#staged.size === 0) return;
    const ops: BatchOp[] = [...this.#staged.values()].map((s) =>
      s.value === undefined ? { type: 'delete', key: s.key } : { type: 'put', key: s.key, value: s.value },
    );
    this.#staged.clear();
    await this.#storage.batch(ops);
  }
}
