/**
 * The DH-only fallback (STATUS-V1-FACTS §5.5): used when we know none of the recipient's
 * installations, for pairing messages and for bundle advertisements. No forward secrecy.
 *
 * `key = DH(E, IK_B).X` for a fresh ephemeral `E`; `payload = AES-256-GCM(key, nonce12, pt) ‖ nonce`
 * (go-ethereum/status-go `EncryptSymmetric`: the nonce is **appended**). The header carries
 * `compress(E)`.
 */
import {
  assertBytes,
  type CryptoProvider,
  concatBytes,
  DecryptError,
  nobleCrypto,
  type RandomSource,
} from '@statuskit/utils';
import { InvalidPublicKeyError } from '../errors.js';

/** AES-GCM nonce length of `EncryptSymmetric`. */
export const DH_ONLY_NONCE_BYTES = 12;

/** A DH-only ciphertext and the ephemeral key to put in the `DHHeader`. */
export interface DhOnlyMessage {
  /** Compressed (33-byte) ephemeral public key. */
  ephemeralPublicKey: Uint8Array;
  /** AES-GCM ciphertext ‖ tag ‖ nonce. */
  payload: Uint8Array;
}

/**
 * Encrypts `plaintext` for the identity key `theirIdentityKey` with a fresh ephemeral key.
 * `ephemeralPrivateKey` and `nonce` may be given (vectors, tests); they default to fresh random.
 * @throws InvalidPublicKeyError when `theirIdentityKey` is not a valid key.
 */
export function encryptDhOnly(
  theirIdentityKey: Uint8Array,
  plaintext: Uint8Array,
  options: {
    crypto?: CryptoProvider;
    random?: RandomSource;
    ephemeralPrivateKey?: Uint8Array;
    nonce?: Uint8Array;
  } = {},
): DhOnlyMessage {
  const crypto = options.crypto ?? nobleCrypto;
  assertBytes(plaintext, undefined, 'plaintext');
  if (!crypto.secp256k1IsValidPublicKey(theirIdentityKey)) {
    throw new InvalidPublicKeyError('recipient identity key is not a point of secp256k1');
  }
  const random = options.random ?? ((n: number) => crypto.randomBytes(n));
  const eph = options.ephemeralPrivateKey ?? crypto.secp256k1GeneratePrivateKey();
  assertBytes(eph, 32, 'ephemeralPrivateKey');
  const nonce = options.nonce ?? random(DH_ONLY_NONCE_BYTES);
  assertBytes(nonce, DH_ONLY_NONCE_BYTES, 'nonce');
  const key = crypto.secp256k1Ecdh(eph, theirIdentityKey);
  return {
    ephemeralPublicKey: crypto.secp256k1PublicKey(eph, true),
    payload: concatBytes(crypto.aesGcmEncrypt(key, nonce, plaintext), nonce),
  };
}

/**
 * Decrypts a DH-only payload with our identity private key and the sender's ephemeral key.
 * @throws InvalidPublicKeyError when the ephemeral key is not a valid point.
 * @throws DecryptError when the payload is too short or does not authenticate.
 */
export function decryptDhOnly(
  identityPrivateKey: Uint8Array,
  ephemeralPublicKey: Uint8Array,
  payload: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): Uint8Array {
  assertBytes(identityPrivateKey, 32, 'identityPrivateKey');
  assertBytes(payload, undefined, 'payload');
  if (!crypto.secp256k1IsValidPublicKey(ephemeralPublicKey)) {
    throw new InvalidPublicKeyError('DH header key is not a point of secp256k1');
  }
  if (payload.length < DH_ONLY_NONCE_BYTES + 16) throw new DecryptError('DH-only payload is too short');
  const key = crypto.secp256k1Ecdh(identityPrivateKey, ephemeralPublicKey);
  const nonce = payload.subarray(payload.length - DH_ONLY_NONCE_BYTES);
  try {
    return crypto.aesGcmDecrypt(key, nonce, payload.subarray(0, payload.length - DH_ONLY_NONCE_BYTES));
  } catch (cause) {
    throw new DecryptError('DH-only payload does not authenticate', { cause });
  }
}
