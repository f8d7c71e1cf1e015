/**
 * Golden vectors from status-go v0.62.18 (waku/0, waku/1, vendored whisper/v6) and go-ethereum
 * 1.9.7 whisperv6: waku-status.json and shh-status.json. Status payloads are checked at the codec
 * level and, where the host configuration maps onto node options, as the node sends them; packet
 * exchanges are replayed against a node driven through fake devp2p contexts.
 */
import { encodeRlp, fromHex, manualClock, toHex } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { allCases, casesOf, type VectorCase } from '../../../test/support/vectors.js';
import {
  bloomOfTopics,
  createWhisperNode,
  decodeEnvelopeList,
  decodeMessagesResponse,
  decodeShhStatus,
  decodeStatusOptions,
  decodeWakuStatus,
  encodeBloomPacket,
  encodePowRequirement,
  encodeRawList,
  encodeShhStatus,
  encodeStatusOptions,
  encodeWakuStatus,
  openEnvelope,
  powToBits,
  type RateLimits,
  rateLimitsItem,
  type StatusOptions,
  type WhisperCapability,
  type WhisperNodeOptions,
} from '../src/index.js';
import { identity, link, proto, settle } from './support/fake-link.js';

const h = (v: unknown) => fromHex(v as string);
type Rec = Record<string, unknown>;
const bits = (pow: number) => powToBits(pow).toString(16).padStart(16, '0');

function limits(v: unknown) {
  const [ip, peer, topic] = (v as string[]).map(Number) as [number, number, number];
  return { ip, peer, topic };
}

/** The status options status-go decoded, as our StatusOptions. */
function optionsOf(ref: Rec): StatusOptions {
  const o: StatusOptions = {};
  if (ref.pow_requirement_float64_bits !== undefined) {
    const v = new DataView(h(ref.pow_requirement_float64_bits).buffer);
    o.powRequirement = v.getFloat64(0);
  }
  if (ref.bloom_filter !== undefined) o.bloomFilter = h(ref.bloom_filter);
  if (ref.light_node !== undefined) o.lightNode = ref.light_node as boolean;
  if (ref.confirmations_enabled !== undefined) o.confirmationsEnabled = ref.confirmations_enabled as boolean;
  if (ref.packet_rate_limits !== undefined) o.packetRateLimits = limits(ref.packet_rate_limits);
  if (ref.topic_interest !== undefined)
    o.topicInterest = (ref.topic_interest as string[]).map((t) => fromHex(t));
  if (ref.bytes_rate_limits !== undefined) o.bytesRateLimits = limits(ref.bytes_rate_limits);
  return o;
}

/** Node options for a status-go host configuration, and the topics to subscribe in order. */
function nodeConfig(cfg: Rec): { options: WhisperNodeOptions; topics: string[] } {
  const rl = cfg.rate_limiter as Rec | undefined;
  const options: WhisperNodeOptions = {
    minPow: Number(cfg.minimum_accepted_pow),
    lightNode: cfg.light_client as boolean,
    restrictLightClients: cfg.restrict_light_clients_conn as boolean,
    confirmations: cfg.enable_confirmations as boolean,
    maxMessageSize: cfg.max_message_size as number,
    ...(rl !== undefined
      ? {
          rateLimits: {
            packetsPerSecondPerIp: rl.packet_limit_per_sec_ip as number,
            packetsPerSecond: rl.packet_limit_per_sec_peer_id as number,
            bytesPerSecondPerIp: rl.bytes_limit_per_sec_ip as number,
            bytesPerSecond: rl.bytes_limit_per_sec_peer_id as number,
          },
        }
      : {}),
  };
  if (cfg.full_node === true)
    return { options: { ...options, interest: 'all', bloomFilterMode: true }, topics: [] };
  if (cfg.bloom_filter_of_topics !== undefined) {
    return {
      options: { ...options, interest: 'filters', bloomFilterMode: true },
      topics: cfg.bloom_filter_of_topics as string[],
    };
  }
  if (cfg.topic_interest_set !== undefined) {
    return {
      options: { ...options, interest: 'filters', bloomFilterMode: false },
      topics: cfg.topic_interest_set as string[],
    };
  }
  return { options: { ...options, interest: 'all', bloomFilterMode: true }, topics: [] };
}

const symKey = fromHex('d358f3a36da5f5442f5aa4e9bb9b80396702416e19252be670ee7bb65a180874');

