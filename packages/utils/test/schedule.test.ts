import { describe, expect, it } from 'vitest';
import {
  createNextMacrotask,
  createTimeSlicer,
  type MacrotaskPlatform,
  monotonicMs,
  nextMacrotask,
} from '../src/index.js';

const g = globalThis as MacrotaskPlatform;

/** Resolves once `count` microtask hops have run. */
async function microtaskChain(count: number, log: string[]): Promise<void> {
  for (let i = 0; i < count; i++) await Promise.resolve();
  log.push('microtasks');
}

const platforms: [string, MacrotaskPlatform][] = [
  ['default', g],
  ['MessageChannel', { MessageChannel: g.MessageChannel, setTimeout: g.setTimeout }],
  ['setTimeout', { setTimeout: g.setTimeout }],
];

describe('monotonicMs', () => {
  it('never goes backwards and measures elapsed time', async () => {
    const a = monotonicMs();
    await new Promise((r) => setTimeout(r, 20));
    const b = monotonicMs();
    expect(b).toBeGreaterThanOrEqual(a + 15);
    let prev = monotonicMs();
    for (let i = 0; i < 1000; i++) {
      const t = monotonicMs();
      expect(t).toBeGreaterThanOrEqual(prev);
      prev = t;
    }
  });
});

describe('createNextMacrotask', () => {
  for (const [name, platform] of platforms) {
    describe(name, () => {
      const next = name === 'default' ? nextMacrotask : createNextMacrotask(platform);

      it('resolves only after the queued microtasks have run', async () => {
        const log: string[] = [];
        const chain = microtaskChain(50, log);
        await next();
        log.push('macrotask');
        await chain;
        expect(log).toEqual(['microtasks', 'macrotask']);
      });

      it('wakes concurrent waiters in call order', async () => {
        const order: number[] = [];
        await Promise.all([0, 1, 2, 3, 4].map((i) => next().then(() => order.push(i))));
        expect(order).toEqual([0, 1, 2, 3, 4]);
      });

      it('lets a due timer fire between yields', async () => {
        let fired = false;
        setTimeout(() => {
          fired = true;
        }, 0);
        const start = monotonicMs();
        while (monotonicMs() - start < 5) {
          // the timer is now due; a microtask-only loop would never let it run
        }
        let yields = 0;
        while (!fired && yields < 50) {
          await next();
          yields++;
        }
        expect(fired).toBe(true);
        expect(yields).toBeLessThan(50);
      });
    });
  }

  it('prefers setImmediate, then MessageChannel, then setTimeout', async () => {
    const used: string[] = [];
    const fakeTimeout = (fn: () => void) => {
      used.push('setTimeout');
      return g.setTimeout!(fn, 0);
    };
    const fakeImmediate = (fn: () => void) => {
      used.push('setImmediate');
      return g.setTimeout!(fn, 0);
    };
    await createNextMacrotask({ setImmediate: fakeImmediate, setTimeout: fakeTimeout })();
    await createNextMacrotask({ setTimeout: fakeTimeout })();
    expect(used).toEqual(['setImmediate', 'setTimeout']);
  });

  it('throws a TypeError when the platform offers nothing', () => {
    expect(() => createNextMacrotask({})).toThrow(TypeError);
  });
});

describe('createTimeSlicer', () => {
  it('yields once per used-up slice and starts a new slice after', async () => {
    let now = 1000;
    let yields = 0;
    const slicer = createTimeSlicer(10, {
      now: () => now,
      yield: async () => {
        yields++;
      },
    });
    expect(slicer.budgetMs).toBe(10);
    expect(slicer.shouldYield()).toBe(false);
    expect(await slicer.maybeYield()).toBe(false);
    now += 9;
    expect(slicer.shouldYield()).toBe(false);
    now += 1;
    expect(slicer.shouldYield()).toBe(true);
    expect(await slicer.maybeYield()).toBe(true);
    expect(yields).toBe(1);
    // the new slice starts when the yield returns
    expect(slicer.shouldYield()).toBe(false);
    now += 25;
    slicer.reset();
    expect(slicer.shouldYield()).toBe(false);
    expect(await slicer.maybeYield()).toBe(false);
    expect(yields).toBe(1);
  });

  it('lets timers run during a busy loop', async () => {
    const slicer = createTimeSlicer(4);
    let timerFiredAt = -1;
    let iterations = 0;
    let yields = 0;
    setTimeout(() => {
      timerFiredAt = iterations;
    }, 1);
    const start = monotonicMs();
    while (monotonicMs() - start < 60) {
      iterations++;
      if (await slicer.maybeYield()) yields++;
    }
    // the timer ran inside the loop, not after it; wall-clock bounds on slice length are left to
    // benchmarks (a loaded CI machine preempts the process at will)
    expect(timerFiredAt).toBeGreaterThan(0);
    expect(timerFiredAt).toBeLessThan(iterations);
    expect(yields).toBeGreaterThan(1);
  });

  it('rejects a budget that is not a positive finite number', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => createTimeSlicer(bad)).toThrow(RangeError);
    }
  });
});
