/**
 * The RLPx v4 handshake (STATUS-V1-FACTS §2.2): auth from the initiator, ack from the recipient,
 * both ECIES-encrypted to the other's static key, in the EIP-8 format (sent) or the legacy format
 * (accepted, and answered in kind). Pure functions plus small state records, so the session driver
 * and tests share one implementation; every random draw can be pinned for the golden vectors.
 */
import {
  assertBytes,
  type CryptoProvider,
  concatBytes,
  decodeRlpPrefix,
  encodeRlp,
  nobleCrypto,
  type RlpItem,
  rlpBytes,
  rlpList,
  type StreamingHash,
  uintToRlpBytes,
} from '@statuskit/utils';
import { ECIES_OVERHEAD, eciesDecrypt, eciesEncrypt } from './ecies.js';
import { HandshakeError } from './errors.js';

/** Handshake version we send (auth-vsn / ack-vsn), §2.2. */
export const RLPX_HANDSHAKE_VERSION = 4;
/** Legacy auth plaintext: sig 65 ‖ keccak(eph) 32 ‖ pubkey 64 ‖ nonce 32 ‖ 0x00. */
export const LEGACY_AUTH_PLAINTEXT_LENGTH = 194;
/** Legacy ack plaintext: eph 64 ‖ nonce 32 ‖ 0x00. */
export const LEGACY_ACK_PLAINTEXT_LENGTH = 97;
/** Legacy auth on the wire: 307 bytes. */
export const LEGACY_AUTH_LENGTH = LEGACY_AUTH_PLAINTEXT_LENGTH + ECIES_OVERHEAD;
/** Legacy ack on the wire: 210 bytes. */
export const LEGACY_ACK_LENGTH = LEGACY_ACK_PLAINTEXT_LENGTH + ECIES_OVERHEAD;

/** Wire format of a handshake message. */
export type HandshakeFormat = 'eip8' | 'legacy';

/** What a recipient learns from an auth message. */
export interface AuthMessage {
  format: HandshakeFormat;
  signature: Uint8Array;
  /** The initiator's static public key, 64 bytes (its node id). */
  initiatorId: Uint8Array;
  initiatorNonce: Uint8Array;
  /** The initiator's ephemeral public key (64 bytes), recovered from the signature. */
  initiatorEphemeralPublicKey: Uint8Array;
  version: number;
  /** The decrypted plaintext (RLP body and padding for EIP-8). */
  plaintext: Uint8Array;
  /** Raw RLP of list elements beyond the ones we read (forward compatibility, ignored). */
  extra: Uint8Array[];
}

/** What an initiator learns from an ack message. */
export interface AckMessage {
  format: HandshakeFormat;
  recipientEphemeralPublicKey: Uint8Array;
  recipientNonce: Uint8Array;
  version: number;
  plaintext: Uint8Array;
  extra: Uint8Array[];
}

/** The session secrets and MAC states both sides derive after the handshake. */
export interface RlpxSecrets {
  ephemeralSharedSecret: Uint8Array;
  sharedSecret: Uint8Array;
  aesSecret: Uint8Array;
  macSecret: Uint8Array;
  egressMac: StreamingHash;
  ingressMac: StreamingHash;
}

function xor(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length);
  for (let i = 0; i < a.length; i++) out[i] = (a[i] as number) ^ (b[i] as number);
  return out;
}

function id64(publicKey65: Uint8Array): Uint8Array {
  return publicKey65.subarray(1);
}

function pub65(id: Uint8Array): Uint8Array {
  return concatBytes(Uint8Array.of(4), id);
}

function toNumber(item: RlpItem | undefined, what: string): number {
  // Versions are read leniently (geth decodes them as uint): any length up to 4 bytes.
  const b = rlpBytes(item, what);
  if (b.length > 4) throw new HandshakeError(`${what} too large`);
  let v = 0;
  for (const x of b) v = v * 256 + x;
  return v;
}

function rawItems(items: RlpItem[]): Uint8Array[] {
  return items.map((i) => encodeRlp(i));
}

/** Options for {@link createAuth}; the pinned values exist for vectors and tests. */
export interface CreateAuthOptions {
  privateKey: Uint8Array;
  /** The recipient's node id (64 bytes). */
  remoteId: Uint8Array;
  ephemeralPrivateKey: Uint8Array;
  nonce: Uint8Array;
  format?: HandshakeFormat;
  /** Zero bytes appended to the EIP-8 body (geth: 100..299). */
  paddingLength?: number;
  eciesEphemeralPrivateKey?: Uint8Array;
  eciesIv?: Uint8Array;
  crypto?: CryptoProvider;
}

