/**
 * `identityFromPrivateKey` with the alias word lists passed in, for the client, which loads them
 * lazily (`loadStatusAliasWords`) so that they stay out of a bundle's first chunk.
 */
import { assertBytes, bytesToBigInt, type CryptoProvider, concatBytes, toHex } from '@statuskit/utils';
import { type AliasWordLists, aliasFromSeedWith } from './alias-lfsr.js';
import { base58btcEncode } from './base58.js';
import type { Identity } from './identity.js';

export function identityWithWords(
  privateKey: Uint8Array,
  crypto: CryptoProvider,
  words: AliasWordLists,
): Identity {
  assertBytes(privateKey, 32, 'privateKey');
  if (!crypto.secp256k1IsValidPrivateKey(privateKey))
    throw new RangeError('privateKey is not a valid secp256k1 scalar');
  const publicKey = crypto.secp256k1PublicKey(privateKey, false);
  const compressedPublicKey = crypto.secp256k1Compress(publicKey);
  return Object.freeze({
    privateKey: privateKey.slice(),
    publicKey,
    compressedPublicKey,
    publicKeyString: `0x${toHex(publicKey)}`,
    address: crypto.keccak256(publicKey.subarray(1)).slice(12),
    alias: aliasFromSeedWith(bytesToBigInt(publicKey.subarray(25, 33)), words),
    // multibase 'z' (base58btc) of the secp256k1 multicodec (e7 01) and the compressed key (§8.1).
    multiformat: `z${base58btcEncode(concatBytes(Uint8Array.of(0xe7, 0x01), compressedPublicKey))}`,
  });
}