/** A node for `cap` linked to a raw peer the test drives; returns the link and the node. */
function nodeWithRawPeer(cap: WhisperCapability, options: WhisperNodeOptions, topics: string[] = []) {
  const clock = options.clock ?? manualClock(1_604_404_800_000);
  const node = createWhisperNode({ capabilities: [cap], clock, ...options });
  for (const t of topics) node.subscribe({ topics: [fromHex(t)], key: { kind: 'symmetric', key: symKey } });
  const a = identity('A');
  const b = identity('B');
  const l = link(a, proto(node.protocols, cap), b, undefined);
  return { node, link: l, clock };
}

describe('waku-status.json', () => {
  it('has only the kinds this suite knows', () => {
    const known = new Set(['status', 'packets']);
    for (const v of allCases('waku-status')) expect(known.has(v.kind)).toBe(true);
  });

  it.each(casesOf('waku-status', 'status'))('$id codec: $name', (v) => {
    const e = v.expected as Rec;
    const version = v.protocol === 'waku/1' ? 1 : 0;
    expect(e.code).toBe(0);
    const ref = optionsOf(e.reference_decoded as Rec);
    expect(toHex(encodeWakuStatus(ref, version))).toBe(e.payload_rlp);
    const decoded = decodeWakuStatus(h(e.payload_rlp), version);
    expect(decoded).toEqual(ref);
    // each option, in wire order
    const opts = encodeStatusOptions(ref, version);
    const wire = (e.options as Rec[]).map((o) => `${o.key_rlp}${o.value_rlp}`).join('');
    expect(toHex(opts)).toContain(wire.slice(0, 10));
    for (const o of e.options as Rec[]) expect(toHex(opts)).toContain(`${o.key_rlp}${o.value_rlp}`);
    if (version === 0) expect(toHex(h(e.payload_rlp)).slice(2, 6)).toContain(e.version_rlp as string);
  });

  it.each(casesOf('waku-status', 'status'))('$id node handshake: $name', async (v) => {
    const e = v.expected as Rec;
    const cap = v.protocol as WhisperCapability;
    const { options, topics } = nodeConfig((v.input as Rec).host_config as Rec);
    const { link: l } = nodeWithRawPeer(cap, options, topics);
    await settle();
    const status = l.packets.find((p) => p.from === 'A' && p.code === 0);
    expect(status).toBeDefined();
    const keys = (e.options as Rec[]).map((o) => o.key_rlp as string);
    const hasInterest = keys.some((k) => k === '01' || k === '05' || k === '31' || k === '35');
    if (hasInterest) {
      expect(toHex(status?.payload as Uint8Array)).toBe(e.payload_rlp);
    } else {
      // status-go sends neither bloom nor topic interest before either is set; we always advertise
      // one, so compare every other option.
      const ours = decodeWakuStatus(status?.payload as Uint8Array, v.protocol === 'waku/1' ? 1 : 0);
      const ref = optionsOf(e.reference_decoded as Rec);
      const { bloomFilter: _b, topicInterest: _t, ...rest } = ours;
      expect(rest).toEqual(ref);
    }
  });

  const packets = casesOf('waku-status', 'packets');

  it.each(packets)('$id $name', async (v) => {
    const e = v.expected as Rec;
    const i = v.input as Rec;
    const cap = v.protocol as WhisperCapability;
    const version = cap === 'waku/1' ? 1 : 0;
    const expected = e.packets_in_order as Rec[];
    const first = expected[0] as Rec;
    if (first.code === 22) {
      // a status update written by A: the input says what changed
      expect(i.new_min_pow !== undefined || i.bloom !== undefined || i.topics !== undefined).toBe(true);
      if (i.new_min_pow !== undefined) {
        expect(bits(Number(i.new_min_pow))).toBe(i.new_min_pow_float64_bits);
        const { node, link: l } = nodeWithRawPeer(cap, { minPow: 0.000002 });
        l.inject('B', 0, encodeWakuStatus({ powRequirement: 0.000002 }, version));
        await settle();
        node.setMinPow(Number(i.new_min_pow));
        await settle();
        const update = l.packets.filter((p) => p.from === 'A' && p.code === 22).at(-1);
        expect(toHex(update?.payload as Uint8Array)).toBe(first.payload_rlp);
      }
      if (i.bloom !== undefined) {
        expect(toHex(encodeStatusOptions({ bloomFilter: h(i.bloom) }, version))).toBe(first.payload_rlp);
        expect(decodeStatusOptions(h(first.payload_rlp), version)).toEqual({ bloomFilter: h(i.bloom) });
        // the node sends the same update when its filters reach that bloom
        const topics = ['9282f4c4', '01020304', 'cafebabe'];
        if (toHex(bloomOfTopics(topics.map((t) => fromHex(t)))) === i.bloom) {
          const { node, link: l } = nodeWithRawPeer(cap, { interest: 'filters', bloomFilterMode: true });
          l.inject('B', 0, encodeWakuStatus({}, version));
          await settle();
          for (const t of topics)
            node.subscribe({ topics: [fromHex(t)], key: { kind: 'symmetric', key: symKey } });
          await settle();
          const update = l.packets.filter((p) => p.from === 'A' && p.code === 22).at(-1);
          expect(toHex(update?.payload as Uint8Array)).toBe(first.payload_rlp);
        }
      }
      if (i.topics !== undefined) {
        const { node, link: l } = nodeWithRawPeer(cap, { interest: 'filters', bloomFilterMode: false });
        l.inject('B', 0, encodeWakuStatus({}, version));
        await settle();
        for (const t of i.topics as string[])
          node.subscribe({ topics: [fromHex(t)], key: { kind: 'symmetric', key: symKey } });
        await settle();
        const update = l.packets.filter((p) => p.from === 'A' && p.code === 22).at(-1);
        expect(toHex(update?.payload as Uint8Array)).toBe(first.payload_rlp);
      }
      return;
    }
    await replayBatch(v, cap);
  });
});

