/**
 * The WebSocket carrier: a utils `Duplex` on a WHATWG `WebSocket` (pages, workers, MV3 service
 * workers, Node 22+), or on any class with the same surface injected by the caller (the `ws`
 * package in Node 20).
 *
 * The platform WebSocket has no drain event, so backpressure follows `bufferedAmount`: once it
 * reaches the high-water mark `send` returns false and the carrier polls it every few milliseconds
 * until it falls below, then emits `drain`. Frames are binary only: a text frame from the peer is a
 * protocol violation that ends the stream. `Duplex.send` may be given any amount of bytes; they go
 * out as binary messages of at most `maxMessageBytes`, so a bridge's message-size limit never has
 * to be as large as an RLPx frame.
 */
import {
  AbortError,
  ClosedError,
  DEFAULT_HIGH_WATER_MARK,
  type Duplex,
  type DuplexEvents,
  TypedEventTarget,
  throwIfAborted,
  whenDrained,
} from '@statuskit/utils';
import { CLOSE_CODES } from './close-codes.js';
import { DialError, WebSocketCloseError, WebSocketProtocolError } from './errors.js';

/** The `message` event fields the carrier reads. */
export interface WebSocketMessageEventLike {
  readonly data: unknown;
}

/** The `close` event fields the carrier reads. */
export interface WebSocketCloseEventLike {
  readonly code: number;
  readonly reason: string;
}

/**
 * The part of the WHATWG `WebSocket` the carrier uses. The platform class and the `ws` package's
 * class both have it.
 */
export interface WebSocketLike {
  /** 0 CONNECTING, 1 OPEN, 2 CLOSING, 3 CLOSED. */
  readonly readyState: number;
  /** Bytes accepted by `send` that the platform has not yet written to the network. */
  readonly bufferedAmount: number;
  readonly url: string;
  binaryType: string;
  send(data: Uint8Array<ArrayBuffer>): void;
  close(code?: number, reason?: string): void;
  addEventListener(type: 'open' | 'error' | 'message' | 'close', listener: (event: unknown) => void): void;
  removeEventListener(type: 'open' | 'error' | 'message' | 'close', listener: (event: unknown) => void): void;
}

/** A `WebSocket` constructor: `globalThis.WebSocket`, or `ws`'s `WebSocket` in Node. */
export type WebSocketClass = new (url: string, protocols?: string | string[]) => WebSocketLike;

/** Options of {@link webSocketDuplex}. */
export interface WebSocketDuplexOptions {
  /** `send` returns false once this many bytes are buffered. Default 1 MiB. */
  highWaterMark?: number;
  /** Sends are split into binary messages of at most this many bytes. Default 64 KiB. */
  maxMessageBytes?: number;
  /** What `remoteAddress` reports. Default: the socket's URL. */
  remoteAddress?: string;
}

/** Options of {@link connectWebSocket}. */
export interface ConnectWebSocketOptions extends WebSocketDuplexOptions {
  /** The WebSocket class to use. Default `globalThis.WebSocket` (absent in Node 20: inject `ws`'s). */
  WebSocket?: WebSocketClass;
  /** Subprotocols offered in the handshake. */
  protocols?: string | readonly string[];
  /** Aborting before the socket opens closes it and rejects with the signal's reason. */
  signal?: AbortSignal;
  /** Rejects with `DialError` if the socket has not opened after this long. Default: no limit. */
  timeoutMs?: number;
}

/** Default largest binary message the carrier sends: 64 KiB. */
export const DEFAULT_MAX_MESSAGE_BYTES = 64 * 1024;

const CONNECTING = 0;
const OPEN = 1;
/** How often `bufferedAmount` is polled while the carrier is past its high-water mark. */
const DRAIN_POLL_MS = 2;
/** A close reason is at most 123 bytes of UTF-8 (RFC 6455 §5.5); keep ours short and ASCII. */
const MAX_REASON_CHARS = 100;

