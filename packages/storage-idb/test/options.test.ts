import { describe, expect, it } from 'vitest';
import { idbStorage } from '../src/index.js';

// Runs in Node (no IndexedDB) and in Chromium: argument checks come before IndexedDB is touched.
describe('idbStorage options', () => {
  it('rejects bad options naming the parameter', async () => {
    await expect(idbStorage({ pageSize: 0 })).rejects.toThrow(/pageSize/);
    await expect(idbStorage({ pageSize: 1.5 })).rejects.toThrow(RangeError);
    await expect(idbStorage({ dbName: 1 as unknown as string })).rejects.toThrow(/dbName/);
    await expect(idbStorage({ storeName: null as unknown as string })).rejects.toThrow(/storeName/);
    await expect(idbStorage({ durability: 'fast' as 'strict' })).rejects.toThrow(/durability/);
    await expect(idbStorage(null as unknown as object)).rejects.toThrow(TypeError);
  });
});
