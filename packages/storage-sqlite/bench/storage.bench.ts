/** sqliteStorage beside memoryStorage (the same-run reference), for puts, gets and a 1,000-key scan. */
import { memoryStorage, type Storage } from '@statuskit/utils';
import { bench, describe } from 'vitest';
import { sqliteStorage } from '../src/index.js';

const stores: Record<string, Storage> = {
  sqlite: sqliteStorage({ path: ':memory:' }),
  memory: memoryStorage(),
};
const value = new Uint8Array(100).fill(1);
let i = 0;
const key = (n: number) => Uint8Array.of(1, (n >> 16) & 0xff, (n >> 8) & 0xff, n & 0xff);

for (const s of Object.values(stores)) {
  for (let n = 0; n < 5000; n++) await s.put(key(n), value);
}

describe('put 100 B', () => {
  for (const [name, s] of Object.entries(stores)) {
    bench(`${name} put`, async () => {
      await s.put(key(10_000 + (i++ % 50_000)), value);
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
