/**
 * ChatMessage encode/decode against JSON.stringify/parse of the same message in the same run
 * (bigints as decimal strings, since JSON has no bigint).
 */
import { bench, describe } from 'vitest';
import {
  type ChatMessage,
  CONTENT_TYPE,
  decodeChatMessage,
  encodeChatMessage,
  MESSAGE_TYPE,
} from '../src/index.js';

const message: ChatMessage = {
  clock: 1_600_000_000_001n,
  timestamp: 1_600_000_000_005n,
  text: 'reply with ünïcode ✓ and a mention of @0x04e4c21fe48532afbee02d28bbd3ea13322d9f4cae5f9fe60af41065b52810c4',
  responseTo: '0x54cb28b4b381aa8b7018a8c6942d19dce024b84402fa657ae1bc714bcbb56f6c',
  ensName: 'alice.stateofus.eth',
  chatId: `0x04${'ab'.repeat(64)}`,
  messageType: MESSAGE_TYPE.ONE_TO_ONE,
  contentType: CONTENT_TYPE.TEXT_PLAIN,
  content: undefined,
  grant: new Uint8Array(0),
};
const replacer = (_k: string, v: unknown) => (typeof v === 'bigint' ? v.toString() : v);
const wire = encodeChatMessage(message);
const json = JSON.stringify(message, replacer);

describe('ChatMessage encode', () => {
  bench('encodeChatMessage', () => {
    encodeChatMessage(message);
  });
  bench('JSON.stringify (reference)', () => {
    JSON.stringify(message, replacer);
  });
});

describe('ChatMessage decode', () => {
  bench('decodeChatMessage', () => {
    decodeChatMessage(wire);
  });
  bench('JSON.parse (reference)', () => {
    JSON.parse(json);
  });
});
