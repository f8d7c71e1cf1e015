/**
 * Golden vectors from go-ethereum 1.9.7 whisper/whisperv6 and status-go v0.62.18 waku/common:
 * whisper-envelope.json, whisper-bloom-topic.json, status-topics-keys.json, the Whisper-style
 * cases of ecies.json, and the live shh/6 capture shh-live.json. Every case of every kind runs.
 */
import { DecodeError, fromHex, nobleCrypto, toHex } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { allCases, casesOf, type VectorCase } from '../../../test/support/vectors.js';
import {
  bloomMatch,
  bloomOfTopics,
  buildMessage,
  computePow,
  contactCodeTopic,
  createFilterSet,
  decodeEnvelope,
  decryptAsymmetric,
  discoveryTopic,
  type EnvelopeKey,
  encodeEnvelope,
  encodeEnvelopeWithoutNonce,
  encryptAsymmetric,
  encryptSymmetric,
  envelopeBloom,
  envelopeRecord,
  envelopeSize,
  negotiatedFilterId,
  negotiatedTopic,
  openEnvelope,
  partitionedTopic,
  personalDiscoveryTopic,
  powLeadingZeroBits,
  powOfRaw,
  powTargetBits,
  publicChatTopic,
  sealEnvelope,
  symKeyFromPassword,
  topicToBloom,
  toTopic,
} from '../src/index.js';

const c = nobleCrypto;
const h = (v: unknown) => fromHex(v as string);
type Rec = Record<string, unknown>;

/** Big-endian hex of the IEEE-754 bits of a double. */
export function f64bits(x: number): string {
  const v = new DataView(new ArrayBuffer(8));
  v.setFloat64(0, x);
  return toHex(new Uint8Array(v.buffer));
}

