/**
 * A client with a recover pool over real `worker_threads` workers catches up through the mailserver
 * over loopback TCP: the same messages (IDs, authors) as without a pool, each envelope and
 * application signature recovered on a worker.
 */
import type { Worker } from 'node:worker_threads';
import { type CryptoProvider, createRecoverPool, nobleCrypto, type RecoverPool } from '@statuskit/utils';
import { afterEach, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../test/support/wait.js';
import type { Message } from '../src/index.js';
import { countingPool } from './support/counting-pool.js';
import { useLoopback } from './support/loopback.node.js';
import { startTsWorker } from './support/ts-worker.node.js';

const { relay, client } = useLoopback();
const workers: Worker[] = [];
afterEach(async () => {
  for (const w of workers.splice(0)) await w.terminate();
});

function startWorkers(n: number): { pool: RecoverPool; used: () => number } {
  for (let i = 0; i < n; i++) {
    workers.push(startTsWorker(new URL('./support/recover-worker.node.ts', import.meta.url)));
  }
  return countingPool(createRecoverPool(workers));
}

describe('client with a recover pool on worker threads', () => {
  it('catches up through the mailserver with the same messages as without one', async () => {
    const r = await relay();
    const a = await client(r, { ttlSeconds: 2 });
    const chat = await a.joinPublicChat('pool-test');
    const sent: string[] = [];
    for (let i = 0; i < 30; i++) sent.push((await chat.sendText(`old ${i}`)).id);
    await waitUntil(() => r.node.stats.envelopesAccepted >= 30, 'the relay archiving');
    await new Promise((res) => setTimeout(res, 2500)); // expired: only history has them now

    const { pool, used } = startWorkers(2);
    const boxes: Message[][] = [];
    const inline: number[] = [];
    for (const recoverPool of [pool, undefined]) {
      // Counts the recoveries done on this thread.
      let n = 0;
      const crypto: CryptoProvider = Object.create(nobleCrypto);
      crypto.secp256k1Recover = (hash, signature) => {
        n++;
        return nobleCrypto.secp256k1Recover(hash, signature);
      };
      const c = await client(r, { autoStart: false, crypto, ...(recoverPool ? { recoverPool } : {}) });
      const box: Message[] = [];
      c.addEventListener('message:received', (e) => box.push(e.detail));
      await c.joinPublicChat('pool-test');
      c.start();
      await waitUntil(() => box.length >= 30, 'catching up', 30_000);
      boxes.push(box);
      inline.push(n);
    }
    const [pooled, plain] = boxes as [Message[], Message[]];
    expect(pooled.map((m) => m.id).sort()).toEqual([...sent].sort());
    expect(pooled.map((m) => [m.id, m.author, m.text])).toEqual(plain.map((m) => [m.id, m.author, m.text]));
    expect(pooled.every((m) => m.author === a.identity.publicKeyString)).toBe(true);
    // Two recoveries per message on the workers: the envelope's and the application message's.
    expect(used()).toBe(60);
    // ...and none of them again on this thread, where the inline client did all 60 (and a few for
    // its contact-code advertisements, which both clients see).
    expect(inline[1] as number).toBeGreaterThanOrEqual(60);
    expect((inline[1] as number) - (inline[0] as number)).toBe(60);
    expect(pool.pending).toBe(0);
    pool.close();
  }, 90_000);
});
