/**
 * Golden vectors from status-go v0.62.18 (`protocol/protobuf`, `protocol/v1`, vendored MVDS):
 * payloads.json (every kind), mvds.json (payload and message records) and the live group-chat.json
 * capture (ProtocolMessage, DirectMessageProtocol, MVDS, AMM and MembershipUpdateMessage bytes as
 * they crossed the wire). Go encodes canonically (field order, defaults omitted), so every decoded
 * value must re-encode to the exact bytes.
 */
import { fromHex, nobleCrypto, toHex } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { allCases, casesOf, type VectorCase } from '../../../test/support/vectors.js';
import {
  type ChatMessage,
  decodeApplicationMetadataMessage,
  decodeChatMessage,
  decodeContactCodeAdvertisement,
  decodeContactUpdate,
  decodeDirectMessageProtocol,
  decodeEmojiReaction,
  decodeGroupChatInvitation,
  decodeMembershipUpdateEvent,
  decodeMembershipUpdateMessage,
  decodeMvdsMessage,
  decodeMvdsPayload,
  decodeProtocolMessage,
  decodeRequestTransaction,
  encodeApplicationMetadataMessage,
  encodeChatMessage,
  encodeContactCodeAdvertisement,
  encodeContactUpdate,
  encodeDirectMessageProtocol,
  encodeEmojiReaction,
  encodeGroupChatInvitation,
  encodeMembershipUpdateEvent,
  encodeMembershipUpdateMessage,
  encodeMvdsMessage,
  encodeMvdsPayload,
  encodeProtocolMessage,
  encodeRequestTransaction,
  isValidMvdsPayload,
  membershipEventDigest,
  messageIdToHex,
  openMembershipEvent,
  signMembershipEvent,
  statusMessageId,
  unwrapApplicationMessage,
  wrapApplicationMessage,
} from '../src/index.js';
import { decodeSyncInstallationContact, encodeSyncInstallationContact } from '../src/pairing.js';

type Json = Record<string, unknown>;
const h = (v: unknown): Uint8Array => fromHex(v as string);
const big = (v: unknown): bigint => BigInt(v as string | number);
const input = (c: VectorCase): Json => c.input as Json;
const expected = (c: VectorCase): Json => c.expected as Json;
const fields = (c: VectorCase): Json => input(c).fields as Json;

/** Vector `fields` (snake_case JSON) → our ChatMessage, following §7.2 field kinds. */
function chatMessageOf(f: Json): ChatMessage {
  const msg: ChatMessage = {
    clock: big(f.clock ?? '0'),
    timestamp: big(f.timestamp ?? '0'),
    text: (f.text as string | undefined) ?? '',
    responseTo: (f.response_to as string | undefined) ?? '',
    ensName: (f.ens_name as string | undefined) ?? '',
    chatId: (f.chat_id as string | undefined) ?? '',
    messageType: (f.message_type as number | undefined) ?? 0,
    contentType: (f.content_type as number | undefined) ?? 0,
    content: undefined,
    grant: new Uint8Array(0),
  };
  const sticker = f.sticker as Json | undefined;
  const image = f.image as Json | undefined;
  const audio = f.audio as Json | undefined;
  if (sticker)
    msg.content = {
      kind: 'sticker',
      sticker: { hash: sticker.hash as string, pack: sticker.pack as number },
    };
  if (image)
    msg.content = { kind: 'image', image: { payload: h(image.payload), type: image.type as number } };
  if (audio) {
    const audioMsg = {
      payload: h(audio.payload),
      type: audio.type as number,
      durationMs: big(audio.duration_ms ?? 0),
    };
    msg.content = { kind: 'audio', audio: audioMsg };
  }
  return msg;
}

interface KindCodec {
  build(f: Json): unknown;
  encode(v: never): Uint8Array;
  decode(b: Uint8Array): unknown;
}

