/** Receive-side validation of a `ChatMessage` (STATUS-V1-FACTS.md §7.12, message_validator.go). */
import { AUDIO_TYPE, type ChatMessage, CONTENT_TYPE, IMAGE_TYPE, MESSAGE_TYPE } from './chat-message.js';
import { isClockAcceptable } from './clock.js';

/** Longest accepted `text`, in Unicode code points (Go `len([]rune(text))`). */
export const MAX_CHAT_TEXT_RUNES = 4096;

/** Why a received `ChatMessage` was rejected. */
export type ChatMessageRejection =
  | 'clock'
  | 'timestamp'
  | 'empty-text'
  | 'text-too-long'
  | 'empty-chat-id'
  | 'message-type'
  | 'content-type'
  | 'sticker'
  | 'image'
  | 'audio';

/** Result of `validateReceivedChatMessage`. */
export type ChatMessageValidation = { valid: true } | { valid: false; reason: ChatMessageRejection };

// Go strings.TrimSpace uses unicode.IsSpace: ASCII space controls, NEL, NBSP and category Zs/Zl/Zp.
const BLANK = /^[\t\n\v\f\r \u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]*$/;

const enumIn = (value: number, table: Record<string, number>): boolean =>
  Object.values(table).includes(value);

/**
 * Applies every §7.12 receive check, in status-go's order.
 * @param envelopeTimestampMs `(expiry − ttl) · 1000` of the carrying envelope (`whisperTimestampMs`).
 */
export function validateReceivedChatMessage(
  message: ChatMessage,
  envelopeTimestampMs: bigint,
): ChatMessageValidation {
  const reject = (reason: ChatMessageRejection): ChatMessageValidation => ({ valid: false, reason });
  if (!isClockAcceptable(message.clock, envelopeTimestampMs)) return reject('clock');
  if (message.timestamp === 0n) return reject('timestamp');
  if (BLANK.test(message.text)) return reject('empty-text');
  let runes = 0;
  for (const _ of message.text) if (++runes > MAX_CHAT_TEXT_RUNES) return reject('text-too-long');
  if (message.chatId === '') return reject('empty-chat-id');
  if (
    message.messageType === MESSAGE_TYPE.UNKNOWN_MESSAGE_TYPE ||
    message.messageType === MESSAGE_TYPE.SYSTEM_MESSAGE_PRIVATE_GROUP
  ) {
    return reject('message-type');
  }
  if (
    message.contentType === CONTENT_TYPE.UNKNOWN_CONTENT_TYPE ||
    message.contentType === CONTENT_TYPE.TRANSACTION_COMMAND
  ) {
    return reject('content-type');
  }
  const c = message.content;
  if (message.contentType === CONTENT_TYPE.STICKER && (c?.kind !== 'sticker' || c.sticker.hash === '')) {
    return reject('sticker');
  }
  if (
    message.contentType === CONTENT_TYPE.IMAGE &&
    (c?.kind !== 'image' ||
      c.image.payload.length === 0 ||
      c.image.type === IMAGE_TYPE.UNKNOWN_IMAGE_TYPE ||
      !enumIn(c.image.type, IMAGE_TYPE))
  ) {
    return reject('image');
  }
  if (
    message.contentType === CONTENT_TYPE.AUDIO &&
    (c?.kind !== 'audio' ||
      c.audio.payload.length === 0 ||
      c.audio.type === AUDIO_TYPE.UNKNOWN_AUDIO_TYPE ||
      !enumIn(c.audio.type, AUDIO_TYPE))
  ) {
    return reject('audio');
  }
  return { valid: true };
}