function positiveInteger(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer`);
  return value;
}

function isArrayBuffer(x: unknown): x is ArrayBuffer {
  return x instanceof ArrayBuffer || Object.prototype.toString.call(x) === '[object ArrayBuffer]';
}

function reasonOf(error: Error): string {
  return `aborted: ${error.name}`.replace(/[^\x20-\x7e]/g, '?').slice(0, MAX_REASON_CHARS);
}

class WebSocketDuplex extends TypedEventTarget<DuplexEvents> implements Duplex {
  readonly highWaterMark: number;
  readonly remoteAddress: string;
  closed = false;
  readonly #socket: WebSocketLike;
  readonly #maxMessage: number;
  /** Sends made while the socket was still CONNECTING. */
  #pending: Uint8Array[] = [];
  #pendingBytes = 0;
  #finished = false;
  #local = false;
  #closeOnOpen = false;
  #wantDrain = false;
  #poll: ReturnType<typeof setTimeout> | undefined;
  #socketError: unknown;

  constructor(socket: WebSocketLike, options: WebSocketDuplexOptions) {
    super();
    this.#socket = socket;
    this.highWaterMark = positiveInteger('highWaterMark', options.highWaterMark, DEFAULT_HIGH_WATER_MARK);
    this.#maxMessage = positiveInteger('maxMessageBytes', options.maxMessageBytes, DEFAULT_MAX_MESSAGE_BYTES);
    this.remoteAddress = options.remoteAddress ?? socket.url;
    socket.binaryType = 'arraybuffer';
    socket.addEventListener('open', this.#onOpen);
    socket.addEventListener('message', this.#onMessage);
    socket.addEventListener('error', this.#onError);
    socket.addEventListener('close', this.#onClose);
  }

  get bufferedAmount(): number {
    return this.#finished ? 0 : this.#pendingBytes + this.#socket.bufferedAmount;
  }

  send(data: Uint8Array): boolean {
    if (this.closed) throw new ClosedError('send on a closed stream');
    if (!(data instanceof Uint8Array)) throw new TypeError('data must be a Uint8Array');
    if (data.length > 0) {
      if (this.#socket.readyState === CONNECTING) {
        this.#pending.push(data);
        this.#pendingBytes += data.length;
      } else {
        this.#transmit(data);
      }
    }
    if (this.bufferedAmount >= this.highWaterMark) {
      this.#wantDrain = true;
      this.#watchDrain();
      return false;
    }
    return true;
  }

  #transmit(data: Uint8Array): void {
    // A view is fine: both the platform and `ws` copy (or mask into a copy) before `send` returns.
    for (let o = 0; o < data.length; o += this.#maxMessage) {
      // The platform's type wants an ArrayBuffer-backed view; a SharedArrayBuffer-backed one is
      // copied by the platform just the same.
      this.#socket.send(
        data.subarray(o, Math.min(data.length, o + this.#maxMessage)) as Uint8Array<ArrayBuffer>,
      );
    }
  }

  drained(options?: { signal?: AbortSignal }): Promise<void> {
    if (this.closed || this.bufferedAmount < this.highWaterMark) return Promise.resolve();
    this.#wantDrain = true;
    this.#watchDrain();
    return whenDrained(this, options?.signal);
  }

  #watchDrain(): void {
    if (this.#poll !== undefined || this.#finished) return;
    const tick = () => {
      this.#poll = undefined;
      if (this.#finished || !this.#wantDrain) return;
      if (this.bufferedAmount < this.highWaterMark) {
        this.#wantDrain = false;
        this.emit('drain');
        return;
      }
      this.#poll = setTimeout(tick, DRAIN_POLL_MS);
    };
    this.#poll = setTimeout(tick, DRAIN_POLL_MS);
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.#local = true;
    // Queued messages go out before the close frame: the platform keeps them in order.
    if (this.#socket.readyState === CONNECTING) this.#closeOnOpen = true;
    else this.#socket.close(CLOSE_CODES.NORMAL);
  }

  abort(error: Error): void {
    if (this.#finished) return;
    this.closed = true;
    this.#local = true;
    this.#pending = [];
    this.#pendingBytes = 0;
    this.emit('error', error);
    this.#finish(error);
    this.#hardClose(reasonOf(error));
  }

  /** Ends the socket now: `ws` can drop what it still buffers; the platform class can only close. */
  #hardClose(reason: string): void {
    const terminate = (this.#socket as { terminate?: unknown }).terminate;
    if (typeof terminate === 'function') terminate.call(this.#socket);
    else this.#socket.close(CLOSE_CODES.ABORTED, reason);
  }

  readonly #onOpen = () => {
    const pending = this.#pending;
    this.#pending = [];
    this.#pendingBytes = 0;
    if (this.#finished) return;
    for (const data of pending) this.#transmit(data);
    if (this.#closeOnOpen) this.#socket.close(CLOSE_CODES.NORMAL);
  };

  readonly #onMessage = (event: unknown) => {
    if (this.#finished) return;
    const data = (event as WebSocketMessageEventLike).data;
    if (isArrayBuffer(data)) {
      if (data.byteLength > 0) this.emit('data', new Uint8Array(data));
      return;
    }
    const error = new WebSocketProtocolError('the peer sent a text frame; the carrier is binary only');
    this.closed = true;
    this.emit('error', error);
    this.#finish(error);
    this.#socket.close(CLOSE_CODES.ABORTED, 'binary frames only');
  };

  readonly #onError = (event: unknown) => {
    // The platform's error event carries nothing; `ws`'s carries the cause. The close event that
    // always follows reports the failure.
    const e = event as { error?: unknown; message?: unknown } | undefined;
    this.#socketError = e?.error ?? e?.message;
  };

  readonly #onClose = (closeEvent: unknown) => {
    if (this.#finished) return;
    const event = closeEvent as WebSocketCloseEventLike;
    let error: Error | undefined;
    // 1000 is a clean close; 1005 means the peer closed without a code, which is deliberate too.
    if (event.code !== CLOSE_CODES.NORMAL && event.code !== 1005) {
      const cause = this.#socketError;
      error = new WebSocketCloseError(
        event.code,
        String(event.reason ?? ''),
        cause === undefined ? {} : { cause },
      );
      this.emit('error', error);
    }
    this.#finish(error);
  };

  #finish(error: Error | undefined): void {
    if (this.#finished) return;
    this.#finished = true;
    this.closed = true;
    if (this.#poll !== undefined) clearTimeout(this.#poll);
    this.#poll = undefined;
    this.#pending = [];
    this.#pendingBytes = 0;
    this.emit('close', error === undefined ? { local: this.#local } : { error, local: this.#local });
  }
}

/**
 * Wraps an open (or still connecting) WebSocket as a `Duplex`. Sends made while it connects are
 * queued and go out once it opens. The duplex sets `binaryType` to `arraybuffer` and owns the
 * socket from then on.
 * @throws TypeError when `socket` is not a WebSocket or is already closing;
 *   RangeError for a bad `highWaterMark` or `maxMessageBytes`.
 * @example
 * const duplex = webSocketDuplex(new WebSocket('wss://bridge.example/'));
 */
export function webSocketDuplex(socket: WebSocketLike, options: WebSocketDuplexOptions = {}): Duplex {
  if (
    typeof socket !== 'object' ||
    socket === null ||
    typeof socket.send !== 'function' ||
    typeof socket.addEventListener !== 'function'
  ) {
    throw new TypeError('socket must be a WebSocket');
  }
  if (socket.readyState !== CONNECTING && socket.readyState !== OPEN) {
    throw new TypeError('socket must be connecting or open');
  }
  return new WebSocketDuplex(socket, options);
}

/**
 * Opens a WebSocket to `url` and resolves with a `Duplex` once it is open.
 * @throws TypeError for a URL that is not `ws:`/`wss:` or when no WebSocket class is available
 *   (pass `options.WebSocket`); RangeError for bad numeric options.
 * Rejects with `DialError` when the socket closes before opening (refused, failed upgrade, TLS) or
 * `timeoutMs` passes, and with the signal's reason (an `AbortError` by default) on abort.
 * @example
 * const duplex = await connectWebSocket('wss://bridge.example/?upstream=203.0.113.5:30303');
 * // Node 20: import { WebSocket } from 'ws'; connectWebSocket(url, { WebSocket })
 */
export function connectWebSocket(url: string | URL, options: ConnectWebSocketOptions = {}): Promise<Duplex> {
  let href: string;
  if (typeof url === 'string') href = url;
  else if (url instanceof URL) href = url.href;
  else throw new TypeError('url must be a string or a URL');
  let parsed: URL;
  try {
    parsed = new URL(href);
  } catch {
    throw new TypeError('url must be an absolute ws: or wss: URL');
  }
  if (parsed.protocol !== 'ws:' && parsed.protocol !== 'wss:') {
    throw new TypeError('url must be an absolute ws: or wss: URL');
  }
  const Ctor = options.WebSocket ?? (globalThis as { WebSocket?: WebSocketClass }).WebSocket;
  if (typeof Ctor !== 'function') {
    throw new TypeError("no WebSocket class here: pass options.WebSocket (in Node 20, the ws package's)");
  }
  positiveInteger('highWaterMark', options.highWaterMark, DEFAULT_HIGH_WATER_MARK);
  positiveInteger('maxMessageBytes', options.maxMessageBytes, DEFAULT_MAX_MESSAGE_BYTES);
  if (options.timeoutMs !== undefined) positiveInteger('timeoutMs', options.timeoutMs, 0);
  const { signal, timeoutMs } = options;
  const protocols = typeof options.protocols === 'string' ? options.protocols : options.protocols?.slice();

  return new Promise<Duplex>((resolve, reject) => {
    throwIfAborted(signal);
    let socket: WebSocketLike;
    try {
      socket = protocols === undefined ? new Ctor(parsed.href) : new Ctor(parsed.href, protocols);
    } catch (err) {
      reject(new DialError(`cannot open a WebSocket to ${parsed.href}`, { cause: err }));
      return;
    }
    const duplex = new WebSocketDuplex(socket, options);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const cleanup = () => {
      if (timer !== undefined) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      socket.removeEventListener('open', onOpen);
      socket.removeEventListener('close', onClose);
    };
    const onOpen = () => {
      cleanup();
      resolve(duplex);
    };
    const onClose = (closeEvent: unknown) => {
      cleanup();
      const event = closeEvent as WebSocketCloseEventLike;
      const cause = new WebSocketCloseError(event.code, String(event.reason ?? ''));
      reject(new DialError(`WebSocket to ${parsed.href} closed before it opened (${event.code})`, { cause }));
    };
    const onAbort = () => {
      cleanup();
      const reason: unknown = signal?.reason;
      const error =
        reason instanceof Error ? reason : new AbortError('WebSocket dial aborted', { cause: reason });
      duplex.abort(error);
      reject(error);
    };
    socket.addEventListener('open', onOpen);
    socket.addEventListener('close', onClose);
    signal?.addEventListener('abort', onAbort, { once: true });
    if (timeoutMs !== undefined) {
      timer = setTimeout(() => {
        cleanup();
        const error = new DialError(`WebSocket to ${parsed.href} did not open within ${timeoutMs} ms`);
        duplex.abort(error);
        reject(error);
      }, timeoutMs);
    }
  });
}
