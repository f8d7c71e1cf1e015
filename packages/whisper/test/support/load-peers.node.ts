/**
 * The load generators of the relay load test (`test/load/relay-load.node.test.ts`), run as a child
 * process so the relay's process holds nothing but the relay. Started with
 * `node --conditions=@statuskit/source --import tsx`, configured by `LOAD_CONFIG` (JSON, see
 * {@link LoadConfig}); prints one `LOAD {json}` line with what it measured, then exits.
 *
 * Every peer is a real devp2p session (RLPx handshake, Hello, snappy, framing) speaking waku/1:
 * - `honest` senders: each sends `rate` envelopes per second, one envelope per Messages packet, for
 *   `durationS` seconds, and advertises an empty topic interest (it wants nothing back, like a
 *   client that only posts);
 * - packet flooders: `floodPacketsPerSecond` one-envelope packets per second (over the relay's
 *   50 packets/s);
 * - envelope flooders: `floodEnvelopesPerSecond` envelopes per second in 10 packets per second
 *   (over the relay's 200 envelopes/s);
 * - one receiver with a full bloom: it records every envelope the relay gossips to it.
 *
 * Envelopes carry `[sender u16, sequence u32]` in their data, TTL 15 s (status-go's chat TTL), and
 * need no proof-of-work nonce at the relay's default minimum (0.000002).
 */

import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import {
  createPeerSession,
  type DisconnectInfo,
  type PeerSession,
  type Protocol,
  type ProtocolContext,
} from '@statuskit/devp2p';
import { tcp } from '@statuskit/transport-node';
import { fromHex } from '@statuskit/utils';
import { decodeEnvelopeList, encodeEnvelope, encodeRawList, encodeWakuStatus } from '../../src/index.js';

export interface LoadConfig {
  port: number;
  /** The relay's node id, hex (64 bytes). */
  relayId: string;
  honest: number;
  /** Envelopes per second per honest peer. */
  rate: number;
  durationS: number;
  packetFlooders: number;
  floodPacketsPerSecond: number;
  envelopeFlooders: number;
  floodEnvelopesPerSecond: number;
  /** How long to wait after the last send for the receiver to see every honest envelope. */
  graceS: number;
}

const TOPIC = Uint8Array.of(0x5a, 0x10, 0xad, 0x01);
const TTL = 15;
const FLOOD_BASE = 1000; // sender numbers of flooders start here
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

const config = JSON.parse(process.env.LOAD_CONFIG ?? '{}') as LoadConfig;
const crypto = await createNodeCrypto();
const transport = tcp();
const relayId = fromHex(config.relayId);

interface Peer {
  sender: number;
  session: PeerSession;
  ctx: ProtocolContext;
  closed: boolean;
  info?: DisconnectInfo;
  closedAtMs?: number;
  sent: number;
  kind: 'honest' | 'packets' | 'envelopes' | 'receiver';
}

const t0 = Date.now();

async function connect(
  sender: number,
  kind: Peer['kind'],
  status: Uint8Array,
  onMessage: (code: number, payload: Uint8Array) => void = () => undefined,
): Promise<Peer> {
  for (let attempt = 0; ; attempt++) {
    try {
      let ctx: ProtocolContext | undefined;
      const protocol: Protocol = {
        name: 'waku',
        version: 1,
        length: 128,
        create(c) {
          ctx = c;
          c.send(0, status);
          return { onMessage };
        },
      };
      const duplex = await transport.dial('127.0.0.1', config.port, { timeoutMs: 20_000 });
      const session = createPeerSession({
        duplex,
        privateKey: crypto.secp256k1GeneratePrivateKey(),
        remoteId: relayId,
        crypto,
        protocols: [protocol],
        clientId: `load-${sender}`,
      });
      await session.ready;
      for (let t = 0; t < 500 && ctx === undefined; t++) await sleep(10);
      if (ctx === undefined) throw new Error('waku/1 was not negotiated');
      const peer: Peer = { sender, session, ctx, closed: false, sent: 0, kind };
      session.closed.then((info) => {
        peer.closed = true;
        peer.info = info;
        peer.closedAtMs = Date.now() - t0;
      });
      return peer;
    } catch (e) {
      // the relay's handshake queue is bounded: a refused dial is retried, a few times
      if (attempt >= 5) throw e;
      await sleep(500 * (attempt + 1));
    }
  }
}

function envelope(sender: number, seq: number, nowS: number): Uint8Array {
  const data = new Uint8Array(64);
  const view = new DataView(data.buffer);
  view.setUint16(0, sender);
  view.setUint32(2, seq);
  data.set(crypto.randomBytes(16), 6);
  return encodeEnvelope({ expiry: nowS + TTL, ttl: TTL, topic: TOPIC, data, nonce: 0n });
}

