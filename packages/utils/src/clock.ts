/**
 * Time and timers, injected into every protocol core so tests control time. `systemClock` uses the
 * platform; `manualClock` advances only when told to.
 */

/** A cancellable timer handle. */
export interface TimerHandle {
  cancel(): void;
}

/** The source of time and timers a protocol core is given. */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Runs `fn` once after `ms` milliseconds unless cancelled. */
  setTimeout(fn: () => void, ms: number): TimerHandle;
}

/** The platform clock: `Date.now` and `setTimeout`. */
export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout(fn, ms) {
    const id = setTimeout(fn, ms);
    return { cancel: () => clearTimeout(id) };
  },
};

/** A clock for tests: time stands still until `advance` moves it and fires due timers in order. */
export interface ManualClock extends Clock {
  /** Moves time forward by `ms`, firing every timer that falls due, earliest first. */
  advance(ms: number): void;
  /** Moves time forward to `timeMs` (no-op if it is in the past). */
  advanceTo(timeMs: number): void;
  /** How many timers are pending. */
  pending(): number;
}

/** Creates a {@link ManualClock} starting at `startMs` (default 1_600_000_000_000). */
export function manualClock(startMs = 1_600_000_000_000): ManualClock {
  let now = startMs;
  let seq = 0;
  const timers = new Map<number, { at: number; seq: number; fn: () => void }>();
  const clock: ManualClock = {
    now: () => now,
    setTimeout(fn, ms) {
      const id = ++seq;
      timers.set(id, { at: now + Math.max(0, ms), seq: id, fn });
      return { cancel: () => timers.delete(id) };
    },
    advanceTo(timeMs) {
      for (;;) {
        let next: [number, { at: number; seq: number; fn: () => void }] | undefined;
        for (const entry of timers) {
          const t = entry[1];
          if (
            t.at <= timeMs &&
            (next === undefined || t.at < next[1].at || (t.at === next[1].at && t.seq < next[1].seq))
          )
            next = entry;
        }
        if (next === undefined) break;
        timers.delete(next[0]);
        now = Math.max(now, next[1].at);
        next[1].fn();
      }
      now = Math.max(now, timeMs);
    },
    advance(ms) {
      clock.advanceTo(now + ms);
    },
    pending: () => timers.size,
  };
  return clock;
}
