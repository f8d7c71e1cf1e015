/**
 * The topics and symmetric keys Status derives for its envelopes (STATUS-V1-FACTS §4.1, §4.2,
 * §4.4). A topic is `keccak256(utf8(s))[0:4]`; a symmetric key is
 * `PBKDF2-HMAC-SHA256(utf8(s), salt = "", 65356 iterations, 32 bytes)`: 65356, not 65536.
 */
import {
  assertBytes,
  bytesToBigInt,
  type CryptoProvider,
  nobleCrypto,
  toHex,
  utf8ToBytes,
} from '@statuskit/utils';
import { SYM_KEY_PBKDF2 } from './constants.js';

/** Number of partitions of the 1:1 discovery topics (§4.1). */
export const PARTITIONS_COUNT = 5000;
/** The legacy generic discovery topic string (§4.1). */
export const DISCOVERY_TOPIC_STRING = 'contact-discovery';
/** The default mailserver password of the Status fleets (§4.2). */
export const MAILSERVER_PASSWORD = 'status-offline-inbox';

/** `ToTopic(s) = keccak256(utf8(s))[0:4]` (§4.1). @example toTopic('status') // cd423760 */
export function toTopic(s: string, crypto: CryptoProvider = nobleCrypto): Uint8Array {
  if (typeof s !== 'string') throw new TypeError('s must be a string');
  return crypto.keccak256(utf8ToBytes(s)).slice(0, 4);
}

/**
 * The symmetric key of a password or topic string: PBKDF2-HMAC-SHA256 with an empty salt, 65356
 * iterations, 32 bytes (the `shh_generateSymKeyFromPassword` equivalent, §3.8). Runs async so it
 * yields while it works.
 * @example const key = await symKeyFromPassword('status');
 */
export function symKeyFromPassword(
  password: string,
  crypto: CryptoProvider = nobleCrypto,
): Promise<Uint8Array> {
  if (typeof password !== 'string') throw new TypeError('password must be a string');
  return crypto.pbkdf2Sha256Async(
    utf8ToBytes(password),
    new Uint8Array(0),
    SYM_KEY_PBKDF2.ITERATIONS,
    SYM_KEY_PBKDF2.LENGTH,
  );
}

/** A topic string with its topic and, for symmetric topics, its key. */
export interface StatusTopic {
  /** The string the topic (and key) derive from. */
  name: string;
  topic: Uint8Array;
}

/** A symmetric Status topic: its string, topic and PBKDF2 key. */
export interface SymmetricStatusTopic extends StatusTopic {
  symKey: Uint8Array;
}

function pub65(publicKey: Uint8Array, crypto: CryptoProvider): Uint8Array {
  assertBytes(publicKey, undefined, 'publicKey');
  if (publicKey.length === 65 && publicKey[0] === 4) return publicKey;
  return crypto.secp256k1Decompress(publicKey);
}

/** Public chat `name` (§4.1): topic = ToTopic(name), key = PBKDF2(name). */
export async function publicChatTopic(
  name: string,
  crypto: CryptoProvider = nobleCrypto,
): Promise<SymmetricStatusTopic> {
  return { name, topic: toTopic(name, crypto), symKey: await symKeyFromPassword(name, crypto) };
}

/** The contact-code topic string `"0x" + hex(pub65) + "-contact-code"` of a public key (§4.1). */
export function contactCodeTopicString(publicKey: Uint8Array, crypto: CryptoProvider = nobleCrypto): string {
  return `0x${toHex(pub65(publicKey, crypto))}-contact-code`;
}

/** The contact-code topic and key of `publicKey` (§4.1, §4.5). */
export async function contactCodeTopic(
  publicKey: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): Promise<SymmetricStatusTopic> {
  const name = contactCodeTopicString(publicKey, crypto);
  return { name, topic: toTopic(name, crypto), symKey: await symKeyFromPassword(name, crypto) };
}

/** The partition of a key: the big-integer X coordinate mod 5000 (§4.1). */
export function partitionOf(publicKey: Uint8Array, crypto: CryptoProvider = nobleCrypto): number {
  const x = bytesToBigInt(pub65(publicKey, crypto).subarray(1, 33));
  return Number(x % BigInt(PARTITIONS_COUNT));
}

/**
 * The partitioned topic of the recipient `publicKey`: `"contact-discovery-" + decimal(X mod 5000)`
 * (§4.1). 1:1 messages before negotiation are ECIES envelopes on the recipient's partition.
 */
export function partitionedTopic(publicKey: Uint8Array, crypto: CryptoProvider = nobleCrypto): StatusTopic {
  const name = `${DISCOVERY_TOPIC_STRING}-${partitionOf(publicKey, crypto)}`;
  return { name, topic: toTopic(name, crypto) };
}

/** The personal discovery topic `"contact-discovery-" + hex(pub65)` (no 0x, §4.1). */
export function personalDiscoveryTopic(
  publicKey: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): StatusTopic {
  const name = `${DISCOVERY_TOPIC_STRING}-${toHex(pub65(publicKey, crypto))}`;
  return { name, topic: toTopic(name, crypto) };
}

/** The legacy generic discovery topic `contact-discovery` (§4.1). */
export function discoveryTopic(crypto: CryptoProvider = nobleCrypto): StatusTopic {
  return { name: DISCOVERY_TOPIC_STRING, topic: toTopic(DISCOVERY_TOPIC_STRING, crypto) };
}

/** A negotiated 1:1 topic: the static shared secret, its hex string, topic and key (§4.4). */
export interface NegotiatedTopic extends SymmetricStatusTopic {
  sharedSecret: Uint8Array;
}

/**
 * The negotiated topic and key of a pair of identities: `s = ECDH(myPriv, theirPub).X`; both the
 * topic and the key derive from `hex_lower(s)` (§4.4, §13 #16).
 */
export async function negotiatedTopic(
  myPrivateKey: Uint8Array,
  theirPublicKey: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): Promise<NegotiatedTopic> {
  const sharedSecret = crypto.secp256k1Ecdh(myPrivateKey, theirPublicKey);
  const name = toHex(sharedSecret);
  return { name, sharedSecret, topic: toTopic(name, crypto), symKey: await symKeyFromPassword(name, crypto) };
}

/** The local filter id status-go uses for a negotiated filter: `"0x" + hex(pub65) + "-negotiated"` (never on the wire). */
export function negotiatedFilterId(theirPublicKey: Uint8Array, crypto: CryptoProvider = nobleCrypto): string {
  return `0x${toHex(pub65(theirPublicKey, crypto))}-negotiated`;
}
