/**
 * `ApplicationMetadataMessage` (AMM), the signed wrapper of every application payload, and the
 * Status message ID (STATUS-V1-FACTS.md §0.3, §7.1):
 * - `signature = Sign(keccak256(payload), authorKey)`, 65 bytes R‖S‖V with V ∈ {0,1};
 * - an empty signature means the transport-level signer is the author;
 * - message ID = `keccak256(pub65(author) ‖ AMM bytes)`.
 */
import { type CryptoProvider, concatBytes, equalBytes, nobleCrypto, toHex } from '@statuskit/utils';
import { PayloadDecodeError } from './errors.js';
import * as protobuf from './gen/protobuf.js';
import { bytesIn, bytesOut, type DecodeOptions, decodeGenerated, encodeGenerated, i32In } from './runtime.js';

/** `ApplicationMetadataMessage.Type` (§7.1). 24–28 are later than v0.62 but keep their numbers. */
export const AMM_TYPE = {
  UNKNOWN: 0,
  CHAT_MESSAGE: 1,
  CONTACT_UPDATE: 2,
  MEMBERSHIP_UPDATE_MESSAGE: 3,
  PAIR_INSTALLATION: 4,
  SYNC_INSTALLATION: 5,
  REQUEST_ADDRESS_FOR_TRANSACTION: 6,
  ACCEPT_REQUEST_ADDRESS_FOR_TRANSACTION: 7,
  DECLINE_REQUEST_ADDRESS_FOR_TRANSACTION: 8,
  REQUEST_TRANSACTION: 9,
  SEND_TRANSACTION: 10,
  DECLINE_REQUEST_TRANSACTION: 11,
  SYNC_INSTALLATION_CONTACT: 12,
  SYNC_INSTALLATION_ACCOUNT: 13,
  SYNC_INSTALLATION_PUBLIC_CHAT: 14,
  CONTACT_CODE_ADVERTISEMENT: 15,
  PUSH_NOTIFICATION_REGISTRATION: 16,
  PUSH_NOTIFICATION_REGISTRATION_RESPONSE: 17,
  PUSH_NOTIFICATION_QUERY: 18,
  PUSH_NOTIFICATION_QUERY_RESPONSE: 19,
  PUSH_NOTIFICATION_REQUEST: 20,
  PUSH_NOTIFICATION_RESPONSE: 21,
  EMOJI_REACTION: 22,
  GROUP_CHAT_INVITATION: 23,
  CHAT_IDENTITY: 24,
  COMMUNITY_DESCRIPTION: 25,
  COMMUNITY_INVITATION: 26,
  COMMUNITY_REQUEST_TO_JOIN: 27,
  PIN_MESSAGE: 28,
} as const;

/** Length of an AMM signature (§0.2). */
export const AMM_SIGNATURE_BYTES = 65;

/** The AMM fields (§7.1). `type` is an `AMM_TYPE` value (unknown values are kept as numbers). */
export interface ApplicationMetadataMessage {
  signature: Uint8Array;
  payload: Uint8Array;
  type: number;
}

/** An AMM opened on receive: who wrote it and its message ID. */
export interface UnwrappedApplicationMessage extends ApplicationMetadataMessage {
  /** The author's 65-byte key: recovered from `signature`, or the transport signer when unsigned. */
  author: Uint8Array;
  /** `keccak256(author ‖ amm)` (§7.1). */
  messageId: Uint8Array;
  /** Whether the AMM carried its own signature (unsigned ones must not be relayed, §7.1). */
  signed: boolean;
}

/** Encodes AMM fields as they are. @throws TypeError / RangeError */
export function encodeApplicationMetadataMessage(value: ApplicationMetadataMessage): Uint8Array {
  return encodeGenerated(protobuf.ApplicationMetadataMessage, {
    signature: bytesIn(value.signature, 'value.signature'),
    payload: bytesIn(value.payload, 'value.payload'),
    type: i32In(value.type, 'value.type'),
  });
}

/** Decodes an AMM without checking its signature. @throws PayloadDecodeError */
export function decodeApplicationMetadataMessage(
  bytes: Uint8Array,
  options?: DecodeOptions,
): ApplicationMetadataMessage {
  const g = decodeGenerated(
    protobuf.ApplicationMetadataMessage,
    bytes,
    'ApplicationMetadataMessage',
    options,
  );
  return { signature: bytesOut(g.signature), payload: bytesOut(g.payload), type: g.type ?? 0 };
}

/**
 * The Status message ID: `keccak256(pub65(author) ‖ ammBytes)` (§0.3, §7.1).
 * @throws TypeError when `authorPublicKey` is not 65 bytes.
 */
