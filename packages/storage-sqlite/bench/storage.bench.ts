/**
 * sqliteStorage (a WAL file in a temp dir, and `:memory:`) beside memoryStorage, the same-run
 * reference: single puts (each its own commit), 100-put batches, gets, and a 1,000-key range scan.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BatchOp, memoryStorage, type Storage } from '@statuskit/utils';
import { afterAll, bench, describe } from 'vitest';
import { sqliteStorage } from '../src/index.js';

const dir = mkdtempSync(join(tmpdir(), 'sk-sqlite-bench-'));
const stores: Record<string, Storage> = {
  'sqlite file': sqliteStorage({ path: join(dir, 'bench.sqlite') }),
  'sqlite :memory:': sqliteStorage({ path: ':memory:' }),
  memory: memoryStorage(),
};
afterAll(async () => {
  for (const s of Object.values(stores)) await s.close();
  rmSync(dir, { recursive: true, force: true });
});

const value = new Uint8Array(100).fill(1);
let i = 0;
const key = (n: number) => Uint8Array.of(1, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);

for (const s of Object.values(stores)) {
  await s.batch(Array.from({ length: 5000 }, (_, n): BatchOp => ({ type: 'put', key: key(n), value })));
}

describe('put 100 B', () => {
  for (const [name, s] of Object.entries(stores)) {
    bench(`${name} put`, async () => {
      await s.put(key(10_000 + (i++ % 50_000)), value);
    });
  }
});

describe('batch of 100 puts', () => {
  for (const [name, s] of Object.entries(stores)) {
    bench(`${name} batch`, async () => {
      const base = 100_000 + (i++ % 500) * 100;
      await s.batch(
        Array.from({ length: 100 }, (_, n): BatchOp => ({ type: 'put', key: key(base + n), value })),
      );
    });
  }
});

describe('get', () => {
  for (const [name, s] of Object.entries(stores)) {
    bench(`${name} get`, async () => {
      await s.get(key(i++ % 5000));
    });
  }
});

describe('iterate 1,000 keys', () => {
  for (const [name, s] of Object.entries(stores)) {
    bench(`${name} iterate`, async () => {
      let n = 0;
      for await (const _ of s.iterate({ gte: key(1000), limit: 1000 })) n++;
      if (n !== 1000) throw new Error('short scan');
    });
  }
});