describe('whisper-envelope.json', () => {
  it('has only the kinds this suite knows', () => {
    const known = new Set(['symmetric', 'asymmetric', 'pow', 'pow-target']);
    for (const v of allCases('whisper-envelope')) expect(known.has(v.kind)).toBe(true);
  });

  const sealed = [...casesOf('whisper-envelope', 'symmetric'), ...casesOf('whisper-envelope', 'asymmetric')];

  it.each(sealed)('$id decodes, hashes and computes PoW: $name', (v) => {
    const e = v.expected as Rec;
    const i = v.input as Rec;
    const raw = h(e.envelope_rlp);
    const env = decodeEnvelope(raw);
    expect(env.expiry).toBe(i.expiry);
    expect(env.ttl).toBe(i.ttl);
    expect(toHex(env.topic)).toBe(i.topic);
    expect(toHex(env.data)).toBe(e.data);
    expect(env.nonce).toBe(BigInt(e.nonce as number));
    expect(toHex(encodeEnvelope(env))).toBe(e.envelope_rlp);
    expect(toHex(envelopeRecord(raw).hash)).toBe(e.envelope_hash);
    expect(f64bits(computePow(env))).toBe(e.pow_float64_bits);
    expect(computePow(env)).toBe(Number(e.pow));
    expect(f64bits(powOfRaw(raw, env.ttl) as number)).toBe(e.pow_float64_bits);
    if (e.rlp_without_nonce !== undefined)
      expect(toHex(encodeEnvelopeWithoutNonce(env))).toBe(e.rlp_without_nonce);
    if (e.pow_leading_zero_bits !== undefined) expect(powLeadingZeroBits(env)).toBe(e.pow_leading_zero_bits);
    if (e.size !== undefined) expect(envelopeSize(env)).toBe(e.size);
    if (e.bloom !== undefined) expect(toHex(envelopeBloom(env))).toBe(e.bloom);
    if (e.pow_target_bits !== undefined && Number(i.pow_target) > 0) {
      expect(powTargetBits(Number(i.pow_target), env.data.length, env.ttl)).toBe(e.pow_target_bits);
    }
  });

  it.each(sealed)('$id opens to the expected payload, padding and signer: $name', (v) => {
    const e = v.expected as Rec;
    const i = v.input as Rec;
    const env = decodeEnvelope(h(e.envelope_rlp));
    const key: EnvelopeKey =
      v.kind === 'symmetric'
        ? { kind: 'symmetric', key: h(i.sym_key) }
        : { kind: 'asymmetric', privateKey: h(i.recipient_privkey) };
    const m = openEnvelope(env, key);
    expect(toHex(m.payload)).toBe(e.decrypted_payload ?? i.payload);
    expect(toHex(m.padding)).toBe(e.decrypted_padding ?? e.padding);
    if (e.padding_length !== undefined) expect(m.padding.length).toBe(e.padding_length);
    expect(m.flags).toBe(e.flags);
    if (e.payload_size_field !== undefined) {
      const width = (e.flags as number) & 3;
      const plaintext = h(e.plaintext);
      expect(toHex(plaintext.subarray(1, 1 + width))).toBe(e.payload_size_field);
    }
    if (e.signature !== undefined) {
      expect(toHex(m.signature as Uint8Array)).toBe(e.signature);
      expect(toHex(m.signer as Uint8Array)).toBe(e.signer_pubkey);
      if (e.signed_hash !== undefined) expect(toHex(m.signedHash as Uint8Array)).toBe(e.signed_hash);
      expect(toHex(c.secp256k1PublicKey(h(i.signer_privkey)))).toBe(e.signer_pubkey);
    } else {
      expect(m.signature).toBeUndefined();
      expect(m.signer).toBeUndefined();
    }
  });

  it.each(sealed)('$id is rebuilt byte for byte from its inputs and pinned randomness: $name', async (v) => {
    const e = v.expected as Rec;
    const i = v.input as Rec;
    const padding = h(i.explicit_padding ?? e.padding);
    const plaintext = buildMessage({
      payload: h(i.payload),
      padding,
      ...(i.signer_privkey !== undefined ? { signingKey: h(i.signer_privkey) } : {}),
    });
    expect(toHex(plaintext)).toBe(e.plaintext);
    let data: Uint8Array;
    if (v.kind === 'symmetric') {
      data = encryptSymmetric(h(i.sym_key), plaintext, { salt: h(e.aes_gcm_nonce) });
    } else {
      expect(e.ecies_ephemeral_privkey).toBeDefined();
      const recipient = i.recipient_pubkey ?? toHex(c.secp256k1PublicKey(h(i.recipient_privkey)));
      data = encryptAsymmetric(h(recipient), plaintext, {
        ephemeralPrivateKey: h(e.ecies_ephemeral_privkey),
        iv: h(e.ecies_iv),
      });
      if (e.ecies_mac !== undefined) expect(toHex(data.subarray(data.length - 32))).toBe(e.ecies_mac);
    }
    expect(toHex(data)).toBe(e.data);
    const { envelope } = await sealEnvelope(
      { expiry: i.expiry as number, ttl: i.ttl as number, topic: h(i.topic), data },
      { powTarget: Number(i.pow_target), workTimeMs: 20_000 },
    );
    expect(envelope.nonce).toBe(BigInt(e.nonce as number));
    expect(toHex(encodeEnvelope(envelope))).toBe(e.envelope_rlp);
  });

  it.each(casesOf('whisper-envelope', 'pow'))('$id $name', (v) => {
    const i = v.input as Rec;
    const e = v.expected as Rec;
    const results = e.results as Rec[];
    const hashes = new Set<string>();
    for (const r of results) {
      const raw = h(r.envelope_rlp);
      const env = decodeEnvelope(raw);
      expect(env.expiry).toBe(i.expiry);
      expect(env.ttl).toBe(i.ttl);
      expect(toHex(env.topic)).toBe(i.topic);
      expect(toHex(env.data)).toBe(i.data);
      // JSON loses precision above 2^53, so the nonce is read from the RLP; check it where it is safe.
      if (Number.isSafeInteger(r.nonce)) expect(env.nonce).toBe(BigInt(r.nonce as number));
      expect(toHex(encodeEnvelopeWithoutNonce(env))).toBe(e.rlp_without_nonce);
      expect(envelopeSize(env)).toBe(e.size);
      expect(powLeadingZeroBits(env)).toBe(r.leading_zero_bits);
      expect(f64bits(computePow(env))).toBe(r.pow_float64_bits);
      expect(computePow(env)).toBe(Number(r.pow));
      expect(f64bits(powOfRaw(raw, env.ttl) as number)).toBe(r.pow_float64_bits);
      hashes.add(toHex(envelopeRecord(raw).hash));
    }
    // geth's Envelope.Hash() caches its first result, so every entry carries the hash of the
    // envelope it hashed first: each listed hash must be the hash of one of the listed envelopes.
    for (const r of results) expect(hashes.has(r.envelope_hash as string)).toBe(true);
  });

  it.each(casesOf('whisper-envelope', 'pow-target'))('$id $name', (v) => {
    const i = v.input as Rec;
    const e = v.expected as Rec;
    expect(powTargetBits(Number(i.pow_target), i.data_length as number, i.ttl as number)).toBe(
      e.target_leading_zero_bits,
    );
    expect(envelopeSize({ data: new Uint8Array(i.data_length as number) })).toBe(e.size);
  });
});