const KINDS: Record<string, KindCodec> = {
  'chat-message': { build: chatMessageOf, encode: encodeChatMessage, decode: decodeChatMessage },
  'emoji-reaction': {
    build: (f) => ({
      clock: big(f.clock),
      chatId: f.chat_id,
      // The JSON gives the ID as bare hex (its byte-string convention); the proto string is "0x…".
      messageId: String(f.message_id).startsWith('0x') ? f.message_id : `0x${f.message_id}`,
      messageType: f.message_type,
      type: f.type,
      retracted: f.retracted === true,
      grant: new Uint8Array(0),
    }),
    encode: encodeEmojiReaction,
    decode: decodeEmojiReaction,
  },
  'contact-update': {
    build: (f) => ({ clock: big(f.clock), ensName: f.ens_name ?? '', profileImage: f.profile_image ?? '' }),
    encode: encodeContactUpdate,
    decode: decodeContactUpdate,
  },
  'group-chat-invitation': {
    build: (f) => ({
      clock: big(f.clock),
      chatId: f.chat_id ?? '',
      introductionMessage: f.introduction_message ?? '',
      state: f.state ?? 0,
    }),
    encode: encodeGroupChatInvitation,
    decode: decodeGroupChatInvitation,
  },
  'sync-installation-contact': {
    build: (f) => ({
      clock: big(f.clock),
      id: f.id ?? '',
      profileImage: f.profile_image ?? '',
      ensName: f.ens_name ?? '',
      lastUpdated: big(f.last_updated ?? '0'),
      systemTags: (f.system_tags as string[] | null | undefined) ?? [],
      localNickname: f.local_nickname ?? '',
    }),
    encode: encodeSyncInstallationContact,
    decode: decodeSyncInstallationContact,
  },
  'request-transaction': {
    build: (f) => ({
      clock: big(f.clock),
      address: f.address ?? '',
      value: f.value ?? '',
      contract: f.contract ?? '',
    }),
    encode: encodeRequestTransaction,
    decode: decodeRequestTransaction,
  },
  'contact-code-advertisement': {
    build: (f) => ({ pushNotificationInfo: (f.push_notification_info as unknown[] | undefined) ?? [] }),
    encode: encodeContactCodeAdvertisement,
    decode: decodeContactCodeAdvertisement,
  },
};

/** AMM checks shared by every signed payloads.json kind: hash, signature, AMM bytes, author, ID. */
function checkSignedAmm(c: VectorCase, payload: Uint8Array): void {
  const e = expected(c);
  const type = input(c).amm_type as number;
  expect(toHex(nobleCrypto.keccak256(payload))).toBe(e.payload_keccak256);
  const amm = wrapApplicationMessage(payload, type, h(input(c).signer_privkey));
  expect(toHex(amm)).toBe(e.amm_proto);
  const opened = unwrapApplicationMessage(h(e.amm_proto));
  expect(opened.signed).toBe(true);
  expect(opened.type).toBe(type);
  expect(toHex(opened.signature)).toBe(e.amm_signature);
  expect(toHex(opened.payload)).toBe(e.payload_proto);
  expect(toHex(opened.author)).toBe(e.signer_pubkey);
  expect(toHex(opened.messageId)).toBe(e.message_id);
  expect(toHex(nobleCrypto.keccak256(h(e.message_id_preimage)))).toBe(e.message_id);
  expect(toHex(statusMessageId(opened.author, h(e.amm_proto)))).toBe(e.message_id);
  expect(toHex(encodeApplicationMetadataMessage(decodeApplicationMetadataMessage(h(e.amm_proto))))).toBe(
    e.amm_proto,
  );
}

