/**
 * A `Storage` view whose values are encrypted with AES-256-GCM under a 32-byte key, so session
 * state (ratchet keys, signed pre-keys, message keys) never reaches the adapter in clear. Each value
 * is stored as `nonce(12) ‖ ciphertext ‖ tag(16)` with the record's key as associated data, so a
 * value cannot be moved under another key. Keys themselves stay in clear (they order the store);
 * they hold public identifiers only (public keys, installation IDs, counters).
 *
 * Derive the storage key from the unlocked identity with {@link storageKeyFromIdentity}, or from
 * anything else the application keeps secret.
 */
import {
  assertBytes,
  type BatchOp,
  type CryptoProvider,
  concatBytes,
  nobleCrypto,
  type RandomSource,
  type Storage,
  StorageError,
  utf8ToBytes,
} from '@statuskit/utils';

/** HKDF info of {@link storageKeyFromIdentity}. */
export const STORAGE_KEY_INFO = 'statuskit/storage-key/v1';

const NONCE_BYTES = 12;

/**
 * A 32-byte storage key derived from an identity private key:
 * `HKDF-SHA256(ikm = privateKey, salt = ∅, info = "statuskit/storage-key/v1")`.
 */
export function storageKeyFromIdentity(
  privateKey: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): Uint8Array {
  assertBytes(privateKey, 32, 'privateKey');
  return crypto.hkdfSha256(privateKey, undefined, utf8ToBytes(STORAGE_KEY_INFO), 32);
}

/**
 * Wraps `storage` so every value is sealed with `key`.
 * @throws StorageError from `get`/`iterate` when a stored value does not open under `key`.
 * @example const store = encryptedStorage(sqliteStorage({ path }), storageKeyFromIdentity(me.privateKey));
 */
export function encryptedStorage(
  storage: Storage,
  key: Uint8Array,
  options: { crypto?: CryptoProvider; random?: RandomSource } = {},
): Storage {
  assertBytes(key, 32, 'key');
  const crypto = options.crypto ?? nobleCrypto;
  const random = options.random ?? ((n: number) => crypto.randomBytes(n));
  const k = key.slice();
  const seal = (recordKey: Uint8Array, value: Uint8Array): Uint8Array => {
    assertBytes(value, undefined, 'value');
    const nonce = random(NONCE_BYTES);
    return concatBytes(nonce, crypto.aesGcmEncrypt(k, nonce, value, recordKey));
  };
  const open = (recordKey: Uint8Array, sealed: Uint8Array): Uint8Array => {
    try {
      if (sealed.length < NONCE_BYTES + 16) throw new RangeError('sealed value is too short');
      return crypto.aesGcmDecrypt(
        k,
        sealed.subarray(0, NONCE_BYTES),
        sealed.subarray(NONCE_BYTES),
        recordKey,
      );
    } catch (cause) {
      throw new StorageError('a stored value does not open under the storage key', { cause });
    }
  };
  return {
    async get(recordKey) {
      const sealed = await storage.get(recordKey);
      return sealed === undefined ? undefined : open(recordKey, sealed);
    },
    async put(recordKey, value) {
      assertBytes(recordKey, undefined, 'key');
      await storage.put(recordKey, seal(recordKey, value));
    },
    delete: (recordKey) => storage.delete(recordKey),
    async batch(ops) {
      const sealed: BatchOp[] = ops.map((op, i) => {
        assertBytes(op.key, undefined, `ops[${i}].key`);
        return op.type === 'put' ? { type: 'put', key: op.key, value: seal(op.key, op.value) } : op;
      });
      await storage.batch(sealed);
    },
    async *iterate(iterateOptions) {
      for await (const [recordKey, sealed] of storage.iterate(iterateOptions)) {
        yield [recordKey, open(recordKey, sealed)];
      }
    },
    close: () => storage.close(),
  };
}