/**
 * Builds the auth message. Returns the bytes to send (with the size prefix for EIP-8) and the RLP
 * body, which tests compare.
 */
export function createAuth(o: CreateAuthOptions): {
  packet: Uint8Array;
  body: Uint8Array;
  signature: Uint8Array;
} {
  const crypto = o.crypto ?? nobleCrypto;
  assertBytes(o.remoteId, 64, 'remoteId');
  assertBytes(o.nonce, 32, 'nonce');
  const remotePub = pub65(o.remoteId);
  const staticShared = crypto.secp256k1Ecdh(o.privateKey, remotePub);
  const signature = crypto.secp256k1Sign(xor(staticShared, o.nonce), o.ephemeralPrivateKey);
  const initiatorId = id64(crypto.secp256k1PublicKey(o.privateKey));
  const ecies = {
    crypto,
    ...(o.eciesEphemeralPrivateKey ? { ephemeralPrivateKey: o.eciesEphemeralPrivateKey } : {}),
    ...(o.eciesIv ? { iv: o.eciesIv } : {}),
  };
  if (o.format === 'legacy') {
    const ephPub = id64(crypto.secp256k1PublicKey(o.ephemeralPrivateKey));
    const body = concatBytes(signature, crypto.keccak256(ephPub), initiatorId, o.nonce, Uint8Array.of(0));
    return { packet: eciesEncrypt(remotePub, body, ecies), body, signature };
  }
  const body = encodeRlp([signature, initiatorId, o.nonce, uintToRlpBytes(RLPX_HANDSHAKE_VERSION)]);
  const packet = sealEip8(
    remotePub,
    body,
    o.paddingLength ?? 100 + ((crypto.randomBytes(1)[0] as number) % 200),
    ecies,
  );
  return { packet, body, signature };
}

function sealEip8(
  remotePub: Uint8Array,
  body: Uint8Array,
  paddingLength: number,
  ecies: { crypto: CryptoProvider; ephemeralPrivateKey?: Uint8Array; iv?: Uint8Array },
): Uint8Array {
  const plaintext = concatBytes(body, new Uint8Array(paddingLength));
  const size = plaintext.length + ECIES_OVERHEAD;
  if (size > 0xffff) throw new RangeError('handshake message too large');
  const prefix = Uint8Array.of(size >>> 8, size & 0xff);
  return concatBytes(prefix, eciesEncrypt(remotePub, plaintext, { ...ecies, s2: prefix }));
}

/**
 * How many bytes the handshake message at the start of `buffered` occupies, or undefined when more
 * bytes are needed to tell. Legacy messages have a fixed length; EIP-8 ones a 2-byte size prefix.
 * A legacy candidate is confirmed by trying to decrypt it, as geth does.
 */
export function handshakeMessageLength(
  buffered: Uint8Array,
  kind: 'auth' | 'ack',
  privateKey: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): { length: number; format: HandshakeFormat } | undefined {
  if (buffered.length < 2) return undefined;
  if (buffered[0] === 4) {
    // A legacy message starts with the ECIES ephemeral key's 0x04; confirm by decrypting it.
    const legacyLength = kind === 'auth' ? LEGACY_AUTH_LENGTH : LEGACY_ACK_LENGTH;
    if (buffered.length < legacyLength) return undefined;
    try {
      eciesDecrypt(privateKey, buffered.subarray(0, legacyLength), { crypto });
      return { length: legacyLength, format: 'legacy' };
    } catch {
      // not legacy: an EIP-8 size prefix that happens to start with 0x04
    }
  }
  const size = ((buffered[0] as number) << 8) | (buffered[1] as number);
  if (size < ECIES_OVERHEAD + 1) throw new HandshakeError(`${kind}: size prefix ${size} is too small`);
  return { length: size + 2, format: 'eip8' };
}

