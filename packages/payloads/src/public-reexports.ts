/**
 * The public part of modules that also export package-internal helpers (the chat message and emoji
 * reaction field tables, the protobuf runtime glue). `index.ts` re-exports only with `export *`:
 * a named `export { … } from` in the entry module makes esbuild treat every module the entry
 * re-exports as reached at start when it splits code, which pulled the private-group codecs
 * (group-chat.ts) out of the app's lazy group chunk into its start chunk.
 */
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
export {
  decodeEmojiReaction,
  EMOJI_REACTION_TYPE,
  type EmojiReaction,
  encodeEmojiReaction,
} from './emoji-reaction.js';
export { DEFAULT_MAX_PAYLOAD_BYTES, type DecodeOptions } from './runtime.js';