describe('payloads.json', () => {
  for (const [kind, codec] of Object.entries(KINDS)) {
    describe(kind, () => {
      it.each(casesOf('payloads', kind).map((c) => [c.name as string, c] as const))('%s', (_name, c) => {
        const e = expected(c);
        const want = codec.build(fields(c));
        expect(codec.decode(h(e.payload_proto))).toEqual(want);
        expect(toHex(codec.encode(want as never))).toBe(e.payload_proto);
        checkSignedAmm(c, h(e.payload_proto));
      });
    });
  }

  describe('amm-type', () => {
    it.each(casesOf('payloads', 'amm-type').map((c) => [c.name as string, c] as const))('%s', (_name, c) => {
      expect(expected(c).payload_proto).toBe(fields(c).raw_payload);
      checkSignedAmm(c, h(fields(c).raw_payload));
    });
  });

  describe('amm-unsigned', () => {
    it.each(casesOf('payloads', 'amm-unsigned').map((c) => [c.name as string, c] as const))(
      '%s',
      (_name, c) => {
        const { amm_type: type, payload } = input(c) as { amm_type: number; payload: string };
        const want = expected(c).amm_proto as string;
        expect(toHex(wrapApplicationMessage(h(payload), type, undefined))).toBe(want);
        expect(
          toHex(
            encodeApplicationMetadataMessage({ signature: new Uint8Array(0), payload: h(payload), type }),
          ),
        ).toBe(want);
        const signer = nobleCrypto.secp256k1PublicKey(new Uint8Array(32).fill(7));
        const opened = unwrapApplicationMessage(h(want), { transportSigner: signer });
        expect(opened).toMatchObject({ signed: false, type, payload: h(payload), author: signer });
        expect(opened.messageId).toEqual(statusMessageId(signer, h(want)));
        expect(() => unwrapApplicationMessage(h(want))).toThrow(
          expect.objectContaining({ name: 'PayloadDecodeError' }),
        );
      },
    );
  });

  describe('message-id', () => {
    it.each(casesOf('payloads', 'message-id').map((c) => [c.name as string, c] as const))(
      '%s',
      (_name, c) => {
        const id = statusMessageId(h(input(c).author_pubkey), h(input(c).amm_bytes));
        expect(toHex(id)).toBe(expected(c).message_id);
        expect(messageIdToHex(id)).toBe(expected(c).message_id_hex_string);
      },
    );
  });

  describe('membership-event', () => {
    it.each(casesOf('payloads', 'membership-event').map((c) => [c.name as string, c] as const))(
      '%s',
      (_name, c) => {
        const i = input(c);
        const e = expected(c);
        const chatId = i.chat_id as string;
        const event = {
          clock: big(i.clock),
          members: (i.members as string[] | null) ?? [],
          name: (i.name as string | undefined) ?? '',
          type: i.type as number,
        };
        expect(toHex(encodeMembershipUpdateEvent(event))).toBe(e.event_proto);
        expect(decodeMembershipUpdateEvent(h(e.event_proto))).toEqual(event);
        expect(toHex(membershipEventDigest(chatId, h(e.event_proto)))).toBe(e.signed_hash);
        const blob = signMembershipEvent(chatId, event, h(i.signer_privkey));
        expect(toHex(blob)).toBe(e.event_blob);
        const opened = openMembershipEvent(chatId, h(e.event_blob));
        expect(opened.from).toBe(e.from);
        expect(toHex(opened.signature)).toBe(e.signature);
        expect(opened.event).toEqual(event);
        // The signature binds the chat ID: another chat recovers someone else.
        expect(openMembershipEvent(`${chatId}x`, h(e.event_blob)).from).not.toBe(e.from);
      },
    );
  });
});

describe('mvds.json', () => {
  it.each(casesOf('mvds', 'payload').map((c) => [c.name as string, c] as const))('%s', (_name, c) => {
    const i = input(c);
    const e = expected(c);
    const list = (v: unknown) => (v as string[]).map(h);
    const want = {
      acks: list(i.acks),
      offers: list(i.offers),
      requests: list(i.requests),
      messages: (i.messages as Json[]).map((m) => ({
        groupId: h(m.group_id),
        timestamp: big(m.timestamp),
        body: h(m.body),
      })),
    };
    expect(toHex(encodeMvdsPayload(want))).toBe(e.payload_proto);
    const got = decodeMvdsPayload(h(e.payload_proto));
    expect(got).toEqual(want);
    expect(isValidMvdsPayload(got)).toBe(e.is_valid);
  });

  it.each(casesOf('mvds', 'message-id').map((c) => [c.name as string, c] as const))(
    'message record: %s',
    (_n, c) => {
      const i = input(c);
      const want = { groupId: h(i.group_id), timestamp: big(i.timestamp), body: h(i.body) };
      expect(toHex(encodeMvdsMessage(want))).toBe(expected(c).message_proto);
      expect(decodeMvdsMessage(h(expected(c).message_proto))).toEqual(want);
    },
  );
});

