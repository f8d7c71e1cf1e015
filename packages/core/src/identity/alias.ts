/**
 * The three-word name ("alias") status-go derives from a public key (STATUS-V1-FACTS §8.2, §11.8).
 *
 * `seed` is the low 64 bits of the key's X coordinate (Go `uint64(X.Int64())`). A 64-bit Fibonacci
 * LFSR with polynomial 0xB8 steps three times; each step's full state, reduced modulo the list
 * length, picks an adjective, a second adjective and an animal.
 */
import { bytesToBigInt, type CryptoProvider, nobleCrypto } from '@statuskit/utils';
import { ALIAS_ADJECTIVES, ALIAS_ANIMALS } from './alias-words.js';
import { parsePublicKey } from './keys.js';

/** The LFSR polynomial of status-go's alias generator (§8.2). */
export const ALIAS_LFSR_POLY = 0xb8n;

const MASK_64 = (1n << 64n) - 1n;

/** The two word lists an alias draws from. Injectable so another table can be tried. */
export interface AliasWordLists {
  adjectives: readonly string[];
  animals: readonly string[];
}

/** status-go's lists (1389 adjectives, 1704 animals). */
export const STATUS_ALIAS_WORDS: AliasWordLists = { adjectives: ALIAS_ADJECTIVES, animals: ALIAS_ANIMALS };

/** One step of the LFSR: XOR of the tapped bits becomes the new low bit of the shifted state. */
function lfsrNext(state: bigint, poly: bigint): bigint {
  let bit = 0n;
  for (let i = 0n; i < 64n; i++) {
    if ((poly >> i) & 1n) bit ^= state >> i;
  }
  return ((state << 1n) | (bit & 1n)) & MASK_64;
}

/**
 * The alias of a raw 64-bit seed.
 * @throws RangeError when `seed` is not in [0, 2^64) or a word list is empty.
 * @example aliasFromSeed(42n) // 'Hard Tame Brownbutterfly'
 */
export function aliasFromSeed(seed: bigint, words: AliasWordLists = STATUS_ALIAS_WORDS): string {
  if (typeof seed !== 'bigint' || seed < 0n || seed > MASK_64)
    throw new RangeError('seed must be a uint64 bigint');
  if (words.adjectives.length === 0 || words.animals.length === 0) {
    throw new RangeError('words must hold at least one adjective and one animal');
  }
  let state = seed;
  state = lfsrNext(state, ALIAS_LFSR_POLY);
  const a1 = words.adjectives[Number(state % BigInt(words.adjectives.length))];
  state = lfsrNext(state, ALIAS_LFSR_POLY);
  const a2 = words.adjectives[Number(state % BigInt(words.adjectives.length))];
  state = lfsrNext(state, ALIAS_LFSR_POLY);
  const animal = words.animals[Number(state % BigInt(words.animals.length))];
  return `${a1} ${a2} ${animal}`;
}

/**
 * The alias seed of a public key: the low 64 bits of X (§8.2).
 * @throws InvalidPublicKeyError when `publicKey` is not a valid key.
 */
export function aliasSeedOf(publicKey: Uint8Array | string, crypto: CryptoProvider = nobleCrypto): bigint {
  const pub = parsePublicKey(publicKey, crypto);
  return bytesToBigInt(pub.subarray(25, 33));
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
