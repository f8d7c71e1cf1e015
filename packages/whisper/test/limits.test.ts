/**
 * The resource bounds of issue #17 as unit tests, with a manual clock and fake devp2p contexts:
 * the pool's memory accounting, eviction order, per-origin quota and expiry sweep; the node's
 * default rate limits, time-sync penalties, packet-buffer copies, send-queue bound and peer cap.
 */
import { DISCONNECT_REASONS, type ProtocolContext } from '@statuskit/devp2p';
import { fromHex, type ManualClock, manualClock, nobleCrypto, silentLogger } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import {
  createEnvelopePool,
  createWhisperNode,
  type Envelope,
  type EnvelopeRecord,
  encodeEnvelope,
  encodeRawList,
  encodeWakuStatus,
  PEER_LIMITS,
  POOL_LIMITS,
  type PoolEntry,
  poolEvictionOrder,
  recordOfEnvelope,
  sealEnvelope,
  type WhisperNodeOptions,
} from '../src/index.js';
import { identity, link, proto, settle } from './support/fake-link.js';

const START = 1_700_000_000_000;
const NOW = START / 1000;
const T1 = fromHex('cd423760');

function entry(
  n: number,
  opts: { pow?: number; expiry?: number; size?: number; origin?: string } = {},
): PoolEntry {
  const env: Envelope = {
    expiry: opts.expiry ?? NOW + 50,
    ttl: 50,
    topic: T1,
    data: new Uint8Array(opts.size ?? 100).fill(n & 0xff),
    nonce: BigInt(n),
  };
  return {
    record: recordOfEnvelope(env),
    pow: opts.pow ?? 0.002,
    bloom: new Uint8Array(64),
    local: false,
    origin: opts.origin,
  };
}

describe('envelope pool bounds', () => {
  it('counts the retained bytes plus the per-entry overhead', () => {
    const pool = createEnvelopePool();
    const e = entry(1);
    expect(pool.add(e)).toBe('added');
    expect(pool.bytes).toBe(e.record.raw.length + POOL_LIMITS.ENTRY_OVERHEAD_BYTES);
    expect(pool.maxBytes).toBe(POOL_LIMITS.MAX_BYTES);
  });

  it('evicts the lowest PoW, then the longest expiry, for a better envelope; refuses a worse one', () => {
    const one = entry(0).record.raw.length + 100;
    const pool = createEnvelopePool({ maxBytes: 3 * one, entryOverheadBytes: 100 });
    const low = entry(1, { pow: 0.0001 });
    const longLived = entry(2, { pow: 0.002, expiry: NOW + 3600 });
    const short = entry(3, { pow: 0.002, expiry: NOW + 20 });
    for (const e of [low, longLived, short]) expect(pool.add(e)).toBe('added');
    // a worse envelope than all of them is refused
    expect(pool.add(entry(4, { pow: 0.00001 }))).toBe('full');
    // a better one pushes out the lowest PoW first
    expect(pool.add(entry(5, { pow: 0.002, expiry: NOW + 30 }))).toBe('added');
    expect(pool.has(low.record.hashHex)).toBe(false);
    // then, at equal PoW, the one that would stay longest
    expect(pool.add(entry(6, { pow: 0.002, expiry: NOW + 30 }))).toBe('added');
    expect(pool.has(longLived.record.hashHex)).toBe(false);
    expect(pool.has(short.record.hashHex)).toBe(true);
    expect(pool.evictions).toBe(2);
    expect(pool.bytes).toBeLessThanOrEqual(3 * one);
  });

  it('orders eviction by PoW, then expiry (later first), then arrival (newer first)', () => {
    expect(poolEvictionOrder({ pow: 1, expiry: 5, seq: 1 }, { pow: 2, expiry: 5, seq: 2 })).toBeLessThan(0);
    expect(poolEvictionOrder({ pow: 1, expiry: 9, seq: 1 }, { pow: 1, expiry: 5, seq: 2 })).toBeLessThan(0);
    expect(poolEvictionOrder({ pow: 1, expiry: 5, seq: 2 }, { pow: 1, expiry: 5, seq: 1 })).toBeLessThan(0);
  });

  it('holds one origin to its share', () => {
    const one = entry(0).record.raw.length + 10;
    const pool = createEnvelopePool({
      maxBytes: 100 * one,
      maxBytesPerOrigin: 2 * one,
      entryOverheadBytes: 10,
    });
    expect(pool.add(entry(1, { origin: 'x' }))).toBe('added');
    expect(pool.add(entry(2, { origin: 'x' }))).toBe('added');
    expect(pool.add(entry(3, { origin: 'x' }))).toBe('quota');
    expect(pool.add(entry(4, { origin: 'y' }))).toBe('added');
    expect(pool.bytesOf('x')).toBe(2 * one);
    pool.sweep(NOW + 51);
    expect(pool.bytesOf('x')).toBe(0);
    expect(pool.add(entry(3, { origin: 'x', expiry: NOW + 100 }))).toBe('added');
  });

  it('sweeps by expiry, and lists what came after a sequence number', () => {
    const pool = createEnvelopePool();
    const es = [10, 30, 20, 40].map((d, i) => entry(i, { expiry: NOW + d }));
    for (const e of es) pool.add(e);
    expect([...pool.after(2)].map(([seq]) => seq)).toEqual([3, 4]);
    const removed = pool.sweep(NOW + 25).map((e) => e.record.hashHex);
    expect(removed.sort()).toEqual([es[0], es[2]].map((e) => e?.record.hashHex).sort());
    expect(pool.size).toBe(2);
    expect([...pool.after(0)].map(([seq]) => seq)).toEqual([2, 4]);
    expect(pool.bytes).toBe(
      es[1]!.record.raw.length + es[3]!.record.raw.length + 2 * POOL_LIMITS.ENTRY_OVERHEAD_BYTES,
    );
  });
});

