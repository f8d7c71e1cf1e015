/**
 * `Storage` on SQLite through better-sqlite3 (Node only). Keys are BLOB primary keys of a
 * WITHOUT ROWID table: SQLite orders BLOBs with memcmp, which is exactly the unsigned byte order the
 * contract requires, so every range and prefix scan is an index range scan. Iteration reads in
 * pages and resumes after the last key it yielded, so it never holds the whole range and stays
 * correct while the caller writes between items.
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
} from '@statuskit/utils';
import Database from 'better-sqlite3';

/** Options of {@link sqliteStorage}. */
export interface SqliteStorageOptions {
  /** Database file path, or `:memory:`. The directory must exist. */
  path: string;
  /** Table name (letters, digits, underscore, not starting with a digit). Default `kv`. */
  table?: string;
  /** Rows fetched per iteration page. Default 256. */
  pageSize?: number;
  /** Open an existing database read-only (writes reject with `StorageError`). Default false. */
  readonly?: boolean;
  /**
   * SQLite `synchronous` level. `normal` (default) keeps every committed write across a crash of
   * the process; `full` also across a power loss or OS crash, at the cost of an fsync per commit.
   */
  synchronous?: 'normal' | 'full';
  /** How long a write waits for another connection's lock before failing. Default 5000. */
  busyTimeoutMs?: number;
}

type Db = InstanceType<typeof Database>;
type Stmt = Database.Statement<unknown[]>;
type Row = { k: Uint8Array; v: Uint8Array };

/** A plain `Uint8Array` copy of what SQLite returns (a Node `Buffer`): no Buffer leaves the adapter. */
function plain(b: Uint8Array): Uint8Array {
  return new Uint8Array(b);
}

/** Runs a synchronous SQLite call, wrapping what it throws in a `StorageError` with `cause`. */
function wrap<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (cause) {
    if (cause instanceof StorageError) throw cause;
    throw new StorageError(`sqlite: ${what} failed`, { cause });
  }
}

function checkOptions(options: SqliteStorageOptions): void {
  if (typeof options !== 'object' || options === null) throw new TypeError('options must be an object');
  if (typeof options.path !== 'string' || options.path.length === 0)
    throw new TypeError('path must be a non-empty string');
  if (options.table !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(options.table))
    throw new TypeError('table must be an identifier (letters, digits, underscore)');
  if (options.pageSize !== undefined && (!Number.isInteger(options.pageSize) || options.pageSize < 1))
    throw new RangeError('pageSize must be a positive integer');
  if (options.synchronous !== undefined && options.synchronous !== 'normal' && options.synchronous !== 'full')
    throw new TypeError("synchronous must be 'normal' or 'full'");
  if (
    options.busyTimeoutMs !== undefined &&
    (!Number.isInteger(options.busyTimeoutMs) || options.busyTimeoutMs < 0)
  )
    throw new RangeError('busyTimeoutMs must be a non-negative integer');
}

class SqliteStorage implements Storage {
  readonly #db: Db;
  readonly #table: string;
  readonly #pageSize: number;
  readonly #get: Stmt;
  readonly #put: Stmt;
  readonly #del: Stmt;
  readonly #batch: (ops: readonly BatchOp[]) => void;
  /** Page queries by bound operators and direction (at most 3 × 3 × 2 of them). */
  readonly #pages = new Map<string, Stmt>();
  #closed = false;

