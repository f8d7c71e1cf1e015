/**
 * The cryptographic steps of status-go's Double Ratchet (`EthereumCrypto`, STATUS-V1-FACTS §5.4),
 * on raw bytes and the injected `CryptoProvider`:
 *
 * - `DH(priv, pub)` = X coordinate of priv·pub (32 bytes), pub given compressed;
 * - `KDF_RK(rk, dhOut)` = HKDF-SHA256(ikm = dhOut, salt = rk, info = ROOT) split 32/32/32 into
 *   root key, chain key and (unused) header key;
 * - `KDF_CK(ck)` = (HMAC(ck, 0x0f), HMAC(ck, 0x10)) = (next chain key, message key);
 * - `ENCRYPT(mk, pt, ad)` = iv ‖ AES-256-CTR(encKey, iv, pt) ‖ HMAC(authKey, ad ‖ iv ‖ ct), with
 *   encKey ‖ authKey ‖ iv = HKDF-SHA256(ikm = mk, salt = 0³², info = MESSAGE, 80 bytes);
 * - the header `LE32(n) ‖ LE32(pn) ‖ dh33` is the associated data (41 bytes).
 */
import { assertBytes, type CryptoProvider, concatBytes, equalBytesCT, utf8ToBytes } from '@statuskit/utils';
import { RatchetError } from '../errors.js';
import { DR_INFO, DR_KDF_CK, DR_SIZES } from './constants.js';

const ROOT_INFO = utf8ToBytes(DR_INFO.ROOT);
const MESSAGE_INFO = utf8ToBytes(DR_INFO.MESSAGE);
const ZERO_SALT = new Uint8Array(32);
const CK_INPUT = Uint8Array.of(DR_KDF_CK.CHAIN_INPUT);
const MK_INPUT = Uint8Array.of(DR_KDF_CK.MESSAGE_INPUT);

/** A Double Ratchet message header (§5.4). */
export interface RatchetHeader {
  /** The sender's current ratchet public key, compressed (33 bytes). */
  dh: Uint8Array;
  /** Number of the message in its sending chain. */
  n: number;
  /** Length of the sender's previous sending chain. */
  pn: number;
}

/** Output of KDF_RK. */
export interface RootStep {
  rootKey: Uint8Array;
  chainKey: Uint8Array;
  headerKey: Uint8Array;
}

/** `DH(priv, pub)`: the 32-byte X coordinate of priv·pub (go-ethereum `GenerateShared(pub, 16, 16)`). */
export function ratchetDh(crypto: CryptoProvider, privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
  return crypto.secp256k1Ecdh(privateKey, publicKey);
}

/** KDF_RK (§5.4). */
export function kdfRk(crypto: CryptoProvider, rootKey: Uint8Array, dhOut: Uint8Array): RootStep {
  const out = crypto.hkdfSha256(dhOut, rootKey, ROOT_INFO, 96);
  return { rootKey: out.slice(0, 32), chainKey: out.slice(32, 64), headerKey: out.slice(64, 96) };
}

/** KDF_CK (§5.4): the next chain key and this step's message key. */
export function kdfCk(
  crypto: CryptoProvider,
  chainKey: Uint8Array,
): { chainKey: Uint8Array; messageKey: Uint8Array } {
  return {
    chainKey: crypto.hmacSha256(chainKey, CK_INPUT),
    messageKey: crypto.hmacSha256(chainKey, MK_INPUT),
  };
}

/** The keys a message key expands to (§5.4). */
export function messageKeys(
  crypto: CryptoProvider,
  messageKey: Uint8Array,
): { encKey: Uint8Array; authKey: Uint8Array; iv: Uint8Array } {
  const out = crypto.hkdfSha256(messageKey, ZERO_SALT, MESSAGE_INFO, 80);
  return { encKey: out.slice(0, 32), authKey: out.slice(32, 64), iv: out.slice(64, 80) };
}

/** The header as associated data: `LE32(n) ‖ LE32(pn) ‖ dh` (41 bytes for a 33-byte key). */
export function encodeRatchetHeader(header: RatchetHeader): Uint8Array {
  assertBytes(header.dh, undefined, 'header.dh');
  for (const [name, v] of [
    ['header.n', header.n],
    ['header.pn', header.pn],
  ] as const) {
    if (!Number.isInteger(v) || v < 0 || v > 0xffffffff) throw new RangeError(`${name} must be a uint32`);
  }
  const out = new Uint8Array(8 + header.dh.length);
  const view = new DataView(out.buffer);
  view.setUint32(0, header.n, true);
  view.setUint32(4, header.pn, true);
  out.set(header.dh, 8);
  return out;
}

/** ENCRYPT(mk, plaintext, ad) (§5.4): `iv ‖ AES-256-CTR ‖ HMAC-SHA256 tag`. */
export function ratchetSeal(
  crypto: CryptoProvider,
  messageKey: Uint8Array,
  plaintext: Uint8Array,
  associatedData: Uint8Array,
): Uint8Array {
  const { encKey, authKey, iv } = messageKeys(crypto, messageKey);
  const ct = concatBytes(iv, crypto.aesCtr(encKey, iv, plaintext));
  return concatBytes(ct, crypto.hmacSha256(authKey, concatBytes(associatedData, ct)));
}

/**
 * DECRYPT(mk, ciphertext, ad) (§5.4): checks the tag (constant time), then decrypts with the IV
 * the ciphertext carries.
 * @throws RatchetError when the ciphertext is too short or the tag does not verify.
 */
export function ratchetOpen(
  crypto: CryptoProvider,
  messageKey: Uint8Array,
  ciphertext: Uint8Array,
  associatedData: Uint8Array,
): Uint8Array {
  if (ciphertext.length < DR_SIZES.IV + DR_SIZES.MAC)
    throw new RatchetError('ratchet ciphertext is too short');
  const body = ciphertext.subarray(0, ciphertext.length - DR_SIZES.MAC);
  const tag = ciphertext.subarray(ciphertext.length - DR_SIZES.MAC);
  const { encKey, authKey } = messageKeys(crypto, messageKey);
  if (!equalBytesCT(crypto.hmacSha256(authKey, concatBytes(associatedData, body)), tag)) {
    throw new RatchetError('ratchet message authentication failed');
  }
  return crypto.aesCtr(encKey, body.subarray(0, DR_SIZES.IV), body.subarray(DR_SIZES.IV));
}
