/**
 * The node as a state machine: nodes and raw peers connected through fake devp2p contexts, time
 * from a manual clock. Relay, light nodes, PoW requirements, interest, confirmations, expiry,
 * peer scoring with devp2p reasons, and mailserver catch-up with cursor paging.
 */
import { DISCONNECT_REASONS } from '@statuskit/devp2p';
import {
  encodeRlp,
  fromHex,
  type ManualClock,
  manualClock,
  memoryStorage,
  nobleCrypto,
  type RecoverPool,
  TypedEventTarget,
  toHex,
  uintToRlpBytes,
} from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import {
  createEnvelope,
  createLightWhisperNode,
  createMailserver,
  createMailserverClient,
  createWhisperNode,
  decodeEnvelopeList,
  type Envelope,
  encodeEnvelope,
  encodeRawList,
  encodeShhStatus,
  encodeWakuStatus,
  envelopeRecord,
  type ReceivedMessage,
  sealEnvelope,
  type WhisperCapability,
  type WhisperNode,
  type WhisperNodeOptions,
} from '../src/index.js';
import { identity, type Link, link, proto, type Side, settle } from './support/fake-link.js';

const c = nobleCrypto;
const symKey = fromHex('36224048e42c49e5c59c57bba5024fbb8822d6b4ee6ac5fbefd8b77f5323ecc4');
const otherKey = fromHex('47798a690607ccf0b1f9ad194d0b8cceff0d18ed5450fb5dbd4bcb730e977edd');
const T1 = fromHex('cd423760');
const T2 = fromHex('9282f4c4');
const START = 1_700_000_000_000;

interface TestNode {
  side: Side;
  node: WhisperNode;
  messages: ReceivedMessage[];
}

function makeNode(
  name: string,
  clock: ManualClock,
  options: WhisperNodeOptions = {},
  create: (o: WhisperNodeOptions) => WhisperNode = createWhisperNode,
): TestNode {
  const side = identity(name);
  const node = create({ clock, ...options });
  const messages: ReceivedMessage[] = [];
  node.addEventListener('message', (e) => messages.push(e.detail.message));
  return { side, node, messages };
}

function connect(a: TestNode, b: TestNode, cap: WhisperCapability = 'waku/1'): Link {
  return link(a.side, proto(a.node.protocols, cap), b.side, proto(b.node.protocols, cap));
}

async function tick(clock: ManualClock, ms = 300, rounds = 1): Promise<void> {
  for (let i = 0; i < rounds; i++) {
    await settle();
    clock.advance(ms);
    await settle();
  }
}

async function envelopeOn(
  topic: Uint8Array,
  clock: ManualClock,
  opts: { key?: Uint8Array; pow?: number; payload?: Uint8Array; ttl?: number } = {},
) {
  return createEnvelope({
    payload: opts.payload ?? Uint8Array.of(1, 2, 3),
    topic,
    symKey: opts.key ?? symKey,
    ttlSeconds: opts.ttl ?? 30,
    powTarget: opts.pow ?? 0.002,
    clock,
  });
}

function messagesFrom(l: Link, from: string): string[] {
  return l.packets
    .filter((p) => p.from === from && p.code === 1)
    .flatMap((p) => decodeEnvelopeList(p.payload).map((r) => r.hashHex));
}