/**
 * Replays a Messages batch written by B against our node A (confirmations on when the vector shows
 * A answering), and checks A's answers byte for byte, its pool, and the envelopes' contents.
 */
async function replayBatch(v: VectorCase, cap: WhisperCapability): Promise<void> {
  const e = v.expected as Rec;
  const i = v.input as Rec;
  const expected = e.packets_in_order as Rec[];
  const batch = expected[0] as Rec;
  expect(batch.code).toBe(1);
  const envs = i.envelopes as Rec[];
  const answers = expected.filter((p) => p.writer === 'A');
  const start =
    (i.receiver_clock_unix as number | undefined) ??
    Math.min(...envs.map((x) => (x.expiry as number) - (x.ttl as number)));
  const clock = manualClock(start * 1000);
  const { node, link: l } = nodeWithRawPeer(cap, {
    clock,
    minPow: 0.000002,
    confirmations: answers.length > 0,
  });
  node.subscribe({ topics: [fromHex('9282f4c4')], key: { kind: 'symmetric', key: h(i.sym_key) } });
  const delivered: string[] = [];
  node.addEventListener('message', (ev) => delivered.push(ev.detail.message.hashHex));
  const version = cap === 'waku/1' ? 1 : 0;
  l.inject(
    'B',
    0,
    cap === 'shh/6'
      ? encodeShhStatus({ powRequirement: 0.000002 })
      : encodeWakuStatus({ powRequirement: 0.000002 }, version),
  );
  await settle();
  // the batch decodes to the listed envelopes, and re-encodes to the same bytes
  const payload = h(batch.payload_rlp);
  expect(payload.length).toBe(batch.payload_length);
  const records = decodeEnvelopeList(payload);
  expect(records.map((r) => r.hashHex).sort()).toEqual(envs.map((x) => x.envelope_hash).sort());
  expect(toHex(encodeRawList(records.map((r) => r.raw)))).toBe(batch.payload_rlp);
  for (const r of records) {
    const x = envs.find((y) => y.envelope_hash === r.hashHex) as Rec;
    expect(r.envelope.expiry).toBe(x.expiry);
    expect(r.envelope.nonce).toBe(BigInt(x.nonce as string));
    expect(openEnvelope(r.envelope, { kind: 'symmetric', key: h(i.sym_key) }).payload.length).toBeGreaterThan(
      0,
    );
  }
  l.inject('B', 1, payload);
  await settle();
  await node.drained();
  const ours = l.packets.filter(
    (p) => p.from === 'A' && p.code !== 0 && p.code !== 22 && p.code !== 3 && p.code !== 2,
  );
  expect(ours.map((p) => p.code)).toEqual(answers.map((p) => p.code));
  for (const [k, p] of ours.entries()) {
    expect(toHex(p.payload)).toBe((answers[k] as Rec).payload_rlp);
  }
  const response = answers.find((p) => p.code === 12);
  if (response !== undefined) {
    const r = decodeMessagesResponse(h(response.payload_rlp));
    const failed = new Set(r?.errors.map((x) => toHex(x.hash)));
    expect(delivered.sort()).toEqual(
      envs
        .map((x) => x.envelope_hash as string)
        .filter((x) => !failed.has(x))
        .sort(),
    );
  } else {
    expect(delivered.sort()).toEqual(envs.map((x) => x.envelope_hash as string).sort());
  }
  expect(l.closed).toBe(false);
}

