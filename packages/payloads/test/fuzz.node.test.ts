/**
 * Mutation fuzz: 10,000 mutated inputs per decoder, seeded from valid encodings and the golden
 * vectors. Any outcome is fine except an error other than `PayloadDecodeError` escaping (or a
 * hang): bytes from a peer must never crash a caller in an unexpected way.
 */
import { fromHex } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { allCases, type VectorCase } from '../../../test/support/vectors.js';
import * as payloads from '../src/index.js';
import * as pairing from '../src/pairing.js';

const PER_DECODER = 10_000;

/** mulberry32: small seeded PRNG so failures replay. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function mutate(seed: Uint8Array, rnd: () => number): Uint8Array {
  const pick = (n: number) => Math.floor(rnd() * n);
  let out = seed.slice();
  const rounds = 1 + pick(4);
  for (let r = 0; r < rounds; r++) {
    switch (pick(7)) {
      case 0: // flip a bit
        if (out.length) {
          const at = pick(out.length);
          out[at] = (out[at] ?? 0) ^ (1 << pick(8));
        }
        break;
      case 1: // overwrite a byte
        if (out.length) out[pick(out.length)] = pick(256);
        break;
      case 2: // truncate
        out = out.slice(0, pick(out.length + 1));
        break;
      case 3: {
        // insert random bytes
        const at = pick(out.length + 1);
        const ins = Uint8Array.from({ length: 1 + pick(6) }, () => pick(256));
        out = Uint8Array.of(...out.subarray(0, at), ...ins, ...out.subarray(at));
        break;
      }
      case 4: {
        // a huge length varint
        const at = pick(out.length + 1);
        out = Uint8Array.of(...out.subarray(0, at), 0xff, 0xff, 0xff, 0xff, 0x0f, ...out.subarray(at));
        break;
      }
      case 5: // duplicate a slice (repeated fields, nested messages)
        out = Uint8Array.of(...out, ...out.subarray(pick(out.length + 1)));
        break;
      default: // a group start / end / bad wire type tag
        out = Uint8Array.of(
          ...out.subarray(0, pick(out.length + 1)),
          [0x0b, 0x0c, 0x0e, 0x0f, 0x00][pick(5)] ?? 0,
        );
    }
  }
  return out;
}

const hexes = (c: VectorCase, ...keys: string[]): Uint8Array[] => {
  const e = c.expected as Record<string, unknown>;
  return keys.flatMap((k) => (typeof e[k] === 'string' ? [fromHex(e[k] as string)] : []));
};
const payloadSeeds = allCases('payloads').flatMap((c) =>
  hexes(c, 'payload_proto', 'amm_proto', 'event_proto'),
);
const mvdsSeeds = allCases('mvds').flatMap((c) => hexes(c, 'payload_proto', 'message_proto'));
const liveSeeds = allCases('group-chat').flatMap((c) => hexes(c, 'decrypted_payload'));

const enc = {
  chat: payloads.encodeChatMessage({
    clock: 1n,
    timestamp: 2n,
    text: 'hi',
    chatId: 'status',
    content: { kind: 'audio', audio: { payload: Uint8Array.of(1, 2), type: 1, durationMs: 9n } },
  }),
  pm: payloads.encodeProtocolMessage({
    installationId: 'a',
    bundles: [
      {
        identity: new Uint8Array(33).fill(2),
        signedPreKeys: new Map([
          ['a', { signedPreKey: new Uint8Array(33).fill(3), version: 1, protocolVersion: 1 }],
        ]),
        signature: new Uint8Array(65),
        timestamp: 5n,
      },
    ],
    directMessage: new Map([
      [
        'b',
        { payload: Uint8Array.of(1), drHeader: { key: Uint8Array.of(2), n: 1, pn: 2, id: Uint8Array.of(3) } },
      ],
    ]),
    publicMessage: new Uint8Array(0),
  }),
};

type Decoder = (b: Uint8Array) => unknown;
const DECODERS: [string, Decoder, Uint8Array[]][] = [
  ['ApplicationMetadataMessage', payloads.decodeApplicationMetadataMessage, payloadSeeds],
  [
    'unwrapApplicationMessage',
    (b) => payloads.unwrapApplicationMessage(b, { transportSigner: new Uint8Array(65).fill(4) }),
    payloadSeeds,
  ],
  ['ChatMessage', payloads.decodeChatMessage, [enc.chat, ...payloadSeeds]],
  ['EmojiReaction', payloads.decodeEmojiReaction, payloadSeeds],
  ['ContactUpdate', payloads.decodeContactUpdate, payloadSeeds],
  ['SyncInstallation', pairing.decodeSyncInstallation, payloadSeeds],
  ['SyncInstallationContact', pairing.decodeSyncInstallationContact, payloadSeeds],
  ['PairInstallation', pairing.decodePairInstallation, payloadSeeds],
  ['GroupChatInvitation', payloads.decodeGroupChatInvitation, payloadSeeds],
  ['MembershipUpdateEvent', payloads.decodeMembershipUpdateEvent, payloadSeeds],
  ['MembershipUpdateMessage', payloads.decodeMembershipUpdateMessage, payloadSeeds],
  ['openMembershipEvent', (b) => payloads.openMembershipEvent('chat', b), payloadSeeds],
  ['RequestTransaction', payloads.decodeRequestTransaction, payloadSeeds],
  ['SendTransaction', payloads.decodeSendTransaction, payloadSeeds],
  ['ContactCodeAdvertisement', payloads.decodeContactCodeAdvertisement, payloadSeeds],
  ['PushNotificationRegistration', payloads.decodePushNotificationRegistration, payloadSeeds],
  ['PushNotificationRequest', payloads.decodePushNotificationRequest, payloadSeeds],
  ['PushNotificationResponse', payloads.decodePushNotificationResponse, payloadSeeds],
  ['PushNotificationQueryResponse', payloads.decodePushNotificationQueryResponse, payloadSeeds],
  ['PinMessage', payloads.decodePinMessage, payloadSeeds],
  ['ChatIdentity', payloads.decodeChatIdentity, payloadSeeds],
  ['mvds Payload', payloads.decodeMvdsPayload, mvdsSeeds],
  ['mvds Message', payloads.decodeMvdsMessage, mvdsSeeds],
  ['ProtocolMessage', payloads.decodeProtocolMessage, [enc.pm, ...liveSeeds]],
  ['Bundle', payloads.decodeBundle, [enc.pm, ...liveSeeds]],
  ['BundleContainer', payloads.decodeBundleContainer, [enc.pm, ...liveSeeds]],
  ['SignedPreKey', payloads.decodeSignedPreKey, [enc.pm]],
  ['DirectMessageProtocol', payloads.decodeDirectMessageProtocol, [enc.pm, ...liveSeeds]],
  ['DRHeader', payloads.decodeDRHeader, [enc.pm]],
  ['DHHeader', payloads.decodeDHHeader, [enc.pm]],
  ['X3DHHeader', payloads.decodeX3DHHeader, [enc.pm]],
];

describe('mutation fuzz', () => {
  it.each(DECODERS.map(([name, decode, seeds], i) => [name, decode, seeds, i] as const))(
    '%s: only PayloadDecodeError escapes',
    (_name, decode, seeds, index) => {
      expect(seeds.length).toBeGreaterThan(0);
      const rnd = prng(0x5eed + index);
      let rejected = 0;
      for (let n = 0; n < PER_DECODER; n++) {
        const input = mutate(seeds[n % seeds.length] as Uint8Array, rnd);
        try {
          decode(input);
        } catch (err) {
          if (!(err instanceof Error) || err.name !== 'PayloadDecodeError') {
            throw new Error(`unexpected ${String(err)} for ${Buffer.from(input).toString('hex')}`, {
              cause: err,
            });
          }
          rejected++;
        }
      }
      // The mutations are aggressive enough that some inputs must be rejected.
      expect(rejected).toBeGreaterThan(0);
    },
    20_000,
  );

  it('rejects inputs over maxBytes before parsing', () => {
    expect(() => payloads.decodeChatMessage(enc.chat, { maxBytes: enc.chat.length - 1 })).toThrow(
      expect.objectContaining({ name: 'PayloadDecodeError' }),
    );
    expect(payloads.decodeChatMessage(enc.chat, { maxBytes: enc.chat.length }).text).toBe('hi');
  });
});
