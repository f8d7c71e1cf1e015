import { afterEach, describe, expect, it } from 'vitest';
import { concatBytes, equalBytes } from '../bytes.js';
import type { Duplex, DuplexCloseDetail } from '../duplex.js';

/** How the suite obtains connected pairs of the carrier under test. */
export interface DuplexFactory {
  /** Two connected ends. The suite closes both when a test ends. */
  pair(): Promise<[Duplex, Duplex]>;
}

function collector(d: Duplex) {
  let chunks: Uint8Array[] = [];
  let closed: DuplexCloseDetail | undefined;
  let waiters: Array<() => void> = [];
  const wake = () => {
    for (const w of waiters) w();
    waiters = [];
  };
  d.addEventListener('data', (e) => {
    chunks.push(e.detail);
    if (chunks.length >= 4096) chunks = [concatBytes(...chunks)];
    wake();
  });
  d.addEventListener('close', (e) => {
    closed = e.detail;
    wake();
  });
  return {
    get bytes() {
      // Fold as we go: a spread of hundreds of thousands of chunks would overflow the stack.
      if (chunks.length > 1) chunks = [concatBytes(...chunks)];
      return chunks[0] ?? new Uint8Array(0);
    },
    get closed() {
      return closed;
    },
    async until(pred: () => boolean, what: string, timeoutMs = 20_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (!pred()) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise<void>((resolve) => {
          waiters.push(resolve);
          setTimeout(resolve, 50);
        });
      }
    },
  };
}

function pattern(length: number, seed: number): Uint8Array {
  const out = new Uint8Array(length);
  let s = seed;
  for (let i = 0; i < length; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out[i] = s >>> 24;
  }
  return out;
}

/**
 * The `Duplex` contract as a vitest suite: ordering, large transfers under backpressure, close and
 * abort semantics. Every carrier runs it (memory, TCP, WebSocket in Node and in Chromium).
 */
export function duplexComplianceSuite(name: string, factory: DuplexFactory): void {
  describe(`Duplex compliance: ${name}`, () => {
    const open: Duplex[] = [];
    const pair = async () => {
      const p = await factory.pair();
      open.push(...p);
      return p;
    };
    afterEach(() => {
      for (const d of open.splice(0)) if (!d.closed) d.close();
    });

    it('delivers many small writes in order, both ways at once', async () => {
      const [a, b] = await pair();
      const ca = collector(a);
      const cb = collector(b);
      const fromA: Uint8Array[] = [];
      const fromB: Uint8Array[] = [];
      for (let i = 0; i < 500; i++) {
        const x = pattern((i % 37) + 1, i);
        const y = pattern((i % 11) + 1, i + 1000);
        fromA.push(x);
        fromB.push(y);
        a.send(x);
        b.send(y);
      }
      const wantB = concatBytes(...fromA);
      const wantA = concatBytes(...fromB);
      await cb.until(() => cb.bytes.length >= wantB.length, 'bytes at b');
      await ca.until(() => ca.bytes.length >= wantA.length, 'bytes at a');
      expect(equalBytes(cb.bytes, wantB)).toBe(true);
      expect(equalBytes(ca.bytes, wantA)).toBe(true);
    });

    it('carries 4 MiB intact when the sender honours backpressure', async () => {
      const [a, b] = await pair();
      const cb = collector(b);
      const total = pattern(4 * 1024 * 1024, 7);
      let sawBackpressure = false;
      for (let o = 0; o < total.length; o += 64 * 1024) {
        if (!a.send(total.subarray(o, o + 64 * 1024).slice())) {
          sawBackpressure = true;
          await a.drained();
        }
      }
      await cb.until(() => cb.bytes.length >= total.length, 'all bytes');
      expect(cb.bytes.length).toBe(total.length);
      expect(equalBytes(cb.bytes, total)).toBe(true);
      // 4 MiB written without waiting is more than any carrier's high-water mark here.
      expect(sawBackpressure || a.highWaterMark > total.length).toBe(true);
    });

    it('reports backpressure past the high-water mark and drains', async () => {
      const [a] = await pair();
      const chunk = new Uint8Array(Math.min(a.highWaterMark, 256 * 1024));
      let returnedFalse = false;
      for (let i = 0; i < 64 && !returnedFalse; i++) returnedFalse = !a.send(chunk);
      expect(returnedFalse).toBe(true);
      expect(a.bufferedAmount).toBeGreaterThanOrEqual(a.highWaterMark);
      await a.drained();
      expect(a.bufferedAmount).toBeLessThan(a.highWaterMark);
    });

    it('flushes queued bytes on close, then closes both ends once', async () => {
      const [a, b] = await pair();
      const ca = collector(a);
      const cb = collector(b);
      let closesA = 0;
      a.addEventListener('close', () => closesA++);
      const data = pattern(100_000, 3);
      a.send(data);
      a.close();
      a.close();
      expect(a.closed).toBe(true);
      expect(() => a.send(Uint8Array.of(1))).toThrow(expect.objectContaining({ name: 'ClosedError' }));
      await cb.until(() => cb.closed !== undefined, 'close at b');
      await ca.until(() => ca.closed !== undefined, 'close at a');
      expect(equalBytes(cb.bytes, data)).toBe(true);
      expect(cb.closed?.local).toBe(false);
      expect(cb.closed?.error).toBeUndefined();
      expect(ca.closed?.local).toBe(true);
      expect(closesA).toBe(1);
      expect(b.closed).toBe(true);
    });

    it('aborts with an error on the aborting side and ends the other side', async () => {
      const [a, b] = await pair();
      const ca = collector(a);
      const cb = collector(b);
      let errorEvent: Error | undefined;
      a.addEventListener('error', (e) => {
        errorEvent = e.detail;
      });
      const boom = new Error('boom');
      a.abort(boom);
      await ca.until(() => ca.closed !== undefined, 'close at a');
      await cb.until(() => cb.closed !== undefined, 'close at b');
      expect(errorEvent).toBe(boom);
      expect(ca.closed?.error).toBe(boom);
      expect(() => a.send(Uint8Array.of(1))).toThrow();
    });

    it('rejects sends that are not bytes', async () => {
      const [a] = await pair();
      expect(() => a.send('text' as unknown as Uint8Array)).toThrow(TypeError);
    });
  });
}
