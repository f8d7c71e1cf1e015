/**
 * Public-key formats Status uses (STATUS-V1-FACTS §0.2, §8.1): the 65-byte uncompressed key
 * `04‖X‖Y`, its text form `"0x04" + hex(X‖Y)` (lowercase, 132 characters), the 33-byte compressed
 * key, and the Ethereum address `keccak256(X‖Y)[12:32]`.
 */
import { assertBytes, type CryptoProvider, fromHex, isBytes, nobleCrypto, toHex } from '@statuskit/utils';
import { InvalidPublicKeyError } from '../errors.js';

/**
 * The 65-byte uncompressed form of a public key given as bytes (33 or 65) or as hex text
 * (`0x04…`, `04…`, or a compressed `0x02…`/`0x03…`).
 * @throws InvalidPublicKeyError when it is not a point of secp256k1.
 * @example const pub = parsePublicKey('0x04261c…');
 */
export function parsePublicKey(key: Uint8Array | string, crypto: CryptoProvider = nobleCrypto): Uint8Array {
  let bytes: Uint8Array;
  if (typeof key === 'string') {
    try {
      bytes = fromHex(key);
    } catch (cause) {
      throw new InvalidPublicKeyError('public key is not hex', { cause });
    }
  } else if (isBytes(key)) {
    bytes = key;
  } else {
    throw new TypeError('key must be a Uint8Array or a hex string');
  }
  if (
    !(bytes.length === 65 && bytes[0] === 4) &&
    !(bytes.length === 33 && (bytes[0] === 2 || bytes[0] === 3))
  ) {
    throw new InvalidPublicKeyError(`public key must be 33 or 65 bytes with a 02/03/04 prefix`);
  }
  if (!crypto.secp256k1IsValidPublicKey(bytes)) {
    throw new InvalidPublicKeyError('public key is not a point of secp256k1');
  }
  return bytes.length === 65 ? bytes.slice() : crypto.secp256k1Decompress(bytes);
}

/**
 * The Status text form of a public key: `"0x04" + hex(X‖Y)`, lowercase (§8.1).
 * @throws InvalidPublicKeyError when `publicKey` is not a valid key.
 * @example publicKeyToString(pub) // '0x04261c55…'
 */
export function publicKeyToString(publicKey: Uint8Array, crypto: CryptoProvider = nobleCrypto): string {
  return `0x${toHex(parsePublicKey(publicKey, crypto))}`;
}

/**
 * The 33-byte compressed form (`02`/`03` ‖ X) of a 33- or 65-byte public key.
 * @throws InvalidPublicKeyError when `publicKey` is not a valid key.
 */
export function compressPublicKey(publicKey: Uint8Array, crypto: CryptoProvider = nobleCrypto): Uint8Array {
  assertBytes(publicKey, undefined, 'publicKey');
  return crypto.secp256k1Compress(parsePublicKey(publicKey, crypto));
}

/**
 * The 65-byte uncompressed form of a 33- or 65-byte public key.
 * @throws InvalidPublicKeyError when `publicKey` is not a valid key.
 */
export function decompressPublicKey(publicKey: Uint8Array, crypto: CryptoProvider = nobleCrypto): Uint8Array {
  assertBytes(publicKey, undefined, 'publicKey');
  return parsePublicKey(publicKey, crypto);
}

/**
 * The 20-byte Ethereum address of a public key: `keccak256(X‖Y)[12:32]` (§8.1).
 * @throws InvalidPublicKeyError when `publicKey` is not a valid key.
 */
export function publicKeyToAddress(publicKey: Uint8Array, crypto: CryptoProvider = nobleCrypto): Uint8Array {
  const pub = parsePublicKey(publicKey, crypto);
  return crypto.keccak256(pub.subarray(1)).slice(12);
}

/**
 * The uncompressed public key of a 32-byte secp256k1 private key.
 * @throws RangeError when `privateKey` is not a valid scalar.
 */
export function publicKeyOf(privateKey: Uint8Array, crypto: CryptoProvider = nobleCrypto): Uint8Array {
  assertBytes(privateKey, 32, 'privateKey');
  if (!crypto.secp256k1IsValidPrivateKey(privateKey))
    throw new RangeError('privateKey is not a valid secp256k1 scalar');
  return crypto.secp256k1PublicKey(privateKey, false);
}
