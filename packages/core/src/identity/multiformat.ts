/**
 * Multiformat public keys (STATUS-V1-FACTS §8.1, §11.6, §13 #15): `multibase(uvarint(0xe7) ‖ key)`
 * where 0xe7 is the multicodec of a secp256k1 public key (uvarint bytes `e7 01`). Serialising
 * compresses the key (33 bytes); deserialising decompresses it (65 bytes). A `0x` prefix is read as
 * multibase `f` (lowercase base16), as status-go's `api/multiformat` does. Only secp256k1 keys are
 * handled; the BLS12-381 codecs status-go also knows are not part of the chat protocol.
 */
import { base16, base58 } from '@scure/base';
import { type CryptoProvider, nobleCrypto } from '@statuskit/utils';
import { InvalidPublicKeyError } from '../errors.js';
import { parsePublicKey } from './keys.js';

/** The multicodec of a secp256k1 public key and its uvarint encoding (§8.1). */
export const SECP256K1_MULTICODEC = { CODE: 0xe7, UVARINT: Uint8Array.of(0xe7, 0x01) } as const;

/** The multibase prefixes this module reads and writes: base58btc, base16 lower/upper, `0x`. */
export type MultibaseName = 'z' | 'f' | 'F' | '0x';

function multibaseDecode(text: string): Uint8Array {
  if (typeof text !== 'string' || text.length < 1) throw new TypeError('key must be a non-empty string');
  const s = text.startsWith('0x') ? `f${text.slice(2)}` : text;
  const body = s.slice(1);
  try {
    switch (s[0]) {
      case 'z':
        return base58.decode(body);
      case 'f':
        return base16.decode(body.toUpperCase());
      case 'F':
        return base16.decode(body);
      default:
        throw new InvalidPublicKeyError(`unsupported multibase prefix '${s[0]}'`);
    }
  } catch (cause) {
    if (cause instanceof InvalidPublicKeyError) throw cause;
    throw new InvalidPublicKeyError('multibase text does not decode', { cause });
  }
}

function multibaseEncode(base: MultibaseName, data: Uint8Array): string {
  switch (base) {
    case 'z':
      return `z${base58.encode(data)}`;
    case 'f':
    case '0x':
      return `f${base16.encode(data).toLowerCase()}`;
    case 'F':
      return `F${base16.encode(data)}`;
    default:
      throw new RangeError(`base must be one of z, f, F, 0x`);
  }
}

function stripCodec(data: Uint8Array): Uint8Array {
  if (data.length < 2 || data[0] !== 0xe7 || data[1] !== 0x01) {
    throw new InvalidPublicKeyError('multicodec is not secp256k1-pub (e7 01)');
  }
  return data.subarray(2);
}

/**
 * Serialises a multibase, multicodec-tagged secp256k1 public key (compressed or not) to its
 * compressed form in `base` (default base58btc), like status-go `SerializePublicKey`.
 * @throws InvalidPublicKeyError on an unknown base, codec or an invalid point.
 * @example serializePublicKey('0xe70104261c…') // 'zQ3shPyZJnxZK4Bwyx9QsaksNKDYTPmpwPvGSjMYVHoXHeEgB'
 */
export function serializePublicKey(
  key: string,
  base: MultibaseName = 'z',
  crypto: CryptoProvider = nobleCrypto,
): string {
  const pub = parsePublicKey(stripCodec(multibaseDecode(key)), crypto);
  const out = new Uint8Array(35);
  out.set(SECP256K1_MULTICODEC.UVARINT);
  out.set(crypto.secp256k1Compress(pub), 2);
  return multibaseEncode(base, out);
}

/**
 * Deserialises a multibase, multicodec-tagged secp256k1 key to its uncompressed form in `base`
 * (default `f`), like status-go `DeserializePublicKey`.
 * @throws InvalidPublicKeyError on an unknown base, codec or an invalid point.
 */
export function deserializePublicKey(
  key: string,
  base: MultibaseName = 'f',
  crypto: CryptoProvider = nobleCrypto,
): string {
  const pub = parsePublicKey(stripCodec(multibaseDecode(key)), crypto);
  const out = new Uint8Array(67);
  out.set(SECP256K1_MULTICODEC.UVARINT);
  out.set(pub, 2);
  return multibaseEncode(base, out);
}

/**
 * The default display form of a public key (33 or 65 bytes): base58btc of `e7 01 ‖ compressed`.
 * @example publicKeyToMultiformat(pub) // 'zQ3sh…'
 */
export function publicKeyToMultiformat(publicKey: Uint8Array, crypto: CryptoProvider = nobleCrypto): string {
  const out = new Uint8Array(35);
  out.set(SECP256K1_MULTICODEC.UVARINT);
  out.set(crypto.secp256k1Compress(parsePublicKey(publicKey, crypto)), 2);
  return multibaseEncode('z', out);
}

/**
 * The uncompressed public key held in a multiformat string (any supported base).
 * @throws InvalidPublicKeyError on an unknown base, codec or an invalid point.
 */
export function publicKeyFromMultiformat(key: string, crypto: CryptoProvider = nobleCrypto): Uint8Array {
  return parsePublicKey(stripCodec(multibaseDecode(key)), crypto);
}
