/**
 * The longest gap between 1 ms interval ticks while `work` runs: how long the caller's event loop
 * stalled (the PoW worker test and the whisper bench both report it).
 */
export async function longestStall<T>(work: Promise<T>): Promise<{ value: T; stallMs: number }> {
  let last = performance.now();
  let worst = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 1);
  try {
    const value = await work;
    return { value, stallMs: worst };
  } finally {
    clearInterval(timer);
  }
}