describe('relay', () => {
  for (const cap of ['waku/1', 'waku/0', 'shh/6'] as const) {
    it(`three nodes in a line relay an envelope end to end over ${cap}, never echoing it back`, async () => {
      const clock = manualClock(START);
      const opts = { capabilities: [cap] };
      const a = makeNode('A', clock, opts);
      const b = makeNode('B', clock, opts);
      const cNode = makeNode('C', clock, opts);
      cNode.node.subscribe({ topics: [T1], key: { kind: 'symmetric', key: symKey } });
      const ab = connect(a, b, cap);
      const bc = connect(b, cNode, cap);
      await settle();
      expect(a.node.peers().map((p) => p.capability)).toEqual([cap]);
      const env = await envelopeOn(T1, clock);
      expect(a.node.post(env).added).toBe(true);
      await tick(clock, 300, 3);
      expect(cNode.messages.map((m) => m.hashHex)).toEqual([env.hashHex]);
      expect(toHex(cNode.messages[0]?.payload as Uint8Array)).toBe('010203');
      // B got it from A and passed it to C; nobody sent it back the way it came
      expect(messagesFrom(ab, 'A')).toEqual([env.hashHex]);
      expect(messagesFrom(ab, 'B')).toEqual([]);
      expect(messagesFrom(bc, 'B')).toEqual([env.hashHex]);
      expect(messagesFrom(bc, 'C')).toEqual([]);
      expect(b.node.stats.envelopesAccepted).toBe(1);
      // posting it again is a duplicate
      expect(a.node.post(env.raw).added).toBe(false);
    });
  }

  it('a transmission cycle sends each peer at most gossipBytesPerCycle; the rest follows in later cycles', async () => {
    const clock = manualClock(START);
    const a = makeNode('A', clock, { gossipBytesPerCycle: 1500 });
    const b = makeNode('B', clock);
    const ab = connect(a, b);
    await settle();
    const hashes: string[] = [];
    for (let i = 0; i < 6; i++) {
      const env = await envelopeOn(T1, clock, { payload: new Uint8Array(400).fill(i) });
      expect(a.node.post(env).added).toBe(true);
      hashes.push(env.hashHex);
    }
    const size = ab.packets.length;
    await tick(clock, 300);
    // each envelope is ≈ 0.5 KiB: batches are at most 1,500 bytes and a cycle stops once 1,500
    // bytes went out (the batch that crosses it goes whole), so the first cycle carries 2 to 5
    const first = ab.packets.slice(size).filter((p) => p.from === 'A' && p.code === 1);
    const firstHashes = first.flatMap((p) => decodeEnvelopeList(p.payload).map((r) => r.hashHex));
    expect(firstHashes.length).toBeGreaterThan(0);
    expect(firstHashes.length).toBeLessThan(6);
    expect(first.reduce((n, p) => n + p.payload.length, 0)).toBeLessThanOrEqual(2 * 1500);
    await tick(clock, 300, 3);
    // in arrival order, each once, nothing lost
    expect(messagesFrom(ab, 'A')).toEqual(hashes);
    // flush() (the explicit call) is not bounded by the cycle budget
    const more: string[] = [];
    for (let i = 0; i < 6; i++) {
      const env = await envelopeOn(T1, clock, { payload: new Uint8Array(400).fill(10 + i) });
      a.node.post(env);
      more.push(env.hashHex);
    }
    a.node.flush();
    await settle();
    expect(messagesFrom(ab, 'A')).toEqual([...hashes, ...more]);
    expect(() => createWhisperNode({ gossipBytesPerCycle: 0 })).toThrow(RangeError);
  });

  /** `createWhisperNode({ lightNode: true })` and `createLightWhisperNode()` behave the same here. */
  const lightFactories: Array<[string, (o: WhisperNodeOptions) => WhisperNode]> = [
    ['createWhisperNode({ lightNode: true })', (o) => createWhisperNode({ ...o, lightNode: true })],
    ['createLightWhisperNode()', ({ clock }) => createLightWhisperNode(clock === undefined ? {} : { clock })],
  ];

  it.each(lightFactories)(
    'a light node (%s) receives only what matches its filters and relays nothing',
    async (_, create) => {
      const clock = manualClock(START);
      const full = makeNode('F', clock);
      const light = makeNode('L', clock, {}, create);
      const third = makeNode('X', clock);
      light.node.subscribe({ topics: [T1], key: { kind: 'symmetric', key: symKey } });
      const fl = connect(full, light);
      const lx = connect(light, third);
      await settle();
      expect(full.node.peers()[0]?.interest).toBe('bloom');
      const on1 = await envelopeOn(T1, clock);
      const on2 = await envelopeOn(T2, clock);
      full.node.post(on1);
      full.node.post(on2);
      await tick(clock, 300, 3);
      expect(messagesFrom(fl, 'F')).toEqual([on1.hashHex]);
      expect(light.messages.map((m) => m.hashHex)).toEqual([on1.hashHex]);
      // the light node keeps what it received to itself…
      expect(messagesFrom(lx, 'L')).toEqual([]);
      // …but its own envelopes go out
      const own = await envelopeOn(T1, clock, { payload: Uint8Array.of(9) });
      light.node.post(own);
      await tick(clock);
      expect(messagesFrom(lx, 'L')).toEqual([own.hashHex]);
    },
  );

  it('posting delivers to local filters unless deliverLocally is false; both relay the envelope', async () => {
    const clock = manualClock(START);
    const a = makeNode('A', clock);
    const b = makeNode('B', clock);
    for (const n of [a, b]) n.node.subscribe({ topics: [T1], key: { kind: 'symmetric', key: symKey } });
    const ab = connect(a, b);
    await settle();
    const shown = await envelopeOn(T1, clock, { payload: Uint8Array.of(1) });
    const quiet = await envelopeOn(T1, clock, { payload: Uint8Array.of(2) });
    a.node.post(shown);
    expect(a.node.post(quiet, { deliverLocally: false }).added).toBe(true);
    const sent = await a.node.send({ payload: Uint8Array.of(3), topic: T1, symKey, deliverLocally: false });
    await tick(clock, 300, 3);
    expect(a.messages.map((m) => m.hashHex)).toEqual([shown.hashHex]);
    expect(b.messages.map((m) => m.hashHex).sort()).toEqual(
      [shown.hashHex, quiet.hashHex, sent.hashHex].sort(),
    );
    expect(messagesFrom(ab, 'A').sort()).toEqual([shown.hashHex, quiet.hashHex, sent.hashHex].sort());
  });

  it('a node in topic-interest mode gets only its topics, and updates reach peers', async () => {
    const clock = manualClock(START);
    const full = makeNode('F', clock);
    const client = makeNode('K', clock, { interest: 'filters', bloomFilterMode: false });
    client.node.subscribe({ topics: [T1], key: { kind: 'symmetric', key: symKey } });
    connect(full, client);
    await settle();
    expect(full.node.peers()[0]?.interest).toBe('topics');
    const e1 = await envelopeOn(T1, clock);
    const e2 = await envelopeOn(T2, clock);
    full.node.post(e1);
    full.node.post(e2);
    await tick(clock);
    expect(client.messages.map((m) => m.hashHex)).toEqual([e1.hashHex]);
    client.node.subscribe({ topics: [T2], key: { kind: 'symmetric', key: symKey } });
    await tick(clock);
    expect(client.messages.map((m) => m.hashHex)).toEqual([e1.hashHex, e2.hashHex]);
  });

  it('a node advertising a higher PoW requirement receives nothing below it', async () => {
    const clock = manualClock(START);
    const a = makeNode('A', clock);
    const strict = makeNode('S', clock, { minPow: 1 });
    const lax = makeNode('L', clock);
    for (const n of [strict, lax])
      n.node.subscribe({ topics: [T1], key: { kind: 'symmetric', key: symKey } });
    const as = connect(a, strict);
    connect(a, lax);
    await settle();
    const weak = await envelopeOn(T1, clock, { pow: 0.002 });
    expect(weak.pow).toBeLessThan(1);
    a.node.post(weak);
    await tick(clock, 300, 2);
    expect(lax.messages.length).toBe(1);
    expect(strict.messages.length).toBe(0);
    expect(messagesFrom(as, 'A')).toEqual([]);
    // raising the requirement later is announced and respected too
    lax.node.setMinPow(1);
    const weak2 = await envelopeOn(T1, clock, { pow: 0.002, payload: Uint8Array.of(7) });
    a.node.post(weak2);
    await tick(clock, 300, 2);
    expect(lax.messages.length).toBe(1);
    expect(a.node.peers().every((p) => p.powRequirement === 1)).toBe(true);
  });

  it('confirmations: the sender learns the batch hash was acknowledged', async () => {
    const clock = manualClock(START);
    const a = makeNode('A', clock);
    const b = makeNode('B', clock, { confirmations: true });
    connect(a, b);
    await settle();
    const sent: string[] = [];
    const acked: string[] = [];
    const responses: number[] = [];
    a.node.addEventListener('batch:sent', (e) => sent.push(toHex(e.detail.batchHash)));
    a.node.addEventListener('batch:acknowledged', (e) => acked.push(toHex(e.detail.batchHash)));
    a.node.addEventListener('batch:response', (e) => responses.push(e.detail.errors.length));
    expect(a.node.peers()[0]?.confirmationsEnabled).toBe(true);
    a.node.post(await envelopeOn(T1, clock));
    await tick(clock);
    expect(sent.length).toBe(1);
    expect(acked).toEqual(sent);
    expect(responses).toEqual([0]);
  });

  it('sweeps expired envelopes and stops relaying them', async () => {
    const clock = manualClock(START);
    const a = makeNode('A', clock);
    const expired: string[] = [];
    a.node.addEventListener('envelope:expired', (e) => expired.push(e.detail.hashHex));
    const env = await envelopeOn(T1, clock, { ttl: 5 });
    a.node.post(env);
    await tick(clock, 1000, 7);
    expect(expired).toEqual([env.hashHex]);
    const b = makeNode('B', clock);
    const ab = connect(a, b);
    await tick(clock);
    expect(messagesFrom(ab, 'A')).toEqual([]);
  });
});