function openEip8(
  crypto: CryptoProvider,
  privateKey: Uint8Array,
  packet: Uint8Array,
  what: string,
): Uint8Array {
  if (packet.length < 2) throw new HandshakeError(`${what}: truncated`);
  const prefix = packet.subarray(0, 2);
  const size = ((prefix[0] as number) << 8) | (prefix[1] as number);
  if (packet.length !== size + 2)
    throw new HandshakeError(`${what}: size prefix ${size} does not match ${packet.length - 2} bytes`);
  try {
    return eciesDecrypt(privateKey, packet.subarray(2), { s2: prefix, crypto });
  } catch (cause) {
    throw new HandshakeError(`${what}: cannot decrypt`, { cause });
  }
}

function decodeBody(plaintext: Uint8Array, what: string, minItems: number): RlpItem[] {
  try {
    // The body is followed by random-length zero padding: decode the prefix, ignore the rest.
    return rlpList(decodeRlpPrefix(plaintext, { maxDepth: 8 }).item, what, minItems);
  } catch (cause) {
    if (cause instanceof HandshakeError) throw cause;
    throw new HandshakeError(`${what}: malformed body`, { cause });
  }
}

/**
 * Decrypts and decodes an auth message (either format) and recovers the initiator's ephemeral key.
 * @throws HandshakeError on anything malformed.
 */
export function readAuth(
  privateKey: Uint8Array,
  packet: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): AuthMessage {
  let format: HandshakeFormat = 'eip8';
  let plaintext: Uint8Array;
  let signature: Uint8Array;
  let initiatorId: Uint8Array;
  let initiatorNonce: Uint8Array;
  let version = RLPX_HANDSHAKE_VERSION;
  let extra: Uint8Array[] = [];
  let legacy: Uint8Array | undefined;
  if (packet.length === LEGACY_AUTH_LENGTH) {
    try {
      legacy = eciesDecrypt(privateKey, packet, { crypto });
    } catch {
      legacy = undefined;
    }
  }
  if (legacy !== undefined) {
    format = 'legacy';
    plaintext = legacy;
    if (plaintext.length !== LEGACY_AUTH_PLAINTEXT_LENGTH)
      throw new HandshakeError('auth: wrong legacy length');
    signature = plaintext.slice(0, 65);
    initiatorId = plaintext.slice(97, 161);
    initiatorNonce = plaintext.slice(161, 193);
  } else {
    plaintext = openEip8(crypto, privateKey, packet, 'auth');
    const items = decodeBody(plaintext, 'auth', 4);
    try {
      signature = rlpBytes(items[0], 'auth signature', 65);
      initiatorId = rlpBytes(items[1], 'auth public key', 64);
      initiatorNonce = rlpBytes(items[2], 'auth nonce', 32);
      version = toNumber(items[3], 'auth version');
    } catch (cause) {
      throw new HandshakeError('auth: malformed fields', { cause });
    }
    extra = rawItems(items.slice(4));
  }
  const initiatorPub = pub65(initiatorId);
  if (!crypto.secp256k1IsValidPublicKey(initiatorPub))
    throw new HandshakeError('auth: invalid initiator public key');
  const staticShared = crypto.secp256k1Ecdh(privateKey, initiatorPub);
  let ephemeral: Uint8Array;
  try {
    ephemeral = crypto.secp256k1Recover(xor(staticShared, initiatorNonce), signature);
  } catch (cause) {
    throw new HandshakeError('auth: cannot recover the ephemeral key', { cause });
  }
  return {
    format,
    signature,
    initiatorId,
    initiatorNonce,
    initiatorEphemeralPublicKey: id64(ephemeral),
    version,
    plaintext,
    extra,
  };
}

/** Options for {@link createAck}. */
export interface CreateAckOptions {
  /** The initiator's node id (64 bytes). */
  remoteId: Uint8Array;
  ephemeralPrivateKey: Uint8Array;
  nonce: Uint8Array;
  /** Answer in the format the auth came in. */
  format: HandshakeFormat;
  paddingLength?: number;
  eciesEphemeralPrivateKey?: Uint8Array;
  eciesIv?: Uint8Array;
  crypto?: CryptoProvider;
}

