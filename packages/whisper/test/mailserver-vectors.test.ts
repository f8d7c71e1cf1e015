/**
 * mailserver.json (status-go v0.62.18 client + WakuMailServer over waku/1): the client's request is
 * rebuilt byte for byte from its inputs and pinned randomness, and the server's answers (P2P
 * Message bundles and Request Complete) are replayed against our mailserver plugged into a node.
 */
import { fromHex, manualClock, memoryStorage, toHex, utf8ToBytes } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { allCases, casesOf, type VectorCase } from '../../../test/support/vectors.js';
import {
  archiveKey,
  buildHistoryRequest,
  createMailserver,
  createWhisperNode,
  decodeMessagesRequest,
  decodeMessagesRequestPayload,
  decodeP2PMessages,
  decodeRequestCompletePacket,
  encodeLegacyMessagesRequestPayload,
  encodeMessagesRequest,
  encodeRequestCompletePacket,
  encodeRequestCompletePayload,
  encodeWakuStatus,
  envelopeRecord,
  openEnvelope,
  parseMessage,
  parseRequestComplete,
  symKeyFromPassword,
  topicToBloom,
} from '../src/index.js';
import { identity, link, proto, settle } from './support/fake-link.js';

const h = (v: unknown) => fromHex(v as string);
const utf8Hex = (s: string) => toHex(utf8ToBytes(s));
type Rec = Record<string, unknown>;
const km = () => (casesOf('mailserver', 'key-material')[0] as VectorCase).expected as Rec;