/** A node linked to a raw peer the test drives. */
async function withRawPeer(cap: WhisperCapability = 'waku/1', options: WhisperNodeOptions = {}) {
  const clock = manualClock(START);
  const t = makeNode('N', clock, { capabilities: [cap], ...options });
  t.node.subscribe({ topics: [T1], key: { kind: 'symmetric', key: symKey } });
  const raw = identity('R');
  const l = link(t.side, proto(t.node.protocols, cap), raw, undefined);
  const dropped: string[] = [];
  const undeliverable: string[] = [];
  t.node.addEventListener('envelope:dropped', (e) => dropped.push(e.detail.reason));
  t.node.addEventListener('envelope:undeliverable', (e) => undeliverable.push(e.detail.reason));
  const hello = () => {
    l.inject(
      'R',
      0,
      cap === 'shh/6'
        ? encodeShhStatus({ powRequirement: 0.000002 })
        : encodeWakuStatus({ powRequirement: 0.000002 }, cap === 'waku/1' ? 1 : 0),
    );
  };
  return { ...t, clock, l, dropped, undeliverable, hello };
}

async function sealed(fields: Omit<Envelope, 'nonce'>, pow = 0.01): Promise<Uint8Array> {
  return encodeEnvelope((await sealEnvelope(fields, { powTarget: pow })).envelope);
}

