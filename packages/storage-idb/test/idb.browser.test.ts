import type { Storage } from '@statuskit/utils';
import { storageComplianceSuite } from '@statuskit/utils/testing';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { idbStorage } from '../src/index.js';

let n = 0;
const names = new WeakMap<Storage, string>();
const unique = () => `sk-test-${Date.now()}-${n++}`;

// A small page size, so the suite's iteration cases cross page (and transaction) boundaries.
storageComplianceSuite('IndexedDB (Chromium)', {
  async open() {
    const dbName = unique();
    const s = await idbStorage({ dbName, pageSize: 7 });
    names.set(s, dbName);
    return s;
  },
  async reopen(store) {
    return idbStorage({ dbName: names.get(store) as string });
  },
});

const key3 = (i: number) => Uint8Array.of(7, i >> 8, i & 0xff);
const index3 = (k: Uint8Array) => ((k[1] as number) << 8) | (k[2] as number);
const tick = () => new Promise((r) => setTimeout(r, 1));

describe('idbStorage in Chromium', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('runs in a real browser', () => {
    expect(navigator.userAgent).toMatch(/Chrome/);
    expect(typeof indexedDB.open).toBe('function');
  });

  it('pages through 3,000 keys while the consumer awaits between items', async () => {
    const s = await idbStorage({ dbName: unique(), pageSize: 100 });
    await s.batch(
      Array.from({ length: 3000 }, (_, i) => ({
        type: 'put' as const,
        key: key3(i),
        value: Uint8Array.of(i & 0xff),
      })),
    );
    await s.put(Uint8Array.of(6), Uint8Array.of(0));
    await s.put(Uint8Array.of(8), Uint8Array.of(0));
    let prev = -1;
    for await (const [k, v] of s.iterate({ prefix: Uint8Array.of(7) })) {
      const i = index3(k);
      expect(i).toBe(prev + 1);
      expect(v).toEqual(Uint8Array.of(i & 0xff));
      prev = i;
      // A macrotask between items: any transaction held across it would have committed.
      if (i % 250 === 0) await tick();
    }
    expect(prev).toBe(2999);
    const rev: number[] = [];
    for await (const [k] of s.iterate({ prefix: Uint8Array.of(7), reverse: true, limit: 250 })) {
      rev.push(index3(k));
      if (rev.length % 50 === 0) await tick();
    }
    expect(rev).toEqual(Array.from({ length: 250 }, (_, i) => 2999 - i));
    await s.close();
  });

  it('reads a range through a key range and a cursor, never a full scan', async () => {
    const s = await idbStorage({ dbName: unique(), pageSize: 4 });
    await s.batch(
      Array.from({ length: 2000 }, (_, i) => ({
        type: 'put' as const,
        key: key3(i),
        value: Uint8Array.of(1),
      })),
    );
    const openCursor = vi.spyOn(IDBObjectStore.prototype, 'openCursor');
    const advance = vi.spyOn(IDBCursor.prototype, 'continue');
    const getAll = vi.spyOn(IDBObjectStore.prototype, 'getAll');
    const seen: number[] = [];
    for await (const [k] of s.iterate({ gte: key3(1000), lt: key3(1010), reverse: true }))
      seen.push(index3(k));
    expect(seen).toEqual([1009, 1008, 1007, 1006, 1005, 1004, 1003, 1002, 1001, 1000]);
    // Three pages (4 + 4 + 2), each a bounded cursor; the cursor stepped once per entry, not 2,000 times.
    expect(openCursor).toHaveBeenCalledTimes(3);
    for (const [range, direction] of openCursor.mock.calls) {
      expect(range).toBeInstanceOf(IDBKeyRange);
      expect(direction).toBe('prev');
    }
    const first = openCursor.mock.calls[0]?.[0] as IDBKeyRange;
    expect(new Uint8Array(first.lower as ArrayBuffer)).toEqual(key3(1000));
    expect(new Uint8Array(first.upper as ArrayBuffer)).toEqual(key3(1010));
    expect(first.upperOpen).toBe(true);
    expect(advance.mock.calls.length).toBeLessThanOrEqual(10);
    expect(getAll).not.toHaveBeenCalled();
    await s.close();
  });

  it('resumes after the last key read, even when the consumer scribbles over yielded keys', async () => {
    const s = await idbStorage({ dbName: unique(), pageSize: 5 });
    await s.batch(
      Array.from({ length: 23 }, (_, i) => ({ type: 'put' as const, key: key3(i), value: Uint8Array.of(i) })),
    );
    for (const reverse of [false, true]) {
      const seen: number[] = [];
      for await (const [k, v] of s.iterate({ prefix: Uint8Array.of(7), reverse })) {
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
    const s = await idbStorage({ dbName: unique(), pageSize: 32 });
    await s.batch(
      Array.from({ length: 300 }, (_, i) => ({
        type: 'put' as const,
        key: key3(2 * i),
        value: Uint8Array.of(0),
      })),
    );
    const seen: number[] = [];
    for await (const [k] of s.iterate({ prefix: Uint8Array.of(7) })) {
      const i = index3(k);
      seen.push(i);
      if (i === 10) {
        await s.put(key3(401), Uint8Array.of(1));
        await s.delete(key3(500));
        await s.put(key3(3), Uint8Array.of(1));
      }
    }
    expect(seen).toContain(401);
    expect(seen).not.toContain(500);
    expect(seen).not.toContain(3);
    expect(seen.length).toBe(300);
    await s.close();
  });

  it('adds its object store to an existing database that lacks it', async () => {
    const dbName = unique();
    const a = await idbStorage({ dbName, storeName: 'one' });
    await a.put(Uint8Array.of(1), Uint8Array.of(1));
    await a.close();
    const b = await idbStorage({ dbName, storeName: 'two' });
    await b.put(Uint8Array.of(2), Uint8Array.of(2));
    expect(await b.get(Uint8Array.of(1))).toBeUndefined();
    await b.close();
    const again = await idbStorage({ dbName, storeName: 'one' });
    expect(await again.get(Uint8Array.of(1))).toEqual(Uint8Array.of(1));
    expect(await again.get(Uint8Array.of(2))).toBeUndefined();
    await again.close();
  });

  it('keeps working when another connection upgrades the database it has open', async () => {
    const dbName = unique();
    const a = await idbStorage({ dbName, storeName: 'one' });
    await a.put(Uint8Array.of(1), Uint8Array.of(1));
    // `a` stays open: without stepping aside on versionchange this open would be blocked forever.
    const b = await idbStorage({ dbName, storeName: 'two' });
    const c = await idbStorage({ dbName, storeName: 'three' });
    await b.put(Uint8Array.of(2), Uint8Array.of(2));
    await c.put(Uint8Array.of(3), Uint8Array.of(3));
    // `a` and `b` reopen transparently on their next call.
    expect(await a.get(Uint8Array.of(1))).toEqual(Uint8Array.of(1));
    await a.put(Uint8Array.of(4), Uint8Array.of(4));
    expect(await b.get(Uint8Array.of(2))).toEqual(Uint8Array.of(2));
    const keys: number[] = [];
    for await (const [k] of a.iterate()) keys.push(k[0] as number);
    expect(keys).toEqual([1, 4]);
    for (const s of [a, b, c]) await s.close();
  });

  it('opens several stores of one new database at the same time', async () => {
    const dbName = unique();
    const stores = await Promise.all(
      ['p', 'q', 'r', 's'].map((storeName) => idbStorage({ dbName, storeName })),
    );
    await Promise.all(stores.map((s, i) => s.put(Uint8Array.of(0), Uint8Array.of(i))));
    for (const [i, s] of stores.entries()) expect(await s.get(Uint8Array.of(0))).toEqual(Uint8Array.of(i));
    for (const s of stores) await s.close();
  });

  it('rejects with StorageError once its database is deleted, and does not recreate it', async () => {
    const dbName = unique();
    const s = await idbStorage({ dbName });
    await s.put(Uint8Array.of(1), Uint8Array.of(1));
    await new Promise<void>((resolve, reject) => {
      const req = indexedDB.deleteDatabase(dbName);
      req.onsuccess = () => resolve();
      req.onerror = () => reject(req.error);
    });
    await expect(s.get(Uint8Array.of(1))).rejects.toMatchObject({
      name: 'StorageError',
      message: expect.stringMatching(/deleted/),
    });
    await expect(s.put(Uint8Array.of(1), Uint8Array.of(1))).rejects.toMatchObject({ name: 'StorageError' });
    const dbs = await indexedDB.databases();
    expect(dbs.map((d) => d.name)).not.toContain(dbName);
    await s.close();
  });

  it('applies nothing of a batch whose request is refused midway', async () => {
    const s = await idbStorage({ dbName: unique() });
    await s.put(Uint8Array.of(1), Uint8Array.of(1));
    const realPut = IDBObjectStore.prototype.put;
    let calls = 0;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, ...args) {
      if (++calls === 2) throw new DOMException('refused', 'DataError');
      return realPut.apply(this, args);
    });
    const err = await s
      .batch([
        { type: 'put', key: Uint8Array.of(2), value: Uint8Array.of(2) },
        { type: 'put', key: Uint8Array.of(3), value: Uint8Array.of(3) },
        { type: 'delete', key: Uint8Array.of(1) },
      ])
      .catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'StorageError', cause: { name: 'DataError' } });
    vi.restoreAllMocks();
    expect(await s.get(Uint8Array.of(2))).toBeUndefined();
    expect(await s.get(Uint8Array.of(1))).toEqual(Uint8Array.of(1));
    await s.close();
  });

  it('writes with a strict durability hint when asked', async () => {
    const s = await idbStorage({ dbName: unique(), durability: 'strict' });
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await s.put(Uint8Array.of(1), Uint8Array.of(1));
    expect(transaction).toHaveBeenCalledWith('kv', 'readwrite', { durability: 'strict' });
    expect(await s.get(Uint8Array.of(1))).toEqual(Uint8Array.of(1));
    await s.close();
  });

  it('wraps IndexedDB failures in StorageError with the cause', async () => {
    const dbName = unique();
    const a = await idbStorage({ dbName });
    await a.close();
    // Opening at a lower version than the database has fails inside IndexedDB.
    const bump = indexedDB.open(dbName, 5);
    await new Promise((r) => {
      bump.onsuccess = r;
    });
    bump.result.close();
    const failing: IDBFactory = {
      open: (name: string) => indexedDB.open(name, 1),
      cmp: (x: unknown, y: unknown) => indexedDB.cmp(x, y),
      deleteDatabase: (name: string) => indexedDB.deleteDatabase(name),
      databases: () => indexedDB.databases(),
    };
    const err = await idbStorage({ dbName, indexedDB: failing }).catch((e: unknown) => e);
    expect(err).toMatchObject({ name: 'StorageError', cause: { name: 'VersionError' } });
  });
});