describe('mailserver.json', () => {
  it('has only the kinds this suite knows', () => {
    const known = new Set([
      'key-material',
      'history-request',
      'raw-messages-request',
      'request-complete-payload',
      'request-complete-parse',
    ]);
    for (const v of allCases('mailserver')) expect(known.has(v.kind)).toBe(true);
  });

  it('derives the password key and the archive keys', async () => {
    const k = km();
    expect(toHex(await symKeyFromPassword(k.mailserver_password as string))).toBe(k.mailserver_sym_key);
    for (const s of k.stored_envelopes_in_archive_order as Rec[]) {
      const r = envelopeRecord(h(s.envelope_rlp));
      expect(r.hashHex).toBe(s.envelope_hash);
      expect(r.envelope.expiry - r.envelope.ttl).toBe(s.sent_time);
      const key = archiveKey(s.sent_time as number, r.hash, r.envelope.topic);
      expect(toHex(key)).toBe(s.db_key);
      expect(toHex(key.subarray(0, 36))).toBe(s.cursor_if_last);
    }
  });

  it.each(casesOf('mailserver', 'history-request'))('$id client request: $name', async (v) => {
    const i = v.input as Rec;
    const e = v.expected as Rec;
    const k = km();
    const fields = e.request_payload_fields as Rec;
    const decoded = decodeMessagesRequestPayload(h(e.request_payload_rlp));
    expect(decoded.format).toBe('v0.42');
    expect(decoded.payload).toEqual({
      lower: fields.lower,
      upper: fields.upper,
      bloom: h(fields.bloom),
      topics: (fields.topics as string[]).map((t) => fromHex(t)),
      limit: fields.limit,
      cursor: h(fields.cursor),
      batch: fields.batch,
    });
    const plaintext = h(e.request_plaintext);
    const signingKey = h(k.client_node_privkey);
    const env = e.request_envelope as Rec;
    const symmetric = (i.encryption as string).startsWith('symmetric');
    // status-go's MessagesRequest: `Topics`, and the deprecated single `Topic` used when it is empty.
    const topics = ((i.topics as string[] | undefined) ?? []).map((t) => fromHex(t));
    const topic = typeof i.topic === 'string' ? { topic: fromHex(i.topic) } : {};
    const common = {
      from: i.from as number,
      to: i.to as number,
      limit: i.limit as number,
      cursor: h(i.cursor),
      topics,
      ...topic,
      signingKey,
      powTarget: Number(i.pow_target),
      clock: manualClock((i.now_unix as number) * 1000),
    };
    if (symmetric) {
      const payloadLen = h(e.request_payload_rlp).length;
      const sizeLen = plaintext[0]! & 3;
      const padding = plaintext.subarray(1 + sizeLen + payloadLen, plaintext.length - 65);
      expect(padding.length).toBe(e.request_padding_length);
      const built = await buildHistoryRequest({
        ...common,
        symKey: h(k.mailserver_sym_key),
        padding,
        salt: h(e.aes_gcm_nonce),
      });
      expect(toHex(built.payloadBytes)).toBe(e.request_payload_rlp);
      expect(toHex(built.envelope.raw)).toBe(env.envelope_rlp);
      expect(toHex(built.requestId)).toBe(e.request_id);
      expect(built.envelope.envelope.nonce).toBe(BigInt(env.nonce as string));
      expect(built.envelope.pow).toBe(Number(env.pow));
    } else {
      // ECIES draws a fresh ephemeral key: the payload and the envelope's fields are what can match.
      const built = await buildHistoryRequest({
        ...common,
        serverPublicKey: h(k.mailserver_node_pubkey),
      });
      expect(toHex(built.payloadBytes)).toBe(e.request_payload_rlp);
      expect(built.envelope.envelope.ttl).toBe(env.ttl);
      expect(built.envelope.envelope.expiry).toBe(env.expiry);
      expect(toHex(built.envelope.envelope.topic)).toBe(env.topic);
    }
    // Whatever the encryption, the server's key opens it to the same payload and signer.
    const record = envelopeRecord(h(env.envelope_rlp));
    expect(record.hashHex).toBe(e.request_id);
    const key = symmetric
      ? ({ kind: 'symmetric', key: h(k.mailserver_sym_key) } as const)
      : ({ kind: 'asymmetric', privateKey: h(k.mailserver_node_privkey) } as const);
    const opened = openEnvelope(record.envelope, key);
    expect(toHex(opened.payload)).toBe(e.request_payload_rlp);
    expect(toHex(opened.signature as Uint8Array)).toBe(e.request_signature);
    expect(toHex(opened.signer as Uint8Array)).toBe(e.request_signer_pubkey);
    expect(toHex(opened.signer as Uint8Array)).toBe(k.client_node_pubkey);
    if (symmetric) expect(toHex(parseMessage(plaintext).payload)).toBe(e.request_payload_rlp);
    expect(record.envelope.ttl).toBe(env.ttl);
    expect(record.envelope.expiry).toBe(env.expiry);
    expect(record.envelope.expiry).toBe((i.now_unix as number) + 50);
  });

  // status-go createBloomFilter: a request naming one topic in the deprecated `Topic` field (and no
  // `Topics`) carries that topic's bloom, the same bytes as `Topics: [topic]`.
  const singleTopic = casesOf('mailserver', 'history-request').filter(
    (v) => ((v.input as Rec).topics as string[] | undefined)?.length === 1,
  );
  it.each(singleTopic)('$id the same request from the deprecated single Topic', async (v) => {
    const i = v.input as Rec;
    const e = v.expected as Rec;
    const built = await buildHistoryRequest({
      from: i.from as number,
      to: i.to as number,
      limit: i.limit as number,
      cursor: h(i.cursor),
      topics: [],
      topic: fromHex((i.topics as string[])[0] as string),
      symKey: h(km().mailserver_sym_key),
      signingKey: h(km().client_node_privkey),
      powTarget: Number(i.pow_target),
      clock: manualClock((i.now_unix as number) * 1000),
    });
    expect(toHex(built.payloadBytes)).toBe(e.request_payload_rlp);
  });

  it('a request with no topic at all carries the zero topic bloom, as status-go sends it', async () => {
    const built = await buildHistoryRequest({
      from: 0,
      to: 10,
      topics: [],
      symKey: new Uint8Array(32).fill(1),
      signingKey: h(km().client_node_privkey),
      powTarget: 0,
    });
    expect(built.payload.bloom).toEqual(topicToBloom(new Uint8Array(4)));
    expect(built.payload.bloom.some((b) => b !== 0)).toBe(true);
  });

  const served = [
    ...casesOf('mailserver', 'history-request'),
    ...casesOf('mailserver', 'raw-messages-request'),
  ];

  it.each(served)('$id server answers byte for byte: $name', async (v) => {
    const e = v.expected as Rec;
    const k = km();
    const clock = manualClock((k.server_clock_unix as number) * 1000);
    // WakuMailServer.Init configures only the password key (§4.7).
    const ms = createMailserver({
      storage: memoryStorage(),
      symKey: h(k.mailserver_sym_key),
      clock,
      maxMessageSize: k.server_max_message_size as number,
    });
    for (const s of k.stored_envelopes_in_archive_order as Rec[])
      await ms.archive(envelopeRecord(h(s.envelope_rlp)));
    const server = createWhisperNode({ capabilities: ['waku/1'], clock, mailserver: ms });
    const client = identity('client', h(k.client_node_privkey));
    const msId = identity('mailserver', h(k.mailserver_node_privkey));
    const l = link(msId, proto(server.protocols, 'waku/1'), client, undefined);
    l.inject('client', 0, encodeWakuStatus({ powRequirement: 0.000002 }, 1));
    await settle();
    const packets = e.packets_in_order as Rec[];
    const request = packets.find((p) => p.writer === 'client') as Rec;
    expect(request.code).toBe(126);
    if (v.kind === 'raw-messages-request') {
      const i = v.input as Rec;
      const raw = decodeMessagesRequest(h(request.payload_rlp));
      expect(toHex(raw.id)).toBe(utf8Hex(i.id_ascii as string));
      expect(toHex(raw.id)).toBe(e.request_id);
      expect([raw.from, raw.to, raw.limit]).toEqual([i.from, i.to, i.limit]);
      expect(toHex(raw.bloom)).toBe(i.bloom);
      expect((raw.topics ?? []).map(toHex)).toEqual(i.topics);
      expect(toHex(encodeMessagesRequest(raw))).toBe(request.payload_rlp);
    }
    l.inject('client', 126, h(request.payload_rlp));
    await settle();
    const answers = l.packets.filter((p) => p.from === 'mailserver' && p.code !== 0);
    const expected = packets.filter((p) => p.writer === 'mailserver');
    expect(answers.map((p) => p.code)).toEqual(expected.map((p) => p.code));
    for (const [n, p] of answers.entries()) {
      const x = expected[n] as Rec;
      expect(toHex(p.payload)).toBe(x.payload_rlp);
      expect(p.payload.length).toBe(x.payload_length);
      if (x.code === 127)
        expect(decodeP2PMessages(p.payload).map((r) => r.hashHex)).toEqual(x.envelope_hashes);
      if (x.code === 125) {
        const body = decodeRequestCompletePacket(p.payload);
        expect(toHex(body)).toBe(x.payload);
        const parsed = parseRequestComplete(body);
        const f = x.payload_fields as Rec;
        expect(toHex(parsed.requestId)).toBe(f.request_id);
        if (f.error === true) expect(parsed.error).toBe(f.error_text);
        else {
          expect(toHex(parsed.lastEnvelopeHash)).toBe(f.last_envelope_hash);
          expect(toHex(parsed.cursor)).toBe(f.cursor);
        }
        // what the status-go client reported for it
        const done = (e.client_events as Rec[]).find(
          (c) => c.event === 'mailserver.request.completed',
        ) as Rec;
        expect(toHex(parsed.requestId)).toBe(done.hash);
        expect(toHex(parsed.lastEnvelopeHash)).toBe(done.last_envelope_hash);
        expect(toHex(parsed.cursor)).toBe(done.cursor);
        expect(parsed.error).toBe(done.error);
      }
    }
    // every envelope the client saw is one the server sent, and only those
    const available = (e.client_events as Rec[])
      .filter((c) => c.event === 'envelope.available')
      .map((c) => c.hash);
    const sent = answers
      .filter((p) => p.code === 127)
      .flatMap((p) => decodeP2PMessages(p.payload).map((r) => r.hashHex));
    expect(sent.sort()).toEqual([...available].sort());
    expect(ms.stats.requests).toBe(1);
  });

  it.each(casesOf('mailserver', 'request-complete-payload'))('$id $name', (v) => {
    const i = v.input as Rec;
    const e = v.expected as Rec;
    const payload = encodeRequestCompletePayload(h(i.request_id), h(i.last_envelope_hash), h(i.cursor));
    expect(toHex(payload)).toBe(e.payload);
    expect(toHex(encodeRequestCompletePacket(payload))).toBe(e.packet_payload_rlp);
    checkParse(payload, e.client_parse as Rec);
  });

  it.each(casesOf('mailserver', 'request-complete-parse'))('$id $name', (v) => {
    checkParse(h((v.input as Rec).payload), (v.expected as Rec).client_parse as Rec);
  });
});

