import type { Storage } from '@statuskit/utils';
import { storageComplianceSuite } from '@statuskit/utils/testing';
import { describe, expect, it } from 'vitest';
import { idbStorage } from '../src/index.js';

let n = 0;
const names = new WeakMap<Storage, string>();
const unique = () => `sk-test-${Date.now()}-${n++}`;

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

describe('idbStorage in Chromium', () => {
  it('runs in a real browser', () => {
    expect(navigator.userAgent).toMatch(/Chrome/);
    expect(typeof indexedDB.open).toBe('function');
  });

  it('pages through 3,000 keys while the consumer awaits between items', async () => {
    const s = await idbStorage({ dbName: unique(), pageSize: 100 });
    const key = (i: number) => Uint8Array.of(7, i >> 8, i & 0xff);
    await s.batch(
      Array.from({ length: 3000 }, (_, i) => ({
        type: 'put' as const,
        key: key(i),
        value: Uint8Array.of(i & 0xff),
      })),
    );
    let count = 0;
    let prev = -1;
    for await (const [k, v] of s.iterate({ prefix: Uint8Array.of(7) })) {
      const i = ((k[1] as number) << 8) | (k[2] as number);
      expect(i).toBe(prev + 1);
      expect(v[0]).toBe(i & 0xff);
      prev = i;
      count++;
      if (i % 500 === 0) await new Promise((r) => setTimeout(r, 1));
    }
    expect(count).toBe(3000);
    const rev: number[] = [];
    for await (const [k] of s.iterate({ prefix: Uint8Array.of(7), reverse: true, limit: 250 }))
      rev.push(k[2] as number);
    expect(rev.length).toBe(250);
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
    await again.close();
  });
});
