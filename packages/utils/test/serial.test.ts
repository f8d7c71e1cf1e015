import { describe, expect, it } from 'vitest';
import { serialQueue } from '../src/index.js';

describe('serialQueue', () => {
  it('runs operations one at a time in call order, past a failure', async () => {
    const queue = serialQueue();
    const log: string[] = [];
    let running = 0;
    const op =
      (name: string, ms: number, fail = false) =>
      async () => {
        running++;
        expect(running).toBe(1);
        log.push(`start ${name}`);
        await new Promise((r) => setTimeout(r, ms));
        log.push(`end ${name}`);
        running--;
        if (fail) throw new Error(name);
        return name;
      };
    const results = await Promise.allSettled([
      queue(op('a', 15)),
      queue(op('b', 1, true)),
      queue(op('c', 5)),
    ]);
    expect(log).toEqual(['start a', 'end a', 'start b', 'end b', 'start c', 'end c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(results[2]).toEqual({ status: 'fulfilled', value: 'c' });
  });
});
