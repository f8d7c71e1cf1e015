import { encodeMvdsPayload } from '@statuskit/payloads';
import { concatBytes, memoryStorage, seededRandom } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { createMvdsNode, detectMvdsPayload } from '../src/index.js';

describe('MVDS fuzz', () => {
  it('feeds 10,000 mutated payloads to the node and the detector: typed errors only', async () => {
    const rnd = seededRandom(77);
    const node = await createMvdsNode({ id: Uint8Array.of(4, 1), storage: memoryStorage(), send: () => {} });
    const samples = [
      encodeMvdsPayload({ acks: [new Uint8Array(32).fill(1)], offers: [new Uint8Array(32).fill(2)] }),
      encodeMvdsPayload({
        messages: [{ groupId: new Uint8Array(32).fill(3), timestamp: 1_600_000_000n, body: rnd(100) }],
      }),
      encodeMvdsPayload({
        requests: [new Uint8Array(32).fill(4)],
        messages: [{ groupId: Uint8Array.of(5), timestamp: 0n, body: new Uint8Array(0) }],
      }),
    ];
    for (let i = 0; i < 10_000; i++) {
      const base = samples[i % 3] as Uint8Array;
      const r = rnd(3);
      let bad: Uint8Array;
      if ((r[0] as number) % 4 === 0) bad = base.subarray(0, (r[1] as number) % base.length);
      else if ((r[0] as number) % 4 === 1) bad = concatBytes(base, rnd(1 + ((r[1] as number) % 20)));
      else if ((r[0] as number) % 4 === 2) bad = rnd(1 + ((r[1] as number) % 200));
      else {
        bad = base.slice();
        const at = (r[1] as number) % bad.length;
        bad[at] = (bad[at] as number) ^ (1 + ((r[2] as number) % 255));
      }
      detectMvdsPayload(bad); // never throws
      try {
        await node.receive(Uint8Array.of(4, 2), bad);
      } catch (err) {
        expect((err as Error).name).toBe('MvdsPayloadError');
      }
    }
  });
});
