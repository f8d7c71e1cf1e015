/**
 * @statuskit/payloads: the Status v1 protobuf payloads as plain objects with `Uint8Array` bytes and
 * `bigint` 64-bit integers: the secure-transport envelope (`package encryption`), MVDS sync
 * payloads, and the application messages wrapped in a signed `ApplicationMetadataMessage`, plus
 * message IDs, chat IDs, Lamport clock rules and receive-side validation. Every decoder is bounded
 * and throws `PayloadDecodeError` on malformed input.
 */
export * from './application-metadata.js';
export * from './chat-id.js';
export {
  AUDIO_TYPE,
  type AudioMessage,
  type ChatMessage,
  type ChatMessageContent,
  CONTENT_TYPE,
  decodeChatMessage,
  encodeChatMessage,
  IMAGE_TYPE,
  type ImageMessage,
  MESSAGE_TYPE,
  type StickerMessage,
} from './chat-message.js';
export * from './clock.js';
export * from './contacts.js';
export {
  decodeEmojiReaction,
  EMOJI_REACTION_TYPE,
  type EmojiReaction,
  encodeEmojiReaction,
} from './emoji-reaction.js';
export * from './encryption.js';
export * from './errors.js';
export * from './group-chat.js';
export * from './mvds.js';
export * from './profile.js';
export * from './push-notifications.js';
export { DEFAULT_MAX_PAYLOAD_BYTES, type DecodeOptions } from './runtime.js';
export * from './transaction-commands.js';
export * from './transit.js';
export * from './validate-chat-message.js';
