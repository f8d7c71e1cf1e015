/**
 * PoW sealing off the main thread (issue 18): {@link createWorkerSealer} on the calling side and
 * {@link servePowRequests} inside a Web Worker or a Node `worker_threads` worker. The worker runs the
 * very same {@link sealEnvelope} (same nonce order, same result), so a page or a relay never stalls
 * its event loop while sealing at a high target; aborting the caller's signal cancels the job in the
 * worker too. Only structured-cloneable data crosses: envelope fields, numbers and error names.
 *
 * A worker script is three lines, with whichever provider the worker should hash with:
 * ```ts
 * import { servePowRequests } from '@statuskit/whisper';
 * import { createFastCrypto } from '@statuskit/crypto-fast';
 * servePowRequests(self, { crypto: createFastCrypto() }); // Node: parentPort
 * ```
 * Pass the provider's promise rather than awaiting it at the top of the worker script: a browser
 * delivers the messages that arrive while a module worker is still awaiting to no listener at all, so
 * the listener must be in place before the first `await`.
 */
import { AbortError, type CryptoProvider, throwIfAborted } from '@statuskit/utils';
import type { UnsealedEnvelope } from './envelope.js';
import { PowTimeoutError } from './errors.js';
import { type SealOptions, type SealResult, sealEnvelope } from './pow.js';

/** What each side needs from the other end: a Web Worker, `self`, a Node Worker or `parentPort`. */
export interface PowWorkerLike {
  postMessage(message: unknown): void;
  addEventListener?(type: 'message' | 'error', listener: (event: { data?: unknown }) => void): void;
  /** Node's `Worker` is an EventEmitter delivering the message (or the error) itself. */
  on?(type: 'message' | 'error', listener: (message: unknown) => void): unknown;
}

interface SealRequest {
  id: number;
  envelope: UnsealedEnvelope;
  powTarget: number;
  workTimeMs: number | undefined;
  sliceSize: number | undefined;
}
interface CancelRequest {
  cancel: number;
}
interface SealReply {
  id: number;
  result?: SealResult;
  error?: { name: string; message: string };
}

function onMessage(
  port: PowWorkerLike,
  listener: (data: unknown) => void,
  type: 'message' | 'error' = 'message',
): void {
  if (typeof port.addEventListener === 'function')
    port.addEventListener(type, (e) => listener(type === 'message' ? e.data : e));
  else if (typeof port.on === 'function') port.on(type, listener);
  else throw new TypeError('worker must have addEventListener or on');
}

/**
 * The worker side: answers seal requests from {@link createWorkerSealer} with `sealEnvelope`,
 * hashing with `options.crypto`. Slices of `sliceSize` nonces (default 16384: a worker can afford
 * long slices) are separated by a macrotask, which is when a cancel message gets through.
 *
 * The message listener is registered synchronously; `options.crypto` may be a promise (a WASM
 * provider still loading), and requests that arrive before it settles wait for it. If it rejects,
 * every request is answered with that error.
 */
export function servePowRequests(
  port: PowWorkerLike,
  options: { crypto?: CryptoProvider | PromiseLike<CryptoProvider> } = {},
): void {
  const running = new Map<number, AbortController>();
  const provider = Promise.resolve(options.crypto);
  onMessage(port, (data) => {
    if (typeof data !== 'object' || data === null) return;
    if ('cancel' in data) {
      running.get((data as CancelRequest).cancel)?.abort();
      return;
    }
    const req = data as SealRequest;
    const controller = new AbortController();
    running.set(req.id, controller);
    provider
      .then((crypto) => {
        const opts: SealOptions = {
          powTarget: req.powTarget,
          sliceSize: req.sliceSize ?? 16384,
          signal: controller.signal,
          ...(req.workTimeMs === undefined ? {} : { workTimeMs: req.workTimeMs }),
          ...(crypto === undefined ? {} : { crypto }),
        };
        return sealEnvelope(req.envelope, opts);
      })
      .then(
        (result) => port.postMessage({ id: req.id, result } satisfies SealReply),
        (err: unknown) => {
          const e = err instanceof Error ? err : new Error(String(err));
          port.postMessage({ id: req.id, error: { name: e.name, message: e.message } } satisfies SealReply);
        },
        // The map entry goes once the job is over, whichever way it ended.
      )
      .finally(() => running.delete(req.id));
  });
}

/** A sealer backed by a worker: the same call shape as {@link sealEnvelope}. */
export interface WorkerSealer {
  /**
   * Seals in the worker. `clock`, `crypto` and `yield` of the options are the worker's concern and
   * ignored here; `signal` cancels the job.
   * @throws PowTimeoutError, RangeError as sealEnvelope does; AbortError when `signal` aborts.
   */
  seal(envelope: UnsealedEnvelope, options?: SealOptions): Promise<SealResult>;
}

function rebuild(error: { name: string; message: string }): Error {
  switch (error.name) {
    case 'PowTimeoutError':
      return new PowTimeoutError(error.message);
    case 'RangeError':
      return new RangeError(error.message);
    case 'TypeError':
      return new TypeError(error.message);
    default: {
      const e = new Error(error.message);
      e.name = error.name;
      return e;
    }
  }
}

/**
 * The calling side: posts seal jobs to `worker` (which runs {@link servePowRequests}) and resolves
 * with their results. Several jobs may be in flight; the worker runs them interleaved.
 * @example
 * const sealer = createWorkerSealer(new Worker(new URL('./pow.worker.js', import.meta.url), { type: 'module' }));
 * const { envelope } = await sealer.seal(unsealed, { powTarget: 0.2, signal });
 */
export function createWorkerSealer(worker: PowWorkerLike): WorkerSealer {
  let nextId = 1;
  const pending = new Map<number, { resolve: (r: SealResult) => void; reject: (e: Error) => void }>();
  onMessage(worker, (data) => {
    const reply = data as SealReply;
    const job = pending.get(reply?.id);
    if (!job) return; // cancelled meanwhile
    pending.delete(reply.id);
    if (reply.result) job.resolve(reply.result);
    else job.reject(rebuild(reply.error ?? { name: 'Error', message: 'malformed worker reply' }));
  });
  // A worker that dies (failed to load, crashed) fails every job in flight instead of hanging them.
  onMessage(
    worker,
    (err) => {
      const jobs = [...pending.values()];
      pending.clear();
      for (const job of jobs) job.reject(new Error('PoW worker failed', { cause: err }));
    },
    'error',
  );
  return {
    seal(envelope, options = {}) {
      throwIfAborted(options.signal);
      const id = nextId++;
      return new Promise<SealResult>((resolve, reject) => {
        const signal = options.signal;
        const onAbort = () => {
          pending.delete(id);
          worker.postMessage({ cancel: id } satisfies CancelRequest);
          const reason = signal?.reason;
          reject(reason instanceof Error ? reason : new AbortError(undefined, { cause: reason }));
        };
        pending.set(id, {
          resolve: (r) => {
            signal?.removeEventListener('abort', onAbort);
            resolve(r);
          },
          reject: (e) => {
            signal?.removeEventListener('abort', onAbort);
            reject(e);
          },
        });
        signal?.addEventListener('abort', onAbort, { once: true });
        worker.postMessage({
          id,
          envelope: {
            expiry: envelope.expiry,
            ttl: envelope.ttl,
            topic: envelope.topic,
            data: envelope.data,
          },
          powTarget: options.powTarget ?? 0,
          workTimeMs: options.workTimeMs,
          sliceSize: options.sliceSize,
        } satisfies SealRequest);
      });
    },
  };
}
