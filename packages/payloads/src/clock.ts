/**
 * Lamport clock and timestamp rules of application messages (STATUS-V1-FACTS.md §7.10). All
 * values are unix milliseconds as `bigint`.
 */

/** Largest accepted lead of a message clock over its envelope time, ms (`maxWhisperFutureDriftMs`). */
export const MAX_WHISPER_FUTURE_DRIFT_MS = 120_000n;

function big(value: bigint, name: string): bigint {
  if (typeof value !== 'bigint' || value < 0n) throw new TypeError(`${name}: expected a non-negative bigint`);
  return value;
}

/**
 * Clock and timestamp for a message sent now (status-go `NextClockAndTimestamp`):
 * `clock = (last == 0 || last < now) ? now : last + 1`, `timestamp = now`.
 * @throws TypeError on a negative or non-bigint argument.
 */
export function nextClockAndTimestamp(
  lastClockValue: bigint,
  nowMs: bigint,
): { clock: bigint; timestamp: bigint } {
  const last = big(lastClockValue, 'lastClockValue');
  const now = big(nowMs, 'nowMs');
  return { clock: last === 0n || last < now ? now : last + 1n, timestamp: now };
}

/** The chat's clock after sending or receiving a message with `messageClock`: the maximum. */
export function updatedLastClock(lastClockValue: bigint, messageClock: bigint): bigint {
  const last = big(lastClockValue, 'lastClockValue');
  const clock = big(messageClock, 'messageClock');
  // Math.max does not take bigints.
  if (clock > last) return clock;
  return last;
}

/** The envelope's send time in ms: `(expiry − ttl) · 1000` (§7.10). */
export function whisperTimestampMs(expirySeconds: number, ttlSeconds: number): bigint {
  if (!Number.isInteger(expirySeconds) || expirySeconds < 0)
    throw new RangeError('expirySeconds: expected a uint');
  if (!Number.isInteger(ttlSeconds) || ttlSeconds < 0) throw new RangeError('ttlSeconds: expected a uint');
  return BigInt(expirySeconds - ttlSeconds) * 1000n;
}

/** Receive check (`validateClockValue`): clock ≠ 0 and ≤ envelope time + 120 s. */
export function isClockAcceptable(clock: bigint, envelopeTimestampMs: bigint): boolean {
  return clock !== 0n && clock <= envelopeTimestampMs + MAX_WHISPER_FUTURE_DRIFT_MS;
}