// The receiver: full bloom, the relay's minimum PoW; records (sender, seq) of everything gossiped.
const received = new Map<number, Set<number>>();
let receivedTotal = 0;
let receivedDuplicates = 0;
let receiverErrors = 0;
const receiver = await connect(
  0xffff,
  'receiver',
  encodeWakuStatus({ powRequirement: 0.000002 }, 1),
  (code, payload) => {
    if (code !== 1) return;
    try {
      for (const rec of decodeEnvelopeList(payload, { crypto })) {
        const data = rec.envelope.data;
        const view = new DataView(data.buffer, data.byteOffset, data.byteLength);
        const sender = view.getUint16(0);
        const seq = view.getUint32(2);
        let set = received.get(sender);
        if (set === undefined) {
          set = new Set();
          received.set(sender, set);
        }
        if (set.has(seq)) receivedDuplicates++;
        else set.add(seq);
        receivedTotal++;
      }
    } catch {
      receiverErrors++;
    }
  },
);

// Senders: dialled eight at a time (the relay handshakes at most eight at once by default).
const postOnly = encodeWakuStatus({ powRequirement: 0.000002, topicInterest: [] }, 1);
const specs: Array<{ sender: number; kind: 'honest' | 'packets' | 'envelopes' }> = [];
for (let i = 0; i < config.honest; i++) specs.push({ sender: i, kind: 'honest' });
for (let i = 0; i < config.packetFlooders; i++) specs.push({ sender: FLOOD_BASE + i, kind: 'packets' });
for (let i = 0; i < config.envelopeFlooders; i++)
  specs.push({ sender: FLOOD_BASE + 100 + i, kind: 'envelopes' });
const peers: Peer[] = [];
for (let i = 0; i < specs.length; i += 8) {
  const batch = specs.slice(i, i + 8);
  peers.push(...(await Promise.all(batch.map((s) => connect(s.sender, s.kind, postOnly)))));
}
const connectedMs = Date.now() - t0;
console.log(`CONNECTED ${peers.length + 1} in ${connectedMs} ms`);

// The run: a 20 ms tick; every peer sends what its rate owes by now (so a late tick catches up).
const start = Date.now();
const end = start + config.durationS * 1000;
let sendErrors = 0;
await new Promise<void>((resolve) => {
  const tick = () => {
    const now = Date.now();
    const elapsedS = (Math.min(now, end) - start) / 1000;
    const nowS = Math.floor(now / 1000);
    for (const p of peers) {
      if (p.closed) continue;
      try {
        if (p.kind === 'honest') {
          const owed = Math.min(Math.floor(elapsedS * config.rate) + 1, config.durationS * config.rate);
          while (p.sent < owed) p.ctx.send(1, encodeRawList([envelope(p.sender, p.sent++, nowS)]));
        } else if (p.kind === 'packets') {
          const owed = Math.floor(elapsedS * config.floodPacketsPerSecond) + 1;
          while (p.sent < owed) p.ctx.send(1, encodeRawList([envelope(p.sender, p.sent++, nowS)]));
        } else {
          const perPacket = Math.ceil(config.floodEnvelopesPerSecond / 10);
          const owed = Math.floor(elapsedS * config.floodEnvelopesPerSecond) + perPacket;
          while (p.sent + perPacket <= owed) {
            const envs: Uint8Array[] = [];
            for (let k = 0; k < perPacket; k++) envs.push(envelope(p.sender, p.sent++, nowS));
            p.ctx.send(1, encodeRawList(envs));
          }
        }
      } catch {
        sendErrors++;
      }
    }
    if (now >= end) resolve();
    else setTimeout(tick, 20);
  };
  tick();
});
const sendMs = Date.now() - start;

// Grace: until the receiver has every honest envelope, or graceS.
const honest = peers.filter((p) => p.kind === 'honest');
const honestSent = honest.reduce((n, p) => n + p.sent, 0);
const honestReceived = () => honest.reduce((n, p) => n + (received.get(p.sender)?.size ?? 0), 0);
const graceEnd = Date.now() + config.graceS * 1000;
while (honestReceived() < honestSent && Date.now() < graceEnd) await sleep(100);
const allInMs = Date.now() - start;

const floodReport = (kind: Peer['kind']) =>
  peers
    .filter((p) => p.kind === kind)
    .map((p) => ({
      sent: p.sent,
      received: received.get(p.sender)?.size ?? 0,
      cutAtMs: p.closedAtMs === undefined ? null : p.closedAtMs - (start - t0),
      reason: p.info?.reasonName ?? null,
      local: p.info?.local ?? null,
    }));

const report = {
  peers: peers.length + 1,
  connectedMs,
  sendMs,
  allInMs,
  honestSent,
  honestReceived: honestReceived(),
  honestMissingPeers: honest.filter((p) => (received.get(p.sender)?.size ?? 0) < p.sent).length,
  honestClosed: honest.filter((p) => p.closed).map((p) => `${p.sender}:${p.info?.reasonName ?? '?'}`),
  receivedTotal,
  receivedDuplicates,
  receiverErrors,
  receiverClosed: receiver.closed ? (receiver.info?.reasonName ?? 'closed') : null,
  sendErrors,
  packetFlooders: floodReport('packets'),
  envelopeFlooders: floodReport('envelopes'),
};
console.log(`LOAD ${JSON.stringify(report)}`);
for (const p of [...peers, receiver]) if (!p.closed) p.session.disconnect();
await Promise.race([Promise.allSettled([...peers, receiver].map((p) => p.session.closed)), sleep(3000)]);
process.exit(0);
