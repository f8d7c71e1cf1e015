/**
 * The keystore (scrypt + AES-256-GCM, versioned blob), the keystore store and the encrypted
 * storage view. Low scrypt costs keep the suite fast; the default cost is measured in the bench.
 */
import { fromHex, memoryStorage, seededRandom, toHex, utf8ToBytes } from '@statuskit/utils';
import { storageComplianceSuite } from '@statuskit/utils/testing';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encryptedStorage,
  KEYSTORE_V1,
  keystoreStore,
  openKeystore,
  readKeystoreHeader,
  sealKeystore,
  storageKeyFromIdentity,
} from '../src/index.js';

const FAST = { logN: 4, r: 8, p: 1 } as const;
const privateKey = fromHex('c87509a1c067bbde78beb793e6fa76530b6382a4c0241e5e4a9ec0a0f44dc0d3');
const mnemonic = 'legal winner thank year wave sausage worth useful legal winner thank yellow';

describe('keystore blob', () => {
  it('round-trips a private key and a mnemonic', async () => {
    const a = await sealKeystore({ kind: 'private-key', privateKey }, 'pw', { scrypt: FAST });
    expect(await openKeystore(a, 'pw')).toEqual({ kind: 'private-key', privateKey });
    const b = await sealKeystore({ kind: 'mnemonic', mnemonic, passphrase: 'x' }, 'pw', { scrypt: FAST });
    expect(await openKeystore(b, 'pw')).toEqual({ kind: 'mnemonic', mnemonic, passphrase: 'x' });
    const c = await sealKeystore({ kind: 'mnemonic', mnemonic: ` ${mnemonic.toUpperCase()} ` }, 'pw', {
      scrypt: FAST,
    });
    expect(await openKeystore(c, 'pw')).toEqual({ kind: 'mnemonic', mnemonic });
  });

  it('is deterministic for a scripted random source and lays out the v1 header', async () => {
    const blob = await sealKeystore({ kind: 'private-key', privateKey }, 'pw', {
      scrypt: FAST,
      random: seededRandom(7),
    });
    const again = await sealKeystore({ kind: 'private-key', privateKey }, 'pw', {
      scrypt: FAST,
      random: seededRandom(7),
    });
    expect(toHex(blob)).toBe(toHex(again));
    expect(toHex(blob.subarray(0, 9))).toBe('534b4b5301010408' + '01');
    const header = readKeystoreHeader(blob);
    expect(header.scrypt).toEqual(FAST);
    expect(blob.length).toBe(KEYSTORE_V1.HEADER_BYTES + 35 + KEYSTORE_V1.TAG_BYTES);
    // The private key never appears in the blob.
    expect(toHex(blob)).not.toContain(toHex(privateKey));
  });

  it('fails with WrongPasswordError on a wrong password', async () => {
    const blob = await sealKeystore({ kind: 'private-key', privateKey }, 'right', { scrypt: FAST });
    await expect(openKeystore(blob, 'wrong')).rejects.toMatchObject({ name: 'WrongPasswordError' });
    await expect(openKeystore(blob, '')).rejects.toMatchObject({ name: 'WrongPasswordError' });
  });

  it('normalises the password to NFKC', async () => {
    const blob = await sealKeystore({ kind: 'private-key', privateKey }, 'é', { scrypt: FAST });
    expect(await openKeystore(blob, 'e\u0301')).toEqual({ kind: 'private-key', privateKey });
  });

  it('rejects any changed byte (header as AAD, body as ciphertext)', async () => {
    const blob = await sealKeystore({ kind: 'private-key', privateKey }, 'pw', { scrypt: FAST });
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: blob.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (i, x) => {
          const bad = blob.slice();
          bad[i] = (bad[i] as number) ^ x;
          const err = await openKeystore(bad, 'pw').then(
            () => undefined,
            (e: Error) => e,
          );
          expect(err).toBeDefined();
          expect(['KeystoreError', 'WrongPasswordError']).toContain(err?.name);
        },
      ),
      { numRuns: 40 },
    );
  });

  it.each([
    ['empty', new Uint8Array(0), 'KeystoreError'],
    ['truncated', fromHex('534b4b530101'), 'KeystoreError'],
    ['bad magic', new Uint8Array(80), 'KeystoreError'],
    ['unknown version', Uint8Array.from([0x53, 0x4b, 0x4b, 0x53, 2, ...new Uint8Array(75)]), 'KeystoreError'],
    ['unknown kdf', Uint8Array.from([0x53, 0x4b, 0x4b, 0x53, 1, 9, ...new Uint8Array(74)]), 'KeystoreError'],
    [
      'too costly scrypt',
      Uint8Array.from([0x53, 0x4b, 0x4b, 0x53, 1, 1, 30, 8, 1, ...new Uint8Array(71)]),
      'KeystoreError',
    ],
  ])('malformed: %s', async (_name, blob, errorName) => {
    await expect(openKeystore(blob, 'pw')).rejects.toMatchObject({ name: errorName });
  });

  it('rejects bad arguments with TypeError/RangeError', async () => {
    await expect(sealKeystore({ kind: 'private-key', privateKey: new Uint8Array(31) }, 'pw')).rejects.toThrow(
      RangeError,
    );
    await expect(sealKeystore({ kind: 'mnemonic', mnemonic: 'not a phrase' }, 'pw')).rejects.toThrow(
      RangeError,
    );
    await expect(
      sealKeystore({ kind: 'private-key', privateKey }, 'pw', { scrypt: { logN: 0, r: 8, p: 1 } }),
    ).rejects.toThrow(RangeError);
    await expect(sealKeystore({ kind: 'private-key', privateKey }, 5 as unknown as string)).rejects.toThrow(
      TypeError,
    );
  });
});

