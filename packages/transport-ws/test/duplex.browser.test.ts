/**
 * The `Duplex` compliance suite in Chromium: both ends are the page's own WebSocket carrier, paired
 * by the bridge from the global setup (`/pair/<id>` in its in-process mode), so every byte goes
 * page → bridge → page over real loopback sockets. Also the platform `WebSocket` wrapped directly.
 */
import { concatBytes, type Duplex } from '@statuskit/utils';
import { duplexComplianceSuite } from '@statuskit/utils/testing';
import { describe, expect, inject, it } from 'vitest';
import { connectWebSocket, webSocketDuplex } from '../src/index.js';
import '../test/support/devp2p-exchange.js';

const { pairUrl, nodeUrl } = inject('transportWs');
let next = 0;

duplexComplianceSuite('WebSocket carrier in Chromium, paired through the bridge', {
  async pair(): Promise<[Duplex, Duplex]> {
    const url = `${pairUrl}${Date.now()}-${next++}`;
    const a = await connectWebSocket(url);
    const b = await connectWebSocket(url);
    return [a, b];
  },
});

describe('the platform WebSocket', () => {
  it('is used by default and can be wrapped while still connecting', async () => {
    expect(typeof globalThis.WebSocket).toBe('function');
    const url = `${pairUrl}direct-${Date.now()}`;
    const a = webSocketDuplex(new WebSocket(url));
    a.send(Uint8Array.of(1, 2, 3)); // queued until open
    const b = await connectWebSocket(url);
    const got = await b.once('data');
    expect(got).toEqual(Uint8Array.of(1, 2, 3));
    a.close();
    const closed = await b.once('close');
    expect(closed).toEqual({ local: false });
  });

  it('runs in a dedicated worker: the worker echoes what the page sends through the bridge', async () => {
    const url = `${pairUrl}worker-${Date.now()}`;
    const worker = new Worker(new URL('./support/carrier-worker.ts', import.meta.url), { type: 'module' });
    const messages: Array<Record<string, unknown>> = [];
    worker.onmessage = (e) => messages.push(e.data);
    try {
      worker.postMessage({ url });
      await expect.poll(() => messages[0], { timeout: 10_000 }).toEqual({ open: true, inWorker: true });
      const page = await connectWebSocket(url);
      const sent = new Uint8Array(300_000).map((_, i) => i * 7);
      const got: Uint8Array[] = [];
      page.addEventListener('data', (e) => got.push(e.detail));
      page.send(sent);
      await expect.poll(() => got.reduce((n, c) => n + c.length, 0), { timeout: 10_000 }).toBe(sent.length);
      expect(concatBytes(...got)).toEqual(sent);
      page.close();
      await expect
        .poll(() => messages[1], { timeout: 10_000 })
        .toEqual({ closed: true, echoed: sent.length, error: null });
    } finally {
      worker.terminate();
    }
  });

  it('rejects with DialError when nothing listens', async () => {
    const dead = nodeUrl.replace(/:\d+\//, ':1/');
    await expect(connectWebSocket(dead)).rejects.toMatchObject({ name: 'DialError' });
  });
});