describe('whisper-bloom-topic.json', () => {
  it('has only the kinds this suite knows', () => {
    const known = new Set(['topic-bloom', 'aggregate-bloom', 'bloom-match', 'status-topic-bloom']);
    for (const v of allCases('whisper-bloom-topic')) expect(known.has(v.kind)).toBe(true);
  });

  it.each(casesOf('whisper-bloom-topic', 'topic-bloom'))('$id $name', (v) => {
    expect(toHex(topicToBloom(h((v.input as Rec).topic)))).toBe((v.expected as Rec).bloom);
  });

  it.each(casesOf('whisper-bloom-topic', 'aggregate-bloom'))('$id $name', (v) => {
    const topics = ((v.input as Rec).topics as string[]).map((t) => fromHex(t));
    const agg = bloomOfTopics(topics);
    const e = v.expected as Rec;
    expect(toHex(agg)).toBe(e.bloom);
    const names = (v.input as Rec).chat_names as string[] | undefined;
    if (names !== undefined) expect(names.map((n) => toHex(toTopic(n)))).toEqual((v.input as Rec).topics);
    for (const t of topics) expect(bloomMatch(agg, topicToBloom(t))).toBe(true);
    for (const m of (e.membership ?? []) as Rec[]) {
      expect(bloomMatch(agg, topicToBloom(h(m.topic)))).toBe(m.matches_aggregate);
    }
  });

  it.each(casesOf('whisper-bloom-topic', 'bloom-match'))('$id $name', (v) => {
    const i = v.input as Rec;
    expect(toHex(topicToBloom(h(i.topic)))).toBe(i.topic_bloom);
    expect(bloomMatch(h(i.filter), h(i.topic_bloom))).toBe((v.expected as Rec).match);
  });

  it.each(casesOf('whisper-bloom-topic', 'status-topic-bloom'))('$id $name', (v) => {
    const e = v.expected as Rec;
    const topic = toTopic((v.input as Rec).chat_name as string);
    expect(toHex(topic)).toBe(e.topic);
    expect(toHex(topicToBloom(topic))).toBe(e.bloom);
    expect(toHex(topicToBloom(topic))).toBe(e.waku_bloom);
  });
});

