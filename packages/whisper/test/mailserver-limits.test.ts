/**
 * The mailserver's resource bounds (issue #17): request rate limit and per-peer concurrency on by
 * default, replay protection for signed requests, time-sliced scans that stop when the requester
 * leaves, and archive retention by age and by size. The mailserver is driven directly through a
 * recording `P2PResponder`.
 */
import { manualClock, memoryStorage, nobleCrypto } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import {
  buildHistoryRequest,
  createMailserver,
  encodeEnvelope,
  encodeMessagesRequest,
  MAILSERVER_SERVER_LIMITS,
  type P2PResponder,
  parseRequestComplete,
  recordOfEnvelope,
} from '../src/index.js';

const c = nobleCrypto;
const symKey = c.keccak256(Uint8Array.of(7));
const START = 1_700_000_000_000;
const NOW = START / 1000;
const T1 = Uint8Array.of(1, 2, 3, 4);
const FULL_BLOOM = new Uint8Array(64).fill(0xff);

interface Recorder extends P2PResponder {
  envelopes: number;
  completes: { error?: string | undefined; cursor: Uint8Array }[];
  close(): void;
}

function responder(peer = 1, opts: { onEnvelopes?: (r: Recorder) => void } = {}): Recorder {
  let closed = false;
  const r: Recorder = {
    peerId: new Uint8Array(64).fill(peer),
    peerKey: `peer${peer}`,
    capability: 'waku/1',
    envelopes: 0,
    completes: [],
    sendEnvelopes(raws) {
      r.envelopes += raws.length;
      opts.onEnvelopes?.(r);
      return true;
    },
    sendComplete(payload) {
      const p = parseRequestComplete(payload);
      r.completes.push({ error: p.error, cursor: p.cursor });
      return true;
    },
    drained: async () => undefined,
    get closed() {
      return closed;
    },
    close() {
      closed = true;
    },
  };
  return r;
}

function bareRequest(n: number, from = NOW - 3600, to = NOW, limit = 1000): Uint8Array {
  const id = new Uint8Array(32);
  id[31] = n & 0xff;
  id[30] = n >> 8;
  return encodeMessagesRequest({
    id,
    from,
    to,
    limit,
    cursor: new Uint8Array(0),
    bloom: FULL_BLOOM,
    topics: [],
  });
}

async function archiveMany(ms: ReturnType<typeof createMailserver>, n: number, sentFrom: number, size = 40) {
  for (let i = 0; i < n; i++) {
    const data = new Uint8Array(size);
    data[0] = i & 0xff;
    data[1] = (i >> 8) & 0xff;
    data[2] = i >> 16;
    await ms.archive(recordOfEnvelope({ expiry: sentFrom + i + 50, ttl: 50, topic: T1, data, nonce: 0n }));
  }
}