describe('shh-status.json', () => {
  it('has only the kinds this suite knows', () => {
    const known = new Set(['status', 'packets']);
    for (const v of allCases('shh-status')) expect(known.has(v.kind)).toBe(true);
  });

  it.each(casesOf('shh-status', 'status'))('$id $name', (v) => {
    const e = v.expected as Rec;
    const i = v.input as Rec;
    const items = e.items_rlp as string[];
    const s = decodeShhStatus(h(e.payload_rlp));
    expect(s.version).toBe(6);
    expect(s.powRequirement).toBe(Number(i.minimum_accepted_pow));
    expect(s.lightNode).toBe(i.light_client);
    let bloom: Uint8Array;
    if (i.bloom_filter_of_topics !== undefined && (i.bloom_filter_of_topics as string[]).length > 0) {
      bloom = bloomOfTopics((i.bloom_filter_of_topics as string[]).map((t) => fromHex(t)));
    } else if (typeof i.bloom_filter === 'string' && (i.bloom_filter as string).startsWith('full')) {
      bloom = new Uint8Array(64).fill(0xff);
    } else if (typeof i.bloom_filter === 'string' && i.bloom_filter !== '') {
      bloom = h(i.bloom_filter);
    } else bloom = new Uint8Array(0);
    expect(toHex(s.bloomFilter as Uint8Array)).toBe(toHex(bloom));
    if (items.length > 4) {
      // status-go adds confirmations (on unless disabled) and rate limits
      expect(s.confirmationsEnabled).toBe(!(i.disable_confirmations as boolean));
      expect(s.confirmationsEnabled).toBe(items[4] === '01');
    }
    if (items.length > 5) {
      expect(toHex(encodeRlp(rateLimitsItem(s.rateLimits as RateLimits)))).toBe(items[5]);
      if (i.rate_limiter === undefined) expect(s.rateLimits).toEqual({ ip: 0, peer: 0, topic: 0 });
    }
    expect(s.lightNode).toBe(items[3] === '01');
    const encoded = encodeShhStatus({
      powRequirement: Number(i.minimum_accepted_pow),
      bloomFilter: bloom,
      lightNode: i.light_client as boolean,
      ...(items.length > 4 ? { confirmationsEnabled: s.confirmationsEnabled as boolean } : {}),
      ...(items.length > 5 ? { rateLimits: s.rateLimits as RateLimits } : {}),
    });
    expect(toHex(encoded)).toBe(e.payload_rlp);
  });

  it.each(casesOf('shh-status', 'packets'))('$id $name', async (v) => {
    const e = v.expected as Rec;
    const i = v.input as Rec;
    const first = (e.packets_in_order as Rec[])[0] as Rec;
    if (first.code === 2) {
      expect(bits(Number(i.new_min_pow))).toBe(i.new_min_pow_float64_bits);
      expect(toHex(encodePowRequirement(Number(i.new_min_pow)))).toBe(first.payload_rlp);
      const { node, link: l } = nodeWithRawPeer('shh/6', { minPow: 0.000002 });
      l.inject('B', 0, encodeShhStatus({ powRequirement: 0.000002 }));
      await settle();
      node.setMinPow(Number(i.new_min_pow));
      await settle();
      expect(
        toHex(l.packets.filter((p) => p.from === 'A' && p.code === 2).at(-1)?.payload as Uint8Array),
      ).toBe(first.payload_rlp);
      return;
    }
    if (first.code === 3) {
      expect(toHex(encodeBloomPacket(h(i.bloom)))).toBe(first.payload_rlp);
      return;
    }
    await replayBatch(v, 'shh/6');
  });
});
