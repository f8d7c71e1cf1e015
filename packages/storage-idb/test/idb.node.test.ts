import { describe, expect, it } from 'vitest';
import { idbStorage } from '../src/index.js';

describe('idbStorage in Node', () => {
  it('imports cleanly and rejects with StorageError, as Node has no IndexedDB', async () => {
    expect(globalThis.indexedDB).toBeUndefined();
    await expect(idbStorage()).rejects.toMatchObject({
      name: 'StorageError',
      message: expect.stringMatching(/not available/),
    });
  });
});
