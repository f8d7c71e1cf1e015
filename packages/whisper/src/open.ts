/**
 * Opening an envelope with one key (STATUS-V1-FACTS §3.6): decrypt `Data` symmetrically or with
 * ECIES, then parse the plaintext and recover the signer, as go-ethereum's `Envelope.Open` +
 * `ValidateAndParse` do.
 */
import { type CryptoProvider, nobleCrypto, toHex } from '@statuskit/utils';
import type { Envelope } from './envelope.js';
import { type ParsedMessage, parseMessage } from './message.js';
import { decryptAsymmetric, decryptSymmetric } from './payload-crypto.js';

/** A key an envelope can be opened with. */
export type EnvelopeKey =
  | { readonly kind: 'symmetric'; readonly key: Uint8Array }
  | { readonly kind: 'asymmetric'; readonly privateKey: Uint8Array };

/** A message opened from an envelope, with the key that opened it. */
export interface OpenedPayload extends ParsedMessage {
  key: EnvelopeKey;
}

/**
 * Decrypts and parses `envelope.data` with `key`.
 * @throws DecryptError when the key does not open it (bad GCM tag, ECIES MAC, wrong key).
 * @throws MessageFormatError when the plaintext is malformed.
 * @throws SignatureError when the signature recovers no key.
 * @example const m = openEnvelope(envelope, { kind: 'symmetric', key });
 */
export function openEnvelope(
  envelope: Pick<Envelope, 'data'>,
  key: EnvelopeKey,
  crypto: CryptoProvider = nobleCrypto,
): OpenedPayload {
  let plaintext: Uint8Array;
  if (key.kind === 'symmetric') plaintext = decryptSymmetric(key.key, envelope.data, crypto);
  else if (key.kind === 'asymmetric') plaintext = decryptAsymmetric(key.privateKey, envelope.data, crypto);
  else throw new TypeError('key.kind must be symmetric or asymmetric');
  return { ...parseMessage(plaintext, crypto), key };
}

/** A stable identity of a key (never the key itself): keccak256 of the key material, in hex. */
export function keyFingerprint(key: EnvelopeKey, crypto: CryptoProvider = nobleCrypto): string {
  const material = key.kind === 'symmetric' ? key.key : key.privateKey;
  return `${key.kind[0]}:${toHex(crypto.keccak256(material))}`;
}
