/**
 * secp256k1 public-key recovery on other threads: {@link createRecoverPool} on the calling side and
 * {@link serveRecoverRequests} inside each Web Worker or Node `worker_threads` worker. A client
 * catching up on thousands of signed messages spends most of its time in recovery (one for the
 * envelope, one for the application message), and a worker can take that work off the caller's
 * thread. Whether that is faster depends on the machine: measure (see the core README).
 *
 * A worker script is two lines, with whichever provider the worker should recover with:
 * ```ts
 * import { serveRecoverRequests } from '@statuskit/utils';
 * serveRecoverRequests(self, { crypto: createFastCrypto() }); // Node: parentPort
 * ```
 * Pass the provider's promise rather than awaiting it first: a browser delivers the messages that
 * arrive while a module worker is still awaiting to no listener at all.
 *
 * Requests are batched per microtask turn (one `postMessage` per worker per turn); only
 * structured-cloneable data crosses (byte arrays and numbers).
 */
import { equalBytes } from '../bytes.js';
import { ClosedError } from '../errors.js';
import { nobleCrypto } from './noble.js';
import type { CryptoProvider } from './provider.js';

/** What each side needs from the other end: a Web Worker, `self`, a `MessagePort`, a Node Worker or `parentPort`. */
export interface WorkerPort {
  postMessage(message: unknown): void;
  /** The listener gets a `MessageEvent` (its `data`) or, for `error`, the error event. */
  addEventListener?(type: 'message' | 'error', listener: (event: object) => void): void;
  /** Node's `Worker` and `parentPort` are EventEmitters delivering the message (or the error) itself. */
  on?(type: 'message' | 'error', listener: (message: unknown) => void): unknown;
  /** A `MessagePort` delivers nothing until started (`addEventListener` does not start it). */
  start?(): void;
}

/** One request: an ID, the 32-byte hash and the 65-byte signature. */
type RecoverRequest = [id: number, hash: Uint8Array, signature: Uint8Array];
/** One reply: the ID and the 65-byte key, or the ID and the error's name. */
type RecoverReply = [id: number, key: Uint8Array] | [id: number, error: string];

function listen(port: WorkerPort, type: 'message' | 'error', listener: (data: unknown) => void): void {
  if (typeof port.addEventListener === 'function') {
    port.addEventListener(type, (e) => listener(type === 'message' ? (e as { data?: unknown }).data : e));
    port.start?.();
  } else if (typeof port.on === 'function') port.on(type, listener);
  else throw new TypeError('worker must have addEventListener or on');
}

/**
 * The worker side: answers the batches of {@link createRecoverPool} with `crypto.secp256k1Recover`
 * (default `nobleCrypto`). The listener is registered synchronously; `options.crypto` may be a
 * promise (a WASM provider still loading): batches that arrive before it settles wait for it, and if
 * it rejects every request is answered with that error's name.
 */
export function serveRecoverRequests(
  port: WorkerPort,
  options: { crypto?: CryptoProvider | PromiseLike<CryptoProvider> } = {},
): void {
  const provider = Promise.resolve(options.crypto ?? nobleCrypto);
  // A provider that failed to load is reported per request, never as an unhandled rejection.
  provider.catch(() => undefined);
  listen(port, 'message', (data) => {
    if (!Array.isArray(data)) return;
    const batch = data as RecoverRequest[];
    provider.then(
      (crypto) => {
        const replies: RecoverReply[] = [];
        for (const [id, hash, signature] of batch) {
          try {
            replies.push([id, crypto.secp256k1Recover(hash, signature)]);
          } catch (error) {
            replies.push([id, (error as Error).name ?? 'Error']);
          }
        }
        port.postMessage(replies);
      },
      (error: unknown) => port.postMessage(batch.map(([id]) => [id, (error as Error)?.name ?? 'Error'])),
    );
  });
}

/** Recovery on worker threads; see {@link createRecoverPool}. */
export interface RecoverPool {
  /**
   * Recovers the 65-byte uncompressed key that signed `hash` with `signature`, on the worker with
   * the fewest requests in flight.
   * @throws (rejects) an Error named as the worker's error (`SignatureError` for a signature that
   *   does not recover), an Error when the worker died, ClosedError after `close`.
   */
  recover(hash: Uint8Array, signature: Uint8Array): Promise<Uint8Array>;
  /** Requests in flight. */
  readonly pending: number;
  /** Fails what is in flight with ClosedError and refuses new requests. The workers are the caller's to end. */
  close(): void;
}

interface Job {
  resolve(key: Uint8Array): void;
  reject(error: Error): void;
}

interface Lane {
  port: WorkerPort;
  jobs: Map<number, Job>;
  queued: RecoverRequest[];
  dead: boolean;
}

