/**
 * The worker-sealer contract, run against a Node worker_threads worker and a Chromium Web Worker:
 * the worker finds the very nonce the main thread finds, the caller's event loop keeps ticking while
 * it works, abort and timeouts cross as the same typed errors.
 */
import { nobleCrypto } from '@statuskit/utils';
import { expect, it } from 'vitest';
import { powTargetBits, sealEnvelope, type WorkerSealer } from '../../src/index.js';
import { longestStall } from './stall.js';

const topic = Uint8Array.of(1, 2, 3, 4);
const data = nobleCrypto.keccak256(Uint8Array.of(9)).slice(); // 32 bytes: a cheap, reproducible target
let expiry = 1_800_000_000;
const unsealed = () => ({ expiry: expiry++, ttl: 50, topic, data });

export function workerSealerCases(sealer: () => WorkerSealer): void {
  it('finds the same nonce as sealEnvelope on the main thread', async () => {
    for (const powTarget of [0.002, 0.05, 2]) {
      const env = unsealed();
      const local = await sealEnvelope(env, { powTarget, crypto: nobleCrypto });
      const remote = await sealer().seal(env, { powTarget });
      expect(remote.envelope.nonce).toBe(local.envelope.nonce);
      expect(remote).toEqual(local);
    }
  });

  it('keeps the calling event loop responsive while sealing at a high target', async () => {
    const env = unsealed();
    const bits = powTargetBits(20, data.length, env.ttl);
    expect(bits).toBeGreaterThanOrEqual(16);
    const { value, stallMs } = await longestStall(sealer().seal(env, { powTarget: 20, workTimeMs: 20_000 }));
    expect(value.leadingZeroBits).toBeGreaterThanOrEqual(bits);
    // The interval timer itself may be late on a loaded machine; a main-thread search of 2^16+
    // hashes in one slice would stall for far longer.
    expect(stallMs).toBeLessThan(250);
  });

  it('aborting the signal rejects with the abort reason and the worker serves the next job', async () => {
    const controller = new AbortController();
    const job = sealer().seal(unsealed(), { powTarget: 1e9, workTimeMs: 60_000, signal: controller.signal });
    setTimeout(() => controller.abort(new Error('stop')), 30);
    await expect(job).rejects.toThrow('stop');
    const next = await sealer().seal(unsealed(), { powTarget: 0.002 });
    expect(next.leadingZeroBits).toBeGreaterThanOrEqual(next.targetBits);
  });

  it('a budget that runs out crosses as PowTimeoutError, bad options as RangeError', async () => {
    await expect(sealer().seal(unsealed(), { powTarget: 1e9, workTimeMs: 50 })).rejects.toMatchObject({
      name: 'PowTimeoutError',
    });
    await expect(sealer().seal(unsealed(), { powTarget: 1, workTimeMs: -1 })).rejects.toBeInstanceOf(
      RangeError,
    );
  });
}
