/** `EmojiReaction`, AMM type 22 (STATUS-V1-FACTS.md §7.5). */

import { type FieldTable, flatCodec } from './flat-codec.js';
import * as protobuf from './gen/protobuf.js';
import type { DecodeOptions } from './runtime.js';

/** `EmojiReaction.Type` values (§7.5). */
export const EMOJI_REACTION_TYPE = {
  UNKNOWN_EMOJI_REACTION_TYPE: 0,
  LOVE: 1,
  THUMBS_UP: 2,
  THUMBS_DOWN: 3,
  LAUGH: 4,
  SAD: 5,
  ANGRY: 6,
} as const;

/** A reaction to a message; `retracted` withdraws an earlier one (§7.5). */
export interface EmojiReaction {
  clock: bigint;
  chatId: string;
  /** Hex message ID being reacted to. */
  messageId: string;
  /** A `MESSAGE_TYPE` value. */
  messageType: number;
  /** An `EMOJI_REACTION_TYPE` value. */
  type: number;
  retracted: boolean;
  /** ≥ v0.79 (communities). */
  grant: Uint8Array;
}

/** @internal field table shared with MembershipUpdateMessage. */
export const EMOJI_REACTION_FIELDS: FieldTable = {
  clock: 'u64',
  chatId: 'str',
  messageId: 'str',
  messageType: 'enum',
  type: 'enum',
  retracted: 'bool',
  grant: 'bytes',
};

const codec = /*#__PURE__*/ flatCodec<EmojiReaction>(
  protobuf.EmojiReaction,
  EMOJI_REACTION_FIELDS,
  'EmojiReaction',
);

/**
 * Encodes an `EmojiReaction`; absent fields are proto3 defaults.
 * @throws TypeError / RangeError naming the bad field.
 * @example
 * ```ts
 * encodeEmojiReaction({ clock: 1n, chatId: 'status', messageId: '0x12', messageType: 2, type: EMOJI_REACTION_TYPE.LOVE });
 * ```
 */
export const encodeEmojiReaction = (value: Partial<EmojiReaction>): Uint8Array => codec.encode(value);
/** Decodes an `EmojiReaction`. @throws PayloadDecodeError */
export const decodeEmojiReaction = (bytes: Uint8Array, options?: DecodeOptions): EmojiReaction =>
  codec.decode(bytes, options);
