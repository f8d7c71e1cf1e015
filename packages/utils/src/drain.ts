import type { Duplex } from './duplex.js';
import { abortable } from './events.js';

/**
 * Resolves once `duplex` can take more data: at once when it is closed or below its high-water
 * mark, otherwise at its next `drain` or `close` event. Rejects with the signal's reason on abort.
 * For carrier authors implementing `Duplex.drained`.
 */
export function whenDrained(duplex: Duplex, signal?: AbortSignal): Promise<void> {
  if (duplex.closed || duplex.bufferedAmount < duplex.highWaterMark) return Promise.resolve();
  let done = () => {};
  return abortable(
    new Promise<void>((resolve) => {
      done = () => {
        duplex.removeEventListener('drain', done);
        duplex.removeEventListener('close', done);
        resolve();
      };
      duplex.addEventListener('drain', done);
      duplex.addEventListener('close', done);
    }),
    signal,
    () => done(),
  );
}
