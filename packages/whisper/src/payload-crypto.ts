/**
 * Encryption of the message plaintext into an envelope's `Data` (STATUS-V1-FACTS §3.6):
 * - symmetric: AES-256-GCM, 32-byte key (not all zero), 12-byte random nonce ("salt"), no AAD;
 *   `Data = ciphertext ‖ tag(16) ‖ salt(12)`: the salt is appended;
 * - asymmetric: go-ethereum ECIES (§2.1) with `s1 = s2 = ∅`.
 */
import { type EciesEncryptOptions, eciesDecrypt, eciesEncrypt } from '@statuskit/devp2p';
import {
  assertBytes,
  type CryptoProvider,
  concatBytes,
  DecryptError,
  nobleCrypto,
  type RandomSource,
  secureRandom,
} from '@statuskit/utils';
import { ENVELOPE } from './constants.js';

const { AES_KEY_LENGTH, GCM_NONCE_LENGTH } = ENVELOPE;
const GCM_TAG_LENGTH = 16;

/** go-ethereum's `validateDataIntegrity` for keys: the exact length and not all zero. */
export function assertSymmetricKey(key: unknown, name = 'key'): asserts key is Uint8Array {
  assertBytes(key, AES_KEY_LENGTH, name);
  if (key.every((b) => b === 0)) throw new RangeError(`${name} must not be all zero`);
}

/** Options of {@link encryptSymmetric}. */
export interface EncryptSymmetricOptions {
  /** The 12-byte GCM nonce; random by default. Fixed only in tests. */
  salt?: Uint8Array;
  random?: RandomSource;
  crypto?: CryptoProvider;
}

/**
 * `AES-256-GCM(key, salt, plaintext) ‖ salt`.
 * @throws RangeError when the key is not 32 bytes or is all zero.
 * @example const data = encryptSymmetric(symKey, plaintext);
 */
export function encryptSymmetric(
  key: Uint8Array,
  plaintext: Uint8Array,
  options: EncryptSymmetricOptions = {},
): Uint8Array {
  assertSymmetricKey(key);
  assertBytes(plaintext, undefined, 'plaintext');
  const crypto = options.crypto ?? nobleCrypto;
  const salt = options.salt ?? (options.random ?? secureRandom)(GCM_NONCE_LENGTH);
  assertBytes(salt, GCM_NONCE_LENGTH, 'salt');
  return concatBytes(crypto.aesGcmEncrypt(key, salt, plaintext), salt);
}

/**
 * Opens symmetric `data` (`sealed ‖ salt`).
 * @throws DecryptError when the data is too short or the tag does not verify (wrong key, tampering).
 */
export function decryptSymmetric(
  key: Uint8Array,
  data: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): Uint8Array {
  assertSymmetricKey(key);
  assertBytes(data, undefined, 'data');
  if (data.length < GCM_NONCE_LENGTH + GCM_TAG_LENGTH) {
    throw new DecryptError('symmetric payload too short for its nonce and tag');
  }
  const salt = data.subarray(data.length - GCM_NONCE_LENGTH);
  return crypto.aesGcmDecrypt(key, salt, data.subarray(0, data.length - GCM_NONCE_LENGTH));
}

/** Options of {@link encryptAsymmetric}. */
export type EncryptAsymmetricOptions = Pick<EciesEncryptOptions, 'crypto' | 'ephemeralPrivateKey' | 'iv'>;

/**
 * ECIES-encrypts `plaintext` to the 65-byte `publicKey` with `s1 = s2 = ∅`.
 * @throws CryptoError when the key is not a valid point.
 */
export function encryptAsymmetric(
  publicKey: Uint8Array,
  plaintext: Uint8Array,
  options: EncryptAsymmetricOptions = {},
): Uint8Array {
  assertBytes(publicKey, 65, 'publicKey');
  if (plaintext.length === 0) throw new RangeError('plaintext must not be empty');
  return eciesEncrypt(publicKey, plaintext, options);
}

/**
 * Decrypts asymmetric `data` with `privateKey`.
 * @throws DecryptError when the ciphertext is malformed or its MAC fails (not for us, or tampered).
 */
export function decryptAsymmetric(
  privateKey: Uint8Array,
  data: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): Uint8Array {
  assertBytes(privateKey, 32, 'privateKey');
  if (!crypto.secp256k1IsValidPrivateKey(privateKey))
    throw new RangeError('privateKey is not a valid secp256k1 key');
  assertBytes(data, undefined, 'data');
  try {
    return eciesDecrypt(privateKey, data, { crypto });
  } catch (cause) {
    throw new DecryptError('asymmetric payload does not open with this key', { cause });
  }
}
