import type { Clock } from '@statuskit/utils';

/**
 * A token bucket: `ratePerSecond` tokens (bytes) flow in, up to `capacity`; `take(n)` spends n and
 * reports whether the bucket stayed non-negative. Time comes from the injected clock.
 */
export class TokenBucket {
  readonly #rate: number;
  readonly #capacity: number;
  readonly #clock: Clock;
  #tokens: number;
  #last: number;

  constructor(ratePerSecond: number, capacity: number, clock: Clock) {
    this.#rate = ratePerSecond;
    this.#capacity = capacity;
    this.#clock = clock;
    this.#tokens = capacity;
    this.#last = clock.now();
  }

  /** Spends `n` tokens; false when that overdraws the bucket. */
  take(n: number): boolean {
    const now = this.#clock.now();
    const elapsed = Math.max(0, now - this.#last);
    this.#last = now;
    this.#tokens = Math.min(this.#capacity, this.#tokens + (elapsed * this.#rate) / 1000);
    this.#tokens -= n;
    return this.#tokens >= 0;
  }
}