/** A node and a raw peer "R" on a fake link, the peer's status already sent. */
async function rawPeer(options: WhisperNodeOptions = {}, clock: ManualClock = manualClock(START)) {
  const node = createWhisperNode({ clock, ...options });
  const l = link(identity('N'), proto(node.protocols, 'waku/1'), identity('R'), undefined);
  const dropped: string[] = [];
  const penalties: string[] = [];
  node.addEventListener('envelope:dropped', (e) => dropped.push(e.detail.reason));
  node.addEventListener('peer:penalized', (e) => penalties.push(e.detail.reason));
  l.inject('R', 0, encodeWakuStatus({ powRequirement: 0.000002 }, 1));
  await settle();
  return { node, l, clock, dropped, penalties };
}

/** Tiny envelopes that need no work at the default minimum PoW (length × TTL ≤ 500,000). */
function zeroWork(n: number, ttl = 100): Uint8Array[] {
  return Array.from({ length: n }, (_, i) =>
    encodeEnvelope({
      expiry: NOW + ttl,
      ttl,
      topic: T1,
      data: Uint8Array.of(i & 0xff, (i >> 8) & 0xff, (i >> 16) & 0xff),
      nonce: 0n,
    }),
  );
}

describe('node admission with default options', () => {
  it('a peer flooding envelopes past the default rate is dropped, then disconnected', async () => {
    const r = await rawPeer();
    const envs = zeroWork(PEER_LIMITS.ENVELOPES_PER_SECOND * 20);
    const per = 100;
    for (let i = 0; i < envs.length && !r.l.closed; i += per) {
      r.l.inject('R', 1, encodeRawList(envs.slice(i, i + per)));
      await settle();
    }
    expect(r.dropped.filter((d) => d === 'rate-limited').length).toBe(PEER_LIMITS.TOLERANCE);
    expect(r.l.closeReason?.reason).toBe(DISCONNECT_REASONS.SUBPROTOCOL_ERROR);
    // what got in stayed within one second's worth of tokens
    expect(r.node.stats.envelopesAccepted).toBeLessThanOrEqual(PEER_LIMITS.ENVELOPES_PER_SECOND);
  });

  it('a steady peer under the default rates is never dropped', async () => {
    const r = await rawPeer();
    const envs = zeroWork(40 * 50, 3600);
    for (let i = 0; i < 40; i++) {
      r.l.inject('R', 1, encodeRawList(envs.slice(i * 50, i * 50 + 50)));
      await settle();
      r.clock.advance(300);
    }
    expect(r.l.closed).toBe(false);
    expect(r.dropped).toEqual([]);
    expect(r.node.stats.envelopesAccepted).toBe(2000);
  });

  it('rejects time-sync failures without hashing them, and disconnects past the tolerance', async () => {
    const r = await rawPeer({
      rateLimits: { envelopesPerSecond: 0, bytesPerSecond: 0, packetsPerSecond: 0 },
    });
    let hashes = 0;
    const counting = {
      ...nobleCrypto,
      keccak256: (b: Uint8Array) => {
        hashes++;
        return nobleCrypto.keccak256(b);
      },
    };
    const r2 = await rawPeer({ crypto: counting, rateLimits: { timeSyncFailures: 50 } });
    const future = (i: number) =>
      encodeEnvelope({ expiry: NOW + 3600 + i, ttl: 10, topic: T1, data: Uint8Array.of(1), nonce: 0n });
    r2.l.inject('R', 1, encodeRawList(Array.from({ length: 40 }, (_, i) => future(i))));
    await settle();
    expect(hashes).toBe(0);
    expect(r2.l.closed).toBe(false);
    r2.l.inject('R', 1, encodeRawList(Array.from({ length: 20 }, (_, i) => future(100 + i))));
    await settle();
    expect(r2.node.stats.dropped.future).toBe(60);
    expect(r2.l.closeReason?.reason).toBe(DISCONNECT_REASONS.SUBPROTOCOL_ERROR);
    expect(r.l.closed).toBe(false);
  });

  it('pools its own copy of each envelope, not a view of the packet', async () => {
    const r = await rawPeer();
    const records: EnvelopeRecord[] = [];
    r.node.addEventListener('envelope', (e) => records.push(e.detail.record));
    const sealed = await Promise.all(
      [1, 2].map(async (i) =>
        encodeEnvelope(
          (
            await sealEnvelope(
              { expiry: NOW + 20, ttl: 20, topic: T1, data: new Uint8Array(64).fill(i) },
              { powTarget: 0.01 },
            )
          ).envelope,
        ),
      ),
    );
    const padded = encodeRawList(sealed);
    r.l.inject('R', 1, padded);
    await settle();
    expect(records.length).toBe(2);
    for (const rec of records) {
      expect(rec.raw.byteOffset).toBe(0);
      expect(rec.raw.buffer.byteLength).toBe(rec.raw.length);
      // the decoded fields are views of that copy, or copies of their own: never of the packet
      expect(rec.envelope.data.buffer.byteLength).toBeLessThanOrEqual(rec.raw.length);
      expect(rec.envelope.topic.buffer.byteLength).toBeLessThanOrEqual(rec.raw.length);
    }
  });

  it('a peer beyond the peer cap is refused with TOO_MANY_PEERS', async () => {
    const clock = manualClock(START);
    const node = createWhisperNode({ clock, maxPeers: 1 });
    const a = link(identity('N'), proto(node.protocols, 'waku/1'), identity('A'), undefined);
    const b = link(identity('N'), proto(node.protocols, 'waku/1'), identity('B'), undefined);
    await settle();
    expect(a.closed).toBe(false);
    expect(b.closeReason?.reason).toBe(DISCONNECT_REASONS.TOO_MANY_PEERS);
  });
});