export function statusMessageId(
  authorPublicKey: Uint8Array,
  ammBytes: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): Uint8Array {
  bytesIn(authorPublicKey, 'authorPublicKey');
  if (authorPublicKey.length !== 65 || authorPublicKey[0] !== 0x04) {
    throw new TypeError('authorPublicKey: expected a 65-byte uncompressed key');
  }
  return crypto.keccak256(concatBytes(authorPublicKey, bytesIn(ammBytes, 'ammBytes')));
}

/** status-go's display form of a message ID: `"0x" + hex`. */
export function messageIdToHex(messageId: Uint8Array): string {
  return `0x${toHex(bytesIn(messageId, 'messageId'))}`;
}

/**
 * Signs `payload` (the inner protobuf) and wraps it in an AMM of `type` (§7.1).
 * Pass `privateKey: undefined` for an unsigned AMM (the transport signer is the author).
 * @throws TypeError / RangeError on bad arguments; CryptoError on a bad key.
 * @example
 * ```ts
 * const amm = wrapApplicationMessage(encodeChatMessage({ text: 'hi' }), AMM_TYPE.CHAT_MESSAGE, privateKey);
 * ```
 */
export function wrapApplicationMessage(
  payload: Uint8Array,
  type: number,
  privateKey: Uint8Array | undefined,
  crypto: CryptoProvider = nobleCrypto,
): Uint8Array {
  bytesIn(payload, 'payload');
  const signature =
    privateKey === undefined
      ? new Uint8Array(0)
      : crypto.secp256k1Sign(crypto.keccak256(payload), privateKey);
  return encodeApplicationMetadataMessage({ signature, payload, type });
}

/** Options of `unwrapApplicationMessage`. */
export interface UnwrapOptions extends DecodeOptions {
  /** 65-byte key of the Whisper/Waku signer, taken as the author when the AMM is unsigned. */
  transportSigner?: Uint8Array | undefined;
  /** Crypto provider; default `nobleCrypto`. */
  crypto?: CryptoProvider | undefined;
  /**
   * A recovery already done elsewhere (a worker): its key is taken as the author when its hash and
   * signature are this AMM's (`keccak256(payload)` and `signature`); otherwise it is ignored.
   */
  recovered?: RecoveredSignature | undefined;
}

/** The key `signature` recovers over `hash`, computed by the caller (e.g. with a `RecoverPool`). */
export interface RecoveredSignature {
  hash: Uint8Array;
  signature: Uint8Array;
  key: Uint8Array;
}

/**
 * Decodes an AMM, recovers its author and computes the message ID (§7.1).
 * @throws PayloadDecodeError on malformed bytes, a signature that is not 65 bytes or does not
 *   recover, or an unsigned AMM with no `transportSigner`.
 * @example
 * ```ts
 * const { author, messageId, type, payload } = unwrapApplicationMessage(amm, { transportSigner });
 * ```
 */
export function unwrapApplicationMessage(
  ammBytes: Uint8Array,
  options: UnwrapOptions = {},
): UnwrappedApplicationMessage {
  const crypto = options.crypto ?? nobleCrypto;
  const amm = decodeApplicationMetadataMessage(ammBytes, options);
  let author: Uint8Array;
  const signed = amm.signature.length > 0;
  if (signed) {
    if (amm.signature.length !== AMM_SIGNATURE_BYTES) {
      throw new PayloadDecodeError(
        `ApplicationMetadataMessage: signature is ${amm.signature.length} bytes, not 65`,
      );
    }
    try {
      const hash = crypto.keccak256(amm.payload);
      const r = options.recovered;
      author =
        r !== undefined && equalBytes(r.hash, hash) && equalBytes(r.signature, amm.signature)
          ? r.key
          : crypto.secp256k1Recover(hash, amm.signature);
    } catch (cause) {
      throw new PayloadDecodeError('ApplicationMetadataMessage: signature does not recover a key', { cause });
    }
  } else {
    if (options.transportSigner === undefined) {
      throw new PayloadDecodeError('ApplicationMetadataMessage: unsigned and no transport signer given');
    }
    author = bytesIn(options.transportSigner, 'options.transportSigner');
  }
  return { ...amm, author, signed, messageId: statusMessageId(author, ammBytes, crypto) };
}

/**
 * Checks an AMM's signature against an expected author.
 * @returns true when the AMM is signed and its signature recovers to `authorPublicKey`.
 */
export function verifyApplicationMessage(
  amm: ApplicationMetadataMessage,
  authorPublicKey: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): boolean {
  if (amm.signature.length !== AMM_SIGNATURE_BYTES) return false;
  try {
    const recovered = crypto.secp256k1Recover(crypto.keccak256(amm.payload), amm.signature);
    return toHex(recovered) === toHex(crypto.secp256k1Decompress(authorPublicKey));
  } catch {
    return false;
  }
}
