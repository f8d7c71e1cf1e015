/**
 * The envelope pool of a light node (`createLightWhisperNode`): de-duplicated by hash, forgotten at
 * expiry, bounded in memory and per peer like the relay's pool (`createEnvelopePool`), but without
 * its eviction and expiry heaps. A light node relays nothing but its own envelopes, so when full
 * it refuses new envelopes instead of evicting pooled ones for better ones, a sweep scans the pool
 * (small: only envelopes of its own topics), and its arrival log holds only its own envelopes (the
 * only ones its gossip sends).
 */
import { POOL_LIMITS } from './limits.js';
import type { EnvelopePool, PoolEntry, PoolOptions } from './pool.js';

/** Creates a light node's {@link EnvelopePool} (`onEvict` is never called: it does not evict). */
export function createLightPool(options: PoolOptions = {}): EnvelopePool {
  const maxBytes = options.maxBytes ?? POOL_LIMITS.MAX_BYTES;
  const maxPerOrigin = options.maxBytesPerOrigin ?? maxBytes;
  const overhead = options.entryOverheadBytes ?? POOL_LIMITS.ENTRY_OVERHEAD_BYTES;
  const entries = new Map<string, PoolEntry>();
  /** Own envelopes in arrival order, with their sequence numbers. */
  const own = new Map<string, [seq: number, entry: PoolEntry]>();
  const byOrigin = new Map<string, number>();
  let bytes = 0;
  let seq = 0;
  const costOf = (e: PoolEntry) => e.record.raw.length + overhead;
  return {
    has: (h) => entries.has(h),
    get: (h) => entries.get(h),
    add(entry) {
      const h = entry.record.hashHex;
      if (entries.has(h)) return 'duplicate';
      const cost = costOf(entry);
      const origin = entry.origin;
      if (origin !== undefined && (byOrigin.get(origin) ?? 0) + cost > maxPerOrigin) return 'quota';
      if (bytes + cost > maxBytes) return 'full';
      const e = entry.seenBy !== undefined || origin === undefined ? entry : { ...entry, seenBy: [origin] };
      entries.set(h, e);
      seq++;
      if (e.local) own.set(h, [seq, e]);
      bytes += cost;
      if (origin !== undefined) byOrigin.set(origin, (byOrigin.get(origin) ?? 0) + cost);
      return 'added';
    },
    sweep(nowSeconds) {
      const removed: PoolEntry[] = [];
      for (const [h, e] of entries) {
        if (e.record.envelope.expiry >= nowSeconds) continue;
        entries.delete(h);
        own.delete(h);
        const cost = costOf(e);
        bytes -= cost;
        if (e.origin !== undefined) {
          const left = (byOrigin.get(e.origin) ?? 0) - cost;
          if (left <= 0) byOrigin.delete(e.origin);
          else byOrigin.set(e.origin, left);
        }
        removed.push(e);
      }
      return removed;
    },
    values: () => entries.values(),
    *after(afterSeq) {
      for (const [s, e] of own.values()) if (s > afterSeq) yield [s, e];
    },
    get lastSeq() {
      return seq;
    },
    bytesOf: (origin) => byOrigin.get(origin) ?? 0,
    get size() {
      return entries.size;
    },
    get bytes() {
      return bytes;
    },
    maxBytes,
    evictions: 0,
  };
}
