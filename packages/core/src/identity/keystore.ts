/**
 * Keys at rest: a versioned, password-encrypted keystore blob, so that a storage adapter never
 * holds an identity private key or mnemonic in clear.
 *
 * Format, version 1 (all integers unsigned, big-endian):
 *
 * ```
 * offset  size  field
 * 0       4     magic "SKKS"
 * 4       1     version = 1
 * 5       1     kdf = 1 (scrypt)
 * 6       1     log2(N)
 * 7       1     r
 * 8       1     p
 * 9       32    salt
 * 41      12    AES-GCM nonce
 * 53      …     AES-256-GCM(key = scrypt(utf8(NFKC(password)), salt, N, r, p, 32),
 *                           plaintext = RLP secret, aad = bytes 0..53) ‖ 16-byte tag
 * ```
 *
 * The header is authenticated as AAD, so changing the parameters or the salt fails like a wrong
 * password. The secret is an RLP list `[1, privateKey32]` or `[2, utf8(mnemonic), utf8(passphrase)]`.
 */
import {
  assertBytes,
  bytesToUtf8,
  type CryptoProvider,
  concatBytes,
  DecodeError,
  DecryptError,
  decodeRlp,
  encodeRlp,
  equalBytes,
  nobleCrypto,
  type RandomSource,
  rlpBytes,
  rlpList,
  rlpNumber,
  throwIfAborted,
  utf8ToBytes,
  wipe,
} from '@statuskit/utils';
import { KeystoreError, WrongPasswordError } from '../errors.js';
import { normalizeMnemonic, validateMnemonic } from './mnemonic.js';

/** Layout constants of keystore format version 1. */
export const KEYSTORE_V1 = {
  MAGIC: Uint8Array.of(0x53, 0x4b, 0x4b, 0x53),
  VERSION: 1,
  KDF_SCRYPT: 1,
  SALT_BYTES: 32,
  NONCE_BYTES: 12,
  HEADER_BYTES: 53,
  TAG_BYTES: 16,
} as const;

/** Default scrypt cost: N = 2^18, r = 8, p = 1 (go-ethereum's "standard" keystore cost). */
export const KEYSTORE_DEFAULT_SCRYPT = { logN: 18, r: 8, p: 1 } as const;

/**
 * Largest scrypt memory (128·r·N bytes) a blob may ask for when opened, so a crafted blob cannot
 * make us allocate gigabytes: 512 MiB unless the caller raises it.
 */
export const KEYSTORE_MAX_SCRYPT_MEMORY = 512 * 1024 * 1024;

/** What a keystore holds. */
export type KeystoreSecret =
  | { kind: 'private-key'; privateKey: Uint8Array }
  | { kind: 'mnemonic'; mnemonic: string; passphrase?: string };

/** scrypt cost parameters. */
export interface ScryptCost {
  logN: number;
  r: number;
  p: number;
}

/** Options of {@link sealKeystore}. */
export interface SealKeystoreOptions {
  /** scrypt cost; defaults to {@link KEYSTORE_DEFAULT_SCRYPT}. Tests may lower it. */
  scrypt?: ScryptCost;
  crypto?: CryptoProvider;
  /** Source of the salt and nonce; defaults to `crypto.randomBytes`. */
  random?: RandomSource;
  signal?: AbortSignal;
}

/** Options of {@link openKeystore}. */
export interface OpenKeystoreOptions {
  crypto?: CryptoProvider;
  /** Largest scrypt memory accepted, in bytes; default {@link KEYSTORE_MAX_SCRYPT_MEMORY}. */
  maxScryptMemoryBytes?: number;
  signal?: AbortSignal;
}

function checkCost(cost: ScryptCost): void {
  const { logN, r, p } = cost;
  if (!Number.isInteger(logN) || logN < 1 || logN > 30) throw new RangeError('scrypt.logN must be 1..30');
  if (!Number.isInteger(r) || r < 1 || r > 255) throw new RangeError('scrypt.r must be 1..255');
  if (!Number.isInteger(p) || p < 1 || p > 255) throw new RangeError('scrypt.p must be 1..255');
}

function passwordBytes(password: string): Uint8Array {
  if (typeof password !== 'string') throw new TypeError('password must be a string');
  return utf8ToBytes(password.normalize('NFKC'));
}

function encodeSecret(secret: KeystoreSecret): Uint8Array {
  if (secret === null || typeof secret !== 'object') throw new TypeError('secret must be an object');
  if (secret.kind === 'private-key') {
    assertBytes(secret.privateKey, 32, 'secret.privateKey');
    return encodeRlp([Uint8Array.of(1), secret.privateKey]);
  }
  if (secret.kind === 'mnemonic') {
    if (!validateMnemonic(secret.mnemonic))
      throw new RangeError('secret.mnemonic is not a valid BIP39 phrase');
    const passphrase = secret.passphrase ?? '';
    if (typeof passphrase !== 'string') throw new TypeError('secret.passphrase must be a string');
    return encodeRlp([
      Uint8Array.of(2),
      utf8ToBytes(normalizeMnemonic(secret.mnemonic)),
      utf8ToBytes(passphrase),
    ]);
  }
  throw new TypeError("secret.kind must be 'private-key' or 'mnemonic'");
}

