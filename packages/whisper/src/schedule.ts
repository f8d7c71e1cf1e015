/**
 * Cooperative scheduling for the node's and the mailserver's long loops (a Messages packet of
 * thousands of envelopes, a history scan): work runs in slices of a few milliseconds and yields a
 * macrotask between them, so I/O, timers and other peers get their turn (#17).
 *
 * Private to this package until `@statuskit/utils` carries the shared helpers (the `relay-wire`
 * branch adds `monotonicMs` / `nextMacrotask`); then these become re-exports.
 */
import { yieldToEventLoop } from './pow.js';

/** Milliseconds from a monotonic clock (`performance.now()` where there is one). */
export function monotonicMs(): number {
  const perf = (globalThis as { performance?: { now(): number } }).performance;
  return perf !== undefined ? perf.now() : Date.now();
}

/** A time slice: `due()` is true once `sliceMs` have passed since the last `yield()`. */
export class TimeSlice {
  readonly #sliceMs: number;
  #start = monotonicMs();
  constructor(sliceMs: number) {
    this.#sliceMs = sliceMs;
  }
  due(): boolean {
    return monotonicMs() - this.#start >= this.#sliceMs;
  }
  /** Yields one macrotask and starts a new slice. */
  async yield(): Promise<void> {
    await yieldToEventLoop();
    this.#start = monotonicMs();
  }
}