describe('group-chat.json (live status-go capture)', () => {
  const live = allCases('group-chat').filter((c) => c.kind === undefined);

  it('has live envelopes', () => {
    expect(live.length).toBeGreaterThan(0);
  });

  it.each(live.map((c) => [c.name as string, c] as const))('%s', (_name, c) => {
    const e = expected(c);
    const pm = e.protocol_message as Json | undefined;
    if (pm === undefined) return;
    const decoded = decodeProtocolMessage(h(e.decrypted_payload));
    expect(toHex(encodeProtocolMessage(decoded))).toBe(e.decrypted_payload);
    expect(decoded.installationId).toBe(pm.installation_id);
    const bundles = (pm.bundles as Json[] | undefined) ?? [];
    expect(decoded.bundles.length).toBe(bundles.length);
    bundles.forEach((b, n) => {
      const got = decoded.bundles[n];
      expect(toHex(got?.identity ?? new Uint8Array())).toBe(b.identity);
      expect(toHex(got?.signature ?? new Uint8Array())).toBe(b.signature);
      expect(got?.timestamp).toBe(big(b.timestamp_ns));
      const spks = b.signed_pre_keys as Record<string, Json>;
      expect([...(got?.signedPreKeys.keys() ?? [])].sort()).toEqual(Object.keys(spks).sort());
      for (const [id, spk] of Object.entries(spks)) {
        expect(got?.signedPreKeys.get(id)).toEqual({
          signedPreKey: h(spk.signed_pre_key),
          version: spk.version,
          protocolVersion: spk.protocol_version,
        });
      }
    });
    const direct = (pm.direct_message as Record<string, Json> | undefined) ?? {};
    expect([...decoded.directMessage.keys()].sort()).toEqual(Object.keys(direct).sort());
    for (const [installation, d] of Object.entries(direct)) {
      const dmp = decoded.directMessage.get(installation);
      expect(toHex(encodeDirectMessageProtocol(dmp ?? { payload: new Uint8Array() }))).toBe(d.proto);
      expect(decodeDirectMessageProtocol(h(d.proto))).toEqual(dmp);
      expect(toHex(dmp?.payload ?? new Uint8Array())).toBe(d.payload);
      const dr = d.dr_header as Json | undefined;
      if (dr) {
        expect(dmp?.drHeader).toEqual({ key: h(dr.key), n: dr.n, pn: dr.pn, id: h(dr.id) });
      }
      const mvds = d.mvds_payload as Json | undefined;
      if (mvds) {
        const payload = decodeMvdsPayload(h(d.plaintext));
        expect(toHex(encodeMvdsPayload(payload))).toBe(d.plaintext);
        const ids = (v: unknown) => (v as string[] | null | undefined) ?? [];
        expect(payload.acks.map(toHex)).toEqual(ids(mvds.acks));
        expect(payload.offers.map(toHex)).toEqual(ids(mvds.offers));
        expect(payload.requests.map(toHex)).toEqual(ids(mvds.requests));
        const messages = (mvds.messages as Json[] | null | undefined) ?? [];
        expect(payload.messages.map((m) => [toHex(m.groupId), m.timestamp, toHex(m.body)])).toEqual(
          messages.map((m) => [m.group_id, big(m.timestamp), m.body]),
        );
      }
    }
    for (const app of (e.application_messages as Json[] | null) ?? []) {
      const opened = unwrapApplicationMessage(h(app.amm_proto));
      expect(toHex(opened.author)).toBe(app.author_pubkey);
      expect(toHex(opened.messageId)).toBe(app.message_id);
      expect(opened.type).toBe(app.type);
      expect(toHex(opened.payload)).toBe(app.payload);
      const mum = app.membership_update_message as Json | undefined;
      if (mum) {
        const msg = decodeMembershipUpdateMessage(opened.payload);
        expect(toHex(encodeMembershipUpdateMessage(msg))).toBe(app.payload);
        expect(msg.chatId).toBe(mum.chat_id);
        const events = mum.events as Json[];
        expect(msg.events.length).toBe(events.length);
        msg.events.forEach((blob, n) => {
          const want = events[n] as Json;
          const ev = openMembershipEvent(msg.chatId, blob);
          expect(ev.from).toBe(want.from);
          expect(toHex(ev.signature)).toBe(want.signature);
          expect(toHex(ev.raw)).toBe(want.event_proto);
          expect(ev.event.clock).toBe(big(want.clock));
          expect(ev.event.type).toBe(want.type);
          expect(ev.event.name).toBe(want.name ?? '');
          expect(ev.event.members).toEqual((want.members as string[] | null) ?? []);
        });
        const chat = mum.chat_message as Json | undefined;
        if (chat) {
          expect(msg.chatEntity?.kind).toBe('message');
          if (msg.chatEntity?.kind === 'message') expect(msg.chatEntity.message.text).toBe(chat.text);
        }
      }
    }
  });
});
