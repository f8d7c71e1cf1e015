import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Storage } from '@statuskit/utils';
import { storageComplianceSuite } from '@statuskit/utils/testing';
import { afterAll, describe, expect, it } from 'vitest';
import { sqliteStorage } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'sk-sqlite-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const paths = new WeakMap<Storage, string>();

storageComplianceSuite('sqlite (file)', {
  async open() {
    const path = join(dir, `db-${n++}.sqlite`);
    const s = sqliteStorage({ path, pageSize: 7 });
    paths.set(s, path);
    return s;
  },
  async reopen(store) {
    return sqliteStorage({ path: paths.get(store) as string });
  },
});

storageComplianceSuite('sqlite (:memory:)', { open: async () => sqliteStorage({ path: ':memory:' }) });

describe('sqliteStorage', () => {
  it('pages through 20,000 keys in both directions without skipping', async () => {
    const s = sqliteStorage({ path: join(dir, 'big.sqlite'), pageSize: 500 });
    const key = (i: number) => Uint8Array.of(9, i >> 8, i & 0xff);
    await s.batch(
      Array.from({ length: 20_000 }, (_, i) => ({
        type: 'put' as const,
        key: key(i % 65536),
        value: Uint8Array.of(i & 0xff),
      })),
    );
    let count = 0;
    let prev = -1;
    for await (const [k] of s.iterate({ prefix: Uint8Array.of(9) })) {
      const i = ((k[1] as number) << 8) | (k[2] as number);
      expect(i).toBeGreaterThan(prev);
      prev = i;
      count++;
    }
    expect(count).toBe(20_000);
    let rev = 0;
    for await (const _ of s.iterate({ prefix: Uint8Array.of(9), reverse: true, limit: 1234 })) rev++;
    expect(rev).toBe(1234);
    await s.close();
  });

  it('keeps committed data when the process drops the handle without closing', async () => {
    const path = join(dir, 'crash.sqlite');
    const s = sqliteStorage({ path });
    await s.put(Uint8Array.of(1), Uint8Array.of(2));
    await s.batch([{ type: 'put', key: Uint8Array.of(3), value: Uint8Array.of(4) }]);
    // No close(): a second connection opened on the same file must already see both writes.
    const again = sqliteStorage({ path, readonly: true });
    expect(await again.get(Uint8Array.of(1))).toEqual(Uint8Array.of(2));
    expect(await again.get(Uint8Array.of(3))).toEqual(Uint8Array.of(4));
    await again.close();
    await s.close();
  });

  it('returns plain Uint8Arrays, not Buffers', async () => {
    const s = sqliteStorage({ path: ':memory:' });
    await s.put(Uint8Array.of(1), Uint8Array.of(2));
    const v = await s.get(Uint8Array.of(1));
    expect(v?.constructor).toBe(Uint8Array);
    for await (const [k, val] of s.iterate()) {
      expect(k.constructor).toBe(Uint8Array);
      expect(val.constructor).toBe(Uint8Array);
    }
    await s.close();
  });

  it('rejects bad options and wraps SQLite failures in StorageError', async () => {
    expect(() => sqliteStorage({ path: '' })).toThrow(TypeError);
    expect(() => sqliteStorage({ path: ':memory:', table: 'x; DROP' })).toThrow(TypeError);
    expect(() => sqliteStorage({ path: join(dir, 'no', 'such', 'dir', 'x.db') })).toThrow(
      expect.objectContaining({ name: 'StorageError' }),
    );
  });
});
