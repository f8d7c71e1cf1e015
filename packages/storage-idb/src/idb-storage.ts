/**
 * `Storage` on IndexedDB, for pages, workers and MV3 extension service workers. Keys are stored as
 * `ArrayBuffer`s, which IndexedDB orders by unsigned bytes, matching the contract. Range and prefix
 * reads go through `IDBKeyRange` on the object store (never a full scan) and fetch one page per
 * transaction, resuming after the last key seen, because IndexedDB commits a transaction as soon as
 * the caller awaits something else between items.
 */
import {
  assertBatchOps,
  assertBytes,
  type BatchOp,
  checkLimit,
  type IterateOptions,
  keyRangeOf,
  type Storage,
  StorageError,
  throwIfAborted,
  wrapStorageCall,
} from '@statuskit/utils';
import { promisifyRequest } from 'idb-keyval';

/** Options of {@link idbStorage}. */
export interface IdbStorageOptions {
  /** Database name. Default `statuskit`. */
  dbName?: string;
  /** Object store name. Default `kv`. */
  storeName?: string;
  /** Entries read per iteration page. Default 256. */
  pageSize?: number;
  /** The IndexedDB factory; defaults to `globalThis.indexedDB`. */
  indexedDB?: IDBFactory;
}

function toKey(bytes: Uint8Array): ArrayBuffer {
  const out = new ArrayBuffer(bytes.length);
  new Uint8Array(out).set(bytes);
  return out;
}

function fromIdb(value: unknown): Uint8Array {
  if (value instanceof ArrayBuffer) return new Uint8Array(value.slice(0));
  if (ArrayBuffer.isView(value))
    return new Uint8Array(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength));
  throw new StorageError('indexeddb: stored value is not binary');
}

const wrap = <T>(what: string, fn: () => Promise<T>): Promise<T> => wrapStorageCall('indexeddb', what, fn);

class IdbStorage implements Storage {
  readonly #db: IDBDatabase;
  readonly #store: string;
  readonly #pageSize: number;
  readonly #factory: IDBFactory;
  #closed = false;

  constructor(factory: IDBFactory, db: IDBDatabase, store: string, pageSize: number) {
    this.#factory = factory;
    this.#db = db;
    this.#store = store;
    this.#pageSize = pageSize;
  }

  #check(): void {
    if (this.#closed) throw new StorageError('storage is closed');
  }

  #tx(mode: IDBTransactionMode): IDBObjectStore {
    return this.#db.transaction(this.#store, mode).objectStore(this.#store);
  }

  async get(key: Uint8Array): Promise<Uint8Array | undefined> {
    this.#check();
    assertBytes(key, undefined, 'key');
    return wrap('get', async () => {
      const v = await promisifyRequest(this.#tx('readonly').get(toKey(key)));
      return v === undefined ? undefined : fromIdb(v);
    });
  }

  async put(key: Uint8Array, value: Uint8Array): Promise<void> {
    this.#check();
    assertBytes(key, undefined, 'key');
    assertBytes(value, undefined, 'value');
    await this.batch([{ type: 'put', key, value }]);
  }

  async delete(key: Uint8Array): Promise<void> {
    this.#check();
    assertBytes(key, undefined, 'key');
    await this.batch([{ type: 'delete', key }]);
  }

  async batch(ops: readonly BatchOp[]): Promise<void> {
    this.#check();
    assertBatchOps(ops);
    await wrap('batch', async () => {
      const store = this.#tx('readwrite');
      for (const op of ops) {
        if (op.type === 'put') store.put(toKey(op.value), toKey(op.key));
        else store.delete(toKey(op.key));
      }
      // One transaction: it commits all operations or, on any failure, none.
      await promisifyRequest(store.transaction);
    });
  }

  async *iterate(options: IterateOptions = {}): AsyncIterable<[Uint8Array, Uint8Array]> {
    this.#check();
    const range = keyRangeOf(options);
    let remaining = checkLimit(options.limit);
    const reverse = options.reverse ?? false;
    let lower = range.lower === undefined ? undefined : toKey(range.lower);
    let lowerOpen = range.lowerOpen;
    let upper = range.upper === undefined ? undefined : toKey(range.upper);
    let upperOpen = range.upperOpen;
    while (remaining > 0) {
      throwIfAborted(options.signal);
      this.#check();
      if (lower !== undefined && upper !== undefined) {
        const c = this.#factory.cmp(lower, upper);
        if (c > 0 || (c === 0 && (lowerOpen || upperOpen))) return;
      }
      const keyRange =
        lower !== undefined && upper !== undefined
          ? IDBKeyRange.bound(lower, upper, lowerOpen, upperOpen)
          : lower !== undefined
            ? IDBKeyRange.lowerBound(lower, lowerOpen)
            : upper !== undefined
              ? IDBKeyRange.upperBound(upper, upperOpen)
              : undefined;
      const want = Math.min(this.#pageSize, remaining);
      const page = await wrap('iterate', () => this.#page(keyRange, reverse, want));
      for (const entry of page) {
        remaining--;
        yield entry;
      }
      if (page.length < want) return;
      const last = toKey((page[page.length - 1] as [Uint8Array, Uint8Array])[0]);
      if (reverse) {
        upper = last;
        upperOpen = true;
      } else {
        lower = last;
        lowerOpen = true;
      }
    }
  }

  /** One page of entries, read by a cursor inside a single read-only transaction. */
  #page(
    range: IDBKeyRange | undefined,
    reverse: boolean,
    count: number,
  ): Promise<Array<[Uint8Array, Uint8Array]>> {
    return new Promise((resolve, reject) => {
      const out: Array<[Uint8Array, Uint8Array]> = [];
      const req = this.#tx('readonly').openCursor(range, reverse ? 'prev' : 'next');
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const cursor = req.result;
        if (cursor === null) return resolve(out);
        try {
          out.push([fromIdb(cursor.key), fromIdb(cursor.value)]);
        } catch (err) {
          return reject(err);
        }
        if (out.length >= count) return resolve(out);
        cursor.continue();
      };
    });
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#db.close();
  }
}

/**
 * Opens (creating if needed) an IndexedDB-backed {@link Storage}.
 * @throws StorageError when IndexedDB is unavailable or the database cannot be opened.
 * @example const store = await idbStorage({ dbName: 'my-app' });
 */
export async function idbStorage(options: IdbStorageOptions = {}): Promise<Storage> {
  const factory = options.indexedDB ?? globalThis.indexedDB;
  if (factory === undefined) throw new StorageError('indexeddb: not available on this platform');
  const dbName = options.dbName ?? 'statuskit';
  const storeName = options.storeName ?? 'kv';
  const pageSize = options.pageSize ?? 256;
  if (!Number.isInteger(pageSize) || pageSize < 1)
    throw new RangeError('pageSize must be a positive integer');
  const db = await wrap('open', async () => {
    const req = factory.open(dbName);
    req.onupgradeneeded = () => {
      if (!req.result.objectStoreNames.contains(storeName)) req.result.createObjectStore(storeName);
    };
    const opened = await promisifyRequest(req);
    if (opened.objectStoreNames.contains(storeName)) return opened;
    // The database exists without our store: bump the version to add it.
    const version = opened.version + 1;
    opened.close();
    const up = factory.open(dbName, version);
    up.onupgradeneeded = () => up.result.createObjectStore(storeName);
    return promisifyRequest(up);
  });
  return new IdbStorage(factory, db, storeName, pageSize);
}