describe('status-topics-keys.json', () => {
  it('has only the kinds this suite knows', () => {
    const known = new Set([
      'public-chat',
      'contact-code',
      'partitioned',
      'personal-discovery',
      'discovery',
      'negotiated',
    ]);
    for (const v of allCases('status-topics-keys')) expect(known.has(v.kind)).toBe(true);
  });

  it.each(casesOf('status-topics-keys', 'public-chat'))('$id $name', async (v) => {
    const i = v.input as Rec;
    const e = v.expected as Rec;
    expect(toHex(new TextEncoder().encode(i.chat_name as string))).toBe(i.chat_name_utf8);
    const t = await publicChatTopic(i.chat_name as string);
    expect(t.name).toBe(e.topic_string);
    expect(toHex(t.topic)).toBe(e.topic);
    expect(toHex(t.symKey)).toBe(e.sym_key);
    expect(toHex(topicToBloom(t.topic))).toBe(e.bloom);
  });

  it.each(casesOf('status-topics-keys', 'contact-code'))('$id $name', async (v) => {
    const e = v.expected as Rec;
    const t = await contactCodeTopic(h((v.input as Rec).public_key));
    expect(t.name).toBe(e.topic_string);
    expect(toHex(t.topic)).toBe(e.topic);
    expect(toHex(t.symKey)).toBe(e.sym_key);
    expect(toHex(topicToBloom(t.topic))).toBe(e.bloom);
  });

  it.each(casesOf('status-topics-keys', 'partitioned'))('$id $name', (v) => {
    const e = v.expected as Rec;
    const pub = h((v.input as Rec).public_key);
    const t = partitionedTopic(pub);
    expect(t.name).toBe(e.topic_string);
    expect(t.name).toBe(`contact-discovery-${e.x_mod_5000}`);
    expect(toHex(t.topic)).toBe(e.topic);
    expect(toHex(topicToBloom(t.topic))).toBe(e.bloom);
    // compressed input gives the same partition
    expect(partitionedTopic(c.secp256k1Compress(pub)).name).toBe(e.topic_string);
  });

  it.each(casesOf('status-topics-keys', 'personal-discovery'))('$id $name', (v) => {
    const e = v.expected as Rec;
    const t = personalDiscoveryTopic(h((v.input as Rec).public_key));
    expect(t.name).toBe(e.topic_string);
    expect(toHex(t.topic)).toBe(e.topic);
    expect(toHex(topicToBloom(t.topic))).toBe(e.bloom);
  });

  it.each(casesOf('status-topics-keys', 'discovery'))('$id $name', (v) => {
    const e = v.expected as Rec;
    const t = discoveryTopic();
    expect(t.name).toBe((v.input as Rec).topic_string);
    expect(toHex(t.topic)).toBe(e.topic);
    expect(toHex(topicToBloom(t.topic))).toBe(e.bloom);
  });

  it.each(casesOf('status-topics-keys', 'negotiated'))('$id $name', async (v) => {
    const i = v.input as Rec;
    const e = v.expected as Rec;
    const t = await negotiatedTopic(h(i.my_private_key), h(i.their_public_key));
    expect(toHex(t.sharedSecret)).toBe(e.shared_secret);
    expect(t.name).toBe(e.topic_string);
    expect(toHex(t.topic)).toBe(e.topic);
    expect(toHex(t.symKey)).toBe(e.sym_key);
    expect(toHex(topicToBloom(t.topic))).toBe(e.bloom);
    expect(negotiatedFilterId(h(i.their_public_key))).toBe(e.local_filter_chat_id);
  });

  it('derives the mailserver key from status-offline-inbox (§4.2)', async () => {
    expect(toHex(await symKeyFromPassword('status-offline-inbox'))).toBe(
      '765df27c0765526f920ba742ff4b9452bb0064e016435ffccd81186aa6feaae8',
    );
  });
});

describe('ecies.json, Whisper-style cases (s1 = s2 = empty)', () => {
  const whisperStyle = casesOf('ecies', 'encrypt').filter(
    (v) => (v.input as Rec).s1 === '' && (v.input as Rec).s2 === '',
  );
  it('has Whisper-style cases', () => expect(whisperStyle.length).toBeGreaterThan(0));

  it.each(whisperStyle)('$id $name', (v) => {
    const i = v.input as Rec;
    const e = v.expected as Rec;
    const priv = h(i.recipient_privkey);
    const message = h(i.message);
    if (message.length === 0) {
      // geth returns nothing for an empty message; a Whisper plaintext is never empty.
      expect(() => encryptAsymmetric(h(i.recipient_pubkey), message)).toThrow(RangeError);
      expect(() => decryptAsymmetric(priv, h(e.ciphertext))).toThrow(
        expect.objectContaining({ name: 'DecryptError' }),
      );
      return;
    }
    const ct = encryptAsymmetric(h(i.recipient_pubkey), message, {
      ephemeralPrivateKey: h(i.ephemeral_privkey),
      iv: h(i.iv),
    });
    expect(toHex(ct)).toBe(e.ciphertext);
    expect(ct.length).toBe(e.ciphertext_length);
    expect(toHex(ct.subarray(0, 65))).toBe(e.ephemeral_pubkey);
    expect(toHex(ct.subarray(ct.length - 32))).toBe(e.mac);
    expect(toHex(decryptAsymmetric(priv, ct))).toBe(e.decrypted);
    const flipped = ct.slice();
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] as number) ^ 1;
    expect(() => decryptAsymmetric(priv, flipped)).toThrow(expect.objectContaining({ name: 'DecryptError' }));
    const first05 = ct.slice();
    first05[0] = 5;
    expect(() => decryptAsymmetric(priv, first05)).toThrow(expect.objectContaining({ name: 'DecryptError' }));
  });
});