describe('peer scoring', () => {
  it('drops a peer that speaks before its status, with PROTOCOL_BREACH', async () => {
    const r = await withRawPeer();
    r.l.inject('R', 1, encodeRawList([]));
    await settle();
    expect(r.l.closeReason?.reason).toBe(DISCONNECT_REASONS.PROTOCOL_BREACH);
  });

  it('drops a peer with the wrong shh version, with INCOMPATIBLE_VERSION', async () => {
    const r = await withRawPeer('shh/6');
    r.l.inject('R', 0, encodeShhStatus({ version: 5, powRequirement: 0.2 }));
    await settle();
    expect(r.l.closeReason?.reason).toBe(DISCONNECT_REASONS.INCOMPATIBLE_VERSION);
  });

  it('drops a light peer when both are light and restricted, with USELESS_PEER', async () => {
    const r = await withRawPeer('waku/1', { lightNode: true, restrictLightClients: true });
    r.l.inject('R', 0, encodeWakuStatus({ lightNode: true }, 1));
    await settle();
    expect(r.l.closeReason?.reason).toBe(DISCONNECT_REASONS.USELESS_PEER);
  });

  it('drops a peer whose status carries a malformed bloom, with PROTOCOL_BREACH', async () => {
    const r = await withRawPeer('waku/1');
    r.l.inject('R', 0, encodeRlp([[uintToRlpBytes(1), new Uint8Array(10)]]));
    await settle();
    expect(r.l.closeReason?.reason).toBe(DISCONNECT_REASONS.PROTOCOL_BREACH);
  });

  it('drops a peer that never sends its status', async () => {
    const r = await withRawPeer();
    await tick(r.clock, 11_000);
    expect(r.l.closed).toBe(true);
  });

  const now = START / 1000;
  const cases: Array<[string, () => Promise<Uint8Array>, string, number | undefined]> = [
    [
      'oversized',
      async () => sealed({ expiry: now + 20, ttl: 20, topic: T1, data: new Uint8Array(2048) }),
      'oversized',
      DISCONNECT_REASONS.SUBPROTOCOL_ERROR,
    ],
    [
      'low PoW',
      async () =>
        encodeEnvelope({ expiry: now + 20, ttl: 20, topic: T1, data: new Uint8Array(300), nonce: 0n }),
      'low-pow',
      DISCONNECT_REASONS.SUBPROTOCOL_ERROR,
    ],
    [
      'expired',
      async () => sealed({ expiry: now - 5, ttl: 20, topic: T1, data: new Uint8Array(30) }),
      'expired',
      undefined,
    ],
    [
      'very old',
      async () => sealed({ expiry: now - 100, ttl: 20, topic: T1, data: new Uint8Array(30) }),
      'too-old',
      undefined,
    ],
    [
      'too far in the future',
      async () => sealed({ expiry: now + 120, ttl: 20, topic: T1, data: new Uint8Array(30) }),
      'future',
      undefined,
    ],
  ];
  it.each(cases)(
    'an %s envelope is dropped with its reason and counted',
    async (_n, make, reason, disconnect) => {
      const r = await withRawPeer('waku/1', { minPow: 0.001, maxMessageSize: 1024 });
      r.hello();
      await settle();
      r.l.inject('R', 1, encodeRawList([await make()]));
      await settle();
      expect(r.dropped).toEqual([reason]);
      expect(r.node.stats.dropped[reason as 'oversized']).toBe(1);
      expect(r.node.stats.envelopesAccepted).toBe(0);
      expect(r.l.closeReason?.reason).toBe(disconnect);
    },
  );

  it('a malformed Messages packet ends the session with PROTOCOL_BREACH', async () => {
    const r = await withRawPeer();
    r.hello();
    await settle();
    r.l.inject('R', 1, fromHex('c5c3010203'));
    await settle();
    expect(r.dropped).toEqual(['malformed-packet']);
    expect(r.l.closeReason?.reason).toBe(DISCONNECT_REASONS.PROTOCOL_BREACH);
  });

  it('opens a large batch in event-loop slices, and drained() waits for the last one', async () => {
    const r = await withRawPeer();
    r.hello();
    await settle();
    const signer = fromHex('c87509a1c067bbde78beb793e6fa76530b6382a4c0241e5e4a9ec0a0f44dc0d3');
    const envs = [];
    for (let i = 0; i < 60; i++) {
      envs.push(
        await createEnvelope({
          payload: Uint8Array.of(i),
          topic: T1,
          symKey,
          signingKey: signer, // a signature recovery per open: ≈ 60 × 1–2 ms with noble
          ttlSeconds: 30,
          powTarget: 0.002,
          clock: r.clock,
        }),
      );
    }
    const seenByTimer: number[] = [];
    const timer = setInterval(() => seenByTimer.push(r.messages.length), 0);
    r.l.inject('R', 1, encodeRawList(envs.map((e) => e.raw)));
    await settle();
    await r.node.drained();
    clearInterval(timer);
    expect(r.messages.map((m) => m.hashHex)).toEqual(envs.map((e) => e.hashHex));
    // a timer ran while the batch was half opened: the batch did not hold the event loop
    expect(seenByTimer.some((n) => n > 0 && n < envs.length)).toBe(true);
  });

  it('counts envelopes that reach a filter but do not open: bad GCM tag, bad signature, wrong key', async () => {
    const r = await withRawPeer();
    r.hello();
    await settle();
    const clock = r.clock;
    const wrongKey = await envelopeOn(T1, clock, { key: otherKey });
    const good = await envelopeOn(T1, clock, { payload: Uint8Array.of(5) });
    const badTag = await sealed({
      ...good.envelope,
      data: good.envelope.data.map((b, i) => (i === 3 ? b ^ 1 : b)),
    });
    // a signed plaintext whose signature byte V is not 0/1: opens, but recovers no signer
    const signer = fromHex('c87509a1c067bbde78beb793e6fa76530b6382a4c0241e5e4a9ec0a0f44dc0d3');
    const { buildMessage, encryptSymmetric } = await import('../src/index.js');
    const pt = buildMessage({ payload: Uint8Array.of(1), signingKey: signer });
    pt[pt.length - 1] = 9;
    const badSig = await sealed({
      expiry: clock.now() / 1000 + 30,
      ttl: 30,
      topic: T1,
      data: encryptSymmetric(symKey, pt),
    });
    r.l.inject('R', 1, encodeRawList([wrongKey.raw, badTag, badSig, good.raw]));
    await settle();
    await r.node.drained();
    expect(r.undeliverable.sort()).toEqual(['bad-signature', 'decrypt-failed', 'decrypt-failed']);
    expect(r.node.stats.undeliverable).toEqual({ 'decrypt-failed': 2, 'bad-signature': 1 });
    expect(r.messages.map((m) => m.hashHex)).toEqual([good.hashHex]);
    // they are valid envelopes for the network: pooled, not punished
    expect(r.node.stats.envelopesAccepted).toBe(4);
    expect(r.l.closed).toBe(false);
  });

  it('drops packets past the rate limit and disconnects a flooding peer with SUBPROTOCOL_ERROR', async () => {
    const r = await withRawPeer('waku/1', { rateLimits: { packetsPerSecond: 5, tolerance: 3 } });
    r.hello();
    await settle();
    for (let i = 0; i < 12; i++) r.l.inject('R', 1, encodeRawList([]));
    await settle();
    expect(r.dropped.filter((d) => d === 'rate-limited').length).toBe(3);
    expect(r.l.closeReason?.reason).toBe(DISCONNECT_REASONS.SUBPROTOCOL_ERROR);
  });

  it('within the limit, a steady peer is never dropped', async () => {
    const r = await withRawPeer('waku/1', { rateLimits: { packetsPerSecond: 5, tolerance: 1 } });
    r.hello();
    await settle();
    for (let i = 0; i < 20; i++) {
      r.l.inject('R', 1, encodeRawList([]));
      await settle();
      r.clock.advance(250);
    }
    expect(r.l.closed).toBe(false);
  });

  it('ignores P2P packets from untrusted peers and accepts them from trusted ones', async () => {
    const r = await withRawPeer();
    r.hello();
    await settle();
    const old = await envelopeOn(T1, r.clock);
    r.clock.advance(3_600_000); // an hour later: long expired
    r.l.inject('R', 127, encodeRawList([old.raw]));
    await settle();
    expect(r.messages.length).toBe(0);
    expect(r.dropped).toEqual(['untrusted-p2p']);
    r.node.markTrusted(r.node.peers()[0]?.id as string);
    expect(r.node.isTrusted(r.node.peers()[0]?.id as string)).toBe(true);
    // filters must allow P2P to receive mailserver deliveries
    r.node.subscribe({ topics: [T1], key: { kind: 'symmetric', key: symKey }, allowP2P: true });
    r.l.inject('R', 127, old.raw); // the Whisper single-envelope form
    r.l.inject('R', 127, encodeRawList([old.raw])); // and again: de-duplicated
    await settle();
    expect(r.messages.map((m) => [m.hashHex, m.p2p])).toEqual([[old.hashHex, true]]);
    expect(r.l.closed).toBe(false);
  });

  it('unknown codes are ignored', async () => {
    const r = await withRawPeer();
    r.hello();
    await settle();
    r.l.inject('R', 77, fromHex('c0'));
    await settle();
    expect(r.l.closed).toBe(false);
  });
});

