/**
 * TCP carrier for Node: `dial` and `listen` produce utils `Duplex` streams over `node:net` sockets.
 * Buffers from the socket are turned into plain `Uint8Array`s here, at the adapter boundary;
 * backpressure follows the socket's writable buffer (`writableLength`) and its `drain` event.
 */
import { createConnection, createServer, type Server, type Socket } from 'node:net';
import {
  AbortError,
  abortable,
  ClosedError,
  DEFAULT_HIGH_WATER_MARK,
  type Duplex,
  type DuplexEvents,
  TypedEventTarget,
} from '@statuskit/utils';
import { DialError } from './errors.js';

class TcpDuplex extends TypedEventTarget<DuplexEvents> implements Duplex {
  readonly highWaterMark: number;
  readonly remoteAddress: string;
  closed = false;
  #finished = false;
  #local = false;
  readonly #socket: Socket;

  constructor(socket: Socket, highWaterMark: number) {
    super();
    this.#socket = socket;
    this.highWaterMark = highWaterMark;
    this.remoteAddress = `${socket.remoteAddress ?? '?'}:${socket.remotePort ?? '?'}`;
    socket.setNoDelay(true);
    socket.on('data', (chunk: Buffer) => {
      if (!this.#finished)
        this.emit(
          'data',
          new Uint8Array(chunk.buffer.slice(chunk.byteOffset, chunk.byteOffset + chunk.byteLength)),
        );
    });
    socket.on('drain', () => this.emit('drain'));
    socket.on('end', () => {
      // The peer finished writing: finish ours too (devp2p has no half-close).
      if (!socket.destroyed) socket.end();
    });
    socket.on('error', (err) => {
      if (!this.#finished) this.emit('error', err);
      this.#error = err;
    });
    socket.on('close', () => this.#finish());
  }

  #error: Error | undefined;

  get bufferedAmount(): number {
    return this.#socket.writableLength;
  }

  send(data: Uint8Array): boolean {
    if (this.closed) throw new ClosedError('send on a closed stream');
    if (!(data instanceof Uint8Array)) throw new TypeError('data must be a Uint8Array');
    this.#socket.write(data);
    return this.#socket.writableLength < this.highWaterMark;
  }

  drained(options?: { signal?: AbortSignal }): Promise<void> {
    if (this.closed || this.#socket.writableLength < this.highWaterMark) return Promise.resolve();
    return abortable(
      new Promise<void>((resolve) => {
        const check = () => {
          if (this.closed || this.#socket.writableLength < this.highWaterMark) {
            this.#socket.off('drain', check);
            this.#socket.off('close', check);
            resolve();
          }
        };
        this.#socket.on('drain', check);
        this.#socket.on('close', check);
      }),
      options?.signal,
    );
  }

  /** Stops reading the socket: the kernel buffers fill and TCP flow control holds the peer back. */
  pauseReading(): void {
    this.#socket.pause();
  }

  resumeReading(): void {
    if (!this.#finished) this.#socket.resume();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.#local = true;
    this.#socket.end();
    // A peer that never closes its side must not keep the socket forever.
    setTimeout(() => this.#socket.destroy(), 5_000).unref();
  }

  abort(error: Error): void {
    if (this.#finished) return;
    this.closed = true;
    this.#local = true;
    this.#error = error;
    this.emit('error', error);
    this.#socket.destroy();
  }

  #finish(): void {
    if (this.#finished) return;
    this.#finished = true;
    this.closed = true;
    const error = this.#error;
    this.emit('close', error === undefined ? { local: this.#local } : { error, local: this.#local });
  }
}

/** Options of {@link tcp}. */
export interface TcpOptions {
  /** `send` returns false past this many queued bytes. Default 1 MiB. */
  highWaterMark?: number;
  /**
   * Open connections a listener keeps at most; further sockets are closed by Node as they arrive
   * (default {@link TCP_DEFAULTS}.MAX_CONNECTIONS). Sessions bound peers after the handshake; this
   * bounds the file descriptors and buffers a connection flood can take before that.
   */
  maxConnections?: number;
}

/** Defaults of {@link tcp}. */
export const TCP_DEFAULTS = {
  /** Room for geth's default 50 peers, handshakes in progress and a queue of waiting dialers. */
  MAX_CONNECTIONS: 256,
} as const;

/** A TCP listener. */
export interface TcpListener {
  /** The bound address (useful with port 0). */
  address(): { host: string; port: number };
  /** Stops accepting; open connections are left to their owners. */
  close(): Promise<void>;
}

/** The TCP carrier. */
export interface TcpTransport {
  /**
   * Opens a connection.
   * @throws DialError on refusal or timeout; AbortError when `signal` fires first.
   */
  dial(host: string, port: number, options?: { signal?: AbortSignal; timeoutMs?: number }): Promise<Duplex>;
  /** Accepts connections, handing each to `onConnection` as a `Duplex`. */
  listen(
    address: { host?: string; port: number },
    onConnection: (duplex: Duplex) => void,
  ): Promise<TcpListener>;
}

/**
 * The TCP carrier factory.
 * @example const { dial } = tcp(); const duplex = await dial('127.0.0.1', 30303);
 */
export function tcp(options: TcpOptions = {}): TcpTransport {
  const hwm = options.highWaterMark ?? DEFAULT_HIGH_WATER_MARK;
  return {
    dial(host, port, opts = {}) {
      if (typeof host !== 'string' || host.length === 0)
        throw new TypeError('host must be a non-empty string');
      if (!Number.isInteger(port) || port < 1 || port > 65535) throw new RangeError('port must be 1..65535');
      return new Promise<Duplex>((resolve, reject) => {
        if (opts.signal?.aborted) return reject(new AbortError());
        const socket = createConnection({ host, port });
        let timer: NodeJS.Timeout | undefined;
        const cleanup = () => {
          if (timer) clearTimeout(timer);
          opts.signal?.removeEventListener('abort', onAbort);
          socket.off('error', onError);
        };
        const onAbort = () => {
          cleanup();
          socket.destroy();
          reject(new AbortError('dial aborted'));
        };
        const onError = (err: Error) => {
          cleanup();
          reject(new DialError(`dial ${host}:${port} failed`, { cause: err }));
        };
        socket.once('error', onError);
        opts.signal?.addEventListener('abort', onAbort, { once: true });
        if (opts.timeoutMs !== undefined) {
          timer = setTimeout(() => {
            cleanup();
            socket.destroy();
            reject(new DialError(`dial ${host}:${port} timed out after ${opts.timeoutMs} ms`));
          }, opts.timeoutMs);
        }
        socket.once('connect', () => {
          cleanup();
          resolve(new TcpDuplex(socket, hwm));
        });
      });
    },
    listen(address, onConnection) {
      return new Promise<TcpListener>((resolve, reject) => {
        const server: Server = createServer((socket) => onConnection(new TcpDuplex(socket, hwm)));
        server.maxConnections = options.maxConnections ?? TCP_DEFAULTS.MAX_CONNECTIONS;
        server.once('error', reject);
        server.listen(address.port, address.host ?? '127.0.0.1', () => {
          server.off('error', reject);
          const a = server.address();
          const bound =
            typeof a === 'object' && a !== null ? { host: a.address, port: a.port } : { host: '', port: 0 };
          resolve({
            address: () => bound,
            close: () => new Promise<void>((res) => server.close(() => res())),
          });
        });
      });
    },
  };
}
