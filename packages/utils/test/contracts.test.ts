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
  it('builds no event for a type nobody listens to, and misses no listener', () => {
    // The same calls on a plain EventTarget say what must be delivered.
    const script = (t: EventTarget, emit: (n: number) => void, has: () => boolean | undefined) => {
      const seen: string[] = [];
      const checks: (boolean | undefined)[] = [];
      const a = (e: Event) => seen.push(`a${(e as CustomEvent<number>).detail}`);
      const c = (e: Event) => seen.push(`c${(e as CustomEvent<number>).detail}`);
      checks.push(has());
      t.addEventListener('ping', a);
      t.addEventListener('ping', a); // a duplicate registration is one listener
      t.addEventListener('ping', c, { capture: true });
      emit(1);
      t.removeEventListener('ping', a);
      t.removeEventListener('ping', c); // not the capture registration: c stays
      emit(2);
      t.removeEventListener('ping', c, true); // engines disagree on what this removes
      emit(3);
      t.removeEventListener('ping', c, { capture: true });
      checks.push(has());
      emit(4);
      // Listeners EventTarget may drop by itself keep their type dispatched for good.
      const ac = new AbortController();
      t.addEventListener('ping', a, { signal: ac.signal });
      emit(5);
      ac.abort();
      t.addEventListener('ping', c, { once: true });
      emit(6);
      emit(7);
      checks.push(has());
      return { seen, checks };
    };
    const plain = new EventTarget();
    const typed = new TypedEventTarget<{ ping: number }>();
    const want = script(
      plain,
      (n) => plain.dispatchEvent(new CustomEvent('ping', { detail: n })),
      () => undefined,
    );
    const got = script(
      typed,
      (n) => typed.emit('ping', n),
      () => typed.hasListeners('ping'),
    );
    expect(want.seen).toContain('c1');
    expect(got.seen).toEqual(want.seen);
    expect(got.checks).toEqual([false, false, true]);
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