/**
 * The calling side over one or more workers running {@link serveRecoverRequests}.
 * @example
 * const pool = createRecoverPool([new Worker(new URL('./recover.worker.js', import.meta.url), { type: 'module' })]);
 * const client = await createClient({ identity, recoverPool: pool });
 */
export function createRecoverPool(workers: WorkerPort[]): RecoverPool {
  if (workers.length === 0) throw new RangeError('createRecoverPool needs at least one worker');
  let nextId = 1;
  let closed = false;
  let flushScheduled = false;
  const lanes: Lane[] = workers.map((port) => ({ port, jobs: new Map(), queued: [], dead: false }));
  const fail = (lane: Lane, error: Error) => {
    const jobs = [...lane.jobs.values()];
    lane.jobs.clear();
    lane.queued = [];
    for (const job of jobs) job.reject(error);
  };
  for (const lane of lanes) {
    listen(lane.port, 'message', (data) => {
      if (!Array.isArray(data)) return;
      for (const [id, result] of data as RecoverReply[]) {
        const job = lane.jobs.get(id);
        if (job === undefined) continue;
        lane.jobs.delete(id);
        if (result instanceof Uint8Array) job.resolve(result);
        else {
          const error = new Error(`recovery failed in the worker: ${String(result)}`);
          error.name = String(result);
          job.reject(error);
        }
      }
    });
    // A worker that dies (failed to load, crashed) fails its jobs instead of hanging them.
    listen(lane.port, 'error', (cause) => {
      lane.dead = true;
      fail(lane, new Error('recover worker failed', { cause }));
    });
  }
  const flush = () => {
    flushScheduled = false;
    for (const lane of lanes) {
      if (lane.queued.length === 0) continue;
      const batch = lane.queued;
      lane.queued = [];
      lane.port.postMessage(batch);
    }
  };
  return {
    recover(hash, signature) {
      if (closed) return Promise.reject(new ClosedError('recover pool is closed'));
      let lane: Lane | undefined;
      for (const l of lanes) if (!l.dead && (lane === undefined || l.jobs.size < lane.jobs.size)) lane = l;
      if (lane === undefined) return Promise.reject(new Error('every recover worker failed'));
      const id = nextId++;
      const target = lane;
      return new Promise<Uint8Array>((resolve, reject) => {
        target.jobs.set(id, { resolve, reject });
        // Copies: the caller's arrays may be views into larger buffers it keeps using.
        target.queued.push([id, hash.slice(), signature.slice()]);
        if (!flushScheduled) {
          flushScheduled = true;
          queueMicrotask(flush);
        }
      });
    },
    get pending() {
      let n = 0;
      for (const lane of lanes) n += lane.jobs.size;
      return n;
    },
    close() {
      if (closed) return;
      closed = true;
      for (const lane of lanes) fail(lane, new ClosedError('recover pool is closed'));
    },
  };
}

/** Recoveries done ahead (on workers), consulted by a provider's `secp256k1Recover`; see {@link createRecoverCache}. */
export interface RecoverCache {
  /** `base` with a `secp256k1Recover` that first takes (and forgets) a primed result for that exact hash and signature. */
  readonly crypto: CryptoProvider;
  /** Keeps the key `signature` recovers over `hash` for one later `crypto.secp256k1Recover`. */
  prime(hash: Uint8Array, signature: Uint8Array, key: Uint8Array): void;
  /** Primed results not taken yet. */
  readonly size: number;
}

/**
 * A provider that answers `secp256k1Recover` from results primed ahead (by a {@link RecoverPool}),
 * falling back to `base` for anything not primed. Each primed result is used once and only for the
 * same hash and signature; at most `limit` (default 8192) are kept, the oldest dropped first.
 */
export function createRecoverCache(base: CryptoProvider, limit = 8192): RecoverCache {
  const primed = new Map<string, { hash: Uint8Array; key: Uint8Array }>();
  const idOf = (signature: Uint8Array) => {
    let s = '';
    for (let i = 0; i < signature.length; i++) s += String.fromCharCode(signature[i] as number);
    return s;
  };
  const crypto: CryptoProvider = Object.create(base);
  crypto.secp256k1Recover = (hash, signature) => {
    if (primed.size > 0) {
      const id = idOf(signature);
      const hit = primed.get(id);
      if (hit !== undefined && equalBytes(hit.hash, hash)) {
        primed.delete(id);
        return hit.key.slice();
      }
    }
    return base.secp256k1Recover(hash, signature);
  };
  return {
    crypto,
    prime(hash, signature, key) {
      const id = idOf(signature);
      primed.delete(id);
      primed.set(id, { hash: hash.slice(), key: key.slice() });
      if (primed.size > limit) primed.delete(primed.keys().next().value as string);
    },
    get size() {
      return primed.size;
    },
  };
}