describe('mailserver catch-up', () => {
  it.each([
    ['', {}, [7, 7, 7, 4]],
    [' (scan bound of 5 entries per request)', { maxScanPerRequest: 5 }, undefined],
  ] as const)(
    'a client that was offline catches up with cursor paging and gets nothing twice%s',
    async (_n, extra, expectedPages) => {
      const clock = manualClock(START);
      const msKey = fromHex('765df27c0765526f920ba742ff4b9452bb0064e016435ffccd81186aa6feaae8');
      const ms = createMailserver({ storage: memoryStorage(), symKey: msKey, clock, ...extra });
      const server = makeNode('S', clock, { mailserver: ms });
      const sender = makeNode('P', clock);
      connect(sender, server);
      await settle();
      // 25 envelopes on T1 and 5 on T2 over ten minutes, while the client is offline
      const sentT1: string[] = [];
      for (let i = 0; i < 30; i++) {
        const env = await envelopeOn(i % 6 === 5 ? T2 : T1, clock, { payload: Uint8Array.of(i), ttl: 15 });
        if (i % 6 !== 5) sentT1.push(env.hashHex);
        sender.node.post(env);
        await tick(clock, 300);
        await tick(clock, 19_700);
      }
      expect(ms.stats.archived).toBe(30);
      const client = makeNode('C', clock, { lightNode: true });
      client.node.subscribe({ topics: [T1], key: { kind: 'symmetric', key: symKey }, allowP2P: true });
      connect(server, client);
      await settle();
      const mc = createMailserverClient({
        node: client.node,
        signingKey: c.secp256k1GeneratePrivateKey(),
        symKey: msKey,
        clock,
      });
      const pages: number[] = [];
      const run = mc.requestAll(
        server.side.id,
        { from: START / 1000 - 60, to: clock.now() / 1000, topics: [T1], limit: 7 },
        { onPage: (p) => pages.push(p.envelopes.length) },
      );
      let settled = false;
      run.then(
        () => (settled = true),
        () => (settled = true),
      );
      for (let i = 0; i < 200 && !settled; i++) await tick(clock, 10);
      const result = await run;
      if (expectedPages !== undefined) expect(pages).toEqual(expectedPages);
      else expect(pages.length).toBeGreaterThan(4);
      expect(result.envelopes).toBe(25);
      const received = client.messages.map((m) => m.hashHex);
      expect(new Set(received).size).toBe(received.length);
      expect(received.sort()).toEqual([...sentT1].sort());
      expect(client.messages.every((m) => m.p2p)).toBe(true);
    },
  );
});

