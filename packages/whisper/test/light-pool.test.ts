/**
 * The light node's pool (`createLightWhisperNode`): the relay pool's de-duplication, memory bound,
 * per-peer quota and expiry, without eviction, and an arrival log of the node's own envelopes only.
 */
import { fromHex } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { type Envelope, POOL_LIMITS, type PoolEntry, recordOfEnvelope } from '../src/index.js';
import { createLightPool } from '../src/light-pool.js';

const NOW = 1_700_000_000;
const T1 = fromHex('cd423760');

function entry(
  n: number,
  opts: { pow?: number; expiry?: number; size?: number; origin?: string; local?: boolean } = {},
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
    local: opts.local ?? false,
    origin: opts.origin,
  };
}

describe('light pool', () => {
  it('de-duplicates and counts the retained bytes plus the per-entry overhead', () => {
    const pool = createLightPool();
    const e = entry(1, { origin: 'p' });
    expect(pool.add(e)).toBe('added');
    expect(pool.add(entry(1, { origin: 'q' }))).toBe('duplicate');
    expect(pool.has(e.record.hashHex)).toBe(true);
    expect(pool.get(e.record.hashHex)?.seenBy).toEqual(['p']);
    expect(pool.size).toBe(1);
    expect(pool.bytes).toBe(e.record.raw.length + POOL_LIMITS.ENTRY_OVERHEAD_BYTES);
    expect(pool.bytesOf('p')).toBe(pool.bytes);
    expect(pool.maxBytes).toBe(POOL_LIMITS.MAX_BYTES);
  });

  it('refuses, never evicts, past its bound, whatever the PoW', () => {
    const one = entry(0).record.raw.length + 100;
    const pool = createLightPool({ maxBytes: 2 * one, entryOverheadBytes: 100 });
    expect(pool.add(entry(1, { pow: 0.0001 }))).toBe('added');
    expect(pool.add(entry(2, { pow: 0.0001 }))).toBe('added');
    expect(pool.add(entry(3, { pow: 1000 }))).toBe('full');
    expect(pool.size).toBe(2);
    expect(pool.evictions).toBe(0);
  });

  it('holds each peer to its share', () => {
    const one = entry(0).record.raw.length + 100;
    const pool = createLightPool({ maxBytes: 10 * one, maxBytesPerOrigin: 2 * one, entryOverheadBytes: 100 });
    expect(pool.add(entry(1, { origin: 'p' }))).toBe('added');
    expect(pool.add(entry(2, { origin: 'p' }))).toBe('added');
    expect(pool.add(entry(3, { origin: 'p' }))).toBe('quota');
    expect(pool.add(entry(4, { origin: 'q' }))).toBe('added');
    expect(pool.bytesOf('p')).toBe(2 * one);
  });

  it('sweeps expired entries and gives their bytes back', () => {
    const pool = createLightPool({ entryOverheadBytes: 0 });
    const old = entry(1, { expiry: NOW - 1, origin: 'p' });
    const fresh = entry(2, { expiry: NOW + 10, origin: 'p' });
    pool.add(old);
    pool.add(fresh);
    expect(pool.sweep(NOW).map((e) => e.record.hashHex)).toEqual([old.record.hashHex]);
    expect(pool.has(old.record.hashHex)).toBe(false);
    expect(pool.bytes).toBe(fresh.record.raw.length);
    expect(pool.bytesOf('p')).toBe(fresh.record.raw.length);
    expect(pool.sweep(NOW + 11)).toHaveLength(1);
    expect(pool.size).toBe(0);
    expect(pool.bytesOf('p')).toBe(0);
  });

  it('logs only its own envelopes for gossip, after a cursor, in arrival order', () => {
    const pool = createLightPool();
    const own1 = entry(1, { local: true });
    const theirs = entry(2, { origin: 'p' });
    const own2 = entry(3, { local: true, expiry: NOW - 1 });
    for (const e of [own1, theirs, own2]) pool.add(e);
    expect(pool.lastSeq).toBe(3);
    expect([...pool.after(0)].map(([s, e]) => [s, e.record.hashHex])).toEqual([
      [1, own1.record.hashHex],
      [3, own2.record.hashHex],
    ]);
    expect([...pool.after(1)].map(([s]) => s)).toEqual([3]);
    pool.sweep(NOW);
    expect([...pool.after(0)].map(([s]) => s)).toEqual([1]);
    expect([...pool.values()]).toHaveLength(2);
  });
});
