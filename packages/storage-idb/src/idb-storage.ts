/**
 * `Storage` on IndexedDB, for pages, workers and MV3 extension service workers. Keys are stored as
 * `ArrayBuffer`s, which IndexedDB orders by unsigned bytes (binary keys compare like memcmp, shorter
 * first on a tie), matching the contract. Range and prefix reads go through `IDBKeyRange` and a
 * cursor on the object store (never a full scan) and read one page per transaction, resuming after
 * the last key seen, because IndexedDB commits a transaction as soon as the caller awaits anything
 * else between items.
 *
 * The connection gives way when another connection upgrades the database (adding its own store,
 * say) and reopens on the next call, so two stores in one database, or two tabs, never block each
 * other. A deleted database or a connection the browser closes is not resurrected: later calls
 * reject with `StorageError`.
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
  /** Object store name; several stores may share one database. Default `kv`. */
  storeName?: string;
  /** Entries read per iteration page (one read-only transaction each). Default 256. */
  pageSize?: number;
  /**
   * Durability hint of write transactions. `strict` waits for the data to reach the disk before a
   * write resolves (survives an OS crash or power loss); `relaxed` resolves once the browser has it
   * (survives a tab or browser crash); `default` leaves it to the browser. Default `default`.
   */
  durability?: IDBTransactionDurability;
  /** The IndexedDB factory; defaults to `globalThis.indexedDB`. */
  indexedDB?: IDBFactory;
}

type Entry = [Uint8Array, Uint8Array];

/** A fresh `ArrayBuffer` holding exactly the view's bytes: the form IndexedDB orders as binary. */
function toKey(bytes: Uint8Array): ArrayBuffer {
  const out = new ArrayBuffer(bytes.length);
  new Uint8Array(out).set(bytes);
  return out;
}

/**
 * Bytes of a key or value read back. IndexedDB hands every read a new structured clone, so an
 * `ArrayBuffer` is wrapped without copying; views (written by other code) are copied out.
 */
function fromIdb(value: unknown): Uint8Array {
  if (value instanceof ArrayBuffer) return new Uint8Array(value);
  if (ArrayBuffer.isView(value))
    return new Uint8Array(value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength));
  throw new StorageError('indexeddb: stored entry is not binary');
}

const wrap = <T>(what: string, fn: () => Promise<T>): Promise<T> => wrapStorageCall('indexeddb', what, fn);

/**
 * Opens `dbName` with `storeName` in it. A database that exists without the store is upgraded by
 * one version to add it (retrying if another connection upgrades at the same moment), unless
 * `create` is false, when the store's absence is an error.
 */
async function openDatabase(
  factory: IDBFactory,
  dbName: string,
  storeName: string,
  create: boolean,
): Promise<IDBDatabase> {
  let version: number | undefined;
  for (let attempt = 0; attempt < 8; attempt++) {
    const req = version === undefined ? factory.open(dbName) : factory.open(dbName, version);
    req.onupgradeneeded = () => {
      const db = req.result;
      if (create && !db.objectStoreNames.contains(storeName)) db.createObjectStore(storeName);
    };
    let db: IDBDatabase;
    try {
      db = await promisifyRequest(req);
    } catch (err) {
      // Another connection upgraded past `version` meanwhile: look at the current version again.
      if (version !== undefined && (err as { name?: unknown } | null)?.name === 'VersionError') {
        version = undefined;
        continue;
      }
      throw err;
    }
    if (db.objectStoreNames.contains(storeName)) return db;
    db.close();
    if (!create) throw new StorageError(`indexeddb: object store ${storeName} no longer exists`);
    version = db.version + 1;
  }
  throw new StorageError(`indexeddb: could not add object store ${storeName} (concurrent upgrades)`);
}

class IdbStorage implements Storage {
  readonly #factory: IDBFactory;
  readonly #dbName: string;
  readonly #storeName: string;
  readonly #pageSize: number;
  readonly #writeOptions: IDBTransactionOptions;
  #db: IDBDatabase | undefined;
  #reopening: Promise<IDBDatabase> | undefined;
  #closed = false;
  /** Why the store cannot be used any more, when the database went away under it. */
  #gone: string | undefined;

  constructor(
    factory: IDBFactory,
    db: IDBDatabase,
    dbName: string,
    storeName: string,
    pageSize: number,
    durability: IDBTransactionDurability,
  ) {
    this.#factory = factory;
    this.#dbName = dbName;
    this.#storeName = storeName;
    this.#pageSize = pageSize;
    this.#writeOptions = { durability };
    this.#adopt(db);
  }

  #adopt(db: IDBDatabase): void {
    // Another connection wants to upgrade or delete the database: step aside (transactions
    // already started still finish) and reopen on the next call, unless it is being deleted.
    db.onversionchange = (event) => {
      db.close();
      if (this.#db === db) this.#db = undefined;
      if (event.newVersion === null) this.#gone = 'the database was deleted';
    };
    // Fired only when the browser closes the connection itself (storage cleared, disk error).
    db.onclose = () => {
      if (this.#db === db) {
        this.#db = undefined;
        this.#gone = 'the browser closed the database';
      }
    };
    this.#db = db;
  }