describe('mailserver client timeout', () => {
  /** Just what the mailserver client uses of a node, driven by the test. */
  class FakeNode extends TypedEventTarget<{
    envelope: { hashHex: string; origin: string; peer?: string };
    'p2p:complete': {
      peer: string;
      complete: { requestId: Uint8Array; lastEnvelopeHash: Uint8Array; cursor: Uint8Array };
    };
  }> {
    requests: Uint8Array[] = [];
    markTrusted(): void {}
    sendP2PRequest(_peer: string, raw: Uint8Array): boolean {
      this.requests.push(envelopeRecord(raw).hash);
      return true;
    }
  }
  const PEER = 'ab'.repeat(64);

  it('fails a page only after timeoutMs with nothing of it arriving, however long it runs', async () => {
    const clock = manualClock(START);
    const node = new FakeNode();
    const mc = createMailserverClient({
      node: node as unknown as WhisperNode,
      signingKey: c.secp256k1GeneratePrivateKey(),
      symKey,
      clock,
      timeoutMs: 1000,
    });
    const page = mc.request(PEER, { from: 0, to: 10, topics: [T1] });
    let outcome = 'pending';
    page.then(
      () => (outcome = 'resolved'),
      (e: Error) => (outcome = e.name),
    );
    await settle();
    // Envelopes every 900 ms: 4.5 s in all, never 1 s without one.
    for (let i = 0; i < 5; i++) {
      clock.advance(900);
      node.emit('envelope', { hashHex: `h${i}`, origin: 'p2p', peer: `${PEER}/waku/1` });
      await settle();
    }
    // Another peer's envelopes are not progress of this page.
    clock.advance(900);
    node.emit('envelope', { hashHex: 'x', origin: 'p2p', peer: `${'cd'.repeat(64)}/waku/1` });
    await settle();
    expect(outcome).toBe('pending');
    clock.advance(100);
    await settle();
    expect(outcome).toBe('TimeoutError');

    // The same flow completes when the Request Complete comes in time.
    const second = mc.request(PEER, { from: 0, to: 10, topics: [T1] });
    await settle();
    for (let i = 0; i < 3; i++) {
      clock.advance(900);
      node.emit('envelope', { hashHex: `k${i}`, origin: 'p2p', peer: `${PEER}/waku/1` });
    }
    clock.advance(900);
    node.emit('p2p:complete', {
      peer: `${PEER}/waku/1`,
      complete: {
        requestId: node.requests[1] as Uint8Array,
        lastEnvelopeHash: new Uint8Array(32),
        cursor: new Uint8Array(0),
      },
    });
    expect((await second).envelopes).toEqual(['k0', 'k1', 'k2']);
  });
});

