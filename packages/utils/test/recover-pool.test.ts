/**
 * The recover pool against its worker side over real `MessageChannel`s (structured cloning
 * included), in Node and in Chromium: same keys as the provider, per-request errors, a provider that
 * failed to load, a dead worker, close.
 */
import { describe, expect, it } from 'vitest';
import {
  ClosedError,
  createRecoverCache,
  createRecoverPool,
  nobleCrypto as crypto,
  serveRecoverRequests,
  type WorkerPort,
} from '../src/index.js';

function channel(options?: Parameters<typeof serveRecoverRequests>[1]): {
  worker: MessagePort;
  close(): void;
} {
  const { port1, port2 } = new MessageChannel();
  serveRecoverRequests(port1, options);
  return {
    worker: port2,
    close: () => {
      port1.close();
      port2.close();
    },
  };
}

function signed(i: number) {
  const key = crypto.secp256k1GeneratePrivateKey();
  const hash = crypto.keccak256(Uint8Array.of(i, i >> 8));
  return { hash, signature: crypto.secp256k1Sign(hash, key), key: crypto.secp256k1PublicKey(key, false) };
}

describe('createRecoverPool', () => {
  it('recovers the same keys as the provider, across workers, in any completion order', async () => {
    const [a, b] = [channel(), channel()];
    const pool = createRecoverPool([a.worker, b.worker]);
    const cases = Array.from({ length: 24 }, (_, i) => signed(i));
    const keys = await Promise.all(cases.map((c) => pool.recover(c.hash, c.signature)));
    expect(keys).toEqual(cases.map((c) => c.key));
    expect(pool.pending).toBe(0);
    a.close();
    b.close();
  });

  it('fails one request with the worker error name and answers the others of its batch', async () => {
    const a = channel();
    const pool = createRecoverPool([a.worker]);
    const good = signed(1);
    const bad = new Uint8Array(65); // r = s = 0 recovers nothing
    const results = await Promise.allSettled([
      pool.recover(good.hash, good.signature),
      pool.recover(good.hash, bad),
      pool.recover(good.hash, good.signature),
    ]);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((results[1] as PromiseRejectedResult).reason.name).toBe('SignatureError');
    expect((results[0] as PromiseFulfilledResult<Uint8Array>).value).toEqual(good.key);
    a.close();
  });

  it('waits for a provider still loading, and names the error of one that failed', async () => {
    let resolve!: (c: typeof crypto) => void;
    const loading = channel({ crypto: new Promise((r) => (resolve = r)) });
    const c = signed(2);
    const pending = createRecoverPool([loading.worker]).recover(c.hash, c.signature);
    resolve(crypto);
    expect(await pending).toEqual(c.key);
    class LoadError extends Error {
      override name = 'LoadError';
    }
    const failed = channel({ crypto: Promise.reject(new LoadError('no wasm')) });
    await expect(createRecoverPool([failed.worker]).recover(c.hash, c.signature)).rejects.toMatchObject({
      name: 'LoadError',
    });
    loading.close();
    failed.close();
  });

  it('fails the jobs of a dead worker and routes new ones to the live one', async () => {
    const live = channel();
    let emitError: (e: unknown) => void = () => undefined;
    const dead: WorkerPort = {
      postMessage: () => undefined, // never answers
      on: (type, listener) => {
        if (type === 'error') emitError = listener;
      },
    };
    const pool = createRecoverPool([dead, live.worker]);
    const c = signed(3);
    const first = pool.recover(c.hash, c.signature); // both idle: the first lane
    const second = pool.recover(c.hash, c.signature);
    await Promise.resolve();
    emitError(new Error('crashed'));
    await expect(first).rejects.toThrow('recover worker failed');
    expect(await second).toEqual(c.key);
    expect(await pool.recover(c.hash, c.signature)).toEqual(c.key);
    live.close();
  });

  it('close fails what is in flight and refuses new requests', async () => {
    const silent: WorkerPort = { postMessage: () => undefined, on: () => undefined };
    const pool = createRecoverPool([silent]);
    const c = signed(4);
    const inFlight = pool.recover(c.hash, c.signature);
    pool.close();
    await expect(inFlight).rejects.toBeInstanceOf(ClosedError);
    await expect(pool.recover(c.hash, c.signature)).rejects.toBeInstanceOf(ClosedError);
    expect(() => createRecoverPool([])).toThrow(RangeError);
  });
});

describe('createRecoverCache', () => {
  it('answers a primed hash and signature once, anything else from the base provider', () => {
    let base = 0;
    const counting: typeof crypto = Object.create(crypto);
    counting.secp256k1Recover = (hash, signature) => {
      base++;
      return crypto.secp256k1Recover(hash, signature);
    };
    const cache = createRecoverCache(counting, 2);
    const [a, b, d] = [signed(1), signed(2), signed(3)];
    cache.prime(a.hash, a.signature, a.key);
    expect(cache.crypto.secp256k1Recover(a.hash, a.signature)).toEqual(a.key);
    expect(base).toBe(0);
    expect(cache.crypto.secp256k1Recover(a.hash, a.signature)).toEqual(a.key); // used up: recovered
    expect(base).toBe(1);
    // A primed signature under another hash is not believed.
    cache.prime(a.hash, a.signature, b.key);
    expect(cache.crypto.secp256k1Recover(b.hash, a.signature)).not.toEqual(b.key);
    expect(base).toBe(2);
    // At most `limit` kept, oldest dropped first; the rest of the provider is the base's.
    cache.prime(b.hash, b.signature, b.key);
    cache.prime(d.hash, d.signature, d.key);
    cache.prime(a.hash, a.signature, a.key);
    expect(cache.size).toBe(2);
    cache.crypto.secp256k1Recover(b.hash, b.signature);
    expect(base).toBe(3);
    expect(cache.crypto.keccak256(Uint8Array.of(1))).toEqual(crypto.keccak256(Uint8Array.of(1)));
  });
});
