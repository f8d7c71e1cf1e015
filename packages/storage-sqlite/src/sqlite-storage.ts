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
  /** Database file path, or `:memory:`. */
  path: string;
  /** Table name (letters, digits, underscore). Default `kv`. */
  table?: string;
  /** Rows fetched per iteration page. Default 256. */
  pageSize?: number;
  /** Open read-only. */
  readonly?: boolean;
}

type Db = InstanceType<typeof Database>;
type Stmt = Database.Statement<unknown[]>;

/** Plain `Uint8Array` copy of what SQLite returns (a Node Buffer). */
function plain(b: Uint8Array): Uint8Array {
  return new Uint8Array(b);
}

function wrap<T>(what: string, fn: () => T): T {
  try {
    return fn();
  } catch (cause) {
    if (cause instanceof StorageError) throw cause;
    throw new StorageError(`sqlite: ${what} failed`, { cause });
  }
}

class SqliteStorage implements Storage {
  readonly #db: Db;
  readonly #pageSize: number;
  readonly #get: Stmt;
  readonly #put: Stmt;
  readonly #del: Stmt;
  readonly #batch: (ops: readonly BatchOp[]) => void;
  readonly #table: string;
  readonly #pages = new Map<string, Stmt>();
  #closed = false;

  constructor(options: SqliteStorageOptions) {
    const table = options.table ?? 'kv';
    if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(table)) throw new TypeError('table must be an identifier');
    this.#table = table;
    this.#pageSize = options.pageSize ?? 256;
    if (!Number.isInteger(this.#pageSize) || this.#pageSize < 1)
      throw new RangeError('pageSize must be a positive integer');
    this.#db = wrap('open', () => new Database(options.path, { readonly: options.readonly ?? false }));
    wrap('setup', () => {
      if (options.path !== ':memory:' && !options.readonly) this.#db.pragma('journal_mode = WAL');
      this.#db.pragma('synchronous = NORMAL');
      if (!options.readonly) {
        this.#db.exec(
          `CREATE TABLE IF NOT EXISTS ${table} (k BLOB PRIMARY KEY NOT NULL, v BLOB NOT NULL) WITHOUT ROWID`,
        );
      }
    });
    this.#get = this.#db.prepare<unknown[]>(`SELECT v FROM ${table} WHERE k = ?`);
    this.#put = this.#db.prepare<unknown[]>(`INSERT OR REPLACE INTO ${table} (k, v) VALUES (?, ?)`);
    this.#del = this.#db.prepare<unknown[]>(`DELETE FROM ${table} WHERE k = ?`);
    this.#batch = this.#db.transaction((ops: readonly BatchOp[]) => {
      for (const op of ops) {
        if (op.type === 'put') this.#put.run(op.key, op.value);
        else this.#del.run(op.key);
      }
    });
  }

  #check(): void {
    if (this.#closed) throw new StorageError('storage is closed');
  }

  async get(key: Uint8Array): Promise<Uint8Array | undefined> {
    this.#check();
    assertBytes(key, undefined, 'key');
    const row = wrap('get', () => this.#get.get(key) as { v: Uint8Array } | undefined);
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

  /** A cached page query for one combination of bounds and direction. */
  #pageStmt(lower: string, upper: string, reverse: boolean): Stmt {
    const id = `${lower}|${upper}|${reverse}`;
    let stmt = this.#pages.get(id);
    if (stmt === undefined) {
      const where = [lower && `k ${lower} ?`, upper && `k ${upper} ?`].filter(Boolean).join(' AND ');
      stmt = this.#db.prepare<unknown[]>(
        `SELECT k, v FROM ${this.#table}${where ? ` WHERE ${where}` : ''} ORDER BY k ${reverse ? 'DESC' : 'ASC'} LIMIT ?`,
      );
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
      const rows = wrap('iterate', () => stmt.all(...params) as Array<{ k: Uint8Array; v: Uint8Array }>);
      for (const row of rows) {
        remaining--;
        yield [plain(row.k), plain(row.v)];
      }
      if (rows.length < want) return;
      // Resume strictly after the last key yielded.
      const last = plain((rows[rows.length - 1] as { k: Uint8Array }).k);
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
 * Opens (creating if needed) a SQLite-backed {@link Storage}.
 * @throws StorageError when the database cannot be opened.
 * @example const store = sqliteStorage({ path: './statuskit.db' });
 */
export function sqliteStorage(options: SqliteStorageOptions): Storage {
  if (typeof options?.path !== 'string' || options.path.length === 0)
    throw new TypeError('path must be a non-empty string');
  return new SqliteStorage(options);
}