describe('recover pool', () => {
  it('delivers an envelope once when its live copy arrives while its history copy waits for a worker', async () => {
    const gates: Array<() => void> = [];
    const pool: RecoverPool = {
      recover: (hash, signature) =>
        new Promise((resolve) => gates.push(() => resolve(c.secp256k1Recover(hash, signature)))),
      pending: 0,
      close() {},
    };
    const r = await withRawPeer('waku/1', { recoverPool: pool });
    r.node.subscribe({ topics: [T1], key: { kind: 'symmetric', key: symKey }, allowP2P: true });
    r.hello();
    await settle();
    r.node.markTrusted(r.node.peers()[0]?.id as string);
    const author = c.secp256k1GeneratePrivateKey();
    const env = await createEnvelope({
      payload: Uint8Array.of(7),
      topic: T1,
      symKey,
      signingKey: author,
      ttlSeconds: 30,
      powTarget: 0.002,
      clock: r.clock,
    });
    r.l.inject('R', 127, encodeRawList([env.raw])); // history first: its recovery is held
    await settle();
    expect(gates).toHaveLength(1);
    r.l.inject('R', 1, encodeRawList([env.raw])); // then the same envelope live
    await settle();
    for (const open of gates.splice(0)) open();
    await settle();
    // Delivered live, once per filter (both listen on T1), and not a third time from history.
    expect(r.messages.map((m) => [m.hashHex, m.p2p])).toEqual([
      [env.hashHex, false],
      [env.hashHex, false],
    ]);
    expect(r.messages[0]?.signer).toEqual(c.secp256k1PublicKey(author, false));
  });
});
