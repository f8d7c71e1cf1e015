/**
 * The three-word name ("alias") status-go derives from a public key (STATUS-V1-FACTS §8.2, §11.8).
 *
 * `seed` is the low 64 bits of the key's X coordinate (Go `uint64(X.Int64())`). A 64-bit Fibonacci
 * LFSR with polynomial 0xB8 steps three times; each step's full state, reduced modulo the list
 * length, picks an adjective, a second adjective and an animal.
 */
import { type CryptoProvider, nobleCrypto } from '@statuskit/utils';
import { type AliasWordLists, aliasFromSeedWith, aliasSeedWith } from './alias-lfsr.js';
import { ALIAS_ADJECTIVES, ALIAS_ANIMALS } from './alias-words.js';

export { ALIAS_LFSR_POLY, type AliasWordLists } from './alias-lfsr.js';

/** status-go's lists (1389 adjectives, 1704 animals). */
export const STATUS_ALIAS_WORDS: AliasWordLists = { adjectives: ALIAS_ADJECTIVES, animals: ALIAS_ANIMALS };

/**
 * The alias of a raw 64-bit seed.
 * @throws RangeError when `seed` is not in [0, 2^64) or a word list is empty.
 * @example aliasFromSeed(42n) // 'Hard Tame Brownbutterfly'
 */
export function aliasFromSeed(seed: bigint, words: AliasWordLists = STATUS_ALIAS_WORDS): string {
  return aliasFromSeedWith(seed, words);
}

/**
 * The alias seed of a public key: the low 64 bits of X (§8.2).
 * @throws InvalidPublicKeyError when `publicKey` is not a valid key.
 */
export function aliasSeedOf(publicKey: Uint8Array | string, crypto: CryptoProvider = nobleCrypto): bigint {
  return aliasSeedWith(publicKey, crypto);
}

/**
 * The three-word name of a public key (bytes, or `0x04…` text), exactly as status-go
 * `alias.GenerateFromPublicKeyString` derives it.
 * @throws InvalidPublicKeyError when `publicKey` is not a valid key.
 * @example generateAlias('0x04eedbaa…') // 'Darkorange Blue Bubblefish'
 */
export function generateAlias(
  publicKey: Uint8Array | string,
  options: { words?: AliasWordLists; crypto?: CryptoProvider } = {},
): string {
  return aliasFromSeed(
    aliasSeedOf(publicKey, options.crypto ?? nobleCrypto),
    options.words ?? STATUS_ALIAS_WORDS,
  );
}
