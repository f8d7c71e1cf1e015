/**
 * Private group chat messages (STATUS-V1-FACTS.md §7.6, §9.2): membership events, their signed
 * blobs, the `MembershipUpdateMessage` (AMM type 3) that carries the full event history, and
 * `GroupChatInvitation` (AMM type 23).
 */
import { type CryptoProvider, concatBytes, nobleCrypto, toHex, utf8ToBytes } from '@statuskit/utils';
import { type ChatMessage, chatMessageIn, chatMessageOut } from './chat-message.js';
import { EMOJI_REACTION_FIELDS, type EmojiReaction } from './emoji-reaction.js';
import { PayloadDecodeError } from './errors.js';
import { type FieldTable, flatCodec, flatIn, flatOut } from './flat-codec.js';
import * as protobuf from './gen/protobuf-groups.js';
import { bytesIn, bytesOut, type DecodeOptions, decodeGenerated, encodeGenerated, strIn } from './runtime.js';

/** `MembershipUpdateEvent.EventType` (§7.6, §9.3). */
export const MEMBERSHIP_EVENT_TYPE = {
  UNKNOWN: 0,
  CHAT_CREATED: 1,
  NAME_CHANGED: 2,
  MEMBERS_ADDED: 3,
  MEMBER_JOINED: 4,
  MEMBER_REMOVED: 5,
  ADMINS_ADDED: 6,
  ADMIN_REMOVED: 7,
} as const;

/** `GroupChatInvitation.State` (§7.6). */
export const GROUP_CHAT_INVITATION_STATE = { UNKNOWN: 0, REQUEST: 1, REJECTED: 2, APPROVED: 3 } as const;

/** Length of the signature prefix of an event blob (§9.2). */
export const EVENT_SIGNATURE_BYTES = 65;

/** One group membership change (§7.6). `members` are `"0x04…"` strings. */
export interface MembershipUpdateEvent {
  clock: bigint;
  members: string[];
  name: string;
  /** A `MEMBERSHIP_EVENT_TYPE` value. */
  type: number;
}

/** The chat entity a `MembershipUpdateMessage` may carry. */
export type MembershipChatEntity =
  | { kind: 'message'; message: ChatMessage }
  | { kind: 'emojiReaction'; emojiReaction: EmojiReaction };

/** AMM type 3 (§7.6): the group's full event history (signed blobs) plus an optional entity. */
export interface MembershipUpdateMessage {
  chatId: string;
  /** Each blob = signature(65) ‖ protobuf(MembershipUpdateEvent). */
  events: Uint8Array[];
  chatEntity: MembershipChatEntity | undefined;
}

/** AMM type 23 (§7.6, §9.3). */
export interface GroupChatInvitation {
  clock: bigint;
  chatId: string;
  introductionMessage: string;
  /** A `GROUP_CHAT_INVITATION_STATE` value. */
  state: number;
}

/** A membership event blob taken apart and its author recovered (§9.2). */
export interface OpenedMembershipEvent {
  event: MembershipUpdateEvent;
  /** The exact protobuf bytes that were signed. */
  raw: Uint8Array;
  signature: Uint8Array;
  /** Recovered author, 65-byte uncompressed key. */
  signer: Uint8Array;
  /** `"0x" + hex(signer)`, the form used in `members`. */
  from: string;
}

const EVENT_FIELDS: FieldTable = { clock: 'u64', members: 'strs', name: 'str', type: 'enum' };
const eventCodec = /*#__PURE__*/ flatCodec<MembershipUpdateEvent>(
  protobuf.MembershipUpdateEvent,
  EVENT_FIELDS,
  'MembershipUpdateEvent',
);
const invitationCodec = /*#__PURE__*/ flatCodec<GroupChatInvitation>(
  protobuf.GroupChatInvitation,
  { clock: 'u64', chatId: 'str', introductionMessage: 'str', state: 'enum' },
  'GroupChatInvitation',
);

/** Encodes a `MembershipUpdateEvent` (the `raw` that gets signed). @throws TypeError / RangeError */
export const encodeMembershipUpdateEvent = (value: Partial<MembershipUpdateEvent>): Uint8Array =>
  eventCodec.encode(value);
/** Decodes a `MembershipUpdateEvent`. @throws PayloadDecodeError */
export const decodeMembershipUpdateEvent = (
  bytes: Uint8Array,
  options?: DecodeOptions,
): MembershipUpdateEvent => eventCodec.decode(bytes, options);
/** Encodes a `GroupChatInvitation`. @throws TypeError / RangeError */
export const encodeGroupChatInvitation = (value: Partial<GroupChatInvitation>): Uint8Array =>
  invitationCodec.encode(value);
