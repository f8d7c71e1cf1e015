/**
 * ECIES as go-ethereum's `crypto/ecies` implements it with `ECIES_AES128_SHA256` (STATUS-V1-FACTS
 * §2.1): secp256k1 ECDH, NIST SP 800-56 concat KDF with SHA-256, AES-128-CTR, HMAC-SHA256 over
 * `IV ‖ c ‖ s2`. RLPx uses it for the auth/ack handshake (s2 = the EIP-8 size prefix) and Whisper for
 * asymmetric payloads (s1 = s2 = empty).
 *
 * Output: `R (65 B, 04‖X‖Y) ‖ IV (16 B) ‖ c ‖ MAC (32 B)`, 113 bytes of overhead.
 */
import { assertBytes, type CryptoProvider, concatBytes, equalBytesCT, nobleCrypto } from '@statuskit/utils';
import { EciesError } from './errors.js';

/** Bytes ECIES adds to a message: ephemeral key 65, IV 16, MAC 32. */
export const ECIES_OVERHEAD = 113;
const EMPTY = new Uint8Array(0);

/** Options for {@link eciesEncrypt}. */
export interface EciesEncryptOptions {
  /** Shared info mixed into the KDF (empty for RLPx and Whisper). */
  s1?: Uint8Array;
  /** Shared info appended to the MAC input (the EIP-8 size prefix in RLPx). */
  s2?: Uint8Array;
  crypto?: CryptoProvider;
  /** The ephemeral private key; random by default. Fixed only in tests. */
  ephemeralPrivateKey?: Uint8Array;
  /** The 16-byte IV; random by default. Fixed only in tests. */
  iv?: Uint8Array;
}

/** Options for {@link eciesDecrypt}. */
export interface EciesDecryptOptions {
  s1?: Uint8Array;
  s2?: Uint8Array;
  crypto?: CryptoProvider;
}

function deriveKeys(
  crypto: CryptoProvider,
  z: Uint8Array,
  s1: Uint8Array,
): { ke: Uint8Array; km: Uint8Array } {
  // KeyLen 16: the KDF yields 32 bytes, the first half encrypts and SHA-256 of the second half MACs.
  const k = crypto.concatKdfSha256(z, s1, 32);
  return { ke: k.slice(0, 16), km: crypto.sha256(k.subarray(16, 32)) };
}

/**
 * Encrypts `message` to the 65-byte uncompressed `recipientPublicKey`.
 *
 * Like go-ethereum, an empty message yields an empty result (geth's Encrypt returns nothing when
 * `IV ‖ c` is not longer than one block); callers never send that.
 * @throws CryptoError when the recipient key is not a valid point.
 * @example const c = eciesEncrypt(pub, utf8ToBytes('hi'));
 */
export function eciesEncrypt(
  recipientPublicKey: Uint8Array,
  message: Uint8Array,
  options: EciesEncryptOptions = {},
): Uint8Array {
  assertBytes(recipientPublicKey, undefined, 'recipientPublicKey');
  assertBytes(message, undefined, 'message');
  const crypto = options.crypto ?? nobleCrypto;
  const s1 = options.s1 ?? EMPTY;
  const s2 = options.s2 ?? EMPTY;
  if (message.length === 0) return new Uint8Array(0);
  const r = options.ephemeralPrivateKey ?? crypto.secp256k1GeneratePrivateKey();
  const iv = options.iv ?? crypto.randomBytes(16);
  assertBytes(iv, 16, 'iv');
  const R = crypto.secp256k1PublicKey(r, false);
  const z = crypto.secp256k1Ecdh(r, recipientPublicKey);
  const { ke, km } = deriveKeys(crypto, z, s1);
  const c = crypto.aesCtr(ke, iv, message);
  const ivc = concatBytes(iv, c);
  const mac = crypto.hmacSha256(km, concatBytes(ivc, s2));
  return concatBytes(R, ivc, mac);
}

/**
 * Decrypts an ECIES ciphertext with `privateKey`. Checks the MAC in constant time before decrypting.
 * @throws EciesError when the ciphertext is too short, its ephemeral key is not an uncompressed
 * point on the curve, or the MAC does not verify (wrong key, wrong s1/s2, tampering).
 */
export function eciesDecrypt(
  privateKey: Uint8Array,
  ciphertext: Uint8Array,
  options: EciesDecryptOptions = {},
): Uint8Array {
  assertBytes(privateKey, 32, 'privateKey');
  assertBytes(ciphertext, undefined, 'ciphertext');
  const crypto = options.crypto ?? nobleCrypto;
  const s1 = options.s1 ?? EMPTY;
  const s2 = options.s2 ?? EMPTY;
  if (ciphertext.length === 0) throw new EciesError('ecies: invalid message');
  const first = ciphertext[0] as number;
  // go-ethereum accepts the prefixes 2, 3 and 4 here but can only unmarshal an uncompressed point.
  if (first !== 2 && first !== 3 && first !== 4) throw new EciesError('ecies: invalid public key');
  if (ciphertext.length < ECIES_OVERHEAD + 1) throw new EciesError('ecies: invalid message');
  const R = ciphertext.subarray(0, 65);
  if (first !== 4 || !crypto.secp256k1IsValidPublicKey(R)) throw new EciesError('ecies: invalid public key');
  const ivc = ciphertext.subarray(65, ciphertext.length - 32);
  const mac = ciphertext.subarray(ciphertext.length - 32);
  const z = crypto.secp256k1Ecdh(privateKey, R);
  const { ke, km } = deriveKeys(crypto, z, s1);
  const expected = crypto.hmacSha256(km, concatBytes(ivc, s2));
  if (!equalBytesCT(mac, expected)) throw new EciesError('ecies: invalid message');
  return crypto.aesCtr(ke, ivc.subarray(0, 16), ivc.subarray(16));
}