function checkParse(payload: Uint8Array, expected: Rec): void {
  if (expected.error !== undefined) {
    expect(() => parseRequestComplete(payload)).toThrow(expected.error as string);
    expect(() => parseRequestComplete(payload)).toThrow(expect.objectContaining({ name: 'MailserverError' }));
    return;
  }
  const p = parseRequestComplete(payload);
  expect(toHex(p.requestId)).toBe(expected.hash);
  expect(toHex(p.lastEnvelopeHash)).toBe(expected.last_envelope_hash);
  expect(toHex(p.cursor)).toBe(expected.cursor);
  expect(p.error).toBe(expected.response_error);
}

describe('mailserver request decoding', () => {
  it('accepts the older payload forms', () => {
    const bloom = new Uint8Array(64).fill(1);
    // [Lower=1, Upper=2, Bloom, Limit=3, Cursor='', Batch=true]
    const legacyBytes = fromHex(`f8470102b840${toHex(bloom)}038001`);
    expect(
      toHex(
        encodeLegacyMessagesRequestPayload({
          lower: 1,
          upper: 2,
          bloom,
          limit: 3,
          cursor: new Uint8Array(0),
          batch: true,
        }),
      ),
    ).toBe(toHex(legacyBytes));
    const legacy = decodeMessagesRequestPayload(legacyBytes);
    expect(legacy.format).toBe('v0.41');
    expect(legacy.payload).toMatchObject({ lower: 1, upper: 2, limit: 3, batch: true, topics: [] });
    const binary = decodeMessagesRequestPayload(fromHex('0000000a00000014'));
    expect(binary.format).toBe('binary');
    expect(binary.payload).toMatchObject({ lower: 10, upper: 20, limit: 0 });
    expect(binary.payload.bloom.every((b) => b === 0xff)).toBe(true);
    expect(() => decodeMessagesRequestPayload(fromHex('0102'))).toThrow(
      expect.objectContaining({ name: 'DecodeError' }),
    );
  });
});