describe('send-queue bound', () => {
  it('stops gossiping to a peer that does not read, then disconnects it', async () => {
    const clock = manualClock(START);
    const node = createWhisperNode({ clock });
    const proto0 = node.protocols[0]!;
    const sent: number[] = [];
    let disconnected: number | undefined;
    const ctx: ProtocolContext = {
      peer: { id: identity('R').id, clientId: 'R', remoteAddress: '127.0.0.1:1', capabilities: [] },
      version: 1,
      logger: silentLogger,
      send(code) {
        sent.push(code);
        return code === 0; // the status goes out; everything after finds the carrier full
      },
      drained: () => new Promise(() => undefined), // never drains: the peer does not read
      disconnect(reason) {
        disconnected = reason;
      },
    };
    const handler = proto0.create(ctx);
    await handler.onMessage(0, encodeWakuStatus({ powRequirement: 0.000002 }, 1));
    for (const raw of zeroWork(3)) node.post(raw);
    node.flush();
    for (const raw of zeroWork(6).slice(3)) node.post(raw);
    node.flush();
    node.flush();
    // one batch went out, then nothing more while the carrier is backed up
    expect(sent.filter((c) => c === 1).length).toBe(1);
    clock.advance(PEER_LIMITS.SEND_STALL_TIMEOUT_MS + 1000);
    node.sweep();
    expect(disconnected).toBe(DISCONNECT_REASONS.PING_TIMEOUT);
    node.close();
  });
});
