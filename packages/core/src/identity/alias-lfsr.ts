/**
 * The three-word name's generator without its word lists (STATUS-V1-FACTS §8.2), so that code which
 * loads the lists lazily (the client) does not pull them into a bundle's first chunk. The public
 * functions are in `alias.ts`.
 */
import { bytesToBigInt, type CryptoProvider } from '@statuskit/utils';
import { parsePublicKey } from './keys.js';

/** The two word lists an alias draws from. Injectable so another table can be tried. */
export interface AliasWordLists {
  adjectives: readonly string[];
  animals: readonly string[];
}

/** The LFSR polynomial of status-go's alias generator (§8.2). */
export const ALIAS_LFSR_POLY = 0xb8n;

const MASK_64 = (1n << 64n) - 1n;

/** One step of the LFSR: XOR of the tapped bits becomes the new low bit of the shifted state. */
function lfsrNext(state: bigint, poly: bigint): bigint {
  let bit = 0n;
  for (let i = 0n; i < 64n; i++) {
    if ((poly >> i) & 1n) bit ^= state >> i;
  }
  return ((state << 1n) | (bit & 1n)) & MASK_64;
}

/** `aliasFromSeed` with explicit lists. */
export function aliasFromSeedWith(seed: bigint, words: AliasWordLists): string {
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

/** The alias seed of a public key: the low 64 bits of X (§8.2). */
export function aliasSeedWith(publicKey: Uint8Array | string, crypto: CryptoProvider): bigint {
  return bytesToBigInt(parsePublicKey(publicKey, crypto).subarray(25, 33));
}

let statusWords: Promise<AliasWordLists> | undefined;

/**
 * status-go's lists, imported on first use: bundlers put the ~30 KB of words in a chunk of their own
 * that loads only when a client starts.
 */
export function loadStatusAliasWords(): Promise<AliasWordLists> {
  statusWords ??= import('./alias-words.js').then((m) => ({
    adjectives: m.ALIAS_ADJECTIVES,
    animals: m.ALIAS_ANIMALS,
  }));
  return statusWords;
}