/** Builds the ack message. */
export function createAck(o: CreateAckOptions): { packet: Uint8Array; body: Uint8Array } {
  const crypto = o.crypto ?? nobleCrypto;
  assertBytes(o.remoteId, 64, 'remoteId');
  assertBytes(o.nonce, 32, 'nonce');
  const remotePub = pub65(o.remoteId);
  const ephId = id64(crypto.secp256k1PublicKey(o.ephemeralPrivateKey));
  const ecies = {
    crypto,
    ...(o.eciesEphemeralPrivateKey ? { ephemeralPrivateKey: o.eciesEphemeralPrivateKey } : {}),
    ...(o.eciesIv ? { iv: o.eciesIv } : {}),
  };
  if (o.format === 'legacy') {
    const body = concatBytes(ephId, o.nonce, Uint8Array.of(0));
    return { packet: eciesEncrypt(remotePub, body, ecies), body };
  }
  const body = encodeRlp([ephId, o.nonce, uintToRlpBytes(RLPX_HANDSHAKE_VERSION)]);
  const padding = o.paddingLength ?? 100 + ((crypto.randomBytes(1)[0] as number) % 200);
  return { packet: sealEip8(remotePub, body, padding, ecies), body };
}

/** Decrypts and decodes an ack message (either format). @throws HandshakeError */
export function readAck(
  privateKey: Uint8Array,
  packet: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): AckMessage {
  let legacy: Uint8Array | undefined;
  if (packet.length === LEGACY_ACK_LENGTH) {
    try {
      legacy = eciesDecrypt(privateKey, packet, { crypto });
    } catch {
      legacy = undefined;
    }
  }
  let result: AckMessage;
  if (legacy !== undefined) {
    if (legacy.length !== LEGACY_ACK_PLAINTEXT_LENGTH) throw new HandshakeError('ack: wrong legacy length');
    result = {
      format: 'legacy',
      recipientEphemeralPublicKey: legacy.slice(0, 64),
      recipientNonce: legacy.slice(64, 96),
      version: RLPX_HANDSHAKE_VERSION,
      plaintext: legacy,
      extra: [],
    };
  } else {
    const plaintext = openEip8(crypto, privateKey, packet, 'ack');
    const items = decodeBody(plaintext, 'ack', 3);
    try {
      result = {
        format: 'eip8',
        recipientEphemeralPublicKey: rlpBytes(items[0], 'ack ephemeral key', 64),
        recipientNonce: rlpBytes(items[1], 'ack nonce', 32),
        version: toNumber(items[2], 'ack version'),
        plaintext,
        extra: rawItems(items.slice(3)),
      };
    } catch (cause) {
      throw new HandshakeError('ack: malformed fields', { cause });
    }
  }
  if (!crypto.secp256k1IsValidPublicKey(pub65(result.recipientEphemeralPublicKey))) {
    throw new HandshakeError('ack: invalid ephemeral public key');
  }
  return result;
}

/** Inputs of {@link deriveSecrets}. */
export interface DeriveSecretsInput {
  initiator: boolean;
  ephemeralPrivateKey: Uint8Array;
  /** The other side's ephemeral public key, 64 bytes. */
  remoteEphemeralPublicKey: Uint8Array;
  initiatorNonce: Uint8Array;
  recipientNonce: Uint8Array;
  /** The auth and ack exactly as sent on the wire (with size prefixes). */
  authPacket: Uint8Array;
  ackPacket: Uint8Array;
  crypto?: CryptoProvider;
}

/** The session secrets and the initial egress/ingress MAC states (§2.2 "Secrets"). */
export function deriveSecrets(i: DeriveSecretsInput): RlpxSecrets {
  const crypto = i.crypto ?? nobleCrypto;
  const ephemeralSharedSecret = crypto.secp256k1Ecdh(
    i.ephemeralPrivateKey,
    pub65(i.remoteEphemeralPublicKey),
  );
  const sharedSecret = crypto.keccak256(
    concatBytes(ephemeralSharedSecret, crypto.keccak256(concatBytes(i.recipientNonce, i.initiatorNonce))),
  );
  const aesSecret = crypto.keccak256(concatBytes(ephemeralSharedSecret, sharedSecret));
  const macSecret = crypto.keccak256(concatBytes(ephemeralSharedSecret, aesSecret));
  const macOf = (nonce: Uint8Array, packet: Uint8Array) =>
    crypto.createKeccak256().update(xor(macSecret, nonce)).update(packet);
  const initiatorEgress = () => macOf(i.recipientNonce, i.authPacket);
  const initiatorIngress = () => macOf(i.initiatorNonce, i.ackPacket);
  return {
    ephemeralSharedSecret,
    sharedSecret,
    aesSecret,
    macSecret,
    egressMac: i.initiator ? initiatorEgress() : initiatorIngress(),
    ingressMac: i.initiator ? initiatorIngress() : initiatorEgress(),
  };
}
