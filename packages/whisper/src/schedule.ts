/**
 * Cooperative scheduling for the node's and the mailserver's long loops (a Messages packet of
 * thousands of envelopes, a history scan): work runs in slices of a few milliseconds and yields a
 * macrotask between them, so I/O, timers and other peers get their turn (#17). Built on the utils
 * scheduling helpers (`monotonicMs`, `nextMacrotask`).
 */
import { monotonicMs, nextMacrotask } from '@statuskit/utils';

/** A time slice: `due()` is true once `sliceMs` have passed since the slice started. */
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
    await nextMacrotask();
    this.#start = monotonicMs();
  }
}