  #check(): void {
    if (this.#closed) throw new StorageError('indexeddb: storage is closed');
    if (this.#gone !== undefined) throw new StorageError(`indexeddb: ${this.#gone}`);
  }

  #connection(): Promise<IDBDatabase> {
    if (this.#db !== undefined) return Promise.resolve(this.#db);
    this.#reopening ??= openDatabase(this.#factory, this.#dbName, this.#storeName, false)
      .then((db) => {
        if (this.#closed) {
          db.close();
          throw new StorageError('indexeddb: storage is closed');
        }
        this.#adopt(db);
        return db;
      })
      .finally(() => {
        this.#reopening = undefined;
      });
    return this.#reopening;
  }

  /** The object store in a new transaction. Requests must be issued before the next await. */
  async #store(mode: IDBTransactionMode): Promise<IDBObjectStore> {
    const db = await this.#connection();
    this.#check();
    const tx =
      mode === 'readwrite'
        ? db.transaction(this.#storeName, mode, this.#writeOptions)
        : db.transaction(this.#storeName, mode);
    return tx.objectStore(this.#storeName);
  }

  async get(key: Uint8Array): Promise<Uint8Array | undefined> {
    this.#check();
    assertBytes(key, undefined, 'key');
    return wrap('get', async () => {
      const store = await this.#store('readonly');
      const v = await promisifyRequest(store.get(toKey(key)));
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
      const store = await this.#store('readwrite');
      const tx = store.transaction;
      // One transaction: it commits every operation or, on any failure, none.
      const done = promisifyRequest(tx);
      try {
        for (const op of ops) {
          if (op.type === 'put') store.put(toKey(op.value), toKey(op.key));
          else store.delete(toKey(op.key));
        }
      } catch (err) {
        // A request refused synchronously: abort, or the ones already queued would commit.
        done.catch(() => {});
        tx.abort();
        throw err;
      }
      await done;
    });
  }

  async *iterate(options: IterateOptions = {}): AsyncIterable<Entry> {
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
        // IDBKeyRange.bound throws on an empty range; an empty range yields nothing.
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
              : null;
      const want = Math.min(this.#pageSize, remaining);
      const page = await wrap('iterate', () => this.#page(keyRange, reverse, want));
      // Resume strictly after the last key of the page, whatever was written meanwhile. Copied
      // before the page is handed out: the yielded keys are the caller's to modify.
      const last = page.length < want ? undefined : toKey((page[page.length - 1] as Entry)[0]);
      for (const entry of page) {
        throwIfAborted(options.signal);
        this.#check();
        remaining--;
        yield entry;
      }
      if (last === undefined) return;
      if (reverse) {
        upper = last;
        upperOpen = true;
      } else {
        lower = last;
        lowerOpen = true;
      }
    }
  }

  /**
   * Up to `count` entries of `range`, read by one cursor inside one read-only transaction. The page
   * is complete before the caller sees any of it, so the transaction never outlives this call.
   */
  async #page(range: IDBKeyRange | null, reverse: boolean, count: number): Promise<Entry[]> {
    const store = await this.#store('readonly');
    return new Promise((resolve, reject) => {
      const out: Entry[] = [];
      const req = store.openCursor(range, reverse ? 'prev' : 'next');
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
    this.#db?.close();
    this.#db = undefined;
  }
}

function checkOptions(options: IdbStorageOptions): void {
  if (typeof options !== 'object' || options === null) throw new TypeError('options must be an object');
  if (options.dbName !== undefined && typeof options.dbName !== 'string')
    throw new TypeError('dbName must be a string');
  if (options.storeName !== undefined && typeof options.storeName !== 'string')
    throw new TypeError('storeName must be a string');
  if (options.pageSize !== undefined && (!Number.isInteger(options.pageSize) || options.pageSize < 1))
    throw new RangeError('pageSize must be a positive integer');
  const d = options.durability;
  if (d !== undefined && d !== 'default' && d !== 'strict' && d !== 'relaxed')
    throw new TypeError("durability must be 'default', 'strict' or 'relaxed'");
}

/**
 * Opens (creating if needed) an IndexedDB-backed {@link Storage}. A database that exists without
 * the object store is upgraded to add it.
 * @throws TypeError / RangeError for bad options.
 * @throws StorageError when IndexedDB is unavailable (Node) or the database cannot be opened.
 * @example
 * ```ts
 * const store = await idbStorage({ dbName: 'my-app' });
 * await store.put(new Uint8Array([1]), new Uint8Array([2]));
 * await store.close();
 * ```
 */
export async function idbStorage(options: IdbStorageOptions = {}): Promise<Storage> {
  checkOptions(options);
  const factory = options.indexedDB ?? globalThis.indexedDB;
  if (factory === undefined) throw new StorageError('indexeddb: not available on this platform');
  const dbName = options.dbName ?? 'statuskit';
  const storeName = options.storeName ?? 'kv';
  const db = await wrap('open', () => openDatabase(factory, dbName, storeName, true));
  return new IdbStorage(
    factory,
    db,
    dbName,
    storeName,
    options.pageSize ?? 256,
    options.durability ?? 'default',
  );
}