/** Every key the key-material case of a live capture holds (searched recursively), as envelope keys. */
function liveKeys(km: unknown, out: EnvelopeKey[] = []): EnvelopeKey[] {
  if (typeof km !== 'object' || km === null) return out;
  for (const [name, value] of Object.entries(km as Rec)) {
    if (typeof value === 'string' && /^[0-9a-f]{64}$/.test(value)) {
      if (name.endsWith('sym_key')) out.push({ kind: 'symmetric', key: fromHex(value) });
      if (name.endsWith('identity_privkey')) out.push({ kind: 'asymmetric', privateKey: fromHex(value) });
    } else if (typeof value === 'object' && !Array.isArray(value)) liveKeys(value, out);
  }
  return out;
}

const LIVE = ['shh-live', 'status-public-message', 'status-one-to-one', 'group-chat'] as const;

describe.each(LIVE)('%s: live envelopes between status-go nodes', (file) => {
  const km = casesOf(file, 'key-material')[0] as VectorCase;
  const envelopes = allCases(file).filter((c) => c.kind === undefined);
  it('has live envelopes', () => expect(envelopes.length).toBeGreaterThan(0));

  it.each(envelopes)('$id $name', (v) => {
    const e = v.expected as Rec;
    const record = envelopeRecord(h(v.envelope_rlp));
    expect(record.hashHex).toBe(e.envelope_hash);
    expect(record.envelope.expiry).toBe(e.expiry);
    expect(record.envelope.ttl).toBe(e.ttl);
    expect(toHex(record.envelope.topic)).toBe(e.topic);
    expect(record.envelope.nonce).toBe(BigInt(e.nonce as number));
    const pow = computePow(record.envelope);
    expect(pow).toBe(Number(e.pow));
    if (e.bloom !== undefined) expect(toHex(envelopeBloom(record.envelope))).toBe(e.bloom);
    if (e.topic_string !== undefined) expect(toHex(toTopic(e.topic_string as string))).toBe(e.topic);
    // Open it the way a client would: one filter per key it holds, topics unknown.
    const filters = createFilterSet();
    for (const key of liveKeys(km.expected ?? km)) filters.add({ key });
    const { deliveries } = filters.match(record, pow);
    expect(deliveries.length).toBeGreaterThan(0);
    const m = (deliveries[0] as (typeof deliveries)[0]).message;
    const transport = e.transport as Rec;
    expect(m.key.kind).toBe(transport.encryption);
    if (m.key.kind === 'symmetric') expect(toHex(m.key.key)).toBe(transport.sym_key);
    expect(toHex(m.payload)).toBe(e.decrypted_payload);
    expect(m.padding.length).toBe(e.padding_length);
    expect(m.flags).toBe(e.flags);
    expect(toHex(m.signature as Uint8Array)).toBe(e.transport_signature);
    expect(toHex(m.signer as Uint8Array)).toBe(e.transport_signer_pubkey);
    const relay = e.geth_relay_view as Rec | undefined;
    if (relay !== undefined) {
      expect(record.hashHex).toBe(relay.hash);
      expect(pow).toBe(relay.pow);
      expect(m.sent).toBe(relay.timestamp);
      expect(toHex(m.payload)).toBe(relay.payload);
      expect(toHex(m.padding)).toBe(relay.padding);
      expect(toHex(m.signer as Uint8Array)).toBe(relay.sig);
    }
  });
});

describe('envelope decoding failures are typed', () => {
  it('rejects a non-list', () => {
    expect(() => decodeEnvelope(Uint8Array.of(0x80))).toThrow(DecodeError);
  });
});
