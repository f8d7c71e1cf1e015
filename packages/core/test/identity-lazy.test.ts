/**
 * The pieces that keep a client's first bundle chunk small (issue 13): the three-word name lists
 * loaded on first use, the identity built with explicit lists, and the small base58btc encoder of
 * the display key. Each must give exactly what the public, eager functions give.
 */
import { base58 } from '@scure/base';
import { nobleCrypto } from '@statuskit/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadStatusAliasWords } from '../src/identity/alias-lfsr.js';
import { base58btcEncode } from '../src/identity/base58.js';
import { identityWithWords } from '../src/identity/identity-core.js';
import {
  ALIAS_ADJECTIVES,
  ALIAS_ANIMALS,
  identityFromMnemonic,
  identityFromPrivateKey,
  publicKeyToMultiformat,
  STATUS_ALIAS_WORDS,
} from '../src/index.js';

describe('lazily loaded identity pieces', () => {
  it('loads the same word lists as the eager export, once', async () => {
    const words = await loadStatusAliasWords();
    expect(words.adjectives).toBe(ALIAS_ADJECTIVES);
    expect(words.animals).toBe(ALIAS_ANIMALS);
    expect(words.adjectives).toHaveLength(1389);
    expect(words.animals).toHaveLength(1704);
    expect(await loadStatusAliasWords()).toBe(words);
  });

  it('base58btc matches @scure/base, leading zeros included', () => {
    expect(base58btcEncode(new Uint8Array(0))).toBe('');
    expect(base58btcEncode(Uint8Array.of(0, 0, 1))).toBe(base58.encode(Uint8Array.of(0, 0, 1)));
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 80 }), fc.nat(4), (data, zeros) => {
        const input = new Uint8Array(zeros + data.length);
        input.set(data, zeros);
        expect(base58btcEncode(input)).toBe(base58.encode(input));
      }),
      { numRuns: 300 },
    );
  });

  it('an identity built with loaded lists equals identityFromPrivateKey', async () => {
    const words = await loadStatusAliasWords();
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 32, maxLength: 32 }), (key) => {
        fc.pre(nobleCrypto.secp256k1IsValidPrivateKey(key));
        const eager = identityFromPrivateKey(key);
        const lazy = identityWithWords(key, nobleCrypto, words);
        expect(lazy).toEqual(eager);
        expect(lazy.multiformat).toBe(publicKeyToMultiformat(eager.publicKey));
      }),
      { numRuns: 40 },
    );
    expect(() => identityWithWords(new Uint8Array(32), nobleCrypto, STATUS_ALIAS_WORDS)).toThrow(RangeError);
  });

  it('identityFromMnemonic gives the eager identity of its chat key', async () => {
    const m = 'abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon abandon about';
    const id = await identityFromMnemonic(m);
    expect(identityFromPrivateKey(id.privateKey)).toEqual(id);
  });
});