/** Decodes a `GroupChatInvitation`. @throws PayloadDecodeError */
export const decodeGroupChatInvitation = (bytes: Uint8Array, options?: DecodeOptions): GroupChatInvitation =>
  invitationCodec.decode(bytes, options);

/** The digest an event signature covers: `keccak256(utf8(chatId) ‖ raw)` (§9.2). */
export function membershipEventDigest(
  chatId: string,
  raw: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): Uint8Array {
  return crypto.keccak256(concatBytes(utf8ToBytes(strIn(chatId, 'chatId')), bytesIn(raw, 'raw')));
}

/**
 * Encodes and signs a membership event; returns the blob `signature ‖ raw` (§9.2).
 * @throws TypeError / RangeError on bad fields; CryptoError on a bad key.
 */
export function signMembershipEvent(
  chatId: string,
  event: Partial<MembershipUpdateEvent>,
  privateKey: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): Uint8Array {
  const raw = encodeMembershipUpdateEvent(event);
  const signature = crypto.secp256k1Sign(membershipEventDigest(chatId, raw, crypto), privateKey);
  return concatBytes(signature, raw);
}

/**
 * Splits an event blob, decodes the event and recovers its author (§9.2). A blob of ≤ 65 bytes
 * is invalid.
 * @throws PayloadDecodeError on a short blob, a bad event or an unrecoverable signature.
 */
export function openMembershipEvent(
  chatId: string,
  blob: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): OpenedMembershipEvent {
  bytesIn(blob, 'blob');
  if (blob.length <= EVENT_SIGNATURE_BYTES) {
    throw new PayloadDecodeError(
      `membership event: ${blob.length} bytes, need more than ${EVENT_SIGNATURE_BYTES}`,
    );
  }
  const signature = blob.slice(0, EVENT_SIGNATURE_BYTES);
  const raw = blob.slice(EVENT_SIGNATURE_BYTES);
  const event = decodeMembershipUpdateEvent(raw);
  let signer: Uint8Array;
  try {
    signer = crypto.secp256k1Recover(membershipEventDigest(chatId, raw, crypto), signature);
  } catch (cause) {
    throw new PayloadDecodeError('membership event: signature does not recover a key', { cause });
  }
  return { event, raw, signature, signer, from: `0x${toHex(signer)}` };
}

/**
 * Encodes a `MembershipUpdateMessage`.
 * @throws TypeError / RangeError naming the bad field.
 */
export function encodeMembershipUpdateMessage(value: Partial<MembershipUpdateMessage>): Uint8Array {
  const events = value.events ?? [];
  if (!Array.isArray(events)) throw new TypeError('value.events: expected an array of Uint8Array');
  const g: protobuf.MembershipUpdateMessage.$Properties = {
    chatId: strIn(value.chatId ?? '', 'value.chatId'),
    events: events.map((e, i) => bytesIn(e, `value.events[${i}]`)),
  };
  const entity = value.chatEntity;
  if (entity?.kind === 'message') g.message = chatMessageIn(entity.message, 'value.chatEntity.message');
  else if (entity?.kind === 'emojiReaction') {
    g.emojiReaction = flatIn(EMOJI_REACTION_FIELDS, entity.emojiReaction, 'value.chatEntity.emojiReaction');
  } else if (entity !== undefined)
    throw new TypeError('value.chatEntity.kind: expected message or emojiReaction');
  return encodeGenerated(protobuf.MembershipUpdateMessage, g);
}

/** Decodes a `MembershipUpdateMessage` (events stay as blobs; open them with `openMembershipEvent`). */
export function decodeMembershipUpdateMessage(
  bytes: Uint8Array,
  options?: DecodeOptions,
): MembershipUpdateMessage {
  const g = decodeGenerated(protobuf.MembershipUpdateMessage, bytes, 'MembershipUpdateMessage', options);
  let chatEntity: MembershipChatEntity | undefined;
  if (g.message) chatEntity = { kind: 'message', message: chatMessageOut(g.message) };
  else if (g.emojiReaction) {
    chatEntity = {
      kind: 'emojiReaction',
      emojiReaction: flatOut(EMOJI_REACTION_FIELDS, g.emojiReaction as never),
    };
  }
  return { chatId: g.chatId ?? '', events: (g.events ?? []).map(bytesOut), chatEntity };
}
