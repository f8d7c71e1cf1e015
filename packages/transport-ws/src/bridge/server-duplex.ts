/**
 * The server end of an accepted WebSocket as a utils `Duplex`, handed to `onConnection` in the
 * bridge's in-process mode. Unlike the browser carrier it does not poll: `ws` calls back once each
 * message is written to the socket, and `bufferedAmount` is what has not been written yet. Incoming
 * bytes are fed in by the bridge after its limits have passed them.
 */
import { ClosedError, type Duplex, type DuplexEvents, TypedEventTarget, whenDrained } from '@statuskit/utils';
import type { WebSocket } from 'ws';
import { CLOSE_CODES } from '../close-codes.js';
import { WebSocketCloseError } from '../errors.js';

/** What the duplex asks of the bridge connection that owns the socket. */
export interface ServerDuplexOwner {
  /** Ends the WebSocket with a clean close once queued messages are written. */
  close(): void;
  /** Ends the WebSocket at once, dropping what is queued. */
  abort(): void;
  /** `n` bytes were queued for the client (for the bridge's byte counts). */
  sent(n: number): void;
}

export class ServerDuplex extends TypedEventTarget<DuplexEvents> implements Duplex {
  readonly highWaterMark: number;
  readonly remoteAddress: string;
  bufferedAmount = 0;
  closed = false;
  readonly #ws: WebSocket;
  readonly #maxMessage: number;
  readonly #owner: ServerDuplexOwner;
  #finished = false;
  #local = false;
  #wantDrain = false;

  constructor(
    ws: WebSocket,
    remoteAddress: string,
    highWaterMark: number,
    maxMessageBytes: number,
    owner: ServerDuplexOwner,
  ) {
    super();
    this.#ws = ws;
    this.remoteAddress = remoteAddress;
    this.highWaterMark = highWaterMark;
    this.#maxMessage = maxMessageBytes;
    this.#owner = owner;
  }

  send(data: Uint8Array): boolean {
    if (this.closed) throw new ClosedError('send on a closed stream');
    if (!(data instanceof Uint8Array)) throw new TypeError('data must be a Uint8Array');
    this.#owner.sent(data.length);
    for (let o = 0; o < data.length; o += this.#maxMessage) {
      const chunk = data.subarray(o, Math.min(data.length, o + this.#maxMessage));
      const n = chunk.length;
      this.bufferedAmount += n;
      this.#ws.send(chunk, () => this.#written(n));
    }
    if (this.bufferedAmount >= this.highWaterMark) {
      this.#wantDrain = true;
      return false;
    }
    return true;
  }

  #written(n: number): void {
    if (this.#finished) return;
    this.bufferedAmount -= n;
    if (this.#wantDrain && this.bufferedAmount < this.highWaterMark) {
      this.#wantDrain = false;
      this.emit('drain');
    }
  }

  drained(options?: { signal?: AbortSignal }): Promise<void> {
    if (this.closed || this.bufferedAmount < this.highWaterMark) return Promise.resolve();
    this.#wantDrain = true;
    return whenDrained(this, options?.signal);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.#local = true;
    this.#owner.close();
  }

  abort(error: Error): void {
    if (this.#finished) return;
    this.closed = true;
    this.#local = true;
    this.emit('error', error);
    this.#finish(error);
    this.#owner.abort();
  }

  /** Bytes from the client that passed the bridge's limits. */
  deliver(bytes: Uint8Array): void {
    if (!this.#finished) this.emit('data', bytes);
  }

  /** The bridge stopped reading (it is ending the connection): nothing more may be sent. */
  stop(): void {
    this.closed = true;
  }

  /** The WebSocket closed with `code`: 1000/1005 are clean, anything else is reported as an error. */
  socketClosed(code: number, reason: string): void {
    if (this.#finished) return;
    let error: Error | undefined;
    if (code !== CLOSE_CODES.NORMAL && code !== 1005) {
      error = new WebSocketCloseError(code, reason);
      this.emit('error', error);
    }
    this.#finish(error);
  }

  #finish(error: Error | undefined): void {
    if (this.#finished) return;
    this.#finished = true;
    this.closed = true;
    this.bufferedAmount = 0;
    this.emit('close', error === undefined ? { local: this.#local } : { error, local: this.#local });
  }
}
