/**
 * The static shared secret between two identities and the negotiated topic and key derived from it
 * (STATUS-V1-FACTS §4.3, §4.4, §13 #16):
 *
 * - `sharedSecret = ECDH(myIdentityPriv, theirIdentityPub).X` (32 bytes);
 * - negotiated topic = `keccak256(hex_lower(sharedSecret))[0:4]`;
 * - negotiated envelope key = `PBKDF2-SHA256(hex_lower(sharedSecret), "", 65356, 32)`.
 *
 * "Agreed" means every targeted installation of theirs has sent us a direct message that made us
 * record the secret for it (status-go `sharedsecret.Agreed`).
 */
import { type CryptoProvider, nobleCrypto, toHex } from '@statuskit/utils';
import { symKeyFromPassword, toTopic } from '@statuskit/whisper';

/** A negotiated secret with one identity. */
export interface SharedSecretInfo {
  /** Their 65-byte identity key. */
  identity: Uint8Array;
  /** The 32-byte ECDH X coordinate. */
  key: Uint8Array;
}

/** The negotiated envelope topic and key of a shared secret. */
export interface NegotiatedTopicKey {
  /** `hex_lower(secret)`: the topic string, also the PBKDF2 password. */
  name: string;
  topic: Uint8Array;
  symKey: Uint8Array;
}

/** `ECDH(myPriv, theirPub).X` (§4.4). */
export function computeSharedSecret(
  myPrivateKey: Uint8Array,
  theirPublicKey: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): Uint8Array {
  return crypto.secp256k1Ecdh(myPrivateKey, theirPublicKey);
}

/**
 * The negotiated topic and envelope key of a shared secret (§4.4). The key is a 65356-iteration
 * PBKDF2: cache the result per contact.
 * @example const { topic, symKey } = await negotiatedTopicKey(secret);
 */
export async function negotiatedTopicKey(
  sharedSecret: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): Promise<NegotiatedTopicKey> {
  const name = toHex(sharedSecret);
  return { name, topic: toTopic(name, crypto), symKey: await symKeyFromPassword(name, crypto) };
}
