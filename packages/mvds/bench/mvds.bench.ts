/**
 * MVDS throughput between two nodes over an in-process network at 0% and 30% loss (batch mode,
 * status-go 0.62 schedule), beside the same-run reference of hashing the same messages' ids.
 * Each iteration delivers 50 messages; bytes on the wire per delivered message are printed once.
 */
import { memoryStorage, nobleCrypto, seededRandom, utf8ToBytes } from '@statuskit/utils';
import { bench, describe } from 'vitest';
import { createMvdsNode, mvdsMessageId } from '../src/index.js';

const A = Uint8Array.from({ length: 65 }, (_, i) => (i === 0 ? 4 : 1));
const B = Uint8Array.from({ length: 65 }, (_, i) => (i === 0 ? 4 : 2));
const G = new Uint8Array(32).fill(9);
const BODY = utf8ToBytes('x'.repeat(200));

async function run(loss: number, seed: number): Promise<{ bytes: number; delivered: number }> {
  const rnd = seededRandom(seed);
  let bytes = 0;
  let delivered = 0;
  const queue: Array<{ to: 'a' | 'b'; data: Uint8Array }> = [];
  const mk = (id: Uint8Array, to: 'a' | 'b') =>
    createMvdsNode({
      id,
      storage: memoryStorage(),
      send: (_p, data) => {
        bytes += data.length;
        if ((rnd(1)[0] as number) / 256 >= loss) queue.push({ to, data });
      },
    });
  const a = await mk(A, 'b');
  const b = await mk(B, 'a');
  b.addEventListener('message', () => delivered++);
  await a.addPeer(G, B);
  await b.addPeer(G, A);
  for (let i = 0; i < 50; i++) await a.appendMessage(G, utf8ToBytes(`${i}:${'x'.repeat(200)}`));
  for (let step = 0; step < 5000 && (a.pendingCount() > 0 || queue.length > 0); step++) {
    await a.tick();
    await b.tick();
    for (const q of queue.splice(0)) await (q.to === 'a' ? a : b).receive(q.to === 'a' ? B : A, q.data);
  }
  return { bytes, delivered };
}

// Printed once per run: delivered messages per second of CPU time (5 runs of 50 messages) and bytes
// on the wire per delivered message, lost payloads included. One untimed run warms the JIT.
await run(0.3, 99);
for (const loss of [0, 0.3]) {
  let bytes = 0;
  let delivered = 0;
  const start = performance.now();
  for (let seed = 1; seed <= 5; seed++) {
    const r = await run(loss, seed);
    bytes += r.bytes;
    delivered += r.delivered;
  }
  const seconds = (performance.now() - start) / 1000;
  console.log(
    `MVDS ${loss * 100}% loss: ${Math.round(delivered / seconds)} messages/s, ` +
      `${(bytes / delivered).toFixed(0)} bytes on the wire per delivered 200-byte message`,
  );
}

describe('MVDS: 50 messages A→B', () => {
  let seed = 1;
  bench('mvds, 0% loss', async () => {
    await run(0, seed++);
  });
  bench('mvds, 30% loss', async () => {
    await run(0.3, seed++);
  });
  bench('reference: 50 message ids (sha256)', () => {
    for (let i = 0; i < 50; i++) mvdsMessageId({ groupId: G, timestamp: BigInt(i), body: BODY }, nobleCrypto);
  });
});
