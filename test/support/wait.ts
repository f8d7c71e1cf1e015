/**
 * Waits for a condition with real time, for tests over real sockets (Node and Chromium alike).
 * Polls `pred` every `everyMs` and fails with `timed out waiting for <what>` after `timeoutMs`.
 */
export async function waitUntil(
  pred: () => boolean,
  what: string,
  timeoutMs = 10_000,
  everyMs = 10,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!pred()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, everyMs));
  }
}
