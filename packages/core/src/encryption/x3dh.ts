/**
 * X3DH as status-go does it (STATUS-V1-FACTS §5.3, §11.5, §13 #13): no one-time prekeys, no HKDF,
 * the three DH outputs (X coordinates) hashed with Keccak-256.
 *
 * ```
 * Alice: DH1 = DH(IK_A, SPK_B)  DH2 = DH(EK_A, IK_B)  DH3 = DH(EK_A, SPK_B)
 * Bob:   DH1 = DH(SPK_B, IK_A)  DH2 = DH(IK_B, EK_A)  DH3 = DH(SPK_B, EK_A)
 * SK = keccak256(DH1 ‖ DH2 ‖ DH3)
 * ```
 */
import { assertBytes, CryptoError, type CryptoProvider, concatBytes, nobleCrypto } from '@statuskit/utils';
import { InvalidPublicKeyError } from '../errors.js';

/** The three DH outputs and the shared secret of one X3DH run. */
export interface X3dhResult {
  dh1: Uint8Array;
  dh2: Uint8Array;
  dh3: Uint8Array;
  sharedSecret: Uint8Array;
}

function dh(crypto: CryptoProvider, priv: Uint8Array, pub: Uint8Array, what: string): Uint8Array {
  if (!crypto.secp256k1IsValidPublicKey(pub))
    throw new InvalidPublicKeyError(`${what} is not a point of secp256k1`);
  try {
    return crypto.secp256k1Ecdh(priv, pub);
  } catch (cause) {
    throw new CryptoError(`X3DH: DH with ${what} failed`, { cause });
  }
}

function checkPrivate(crypto: CryptoProvider, key: Uint8Array, name: string): void {
  assertBytes(key, 32, name);
  if (!crypto.secp256k1IsValidPrivateKey(key))
    throw new RangeError(`${name} is not a valid secp256k1 scalar`);
}

/**
 * The initiator's side: our identity and ephemeral private keys, their identity and signed
 * pre-key (33 or 65 bytes).
 * @throws InvalidPublicKeyError when a public key is not on the curve.
 * @example const { sharedSecret } = x3dhActive({ identityPrivateKey, ephemeralPrivateKey, theirIdentityKey, theirSignedPreKey });
 */
export function x3dhActive(
  keys: {
    identityPrivateKey: Uint8Array;
    ephemeralPrivateKey: Uint8Array;
    theirIdentityKey: Uint8Array;
    theirSignedPreKey: Uint8Array;
  },
  crypto: CryptoProvider = nobleCrypto,
): X3dhResult {
  checkPrivate(crypto, keys.identityPrivateKey, 'identityPrivateKey');
  checkPrivate(crypto, keys.ephemeralPrivateKey, 'ephemeralPrivateKey');
  const dh1 = dh(crypto, keys.identityPrivateKey, keys.theirSignedPreKey, 'their signed pre-key');
  const dh2 = dh(crypto, keys.ephemeralPrivateKey, keys.theirIdentityKey, 'their identity key');
  const dh3 = dh(crypto, keys.ephemeralPrivateKey, keys.theirSignedPreKey, 'their signed pre-key');
  return { dh1, dh2, dh3, sharedSecret: crypto.keccak256(concatBytes(dh1, dh2, dh3)) };
}

/**
 * The responder's side: our identity and signed pre-key private keys, their identity and
 * ephemeral key (from the X3DH header).
 * @throws InvalidPublicKeyError when a public key is not on the curve.
 */
export function x3dhPassive(
  keys: {
    identityPrivateKey: Uint8Array;
    signedPreKeyPrivateKey: Uint8Array;
    theirIdentityKey: Uint8Array;
    theirEphemeralKey: Uint8Array;
  },
  crypto: CryptoProvider = nobleCrypto,
): X3dhResult {
  checkPrivate(crypto, keys.identityPrivateKey, 'identityPrivateKey');
  checkPrivate(crypto, keys.signedPreKeyPrivateKey, 'signedPreKeyPrivateKey');
  const dh1 = dh(crypto, keys.signedPreKeyPrivateKey, keys.theirIdentityKey, 'their identity key');
  const dh2 = dh(crypto, keys.identityPrivateKey, keys.theirEphemeralKey, 'their ephemeral key');
  const dh3 = dh(crypto, keys.signedPreKeyPrivateKey, keys.theirEphemeralKey, 'their ephemeral key');
  return { dh1, dh2, dh3, sharedSecret: crypto.keccak256(concatBytes(dh1, dh2, dh3)) };
}
