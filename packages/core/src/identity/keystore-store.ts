/**
 * Named keystore blobs kept in a `Storage`: the storage only ever sees the encrypted blob
 * (see `keystore.ts`), so a storage adapter never holds a private key in clear.
 */
import { assertBytes, bytesToUtf8, type Storage, utf8ToBytes } from '@statuskit/utils';
import { KeystoreError } from '../errors.js';
import {
  type KeystoreSecret,
  type OpenKeystoreOptions,
  openKeystore,
  readKeystoreHeader,
  type SealKeystoreOptions,
  sealKeystore,
} from './keystore.js';

/** Encrypted secrets by name, on top of a `Storage` (give it a `prefixedStorage` namespace). */
export interface KeystoreStore {
  /** Encrypts `secret` under `password` and stores it as `name`, replacing any previous one. */
  save(name: string, secret: KeystoreSecret, password: string, options?: SealKeystoreOptions): Promise<void>;
  /**
   * Decrypts the secret stored as `name`.
   * @throws KeystoreError when there is none; WrongPasswordError on a wrong password.
   */
  unlock(name: string, password: string, options?: OpenKeystoreOptions): Promise<KeystoreSecret>;
  /** Re-encrypts `name` under a new password (the old one must open it). */
  changePassword(
    name: string,
    oldPassword: string,
    newPassword: string,
    options?: SealKeystoreOptions & OpenKeystoreOptions,
  ): Promise<void>;
  /** The stored blob of `name`, e.g. for a backup; undefined when there is none. */
  exportBlob(name: string): Promise<Uint8Array | undefined>;
  /** Stores a blob made elsewhere (it is only checked for its header). */
  importBlob(name: string, blob: Uint8Array): Promise<void>;
  has(name: string): Promise<boolean>;
  /** Every stored name, in byte order. */
  list(): Promise<string[]>;
  remove(name: string): Promise<void>;
}

function keyOf(name: string): Uint8Array {
  if (typeof name !== 'string' || name.length === 0) throw new TypeError('name must be a non-empty string');
  return utf8ToBytes(name);
}

/**
 * A {@link KeystoreStore} over `storage`.
 * @example
 * const keys = keystoreStore(prefixedStorage(storage, utf8ToBytes('keystore/')));
 * await keys.save('main', { kind: 'mnemonic', mnemonic }, password);
 */
export function keystoreStore(storage: Storage): KeystoreStore {
  const store: KeystoreStore = {
    async save(name, secret, password, options) {
      const blob = await sealKeystore(secret, password, options);
      await storage.put(keyOf(name), blob);
    },
    async unlock(name, password, options) {
      const blob = await storage.get(keyOf(name));
      if (blob === undefined) throw new KeystoreError(`no keystore named ${JSON.stringify(name)}`);
      return openKeystore(blob, password, options);
    },
    async changePassword(name, oldPassword, newPassword, options) {
      const secret = await store.unlock(name, oldPassword, options);
      await store.save(name, secret, newPassword, options);
    },
    async exportBlob(name) {
      return storage.get(keyOf(name));
    },
    async importBlob(name, blob) {
      assertBytes(blob, undefined, 'blob');
      readKeystoreHeader(blob);
      await storage.put(keyOf(name), blob);
    },
    async has(name) {
      return (await storage.get(keyOf(name))) !== undefined;
    },
    async list() {
      const names: string[] = [];
      for await (const [key] of storage.iterate()) names.push(bytesToUtf8(key));
      return names;
    },
    async remove(name) {
      await storage.delete(keyOf(name));
    },
  };
  return store;
}
