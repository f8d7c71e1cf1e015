import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareBytes, type Storage, toHex } from '@statuskit/utils';
import { storageComplianceSuite } from '@statuskit/utils/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteStorage } from '../src/index.js';

const here = dirname(fileURLToPath(import.meta.url));
const dir = mkdtempSync(join(tmpdir(), 'sk-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fresh = () => join(dir, `db-${n++}.sqlite`);
const paths = new WeakMap<Storage, string>();

// A small page size, so the suite's iteration cases cross page boundaries.
storageComplianceSuite('sqlite (file)', {
  async open() {
    const path = fresh();
    const s = sqliteStorage({ path, pageSize: 7 });
    paths.set(s, path);
    return s;
  },
  async reopen(store) {
    return sqliteStorage({ path: paths.get(store) as string });
  },
});

storageComplianceSuite('sqlite (:memory:)', {
  open: async () => sqliteStorage({ path: ':memory:', pageSize: 3 }),
});

const key3 = (i: number) => Uint8Array.of(9, i >> 8, i & 0xff);
const index3 = (k: Uint8Array) => ((k[1] as number) << 8) | (k[2] as number);

describe('sqliteStorage', () => {
  it('pages through 20,000 keys in both directions without skipping or repeating', async () => {
    const s = sqliteStorage({ path: fresh(), pageSize: 500 });
    await s.batch(
      Array.from({ length: 20_000 }, (_, i) => ({
        type: 'put' as const,
        key: key3(i),
        value: Uint8Array.of(i & 0xff),
      })),
    );
    await s.put(Uint8Array.of(8), Uint8Array.of(0));
    await s.put(Uint8Array.of(10), Uint8Array.of(0));
    let prev = -1;
    for await (const [k, v] of s.iterate({ prefix: Uint8Array.of(9) })) {
      expect(index3(k)).toBe(prev + 1);
      expect(v).toEqual(Uint8Array.of(index3(k) & 0xff));
      prev = index3(k);
    }
    expect(prev).toBe(19_999);
    const rev: number[] = [];
    for await (const [k] of s.iterate({ prefix: Uint8Array.of(9), reverse: true, limit: 1234 }))
      rev.push(index3(k));
    expect(rev).toEqual(Array.from({ length: 1234 }, (_, i) => 19_999 - i));
    // A limit that is a multiple of the page size ends exactly there.
    let count = 0;
    for await (const _ of s.iterate({ gte: key3(100), limit: 1000 })) count++;
    expect(count).toBe(1000);
    await s.close();
  });

  it('resumes after the last key read, even when the consumer scribbles over yielded keys', async () => {
    const s = sqliteStorage({ path: ':memory:', pageSize: 5 });
    await s.batch(
      Array.from({ length: 23 }, (_, i) => ({ type: 'put' as const, key: key3(i), value: Uint8Array.of(i) })),
    );
    for (const reverse of [false, true]) {
      const seen: number[] = [];
      for await (const [k, v] of s.iterate({ prefix: Uint8Array.of(9), reverse })) {
        seen.push(v[0] as number);
        // The key is the caller's to keep: writing into it must not move the next page's start.
        k.fill(reverse ? 0x00 : 0xff);
      }
      const all = Array.from({ length: 23 }, (_, i) => i);
      expect(seen).toEqual(reverse ? all.reverse() : all);
    }
    await s.close();
  });

  it('reads lazily: writes ahead of the cursor are seen, deletions ahead are not yielded', async () => {
    const s = sqliteStorage({ path: fresh(), pageSize: 64 });
    // Even indexes only; the loop adds odd ones ahead and deletes some even ones ahead.
    await s.batch(
      Array.from({ length: 1000 }, (_, i) => ({
        type: 'put' as const,
        key: key3(2 * i),
        value: Uint8Array.of(0),
      })),
    );
    const seen: number[] = [];
    for await (const [k] of s.iterate({ prefix: Uint8Array.of(9) })) {
      const i = index3(k);
      seen.push(i);
      if (i === 10) {
        await s.put(key3(1501), Uint8Array.of(1)); // ahead, in a later page
        await s.delete(key3(1600)); // ahead, in a later page
        await s.put(key3(3), Uint8Array.of(1)); // behind: not yielded
      }
    }
    expect(seen).toContain(1501);
    expect(seen).not.toContain(1600);
    expect(seen).not.toContain(3);
    expect(seen.length).toBe(1000);
    expect([...seen].sort((a, b) => a - b)).toEqual(seen);
    await s.close();
  });

  it('keeps every commit when the writing process is killed without closing (SIGKILL)', () => {
    const path = fresh();
    const child = spawnSync(
      process.execPath,
      [
        '--conditions=@statuskit/source',
        '--import',
        'tsx',
        join(here, 'fixtures', 'crash-writer.ts'),
        path,
        '300',
      ],
      { cwd: here, encoding: 'utf8', timeout: 15_000 },
    );
    expect(child.stderr).toBe('');
    expect(child.stdout).toBe('committed\n');
    expect(child.signal).toBe('SIGKILL');
    // The commits sit in the write-ahead log, not yet checkpointed into the main file.
    expect(existsSync(`${path}-wal`)).toBe(true);
    return (async () => {
      const s = sqliteStorage({ path });
      const keys: string[] = [];
      for await (const [k] of s.iterate({ prefix: Uint8Array.of(1) })) keys.push(toHex(k));
      expect(keys.length).toBe(299);
      expect(await s.get(Uint8Array.of(1, 0, 0))).toBeUndefined();
      expect(await s.get(Uint8Array.of(1, 1, 43))).toEqual(Uint8Array.of(43));
      expect(await s.get(Uint8Array.of(2))).toEqual(Uint8Array.of(2));
      await s.close();
    })();
  }, 20_000);

  it('shows committed data to another connection while the writer never closes', async () => {
    const path = fresh();
    const s = sqliteStorage({ path });
    await s.put(Uint8Array.of(1), Uint8Array.of(2));
    await s.batch([{ type: 'put', key: Uint8Array.of(3), value: Uint8Array.of(4) }]);
    const reader = sqliteStorage({ path, readonly: true });
    expect(await reader.get(Uint8Array.of(1))).toEqual(Uint8Array.of(2));
    expect(await reader.get(Uint8Array.of(3))).toEqual(Uint8Array.of(4));
    // A read-only connection cannot write; the SQLite error is kept as the cause.
    const err = await reader.put(Uint8Array.of(5), Uint8Array.of(5)).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'StorageError', cause: { code: 'SQLITE_READONLY' } });
    await reader.close();
    await s.close();
  });

  it('returns plain Uint8Arrays, never Buffers', async () => {
    const s = sqliteStorage({ path: ':memory:' });
    await s.put(Uint8Array.of(1), Uint8Array.of(2));
    const v = await s.get(Uint8Array.of(1));
    expect(Object.getPrototypeOf(v)).toBe(Uint8Array.prototype);
    let rows = 0;
    for await (const [k, val] of s.iterate()) {
      expect(Object.getPrototypeOf(k)).toBe(Uint8Array.prototype);
      expect(Object.getPrototypeOf(val)).toBe(Uint8Array.prototype);
      rows++;
    }
    expect(rows).toBe(1);
    await s.close();
  });

  it('binds subarray views by their own bytes, and accepts the empty key', async () => {
    const s = sqliteStorage({ path: ':memory:' });
    const backing = Uint8Array.of(0xaa, 1, 2, 3, 0xbb);
    await s.put(backing.subarray(1, 4), backing.subarray(2, 3));
    expect(await s.get(Uint8Array.of(1, 2, 3))).toEqual(Uint8Array.of(2));
    await s.put(new Uint8Array(0), Uint8Array.of(7));
    expect(await s.get(new Uint8Array(0))).toEqual(Uint8Array.of(7));
    const keys: Uint8Array[] = [];
    for await (const [k] of s.iterate()) keys.push(k);
    expect(keys.map(toHex)).toEqual(['', '010203']);
    expect(compareBytes(keys[1] as Uint8Array, Uint8Array.of(1, 2, 3))).toBe(0);
    await s.close();
  });

  it('stops iterating when the signal aborts, between items', async () => {
    const s = sqliteStorage({ path: ':memory:', pageSize: 100 });
    for (let i = 0; i < 10; i++) await s.put(Uint8Array.of(i), Uint8Array.of(i));
    const ac = new AbortController();
    const seen: number[] = [];
    const run = (async () => {
      for await (const [k] of s.iterate({ signal: ac.signal })) {
        seen.push(k[0] as number);
        if (k[0] === 2) ac.abort();
      }
    })();
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(seen).toEqual([0, 1, 2]);
    await s.close();
  });

  it('uses its own table, so several stores share one file', async () => {
    const path = fresh();
    const a = sqliteStorage({ path, table: 'alpha' });
    const b = sqliteStorage({ path, table: 'order' }); // an SQL keyword, quoted
    await a.put(Uint8Array.of(1), Uint8Array.of(1));
    await b.put(Uint8Array.of(1), Uint8Array.of(2));
    expect(await a.get(Uint8Array.of(1))).toEqual(Uint8Array.of(1));
    expect(await b.get(Uint8Array.of(1))).toEqual(Uint8Array.of(2));
    await a.close();
    await b.close();
  });

  it('rejects bad options by name and wraps SQLite failures in StorageError', () => {
    expect(() => sqliteStorage({ path: '' })).toThrow(/path/);
    expect(() => sqliteStorage(undefined as unknown as { path: string })).toThrow(TypeError);
    expect(() => sqliteStorage({ path: ':memory:', table: 'x; DROP' })).toThrow(/table/);
    expect(() => sqliteStorage({ path: ':memory:', pageSize: 0 })).toThrow(RangeError);
    expect(() => sqliteStorage({ path: ':memory:', busyTimeoutMs: -1 })).toThrow(RangeError);
    expect(() => sqliteStorage({ path: ':memory:', synchronous: 'off' as 'full' })).toThrow(TypeError);
    expect(() => sqliteStorage({ path: join(dir, 'no', 'such', 'dir', 'x.db') })).toThrow(
      expect.objectContaining({
        name: 'StorageError',
        cause: expect.objectContaining({ message: expect.stringMatching(/directory/) }),
      }),
    );
    // A directory is not a database: SQLite's own error is the cause.
    expect(() => sqliteStorage({ path: dir })).toThrow(
      expect.objectContaining({
        name: 'StorageError',
        cause: expect.objectContaining({ code: expect.stringMatching(/^SQLITE_/) }),
      }),
    );
    // A file that is not a database fails at setup, not on first use.
    const junk = fresh();
    writeFileSync(junk, new Uint8Array(4096).fill(0x5a));
    expect(() => sqliteStorage({ path: junk })).toThrow(
      expect.objectContaining({
        name: 'StorageError',
        cause: expect.objectContaining({ code: 'SQLITE_NOTADB' }),
      }),
    );
    // Read-only on a database without the table: setup fails, wrapped.
    const empty = fresh();
    sqliteStorage({ path: empty, table: 'other' }).close();
    expect(() => sqliteStorage({ path: empty, readonly: true })).toThrow(
      expect.objectContaining({ name: 'StorageError', message: 'sqlite: setup failed' }),
    );
  });

  it('with synchronous: full, still reads back what it wrote after reopening', async () => {
    const path = fresh();
    const s = sqliteStorage({ path, synchronous: 'full' });
    await s.put(Uint8Array.of(1), Uint8Array.of(1));
    await s.close();
    const again = sqliteStorage({ path });
    expect(await again.get(Uint8Array.of(1))).toEqual(Uint8Array.of(1));
    await again.close();
  });
});
