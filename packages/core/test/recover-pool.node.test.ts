/**
 * A client with a recover pool over real `worker_threads` workers catches up through the mailserver
 * over loopback TCP: the same messages (IDs, authors) as without a pool, each application signature
 * recovered on a worker.
 */
import { Worker } from 'node:worker_threads';
import { createRecoverPool, type RecoverPool } from '@statuskit/utils';
import { afterEach, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../test/support/wait.js';
import type { Message } from '../src/index.js';
import { useLoopback } from './support/loopback.node.js';

const { relay, client } = useLoopback();
const workers: Worker[] = [];
afterEach(async () => {
  for (const w of workers.splice(0)) await w.terminate();
});

function startWorkers(n: number): { pool: RecoverPool; used: () => number } {
  for (let i = 0; i < n; i++) {
    workers.push(
      new Worker(new URL('./support/recover.worker.ts', import.meta.url), {
        execArgv: ['--conditions=@statuskit/source', '--import', 'tsx'],
      }),
    );
  }
  const pool = createRecoverPool(workers);
  let used = 0;
  return {
    used: () => used,
    pool: {
      recover: (hash, signature) => {
        used++;
        return pool.recover(hash, signature);
      },
      get pending() {
        return pool.pending;
      },
      close: () => pool.close(),
    },
  };
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
    for (const recoverPool of [pool, undefined]) {
      const c = await client(r, { autoStart: false, ...(recoverPool ? { recoverPool } : {}) });
      const box: Message[] = [];
      c.addEventListener('message:received', (e) => box.push(e.detail));
      await c.joinPublicChat('pool-test');
      c.start();
      await waitUntil(() => box.length >= 30, 'catching up', 30_000);
      boxes.push(box);
    }
    const [pooled, inline] = boxes as [Message[], Message[]];
    expect(pooled.map((m) => m.id).sort()).toEqual([...sent].sort());
    expect(pooled.map((m) => [m.id, m.author, m.text])).toEqual(inline.map((m) => [m.id, m.author, m.text]));
    expect(pooled.every((m) => m.author === a.identity.publicKeyString)).toBe(true);
    expect(used()).toBe(30);
    expect(pool.pending).toBe(0);
    pool.close();
  }, 90_000);
});
