/**
 * Golden vectors from status-go v0.62.18 (identity.json): three-word names (alias), identicons,
 * compressed and multiformat keys, addresses, and BIP39/BIP32 derivation on the Status paths.
 * Plus the published status-go KATs quoted in STATUS-V1-FACTS §11.6, §11.8 and §11.9.
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { fromHex, toHex, utf8ToBytes } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { casesOf, kindsOf } from '../../../test/support/vectors.js';
import {
  ALIAS_ADJECTIVES,
  ALIAS_ANIMALS,
  aliasFromSeed,
  aliasSeedOf,
  compressPublicKey,
  deriveFromSeed,
  deriveStatusKeys,
  deserializePublicKey,
  generateAlias,
  identiconDataUri,
  identiconOf,
  identiconOfString,
  identityFromPrivateKey,
  publicKeyFromMultiformat,
  publicKeyToAddress,
  publicKeyToMultiformat,
  serializePublicKey,
  statusGoPathIndices,
} from '../src/index.js';

type Rec = Record<string, unknown>;
const exp = (c: Rec) => c.expected as Rec;
const inp = (c: Rec) => c.input as Rec;

describe('identity.json', () => {
  it('has only kinds this suite handles', () => {
    for (const kind of kindsOf('identity')) {
      expect(['public-key', 'alias-seed', 'identicon-string', 'mnemonic']).toContain(kind);
    }
  });

  describe.each(casesOf('identity', 'public-key').map((c) => [c.id, c] as const))(
    'public-key %s',
    (_id, c) => {
      const pub = fromHex(inp(c).public_key as string);
      const e = exp(c);

      it('three-word name and seed', () => {
        expect(aliasSeedOf(pub).toString()).toBe(e.alias_seed_uint64);
        expect(generateAlias(pub)).toBe(e.three_word_alias);
        expect(generateAlias(`0x${toHex(pub)}`)).toBe(e.three_word_alias);
      });

      it('compressed key and address', () => {
        expect(toHex(compressPublicKey(pub))).toBe(e.compressed_public_key);
        expect(toHex(publicKeyToAddress(pub))).toBe(e.address);
      });

      it('multiformat serialisation', () => {
        expect(serializePublicKey(e.multiformat_serialize_input as string, 'z')).toBe(
          e.multiformat_base58btc,
        );
        expect(serializePublicKey(e.multiformat_serialize_input as string, 'f')).toBe(
          e.multiformat_base16_compressed,
        );
        expect(deserializePublicKey(e.multiformat_base58btc as string, 'f')).toBe(
          e.multiformat_deserialized_base16,
        );
        expect(publicKeyToMultiformat(pub)).toBe(e.multiformat_base58btc);
        expect(toHex(publicKeyFromMultiformat(e.multiformat_base58btc as string))).toBe(toHex(pub));
      });

      it('identicon data', () => {
        expect(e.identicon_input_string).toBe(`0x${toHex(pub)}`);
        const id = identiconOf(pub);
        expect(toHex(id.hash)).toBe(e.identicon_md5);
        expect(toHex(id.pattern)).toBe(e.identicon_pattern);
        expect(Array.from(id.bitmap).join('')).toBe(e.identicon_bitmap);
        expect(toHex(Uint8Array.from(id.rgba8))).toBe(e.identicon_color_rgba8);
        expect([...id.rgba16]).toEqual(e.identicon_color_rgba16_premultiplied);
        // The exact PNG status-go returns (Go image/png + compress/flate level 6).
        expect(identiconDataUri(pub)).toBe(e.identicon_data_uri);
        expect(identiconDataUri(`0x${toHex(pub)}`)).toBe(e.identicon_data_uri);
      });
    },
  );

  it.each(casesOf('identity', 'alias-seed').map((c) => [c.id, c] as const))('alias-seed %s', (_id, c) => {
    expect(aliasFromSeed(BigInt(inp(c).seed_uint64 as string))).toBe(exp(c).three_word_alias);
  });

  it.each(casesOf('identity', 'identicon-string').map((c) => [c.id, c] as const))(
    'identicon-string %s',
    (_id, c) => {
      const id = identiconOfString(inp(c).string as string);
      const e = exp(c);
      expect(toHex(id.hash)).toBe(e.identicon_md5);
      expect(toHex(id.pattern)).toBe(e.identicon_pattern);
      expect(Array.from(id.bitmap).join('')).toBe(e.identicon_bitmap);
      expect(toHex(Uint8Array.from(id.rgba8))).toBe(e.identicon_color_rgba8);
      expect(identiconDataUri(id)).toBe(e.identicon_data_uri);
    },
  );

  describe.each(casesOf('identity', 'mnemonic').map((c) => [c.id, c] as const))('mnemonic %s', (_id, c) => {
    it('derives the seed, master key, key UID and every Status path', async () => {
      const e = exp(c);
      const keys = await deriveStatusKeys(inp(c).mnemonic as string, {
        passphrase: inp(c).passphrase as string,
      });
      expect(toHex(keys.seed)).toBe(e.bip39_seed);
      expect(toHex(keys.master.publicKey)).toBe(e.master_public_key);
      expect(toHex(keys.master.address)).toBe(e.master_address);
      expect(keys.keyUid).toBe(`0x${e.key_uid}`);
      expect(toHex(keys.chat.privateKey)).toBe(e.chat_private_key);
      expect(toHex(keys.wallet.privateKey)).toBe(e.wallet_private_key);
      expect(toHex(keys.database.privateKey)).toBe(e.db_private_key);
      const byPath = new Map(
        [keys.chat, keys.wallet, keys.database, keys.eip1581Root].map((k) => [k.path, k] as const),
      );
      for (const [path, d] of Object.entries(e.derived as Record<string, Rec>)) {
        // status-go's generator reads each path with its own decoder (statusGo: true).
        const k = deriveFromSeed(keys.seed, path, { statusGo: true });
        const named = byPath.get(path);
        if (named !== undefined) expect(toHex(named.publicKey), path).toBe(d.public_key);
        expect(toHex(k.publicKey), path).toBe(d.public_key);
        expect(toHex(k.address), path).toBe(d.address);
      }
      expect(identityFromPrivateKey(keys.chat.privateKey).alias).toBe(e.chat_three_word_alias);
    });
  });
});

describe('status-go path decoding', () => {
  it('drops a final hardened segment and keeps everything else', () => {
    const H = 0x80000000;
    expect(statusGoPathIndices("m/43'/60'/1581'/0'/0")).toEqual([43 + H, 60 + H, 1581 + H, 0 + H, 0]);
    expect(statusGoPathIndices("m/43'/60'/1581'")).toEqual([43 + H, 60 + H]);
    expect(statusGoPathIndices("m/44'/60'/0'/0/1")).toEqual([44 + H, 60 + H, 0 + H, 0, 1]);
    expect(statusGoPathIndices('m')).toEqual([]);
    expect(() => statusGoPathIndices('m/2147483648')).toThrow(RangeError);
    expect(() => statusGoPathIndices('x/1')).toThrow(RangeError);
  });
});

describe('published status-go KATs (STATUS-V1-FACTS §11)', () => {
  it('§11.8 generate(42) and the alias_test key', () => {
    expect(aliasFromSeed(42n)).toBe('Hard Tame Brownbutterfly');
    const key =
      '0x04eedbaafd6adf4a9233a13e7b1c3c14461fffeba2e9054b8d456ce5f6ebeafadcbf3dce3716253fbc391277fa5a086b60b283daf61fb5b1f26895f456c2f31ae3';
    expect(aliasSeedOf(key)).toBe(0x456ce5f6ebeafadcn);
    expect(generateAlias(key)).toBe('Darkorange Blue Bubblefish');
  });

  it('§8.2 word lists: sizes, ends and SHA-256 digests', () => {
    expect(ALIAS_ADJECTIVES.length).toBe(1389);
    expect(ALIAS_ANIMALS.length).toBe(1704);
    expect(ALIAS_ADJECTIVES.slice(0, 3)).toEqual(['Able', 'Absolute', 'Academic']);
    expect(ALIAS_ANIMALS.slice(-2)).toEqual(['Zopilote', 'Zorilla']);
    expect(toHex(sha256(utf8ToBytes(ALIAS_ADJECTIVES.join('\n'))))).toBe(
      '2fd4795a3eeae8e7609e65133cc23cc2138970f08272c2320937dc88f19085f3',
    );
    expect(toHex(sha256(utf8ToBytes(ALIAS_ANIMALS.join('\n'))))).toBe(
      '9d970d6789f439cdb20ae69f889857eee0104f16aa7f2b16d17dd1effb366031',
    );
  });

  it('§11.9 identicon of "Culona"', () => {
    const id = identiconOfString('Culona');
    expect(Array.from(id.pattern)).toEqual([
      129, 201, 130, 201, 129, 56, 157, 244, 157, 56, 232, 187, 241, 187, 232, 183, 61, 165, 61, 183, 149,
      108, 179, 108, 149,
    ]);
    expect(Array.from(id.bitmap).join('')).toBe('0010010101100010000001010');
  });

  it('§11.6 compressed key and multibase', () => {
    const pub = fromHex(
      '04261c55675e55ff25edb50b345cfb3a3f35f60712d251cbaaab97bd50054c6ebc3cd4e22200c68daf7493e1f8da6a190a68a671e2d3977809612424c7c3888bc6',
    );
    expect(toHex(compressPublicKey(pub))).toBe(
      '02261c55675e55ff25edb50b345cfb3a3f35f60712d251cbaaab97bd50054c6ebc',
    );
    expect(publicKeyToMultiformat(pub)).toBe('zQ3shPyZJnxZK4Bwyx9QsaksNKDYTPmpwPvGSjMYVHoXHeEgB');
  });
});