function decodeSecret(bytes: Uint8Array): KeystoreSecret {
  try {
    const list = rlpList(decodeRlp(bytes, { maxInputBytes: 4096, maxDepth: 1 }), 'keystore secret', 2);
    const kind = rlpNumber(list[0], 'keystore secret kind', 1);
    if (kind === 1 && list.length === 2) {
      return { kind: 'private-key', privateKey: rlpBytes(list[1], 'private key', 32).slice() };
    }
    if (kind === 2 && list.length === 3) {
      const mnemonic = bytesToUtf8(rlpBytes(list[1], 'mnemonic'));
      const passphrase = bytesToUtf8(rlpBytes(list[2], 'passphrase'));
      return passphrase === '' ? { kind: 'mnemonic', mnemonic } : { kind: 'mnemonic', mnemonic, passphrase };
    }
    throw new DecodeError(`unknown keystore secret kind ${kind}`);
  } catch (cause) {
    throw new KeystoreError('keystore secret is malformed', { cause });
  }
}

/**
 * Encrypts a secret under a password into a version-1 keystore blob.
 * @throws RangeError / TypeError on bad arguments.
 * @example const blob = await sealKeystore({ kind: 'private-key', privateKey }, 'correct horse');
 */
export async function sealKeystore(
  secret: KeystoreSecret,
  password: string,
  options: SealKeystoreOptions = {},
): Promise<Uint8Array> {
  const crypto = options.crypto ?? nobleCrypto;
  const cost = options.scrypt ?? KEYSTORE_DEFAULT_SCRYPT;
  checkCost(cost);
  const plaintext = encodeSecret(secret);
  const pw = passwordBytes(password);
  const random = options.random ?? ((n: number) => crypto.randomBytes(n));
  const salt = random(KEYSTORE_V1.SALT_BYTES);
  const nonce = random(KEYSTORE_V1.NONCE_BYTES);
  assertBytes(salt, KEYSTORE_V1.SALT_BYTES, 'random(32)');
  assertBytes(nonce, KEYSTORE_V1.NONCE_BYTES, 'random(12)');
  const header = concatBytes(
    KEYSTORE_V1.MAGIC,
    Uint8Array.of(KEYSTORE_V1.VERSION, KEYSTORE_V1.KDF_SCRYPT, cost.logN, cost.r, cost.p),
    salt,
    nonce,
  );
  throwIfAborted(options.signal);
  const key = await crypto.scryptAsync(pw, salt, { N: 2 ** cost.logN, r: cost.r, p: cost.p, dkLen: 32 });
  throwIfAborted(options.signal);
  try {
    return concatBytes(header, crypto.aesGcmEncrypt(key, nonce, plaintext, header));
  } finally {
    wipe(key);
    wipe(plaintext);
  }
}

/** The header fields of a keystore blob, readable without the password. */
export interface KeystoreHeader {
  version: number;
  kdf: 'scrypt';
  scrypt: ScryptCost;
  salt: Uint8Array;
  nonce: Uint8Array;
}

/**
 * Parses the header of a keystore blob.
 * @throws KeystoreError when the blob is not a keystore of a known version.
 */
export function readKeystoreHeader(blob: Uint8Array): KeystoreHeader {
  assertBytes(blob, undefined, 'blob');
  if (blob.length < KEYSTORE_V1.HEADER_BYTES + KEYSTORE_V1.TAG_BYTES)
    throw new KeystoreError('keystore is truncated');
  if (!equalBytes(blob.subarray(0, 4), KEYSTORE_V1.MAGIC))
    throw new KeystoreError('not a statuskit keystore');
  if (blob[4] !== KEYSTORE_V1.VERSION) throw new KeystoreError(`unsupported keystore version ${blob[4]}`);
  if (blob[5] !== KEYSTORE_V1.KDF_SCRYPT) throw new KeystoreError(`unsupported keystore KDF ${blob[5]}`);
  const cost = { logN: blob[6] as number, r: blob[7] as number, p: blob[8] as number };
  if (cost.logN < 1 || cost.logN > 30 || cost.r < 1 || cost.p < 1)
    throw new KeystoreError('invalid scrypt cost');
  return {
    version: 1,
    kdf: 'scrypt',
    scrypt: cost,
    salt: blob.slice(9, 41),
    nonce: blob.slice(41, 53),
  };
}

/**
 * Decrypts a keystore blob with its password.
 * @throws WrongPasswordError when the password is wrong (or the blob was altered).
 * @throws KeystoreError when the blob is malformed, of an unknown version, or too costly to open.
 */
export async function openKeystore(
  blob: Uint8Array,
  password: string,
  options: OpenKeystoreOptions = {},
): Promise<KeystoreSecret> {
  const crypto = options.crypto ?? nobleCrypto;
  const header = readKeystoreHeader(blob);
  const { logN, r, p } = header.scrypt;
  const maxMemory = options.maxScryptMemoryBytes ?? KEYSTORE_MAX_SCRYPT_MEMORY;
  if (128 * r * 2 ** logN > maxMemory || p > 16)
    throw new KeystoreError('keystore asks for a too costly scrypt');
  const pw = passwordBytes(password);
  throwIfAborted(options.signal);
  const key = await crypto.scryptAsync(pw, header.salt, { N: 2 ** logN, r, p, dkLen: 32 });
  throwIfAborted(options.signal);
  let plaintext: Uint8Array;
  try {
    plaintext = crypto.aesGcmDecrypt(
      key,
      header.nonce,
      blob.subarray(KEYSTORE_V1.HEADER_BYTES),
      blob.subarray(0, KEYSTORE_V1.HEADER_BYTES),
    );
  } catch (cause) {
    if (cause instanceof DecryptError) throw new WrongPasswordError(undefined, { cause });
    throw new KeystoreError('keystore could not be decrypted', { cause });
  } finally {
    wipe(key);
  }
  try {
    return decodeSecret(plaintext);
  } finally {
    wipe(plaintext);
  }
}
