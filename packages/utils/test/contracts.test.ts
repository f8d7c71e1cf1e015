import { describe, expect, it } from 'vitest';
import { manualClock } from '../src/clock.js';
import { TypedEventTarget } from '../src/events.js';
import { memoryDuplexPair } from '../src/memory-duplex.js';
import { memoryStorage, prefixedStorage } from '../src/memory-storage.js';
import { duplexComplianceSuite, storageComplianceSuite } from '../src/testing/index.js';

storageComplianceSuite('memory', { open: async () => memoryStorage() });
storageComplianceSuite('prefixed view over memory', {
  open: async () => prefixedStorage(memoryStorage(), Uint8Array.of(0xff, 0x00)),
});
duplexComplianceSuite('memory pair', { pair: async () => memoryDuplexPair({ highWaterMark: 256 * 1024 }) });
duplexComplianceSuite('memory pair, re-chunked', {
  pair: async () => memoryDuplexPair({ highWaterMark: 64 * 1024, maxChunkBytes: 1000 }),
});

describe('prefixedStorage', () => {
  it('keeps views apart and strips the prefix', async () => {
    const base = memoryStorage();
    const a = prefixedStorage(base, Uint8Array.of(1));
    const b = prefixedStorage(base, Uint8Array.of(2));
    await a.put(Uint8Array.of(9), Uint8Array.of(1));
    await b.put(Uint8Array.of(9), Uint8Array.of(2));
    expect(await a.get(Uint8Array.of(9))).toEqual(Uint8Array.of(1));
    const keys: Uint8Array[] = [];
    for await (const [k] of b.iterate()) keys.push(k);
    expect(keys).toEqual([Uint8Array.of(9)]);
  });
});

describe('TypedEventTarget', () => {
  it('emits typed details and resolves once()', async () => {
    const t = new TypedEventTarget<{ ping: number; done: undefined }>();
    const seen: number[] = [];
    t.addEventListener('ping', (e) => seen.push(e.detail));
    const next = t.once('ping');
    t.emit('ping', 1);
    t.emit('done');
    expect(await next).toBe(1);
    expect(seen).toEqual([1]);
  });
  it('rejects once() on abort with the reason', async () => {
    const t = new TypedEventTarget<{ ping: number }>();
    const ac = new AbortController();
    const p = t.once('ping', { signal: ac.signal });
    ac.abort();
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
  });
});

describe('manualClock', () => {
  it('fires timers in due order only when advanced', () => {
    const c = manualClock(0);
    const fired: string[] = [];
    c.setTimeout(() => fired.push('b'), 20);
    c.setTimeout(() => fired.push('a'), 10);
    const h = c.setTimeout(() => fired.push('x'), 15);
    h.cancel();
    c.advance(5);
    expect(fired).toEqual([]);
    c.advance(20);
    expect(fired).toEqual(['a', 'b']);
    expect(c.now()).toBe(25);
    expect(c.pending()).toBe(0);
  });
});
