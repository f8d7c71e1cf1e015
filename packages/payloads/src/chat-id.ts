/**
 * Chat IDs (STATUS-V1-FACTS.md §7.11, §9.1): public chats use their name, 1:1 chats the other
 * party's `"0x04…"` key (132 chars, lowercase), private groups `uuid-0x04…creator`.
 */
import { equalBytes, toHex } from '@statuskit/utils';
import { MESSAGE_TYPE } from './chat-message.js';

const PUBKEY_STRING = /^0x04[0-9a-f]{128}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

function assertPub65(key: Uint8Array, name: string): void {
  if (!(key instanceof Uint8Array) || key.length !== 65 || key[0] !== 0x04) {
    throw new TypeError(`${name}: expected a 65-byte uncompressed public key`);
  }
}

/** `"0x" + lowercase hex(pub65)`: the Status public-key string (§0.2). @throws TypeError */
export function publicKeyToChatString(publicKey: Uint8Array): string {
  assertPub65(publicKey, 'publicKey');
  return `0x${toHex(publicKey)}`;
}

/** Whether `value` is a 132-char `"0x04…"` lowercase key string. */
export function isPublicKeyChatString(value: string): boolean {
  return typeof value === 'string' && PUBKEY_STRING.test(value);
}

/** The chat ID of a 1:1 chat with `otherParty` (§7.11). @throws TypeError */
export function oneToOneChatId(otherParty: Uint8Array): string {
  return publicKeyToChatString(otherParty);
}

/**
 * The chat ID of a new private group: `uuid + "-" + "0x" + hex(pub65(creator))` (§9.1).
 * @throws TypeError when `uuid` is not a canonical lowercase UUID or the key is not 65 bytes.
 */
export function groupChatId(uuid: string, creator: Uint8Array): string {
  if (typeof uuid !== 'string' || !UUID.test(uuid))
    throw new TypeError('uuid: expected a lowercase 36-char UUID');
  return `${uuid}-${publicKeyToChatString(creator)}`;
}

/** §9.1 check: `chatId` ends with the creator's `0x04…` string and is not equal to it. */
export function isValidGroupChatId(chatId: string, creatorFrom: string): boolean {
  return (
    typeof chatId === 'string' &&
    isPublicKeyChatString(creatorFrom) &&
    chatId !== creatorFrom &&
    chatId.endsWith(creatorFrom)
  );
}

/**
 * Which local chat an incoming `ChatMessage` belongs to (§7.11):
 * - public and private group: its `chatId`;
 * - 1:1 from someone else: chosen by the signer, `chatId` ignored;
 * - 1:1 signed by our own key (another of our devices): its `chatId`, which must be a key string.
 * @returns the chat ID, or `undefined` when the message cannot be routed.
 */
export function incomingChatId(
  message: { messageType: number; chatId: string },
  signer: Uint8Array,
  ownPublicKey: Uint8Array,
): string | undefined {
  assertPub65(signer, 'signer');
  assertPub65(ownPublicKey, 'ownPublicKey');
  switch (message.messageType) {
    case MESSAGE_TYPE.PUBLIC_GROUP:
    case MESSAGE_TYPE.PRIVATE_GROUP:
      return message.chatId === '' ? undefined : message.chatId;
    case MESSAGE_TYPE.ONE_TO_ONE:
      if (!equalBytes(signer, ownPublicKey)) return publicKeyToChatString(signer);
      return isPublicKeyChatString(message.chatId) ? message.chatId : undefined;
    default:
      return undefined;
  }
}
