/**
 * fast-check round trips: for every wrapper, decode(encode(x)) equals x, and encoding is
 * deterministic (the same value always gives the same bytes, so message IDs are stable).
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type Bundle,
  type ChatMessage,
  type ChatMessageContent,
  decodeApplicationMetadataMessage,
  decodeBundle,
  decodeBundleContainer,
  decodeChatIdentity,
  decodeChatMessage,
  decodeContactUpdate,
  decodeDHHeader,
  decodeDirectMessageProtocol,
  decodeDRHeader,
  decodeEmojiReaction,
  decodeMembershipUpdateMessage,
  decodeMvdsPayload,
  decodePinMessage,
  decodeProtocolMessage,
  decodeSignedPreKey,
  decodeX3DHHeader,
  type EmojiReaction,
  encodeApplicationMetadataMessage,
  encodeBundle,
  encodeBundleContainer,
  encodeChatIdentity,
  encodeChatMessage,
  encodeContactUpdate,
  encodeDHHeader,
  encodeDirectMessageProtocol,
  encodeDRHeader,
  encodeEmojiReaction,
  encodeMembershipUpdateMessage,
  encodeMvdsPayload,
  encodePinMessage,
  encodeProtocolMessage,
  encodeSignedPreKey,
  encodeX3DHHeader,
  type MembershipChatEntity,
} from '../src/index.js';
import { decodeSyncInstallation, encodeSyncInstallation } from '../src/pairing.js';

const RUNS = { numRuns: 200 };
const bytes = (max = 48) => fc.uint8Array({ maxLength: max });
const u64 = fc.bigInt({ min: 0n, max: 2n ** 64n - 1n });
const i64 = fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n });
const u32 = fc.integer({ min: 0, max: 0xffff_ffff });
const i32 = fc.integer({ min: -0x8000_0000, max: 0x7fff_ffff });
const enumValue = fc.integer({ min: 0, max: 40 });
const str = fc.string({ unit: 'grapheme', maxLength: 20 });
const key = fc.string({ maxLength: 12 });

const content: fc.Arbitrary<ChatMessageContent | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.record({ kind: fc.constant('sticker' as const), sticker: fc.record({ hash: str, pack: i32 }) }),
  fc.record({ kind: fc.constant('image' as const), image: fc.record({ payload: bytes(), type: enumValue }) }),
  fc.record({
    kind: fc.constant('audio' as const),
    audio: fc.record({ payload: bytes(), type: enumValue, durationMs: u64 }),
  }),
  fc.record({ kind: fc.constant('community' as const), community: bytes() }),
);

const chatMessage: fc.Arbitrary<ChatMessage> = fc.record({
  clock: u64,
  timestamp: u64,
  text: str,
  responseTo: str,
  ensName: str,
  chatId: str,
  messageType: enumValue,
  contentType: enumValue,
  content,
  grant: bytes(),
});

const emojiReaction: fc.Arbitrary<EmojiReaction> = fc.record({
  clock: u64,
  chatId: str,
  messageId: str,
  messageType: enumValue,
  type: enumValue,
  retracted: fc.boolean(),
  grant: bytes(),
});

const spk = fc.record({ signedPreKey: bytes(33), version: u32, protocolVersion: u32 });
const bundle: fc.Arbitrary<Bundle> = fc.record({
  identity: bytes(33),
  signedPreKeys: fc
    .uniqueArray(fc.tuple(key, spk), { selector: (e) => e[0], maxLength: 3 })
    .map((e) => new Map(e)),
  signature: bytes(65),
  timestamp: i64,
});
const drHeader = fc.record({ key: bytes(33), n: u32, pn: u32, id: bytes(33) });
const dhHeader = fc.record({ key: bytes(33) });
const x3dhHeader = fc.record({ key: bytes(33), id: bytes(33) });
const dmp = fc.record({ x3dhHeader, drHeader, dhHeader, payload: bytes() }, { requiredKeys: ['payload'] });

function roundTrip<T>(
  name: string,
  arb: fc.Arbitrary<T>,
  encode: (v: T) => Uint8Array,
  decode: (b: Uint8Array) => T,
) {
  it(`${name}: decode(encode(x)) = x, encoding deterministic`, () => {
    fc.assert(
      fc.property(arb, (value) => {
        const a = encode(value);
        expect(decode(a)).toEqual(value);
        expect(encode(value)).toEqual(a);
        expect(a.constructor).toBe(Uint8Array);
      }),
      RUNS,
    );
  });
}

describe('round trips', () => {
  roundTrip('ChatMessage', chatMessage, encodeChatMessage, decodeChatMessage);
  roundTrip('EmojiReaction', emojiReaction, encodeEmojiReaction, decodeEmojiReaction);
  roundTrip(
    'ContactUpdate',
    fc.record({ clock: u64, ensName: str, profileImage: str }),
    encodeContactUpdate,
    decodeContactUpdate,
  );
  roundTrip(
    'SyncInstallation',
    fc.record({
      contacts: fc.array(
        fc.record({
          clock: u64,
          id: str,
          profileImage: str,
          ensName: str,
          lastUpdated: u64,
          systemTags: fc.array(str, { maxLength: 3 }),
          localNickname: str,
        }),
        { maxLength: 3 },
      ),
      publicChats: fc.array(fc.record({ clock: u64, id: str }), { maxLength: 3 }),
      account: fc.option(fc.record({ clock: u64, profileImage: str, lastUpdated: u64 }), { nil: undefined }),
    }),
    encodeSyncInstallation,
    decodeSyncInstallation,
  );
  const entity: fc.Arbitrary<MembershipChatEntity | undefined> = fc.oneof(
    fc.constant(undefined),
    fc.record({ kind: fc.constant('message' as const), message: chatMessage }),
    fc.record({ kind: fc.constant('emojiReaction' as const), emojiReaction }),
  );
  roundTrip(
    'MembershipUpdateMessage',
    fc.record({ chatId: str, events: fc.array(bytes(120), { maxLength: 4 }), chatEntity: entity }),
    encodeMembershipUpdateMessage,
    decodeMembershipUpdateMessage,
  );
  roundTrip(
    'ApplicationMetadataMessage',
    fc.record({ signature: bytes(65), payload: bytes(), type: enumValue }),
    encodeApplicationMetadataMessage,
    decodeApplicationMetadataMessage,
  );
  roundTrip(
    'MVDS Payload',
    fc.record({
      acks: fc.array(bytes(32), { maxLength: 3 }),
      offers: fc.array(bytes(32), { maxLength: 3 }),
      requests: fc.array(bytes(32), { maxLength: 3 }),
      messages: fc.array(fc.record({ groupId: bytes(32), timestamp: i64, body: bytes() }), { maxLength: 3 }),
    }),
    encodeMvdsPayload,
    decodeMvdsPayload,
  );
  roundTrip('SignedPreKey', spk, encodeSignedPreKey, decodeSignedPreKey);
  roundTrip('Bundle', bundle, encodeBundle, decodeBundle);
  roundTrip(
    'BundleContainer',
    fc.record({ bundle: fc.option(bundle, { nil: undefined }), privateSignedPreKey: bytes(32) }),
    encodeBundleContainer,
    decodeBundleContainer,
  );
  roundTrip(
    'PinMessage',
    fc.record({ clock: u64, messageId: str, chatId: str, pinned: fc.boolean(), messageType: enumValue }),
    encodePinMessage,
    decodePinMessage,
  );
  roundTrip(
    'ChatIdentity',
    fc.record({
      clock: u64,
      ensName: str,
      images: fc
        .uniqueArray(
          fc.tuple(key, fc.record({ payload: bytes(), sourceType: enumValue, imageType: enumValue })),
          {
            selector: (e) => e[0],
            maxLength: 3,
          },
        )
        .map((e) => new Map(e)),
      displayName: str,
      description: str,
      color: str,
    }),
    encodeChatIdentity,
    decodeChatIdentity,
  );
  roundTrip('DRHeader', drHeader, encodeDRHeader, decodeDRHeader);
  roundTrip('DHHeader', dhHeader, encodeDHHeader, decodeDHHeader);
  roundTrip('X3DHHeader', x3dhHeader, encodeX3DHHeader, decodeX3DHHeader);
  roundTrip('DirectMessageProtocol', dmp, encodeDirectMessageProtocol, decodeDirectMessageProtocol);
  roundTrip(
    'ProtocolMessage',
    fc.record({
      installationId: str,
      bundles: fc.array(bundle, { maxLength: 2 }),
      directMessage: fc
        .uniqueArray(fc.tuple(key, dmp), { selector: (e) => e[0], maxLength: 3 })
        .map((e) => new Map(e)),
      publicMessage: bytes(),
    }),
    encodeProtocolMessage,
    decodeProtocolMessage,
  );
});
