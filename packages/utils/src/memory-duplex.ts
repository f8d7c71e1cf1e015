import { whenDrained } from './drain.js';
import { DEFAULT_HIGH_WATER_MARK, type Duplex, type DuplexEvents } from './duplex.js';
import { ClosedError } from './errors.js';
import { TypedEventTarget } from './events.js';

/** Options for {@link memoryDuplexPair}. */
export interface MemoryDuplexOptions {
  highWaterMark?: number;
  /** Largest chunk delivered in one `data` event (re-chunks larger sends). Default: unbounded. */
  maxChunkBytes?: number;
}

class MemoryDuplex extends TypedEventTarget<DuplexEvents> implements Duplex {
  peer!: MemoryDuplex;
  readonly highWaterMark: number;
  readonly remoteAddress: string;
  bufferedAmount = 0;
  closed = false;
  #queue: Uint8Array[] = [];
  #scheduled = false;
  #closing = false;
  #finished = false;
  #wantDrain = false;
  readonly #maxChunk: number;

  constructor(name: string, opts: MemoryDuplexOptions) {
    super();
    this.remoteAddress = name;
    this.highWaterMark = opts.highWaterMark ?? DEFAULT_HIGH_WATER_MARK;
    this.#maxChunk = opts.maxChunkBytes ?? Number.POSITIVE_INFINITY;
  }

  send(data: Uint8Array): boolean {
    if (this.closed) throw new ClosedError('send on a closed stream');
    if (!(data instanceof Uint8Array)) throw new TypeError('data must be a Uint8Array');
    if (data.length > 0) {
      this.#queue.push(data.slice());
      this.bufferedAmount += data.length;
      this.#schedule();
    }
    if (this.bufferedAmount >= this.highWaterMark) {
      this.#wantDrain = true;
      return false;
    }
    return true;
  }

  drained(options?: { signal?: AbortSignal }): Promise<void> {
    if (this.bufferedAmount < this.highWaterMark || this.closed) return Promise.resolve();
    return whenDrained(this, options?.signal);
  }

  #schedule(): void {
    if (this.#scheduled) return;
    this.#scheduled = true;
    // A macrotask, not a microtask: the receiver gets a turn of the event loop, like a socket.
    setTimeout(() => this.#flush(), 0);
  }

  #flush(): void {
    this.#scheduled = false;
    while (this.#queue.length > 0) {
      const chunk = this.#queue.shift() as Uint8Array;
      this.bufferedAmount -= chunk.length;
      if (!this.peer.#finished) {
        for (let o = 0; o < chunk.length; o += this.#maxChunk) {
          this.peer.emit('data', chunk.slice(o, Math.min(chunk.length, o + this.#maxChunk)));
        }
      }
    }
    if (this.#wantDrain && this.bufferedAmount < this.highWaterMark) {
      this.#wantDrain = false;
      this.emit('drain');
    }
    if (this.#closing) {
      this.#finish(undefined, true);
      this.peer.#finish(undefined, false);
    }
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.#closing = true;
    this.#schedule();
  }

  abort(error: Error): void {
    if (this.#finished) return;
    this.closed = true;
    this.#queue = [];
    this.bufferedAmount = 0;
    this.emit('error', error);
    this.#finish(error, true);
    setTimeout(
      () => this.peer.#finish(new ClosedError('the remote end aborted', { cause: error }), false),
      0,
    );
  }

  #finish(error: Error | undefined, local: boolean): void {
    if (this.#finished) return;
    this.#finished = true;
    this.closed = true;
    this.#queue = [];
    this.bufferedAmount = 0;
    this.emit('close', error === undefined ? { local } : { error, local });
  }
}

/**
 * Two connected in-memory {@link Duplex} ends. Bytes sent on one arrive as `data` on the other on a
 * later turn of the event loop. Used by tests and by in-process peers.
 */
export function memoryDuplexPair(options: MemoryDuplexOptions = {}): [Duplex, Duplex] {
  const a = new MemoryDuplex('memory:a', options);
  const b = new MemoryDuplex('memory:b', options);
  a.peer = b;
  b.peer = a;
  return [a, b];
}
