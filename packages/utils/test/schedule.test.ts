import { describe, expect, it } from 'vitest';
import {
  createFairTurns,
  createNextMacrotask,
  createTimeSlicer,
  type MacrotaskPlatform,
  monotonicMs,
  nextFairTurn,
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
    // a loop that only awaited microtasks would spin the full 2 s without the timer ever running
    while (timerFiredAt < 0 && monotonicMs() - start < 2_000) {
      iterations++;
      if (await slicer.maybeYield()) yields++;
    }
    expect(timerFiredAt).toBeGreaterThan(0);
    expect(yields).toBeGreaterThan(0);
  });

  it('rejects a budget that is not a positive finite number', () => {
    for (const bad of [0, -1, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => createTimeSlicer(bad)).toThrow(RangeError);
    }
  });
});

describe('createFairTurns', () => {
  /** A manual macrotask source: `step()` runs the macrotasks queued so far, one at a time. */
  function manual() {
    const queued: (() => void)[] = [];
    return {
      next: () => new Promise<void>((r) => queued.push(r)),
      async step() {
        const r = queued.shift();
        r?.();
        for (let i = 0; i < 10; i++) await Promise.resolve();
      },
      get pending() {
        return queued.length;
      },
    };
  }

  it('wakes one waiter per macrotask, in arrival order', async () => {
    const m = manual();
    const turn = createFairTurns(m.next);
    const woke: string[] = [];
    for (const w of ['a', 'b', 'c']) void turn().then(() => woke.push(w));
    expect(m.pending).toBe(1); // one macrotask scheduled for the whole queue
    await m.step();
    expect(woke).toEqual(['a']);
    await m.step();
    expect(woke).toEqual(['a', 'b']);
    await m.step();
    expect(woke).toEqual(['a', 'b', 'c']);
    await m.step(); // finds the queue empty and stops
    expect(m.pending).toBe(0);
    void turn().then(() => woke.push('d')); // starts again
    expect(m.pending).toBe(1);
    await m.step();
    expect(woke.at(-1)).toBe('d');
  });

  it('serves urgent waiters first, but gives the backlog every fourth turn', async () => {
    const m = manual();
    const turn = createFairTurns(m.next);
    const woke: string[] = [];
    for (let i = 0; i < 3; i++) void turn().then(() => woke.push(`backlog${i}`));
    for (let i = 0; i < 5; i++) void turn(true).then(() => woke.push(`urgent${i}`));
    for (let i = 0; i < 8; i++) await m.step();
    expect(woke).toEqual([
      'urgent0',
      'urgent1',
      'urgent2',
      'backlog0',
      'urgent3',
      'urgent4',
      'backlog1',
      'backlog2',
    ]);
  });

  // Node's setImmediate runs every callback queued before its phase back to back (the case fixed);
  // browsers' task scheduling differs, so this one runs in Node only.
  it.skipIf(typeof g.setImmediate !== 'function')(
    'slices of many workers no longer stack up in one event-loop phase',
    async () => {
      // 6 workers of 25 ms slices yielding through the shared turn queue: a 1 ms timer still fires
      // between any two slices (with setImmediate alone all six would run back to back).
      let worst = 0;
      let last = performance.now();
      const timer = setInterval(() => {
        const now = performance.now();
        worst = Math.max(worst, now - last);
        last = now;
      }, 1);
      const work = async () => {
        for (let k = 0; k < 3; k++) {
          await nextFairTurn();
          const t = performance.now();
          while (performance.now() - t < 25) {
            // busy
          }
        }
      };
      await Promise.all(Array.from({ length: 6 }, work));
      clearInterval(timer);
      expect(worst).toBeLessThan(100); // one slice (25 ms) plus scheduling, never 6 × 25 ms
    },
  );
});