  constructor(options: SqliteStorageOptions) {
    const readonly = options.readonly ?? false;
    this.#pageSize = options.pageSize ?? 256;
    // Quoted as well as validated, so names such as `order` or `group` work.
    this.#table = `"${options.table ?? 'kv'}"`;
    this.#db = wrap(
      'open',
      () =>
        new Database(options.path, {
          readonly,
          fileMustExist: readonly,
          timeout: options.busyTimeoutMs ?? 5000,
        }),
    );
    try {
      const table = this.#table;
      if (!readonly) {
        // WAL: readers never block the writer and a commit is one append; `:memory:` has no file.
        if (options.path !== ':memory:') this.#db.pragma('journal_mode = WAL');
        this.#db.exec(
          `CREATE TABLE IF NOT EXISTS ${table} (k BLOB PRIMARY KEY NOT NULL, v BLOB NOT NULL) WITHOUT ROWID`,
        );
      }
      this.#db.pragma(`synchronous = ${options.synchronous === 'full' ? 'FULL' : 'NORMAL'}`);
      this.#get = this.#db.prepare<unknown[]>(`SELECT v FROM ${table} WHERE k = ?`);
      this.#put = this.#db.prepare<unknown[]>(`INSERT OR REPLACE INTO ${table} (k, v) VALUES (?, ?)`);
      this.#del = this.#db.prepare<unknown[]>(`DELETE FROM ${table} WHERE k = ?`);
    } catch (cause) {
      this.#db.close();
      throw new StorageError('sqlite: setup failed', { cause });
    }
    // better-sqlite3 runs the function in BEGIN … COMMIT and rolls back if it throws.
    this.#batch = this.#db.transaction((ops: readonly BatchOp[]) => {
      for (const op of ops) {
        if (op.type === 'put') this.#put.run(op.key, op.value);
        else this.#del.run(op.key);
      }
    });
  }

  #check(): void {
    if (this.#closed) throw new StorageError('sqlite: storage is closed');
  }

  async get(key: Uint8Array): Promise<Uint8Array | undefined> {
    this.#check();
    assertBytes(key, undefined, 'key');
    const row = wrap('get', () => this.#get.get(key) as Pick<Row, 'v'> | undefined);
    return row === undefined ? undefined : plain(row.v);
  }

  async put(key: Uint8Array, value: Uint8Array): Promise<void> {
    this.#check();
    assertBytes(key, undefined, 'key');
    assertBytes(value, undefined, 'value');
    wrap('put', () => this.#put.run(key, value));
  }

  async delete(key: Uint8Array): Promise<void> {
    this.#check();
    assertBytes(key, undefined, 'key');
    wrap('delete', () => this.#del.run(key));
  }

  async batch(ops: readonly BatchOp[]): Promise<void> {
    this.#check();
    assertBatchOps(ops);
    wrap('batch', () => this.#batch(ops));
  }

  /** The cached page query for one combination of bound operators and direction. */
  #pageStmt(lowerOp: string, upperOp: string, reverse: boolean): Stmt {
    const id = `${lowerOp}|${upperOp}|${reverse}`;
    let stmt = this.#pages.get(id);
    if (stmt === undefined) {
      const where = [lowerOp && `k ${lowerOp} ?`, upperOp && `k ${upperOp} ?`].filter(Boolean).join(' AND ');
      const sql = `SELECT k, v FROM ${this.#table}${where ? ` WHERE ${where}` : ''} ORDER BY k ${reverse ? 'DESC' : 'ASC'} LIMIT ?`;
      stmt = wrap('iterate', () => this.#db.prepare<unknown[]>(sql));
      this.#pages.set(id, stmt);
    }
    return stmt;
  }

  async *iterate(options: IterateOptions = {}): AsyncIterable<[Uint8Array, Uint8Array]> {
    this.#check();
    const range = keyRangeOf(options);
    let remaining = checkLimit(options.limit);
    const reverse = options.reverse ?? false;
    let lower = range.lower;
    let lowerOp = range.lower === undefined ? '' : range.lowerOpen ? '>' : '>=';
    let upper = range.upper;
    let upperOp = range.upper === undefined ? '' : range.upperOpen ? '<' : '<=';
    while (remaining > 0) {
      throwIfAborted(options.signal);
      this.#check();
      const stmt = this.#pageStmt(lowerOp, upperOp, reverse);
      const params: unknown[] = [];
      if (lowerOp) params.push(lower);
      if (upperOp) params.push(upper);
      const want = Math.min(this.#pageSize, remaining);
      params.push(want);
      // `all`, not `iterate`: an open statement iterator would keep the connection busy and make
      // the caller's writes between items fail. Each page is a fresh, bounded read.
      const rows = wrap('iterate', () => stmt.all(...params) as Row[]);
      for (const row of rows) {
        throwIfAborted(options.signal);
        this.#check();
        remaining--;
        yield [plain(row.k), plain(row.v)];
      }
      if (rows.length < want) return;
      // Resume strictly after the last key of the page, whatever was written meanwhile.
      const last = (rows[rows.length - 1] as Row).k;
      if (reverse) {
        upper = last;
        upperOp = '<';
      } else {
        lower = last;
        lowerOp = '>';
      }
    }
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    wrap('close', () => this.#db.close());
  }
}

/**
 * Opens (creating if needed) a SQLite-backed {@link Storage}: one WITHOUT ROWID table in WAL mode.
 * @throws TypeError / RangeError for bad options.
 * @throws StorageError when the database cannot be opened or set up (cause: the SQLite error).
 * @example
 * ```ts
 * const store = sqliteStorage({ path: './statuskit.db' });
 * await store.put(new Uint8Array([1]), new Uint8Array([2]));
 * await store.close();
 * ```
 */
export function sqliteStorage(options: SqliteStorageOptions): Storage {
  checkOptions(options);
  return new SqliteStorage(options);
}
