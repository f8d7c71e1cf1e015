/** `ChatMessage`, AMM type 1, and its content enums (STATUS-V1-FACTS.md §7.2). */

import { type FieldTable, flatIn, flatOut } from './flat-codec.js';
import * as protobuf from './gen/protobuf.js';
import { bytesIn, bytesOut, type DecodeOptions, decodeGenerated, encodeGenerated, i32In } from './runtime.js';

/** `ChatMessage.ContentType` (§7.2). 6 is local only; 9 and 10 are ≥ v0.79. */
export const CONTENT_TYPE = {
  UNKNOWN_CONTENT_TYPE: 0,
  TEXT_PLAIN: 1,
  STICKER: 2,
  STATUS: 3,
  EMOJI: 4,
  TRANSACTION_COMMAND: 5,
  SYSTEM_MESSAGE_CONTENT_PRIVATE_GROUP: 6,
  IMAGE: 7,
  AUDIO: 8,
  COMMUNITY: 9,
  SYSTEM_MESSAGE_GAP: 10,
} as const;

/** Top-level `MessageType` (§7.2, enums.proto). 4 is local only; 5 and 6 are ≥ v0.79. */
export const MESSAGE_TYPE = {
  UNKNOWN_MESSAGE_TYPE: 0,
  ONE_TO_ONE: 1,
  PUBLIC_GROUP: 2,
  PRIVATE_GROUP: 3,
  SYSTEM_MESSAGE_PRIVATE_GROUP: 4,
  COMMUNITY_CHAT: 5,
  SYSTEM_MESSAGE_GAP: 6,
} as const;

/** `ImageType` (§7.2; nested in v0.62, top level in v0.79, same numbers). */
export const IMAGE_TYPE = { UNKNOWN_IMAGE_TYPE: 0, PNG: 1, JPEG: 2, WEBP: 3, GIF: 4 } as const;

/** `AudioMessage.AudioType` (§7.2). */
export const AUDIO_TYPE = { UNKNOWN_AUDIO_TYPE: 0, AAC: 1, AMR: 2 } as const;

/** Sticker content: EIP-1577 contenthash hex and pack id. */
export interface StickerMessage {
  hash: string;
  pack: number;
}
/** Image content: raw image bytes and an `IMAGE_TYPE`. */
export interface ImageMessage {
  payload: Uint8Array;
  type: number;
}
/** Audio content: raw audio bytes, an `AUDIO_TYPE` and the duration. */
export interface AudioMessage {
  payload: Uint8Array;
  type: number;
  durationMs: bigint;
}

/** The `payload` oneof of a `ChatMessage`: at most one of these is set. */
export type ChatMessageContent =
  | { kind: 'sticker'; sticker: StickerMessage }
  | { kind: 'image'; image: ImageMessage }
  | { kind: 'audio'; audio: AudioMessage }
  | { kind: 'community'; community: Uint8Array };

/** A chat message (§7.2). `text` is also the fallback for non-text content. */
export interface ChatMessage {
  /** Lamport clock (§7.10). */
  clock: bigint;
  /** Sender wall clock, unix ms. */
  timestamp: bigint;
  text: string;
  /** 0x-hex message ID replied to, or "". */
  responseTo: string;
  ensName: string;
  chatId: string;
  /** A `MESSAGE_TYPE` value. */
  messageType: number;
  /** A `CONTENT_TYPE` value. */
  contentType: number;
  content: ChatMessageContent | undefined;
  /** ≥ v0.79 (communities). */
  grant: Uint8Array;
}

/** Fields of `ChatMessage` outside the oneof. */
const CHAT_FIELDS: FieldTable = {
  clock: 'u64',
  timestamp: 'u64',
  text: 'str',
  responseTo: 'str',
  ensName: 'str',
  chatId: 'str',
  messageType: 'enum',
  contentType: 'enum',
  grant: 'bytes',
};

type GenChat = protobuf.ChatMessage.$Properties;

/** @internal generated → plain, shared with MembershipUpdateMessage. */
export function chatMessageOut(g: GenChat): ChatMessage {
  const out = flatOut<Omit<ChatMessage, 'content'>>(CHAT_FIELDS, g as never);
  let content: ChatMessageContent | undefined;
  if (g.sticker)
    content = { kind: 'sticker', sticker: { hash: g.sticker.hash ?? '', pack: g.sticker.pack ?? 0 } };
  else if (g.image) {
    content = { kind: 'image', image: { payload: bytesOut(g.image.payload), type: g.image.type ?? 0 } };
  } else if (g.audio) {
    const a = flatOut<AudioMessage>({ payload: 'bytes', type: 'enum', durationMs: 'u64' }, g.audio as never);
    content = { kind: 'audio', audio: a };
  } else if (g.community) content = { kind: 'community', community: bytesOut(g.community) };
  return { ...out, content };
}

/** @internal plain → generated, shared with MembershipUpdateMessage. */
export function chatMessageIn(value: Partial<ChatMessage>, name: string): GenChat {
  const g = flatIn(CHAT_FIELDS, value, name) as GenChat;
  const c = value.content;
  if (c === undefined) return g;
  const at = `${name}.content`;
  switch (c.kind) {
    case 'sticker':
      if (typeof c.sticker?.hash !== 'string') throw new TypeError(`${at}.sticker.hash: expected a string`);
      g.sticker = { hash: c.sticker.hash, pack: i32In(c.sticker.pack, `${at}.sticker.pack`) };
      break;
    case 'image':
      g.image = {
        payload: bytesIn(c.image?.payload, `${at}.image.payload`),
        type: i32In(c.image.type, `${at}.image.type`),
      };
      break;
    case 'audio':
      g.audio = flatIn({ payload: 'bytes', type: 'enum', durationMs: 'u64' }, c.audio, `${at}.audio`);
      break;
    case 'community':
      g.community = bytesIn(c.community, `${at}.community`);
      break;
    default:
      throw new TypeError(`${at}.kind: expected sticker, image, audio or community`);
  }
  return g;
}

/**
 * Encodes a `ChatMessage`; absent fields are proto3 defaults.
 * @throws TypeError / RangeError naming the bad field.
 * @example
 * ```ts
 * const bytes = encodeChatMessage({ clock: 1n, timestamp: 1n, text: 'hi', chatId: 'status', messageType: MESSAGE_TYPE.PUBLIC_GROUP, contentType: CONTENT_TYPE.TEXT_PLAIN });
 * ```
 */
export function encodeChatMessage(value: Partial<ChatMessage>): Uint8Array {
  return encodeGenerated(protobuf.ChatMessage, chatMessageIn(value, 'value'));
}

/** Decodes a `ChatMessage`. @throws PayloadDecodeError */
export function decodeChatMessage(bytes: Uint8Array, options?: DecodeOptions): ChatMessage {
  return chatMessageOut(decodeGenerated(protobuf.ChatMessage, bytes, 'ChatMessage', options));
}
