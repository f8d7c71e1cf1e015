// servePowRequests over an in-process port pair: requests posted before the worker's provider is
// ready wait for it (a module worker awaiting a WASM load must not drop them), and a provider that
// fails to load answers every request with its error.
import { nobleCrypto } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { createWorkerSealer, type PowWorkerLike, sealEnvelope, servePowRequests } from '../src/index.js';

/** Two ends of a message channel; delivery is a macrotask later, as with a real worker. */
function portPair(): [PowWorkerLike, PowWorkerLike] {
  const listeners: [Array<(e: { data?: unknown }) => void>, Array<(e: { data?: unknown }) => void>] = [
    [],
    [],
  ];
  const end = (self: 0 | 1): PowWorkerLike => ({
    postMessage(message) {
      const data = structuredClone(message);
      setTimeout(() => {
        for (const l of listeners[1 - self] ?? []) l({ data });
      }, 0);
    },
    addEventListener(type, listener) {
      if (type === 'message') listeners[self].push(listener);
    },
  });
  return [end(0), end(1)];
}

const unsealed = () => ({
  expiry: 1_800_000_000,
  ttl: 50,
  topic: Uint8Array.of(1, 2, 3, 4),
  data: Uint8Array.of(5, 6, 7),
});

describe('servePowRequests with a provider promise', () => {
  it('serves requests that arrive before the provider has loaded', async () => {
    const [caller, worker] = portPair();
    let release: (c: typeof nobleCrypto) => void = () => {};
    servePowRequests(worker, { crypto: new Promise((resolve) => (release = resolve)) });
    const sealer = createWorkerSealer(caller);
    const job = sealer.seal(unsealed(), { powTarget: 0.01 });
    await new Promise((r) => setTimeout(r, 20)); // the request is in, the provider is not
    release(nobleCrypto);
    const local = await sealEnvelope(unsealed(), { powTarget: 0.01, crypto: nobleCrypto });
    expect(await job).toEqual(local);
  });

  it('answers every request with the load error when the provider rejects', async () => {
    const [caller, worker] = portPair();
    const failed = Promise.reject(new TypeError('wasm failed to load'));
    failed.catch(() => {});
    servePowRequests(worker, { crypto: failed });
    const sealer = createWorkerSealer(caller);
    await expect(sealer.seal(unsealed(), { powTarget: 0.01 })).rejects.toThrow('wasm failed to load');
    await expect(sealer.seal(unsealed(), { powTarget: 0.01 })).rejects.toBeInstanceOf(TypeError);
  });
});
