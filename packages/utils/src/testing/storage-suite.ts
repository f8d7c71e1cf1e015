import { describe, expect, it } from 'vitest';
import { compareBytes, toHex, utf8ToBytes } from '../bytes.js';
import type { IterateOptions, Storage } from '../storage.js';

/** How the suite obtains stores of the implementation under test. */
export interface StorageFactory {
  /** A new, empty store. */
  open(): Promise<Storage>;
  /**
   * Reopens the store `store` was (after it has been closed), for implementations that persist.
   * Omit for stores that do not claim persistence.
   */
  reopen?(store: Storage): Promise<Storage>;
}

const k = (s: string) => utf8ToBytes(s);

async function collect(store: Storage, options?: IterateOptions): Promise<string[]> {
  const out: string[] = [];
  for await (const [key] of store.iterate(options)) out.push(toHex(key));
  return out;
}

function hexes(...keys: Uint8Array[]): string[] {
  return keys.map(toHex);
}

/**
 * The `Storage` contract as a vitest suite. Every implementation runs it (memory, SQLite in Node,
 * IndexedDB in Chromium).
 */
export function storageComplianceSuite(name: string, factory: StorageFactory): void {
  describe(`Storage compliance: ${name}`, () => {
    it('puts, gets, overwrites and deletes', async () => {
      const s = await factory.open();
      expect(await s.get(k('a'))).toBeUndefined();
      await s.put(k('a'), Uint8Array.of(1));
      expect(await s.get(k('a'))).toEqual(Uint8Array.of(1));
      await s.put(k('a'), Uint8Array.of(2, 3));
      expect(await s.get(k('a'))).toEqual(Uint8Array.of(2, 3));
      await s.delete(k('a'));
      expect(await s.get(k('a'))).toBeUndefined();
      await s.delete(k('missing'));
      await s.close();
    });

    it('stores empty values and distinguishes them from absence', async () => {
      const s = await factory.open();
      await s.put(k('e'), new Uint8Array(0));
      const v = await s.get(k('e'));
      expect(v).toBeInstanceOf(Uint8Array);
      expect(v?.length).toBe(0);
      await s.close();
    });

    it('orders binary keys by unsigned bytes, including 0x00 and 0xff', async () => {
      const s = await factory.open();
      const keys = [
        Uint8Array.of(0xff),
        Uint8Array.of(0x00),
        Uint8Array.of(0x00, 0x00),
        Uint8Array.of(0x7f, 0xff),
        Uint8Array.of(0x80),
        Uint8Array.of(0x01, 0x00, 0xff),
        Uint8Array.of(0xff, 0xff, 0x00),
      ];
      for (const key of keys) await s.put(key, key);
      const sorted = [...keys].sort(compareBytes);
      expect(await collect(s)).toEqual(hexes(...sorted));
      expect(await collect(s, { reverse: true })).toEqual(hexes(...sorted).reverse());
      for (const key of keys) expect(await s.get(key)).toEqual(key);
      await s.close();
    });

    it('keeps large values intact (1 MiB)', async () => {
      const s = await factory.open();
      const big = new Uint8Array(1024 * 1024);
      for (let i = 0; i < big.length; i++) big[i] = (i * 31 + 7) & 0xff;
      await s.put(k('big'), big);
      const back = await s.get(k('big'));
      expect(back?.length).toBe(big.length);
      expect(back && compareBytes(back, big)).toBe(0);
      await s.close();
    });

    it('does not alias the caller’s buffers in either direction', async () => {
      const s = await factory.open();
      const key = k('alias');
      const value = Uint8Array.of(1, 2, 3);
      await s.put(key, value);
      value[0] = 9;
      key[0] = 0x41;
      const got = await s.get(k('alias'));
      expect(got).toEqual(Uint8Array.of(1, 2, 3));
      if (got) got[1] = 9;
      expect(await s.get(k('alias'))).toEqual(Uint8Array.of(1, 2, 3));
      for await (const [ik, iv] of s.iterate()) {
        ik[0] = 0;
        iv[0] = 0;
      }
      expect(await s.get(k('alias'))).toEqual(Uint8Array.of(1, 2, 3));
      await s.close();
    });

    it('applies a batch atomically and in order', async () => {
      const s = await factory.open();
      await s.put(k('x'), Uint8Array.of(1));
      await s.batch([
        { type: 'put', key: k('y'), value: Uint8Array.of(2) },
        { type: 'delete', key: k('x') },
        { type: 'put', key: k('z'), value: Uint8Array.of(3) },
        { type: 'put', key: k('z'), value: Uint8Array.of(4) },
      ]);
      expect(await s.get(k('x'))).toBeUndefined();
      expect(await s.get(k('y'))).toEqual(Uint8Array.of(2));
      expect(await s.get(k('z'))).toEqual(Uint8Array.of(4));
      // A batch with an invalid operation applies nothing.
      const bad = [
        { type: 'put', key: k('w'), value: Uint8Array.of(5) },
        { type: 'put', key: 'not bytes', value: Uint8Array.of(6) },
      ] as unknown as Parameters<Storage['batch']>[0];
      await expect(s.batch(bad)).rejects.toThrow();
      expect(await s.get(k('w'))).toBeUndefined();
      await s.batch([]);
      await s.close();
    });

    it('iterates by prefix, range, direction and limit', async () => {
      const s = await factory.open();
      const names = ['a', 'b/1', 'b/2', 'b/3', 'b0', 'c'];
      for (const n of names) await s.put(k(n), k(n));
      const h = (...n: string[]) => n.map((x) => toHex(k(x)));
      expect(await collect(s, { prefix: k('b/') })).toEqual(h('b/1', 'b/2', 'b/3'));
      expect(await collect(s, { prefix: k('b/'), reverse: true })).toEqual(h('b/3', 'b/2', 'b/1'));
      expect(await collect(s, { prefix: k('b/'), limit: 2 })).toEqual(h('b/1', 'b/2'));
      expect(await collect(s, { prefix: k('b/'), reverse: true, limit: 1 })).toEqual(h('b/3'));
      expect(await collect(s, { gt: k('b/1'), lt: k('c') })).toEqual(h('b/2', 'b/3', 'b0'));
      expect(await collect(s, { gte: k('b/1'), lte: k('b/3') })).toEqual(h('b/1', 'b/2', 'b/3'));
      expect(await collect(s, { gte: k('b/1'), lte: k('b/3'), reverse: true })).toEqual(
        h('b/3', 'b/2', 'b/1'),
      );
      expect(await collect(s, { gt: k('b/3'), reverse: true })).toEqual(h('c', 'b0'));
      expect(await collect(s, { prefix: k('b'), gt: k('b/2') })).toEqual(h('b/3', 'b0'));
      expect(await collect(s, { prefix: k('zz') })).toEqual([]);
      expect(await collect(s, { limit: 0 })).toEqual([]);
      expect(await collect(s, { gt: k('c'), lt: k('a') })).toEqual([]);
      const ff = Uint8Array.of(0xff, 0xff);
      await s.put(ff, ff);
      expect(await collect(s, { prefix: Uint8Array.of(0xff) })).toEqual([toHex(ff)]);
      await s.close();
    });

    it('keeps values of entries yielded during iteration consistent with concurrent writes', async () => {
      const s = await factory.open();
      for (let i = 0; i < 20; i++) await s.put(Uint8Array.of(1, i), Uint8Array.of(i));
      const seen: number[] = [];
      for await (const [key] of s.iterate({ prefix: Uint8Array.of(1) })) {
        const i = key[1] as number;
        seen.push(i);
        // Deleting entries already passed and adding entries outside the range must not disturb it.
        await s.delete(Uint8Array.of(1, i));
        await s.put(Uint8Array.of(2, i), Uint8Array.of(i));
      }
      expect(seen).toEqual(Array.from({ length: 20 }, (_, i) => i));
      await s.close();
    });

    it('serialises concurrent writes without losing any', async () => {
      const s = await factory.open();
      await Promise.all(
        Array.from({ length: 100 }, (_, i) => s.put(Uint8Array.of(3, i), Uint8Array.of(i, i))),
      );
      await Promise.all([
        s.batch(
          Array.from({ length: 50 }, (_, i) => ({ type: 'delete' as const, key: Uint8Array.of(3, i) })),
        ),
        s.put(Uint8Array.of(4), Uint8Array.of(4)),
      ]);
      const keys = await collect(s, { prefix: Uint8Array.of(3) });
      expect(keys.length).toBe(50);
      expect(await s.get(Uint8Array.of(4))).toEqual(Uint8Array.of(4));
      await s.close();
    });

    it('rejects every call after close, and close twice is harmless', async () => {
      const s = await factory.open();
      await s.put(k('a'), k('a'));
      await s.close();
      await s.close();
      await expect(s.get(k('a'))).rejects.toMatchObject({ name: 'StorageError' });
      await expect(s.put(k('a'), k('a'))).rejects.toMatchObject({ name: 'StorageError' });
      await expect(s.delete(k('a'))).rejects.toMatchObject({ name: 'StorageError' });
      await expect(s.batch([])).rejects.toMatchObject({ name: 'StorageError' });
      await expect(collect(s)).rejects.toMatchObject({ name: 'StorageError' });
    });

    it('rejects keys and values that are not bytes', async () => {
      const s = await factory.open();
      await expect(s.put('a' as unknown as Uint8Array, k('a'))).rejects.toThrow(TypeError);
      await expect(s.put(k('a'), [1] as unknown as Uint8Array)).rejects.toThrow(TypeError);
      await expect(s.get(null as unknown as Uint8Array)).rejects.toThrow(TypeError);
      await s.close();
    });

    const reopen = factory.reopen;
    if (reopen) {
      it('keeps everything across close and reopen', async () => {
        const s = await factory.open();
        for (let i = 0; i < 50; i++) await s.put(Uint8Array.of(5, i), Uint8Array.of(i));
        await s.batch([
          { type: 'delete', key: Uint8Array.of(5, 0) },
          { type: 'put', key: Uint8Array.of(6), value: new Uint8Array(4096).fill(6) },
        ]);
        await s.close();
        const again = await reopen(s);
        expect(await again.get(Uint8Array.of(5, 0))).toBeUndefined();
        expect(await again.get(Uint8Array.of(5, 49))).toEqual(Uint8Array.of(49));
        expect((await again.get(Uint8Array.of(6)))?.length).toBe(4096);
        expect((await collect(again, { prefix: Uint8Array.of(5) })).length).toBe(49);
        await again.close();
      });
    }
  });
}