describe('keystoreStore', () => {
  it('saves, lists, unlocks, re-keys and removes; storage never holds the key in clear', async () => {
    const storage = memoryStorage();
    const keys = keystoreStore(storage);
    await keys.save('main', { kind: 'private-key', privateKey }, 'one', { scrypt: FAST });
    expect(await keys.list()).toEqual(['main']);
    expect(await keys.has('main')).toBe(true);
    for await (const [, value] of storage.iterate()) expect(toHex(value)).not.toContain(toHex(privateKey));
    await expect(keys.unlock('main', 'two')).rejects.toMatchObject({ name: 'WrongPasswordError' });
    await keys.changePassword('main', 'one', 'two', { scrypt: FAST });
    expect(await keys.unlock('main', 'two')).toEqual({ kind: 'private-key', privateKey });
    const blob = await keys.exportBlob('main');
    await keys.importBlob('copy', blob as Uint8Array);
    await expect(keys.importBlob('bad', new Uint8Array(10))).rejects.toMatchObject({ name: 'KeystoreError' });
    await keys.remove('main');
    await expect(keys.unlock('main', 'two')).rejects.toMatchObject({ name: 'KeystoreError' });
    expect(await keys.list()).toEqual(['copy']);
  });
});

describe('encryptedStorage', () => {
  const key = storageKeyFromIdentity(privateKey);
  storageComplianceSuite('encryptedStorage(memoryStorage)', {
    open: async () => encryptedStorage(memoryStorage(), key, { random: seededRandom(3) }),
  });

  it('holds values sealed, bound to their key, and refuses another storage key', async () => {
    const inner = memoryStorage();
    const store = encryptedStorage(inner, key);
    await store.put(utf8ToBytes('a'), privateKey);
    await store.put(utf8ToBytes('b'), utf8ToBytes('other'));
    const raw = await inner.get(utf8ToBytes('a'));
    expect(toHex(raw as Uint8Array)).not.toContain(toHex(privateKey));
    expect(await store.get(utf8ToBytes('a'))).toEqual(privateKey);
    // Moving a sealed value under another key does not open.
    await inner.put(utf8ToBytes('b'), raw as Uint8Array);
    await expect(store.get(utf8ToBytes('b'))).rejects.toMatchObject({ name: 'StorageError' });
    const other = encryptedStorage(inner, new Uint8Array(32).fill(1));
    await expect(other.get(utf8ToBytes('a'))).rejects.toMatchObject({ name: 'StorageError' });
  });
});