describe('mailserver bounds with default options', () => {
  it('serves bare (unsigned) requests, rate-limited per peer after a burst', async () => {
    const clock = manualClock(START);
    const ms = createMailserver({ storage: memoryStorage(), symKey, clock });
    await archiveMany(ms, 3, NOW - 100);
    const r = responder();
    const n = MAILSERVER_SERVER_LIMITS.RATE_BURST + 5;
    for (let i = 0; i < n; i++) await ms.handleRequest(bareRequest(i), r);
    const errors = r.completes.filter((x) => x.error !== undefined);
    expect(r.completes.length).toBe(n);
    expect(errors.length).toBe(5);
    expect(errors[0]?.error).toBe('rate limit exceeded');
    expect(ms.stats.served).toBe(MAILSERVER_SERVER_LIMITS.RATE_BURST);
    // another peer is not affected, and the first recovers with time
    const other = responder(2);
    await ms.handleRequest(bareRequest(99), other);
    expect(other.completes[0]?.error).toBeUndefined();
    clock.advance(MAILSERVER_SERVER_LIMITS.RATE_LIMIT_MS);
    await ms.handleRequest(bareRequest(100), r);
    expect(r.completes.at(-1)?.error).toBeUndefined();
  });

  it('refuses a replayed signed request and an expired one', async () => {
    const clock = manualClock(START);
    const ms = createMailserver({ storage: memoryStorage(), symKey, clock });
    await archiveMany(ms, 2, NOW - 100);
    const req = await buildHistoryRequest({
      from: NOW - 3600,
      to: NOW,
      topics: [T1],
      symKey,
      signingKey: c.secp256k1GeneratePrivateKey(),
      clock,
    });
    const bytes = encodeEnvelope(req.envelope.envelope);
    const a = responder(1);
    await ms.handleRequest(bytes, a);
    expect(a.completes[0]?.error).toBeUndefined();
    expect(a.envelopes).toBe(2);
    const b = responder(2);
    await ms.handleRequest(bytes, b);
    expect(b.completes[0]?.error).toBe('request replayed');
    expect(b.envelopes).toBe(0);
    const old = await buildHistoryRequest({
      from: NOW - 3600,
      to: NOW,
      topics: [T1],
      symKey,
      signingKey: c.secp256k1GeneratePrivateKey(),
      clock: manualClock(START - 3_600_000),
    });
    const d = responder(3);
    await ms.handleRequest(encodeEnvelope(old.envelope.envelope), d);
    expect(d.completes[0]?.error).toBe('request expired');
  });

  it('lets a peer have two requests in flight, not three', async () => {
    const ms = createMailserver({ storage: memoryStorage(), symKey, clock: manualClock(START) });
    await archiveMany(ms, 5, NOW - 100);
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const r = responder(1);
    r.drained = () => gate;
    r.sendEnvelopes = (raws) => {
      r.envelopes += raws.length;
      return false; // backed up until the gate opens
    };
    const first = ms.handleRequest(bareRequest(1), r);
    const second = ms.handleRequest(bareRequest(2), r);
    await ms.handleRequest(bareRequest(3), r);
    expect(r.completes.map((x) => x.error)).toEqual(['too many requests in flight']);
    release();
    await Promise.all([first, second]);
    expect(r.completes.filter((x) => x.error === undefined).length).toBe(2);
  });

  it('scans in time slices, and stops when the requester leaves', async () => {
    const ms = createMailserver({
      storage: memoryStorage(),
      symKey,
      maxMessageSize: 2048,
      sliceMs: 1,
    });
    const now = Math.floor(Date.now() / 1000);
    await archiveMany(ms, 20_000, now - 20_000);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 0);
    const r = responder(1, {
      onEnvelopes: (x) => {
        if (x.envelopes >= 300) x.close();
      },
    });
    await ms.handleRequest(bareRequest(1, now - 21_000, now, 1000), r);
    clearInterval(ticker);
    expect(ticks).toBeGreaterThan(0); // timers ran during the scan
    expect(r.completes).toEqual([]); // nothing more was sent to a requester that left
    expect(r.envelopes).toBeLessThan(400);
    expect(ms.stats.abandoned).toBe(1);
  });

  it('a long scan ends at its time budget with a cursor the client can resume from', async () => {
    const clock = manualClock(START);
    const ms = createMailserver({ storage: memoryStorage(), symKey, clock, maxScanMs: 5 });
    await archiveMany(ms, 300, NOW - 1000);
    const realNow = clock.now.bind(clock);
    let calls = 0;
    // every look at the clock costs a millisecond: the scan runs out of budget after a few entries
    clock.now = () => realNow() + calls++;
    const r = responder(1);
    await ms.handleRequest(bareRequest(1, NOW - 2000, NOW + 1000), r);
    expect(r.completes.length).toBe(1);
    expect(r.completes[0]?.error).toBeUndefined();
    expect(r.completes[0]?.cursor.length).toBe(36);
    expect(r.envelopes).toBeGreaterThan(0);
    expect(r.envelopes).toBeLessThan(300);
  });

  it('prunes the archive by age and by size, oldest first', async () => {
    const clock = manualClock(START);
    const ms = createMailserver({
      storage: memoryStorage(),
      symKey,
      clock,
      retentionSeconds: 3600,
      maxArchiveBytes: 100 * (40 + 40 + 20 + MAILSERVER_SERVER_LIMITS.ARCHIVE_ENTRY_OVERHEAD_BYTES),
      pruneIntervalMs: 1000,
    });
    await archiveMany(ms, 50, NOW - 7200 - 100); // older than the retention
    await archiveMany(ms, 150, NOW - 1000); // inside it, but more than the size bound
    clock.advance(1000); // the retention timer runs
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(ms.archiveSize?.entries).toBeLessThanOrEqual(100);
    expect(ms.stats.pruned).toBeGreaterThanOrEqual(100);
    // the newest survive
    const r = responder(1);
    await ms.handleRequest(bareRequest(1, NOW - 1000, NOW + 200), r);
    expect(r.envelopes).toBe(ms.archiveSize?.entries);
    ms.close();
  });
});
