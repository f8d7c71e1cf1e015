/**
 * One bridged connection. Client bytes pass the rate limit and reset the idle clock, then go to
 * the upstream TCP socket (piping mode) or to the in-process `Duplex` (in-process mode). Each
 * direction has backpressure: a full upstream socket pauses the WebSocket, a full WebSocket
 * pauses the upstream socket. A violation ends the connection at once with its close code; any
 * other end lets queued bytes flush before the close frame.
 */
import { type Socket, connect as tcpConnect } from 'node:net';
import type { Clock, Logger, TimerHandle } from '@statuskit/utils';
import type { RawData, WebSocket } from 'ws';
import { CLOSE_CODES, closeCodeName } from '../close-codes.js';
import type { BridgeConnectionEnd, BridgeConnectionInfo, ResolvedLimits } from './options.js';
import { ServerDuplex } from './server-duplex.js';
import { TokenBucket } from './token-bucket.js';
import type { Upstream } from './upstreams.js';

/** Whatever the connection's bytes go to. */
type Sink = { kind: 'local'; duplex: ServerDuplex } | { kind: 'upstream'; socket: Socket };

/** What a connection needs from the bridge that accepted it. */
export interface ConnectionHost {
  readonly limits: ResolvedLimits;
  readonly clock: Clock;
  readonly log: Logger;
  /** Called once the WebSocket and the upstream (if any) are both closed. */
  connectionEnded(conn: Connection, end: BridgeConnectionEnd): void;
}

/**
 * One accepted WebSocket: its limits (rate, idle), and where its bytes go (an upstream TCP socket
 * with backpressure both ways, or the in-process `ServerDuplex`), until both sides are closed.
 */
export class Connection {
  readonly info: BridgeConnectionInfo;
  bytesIn = 0;
  bytesOut = 0;
  readonly done: Promise<void>;
  readonly #ws: WebSocket;
  readonly #b: ConnectionHost;
  readonly #openedAt: number;
  readonly #bucket: TokenBucket;
  #sink: Sink | undefined;
  #ended = false;
  #endedBy: 'client' | 'bridge' | 'upstream' = 'client';
  #code: number = CLOSE_CODES.NORMAL;
  #reason = '';
  #lastInbound: number;
  #idleTimer: TimerHandle | undefined;
  #killTimer: TimerHandle | undefined;
  #wsClosed = false;
  #upstreamClosed = true;
  #upstreamReady = false;
  #queued: Buffer[] = [];
  #pendingOut = 0;
  #upstreamPaused = false;
  #resolveDone!: () => void;

  constructor(b: ConnectionHost, ws: WebSocket, info: BridgeConnectionInfo) {
    this.#b = b;
    this.#ws = ws;
    this.info = info;
    this.#openedAt = b.clock.now();
    this.#lastInbound = this.#openedAt;
    this.#bucket = new TokenBucket(b.limits.maxBytesPerSecond, b.limits.burstBytes, b.clock);
    this.done = new Promise((resolve) => {
      this.#resolveDone = resolve;
    });
    ws.on('message', (data, isBinary) => this.#onMessage(data, isBinary));
    ws.on('error', (err) => this.#onWsError(err));
    ws.on('close', (code, reason) => this.#onWsClose(code, reason.toString('utf8')));
    this.#armIdle(b.limits.idleTimeoutMs);
  }

  /** In-process mode: the duplex the handler receives. */
  local(): ServerDuplex {
    const duplex = new ServerDuplex(
      this.#ws,
      `${this.info.remoteAddress}:${this.info.remotePort}`,
      this.#b.limits.highWaterMark,
      this.#b.limits.maxMessageBytes,
      {
        close: () => this.end(CLOSE_CODES.NORMAL, '', 'bridge'),
        abort: () => this.kill(),
        sent: (n) => {
          this.bytesOut += n;
        },
      },
    );
    this.#sink = { kind: 'local', duplex };
    return duplex;
  }

  /** Piping mode: dials the upstream; client bytes wait (the socket is paused) until it connects. */
  pipe(upstream: Upstream): void {
    const socket = tcpConnect({ host: upstream.host, port: upstream.port });
    this.#sink = { kind: 'upstream', socket };
    this.#upstreamClosed = false;
    socket.setNoDelay(true);
    this.#ws.pause();
    const timer = this.#b.clock.setTimeout(() => {
      socket.destroy();
      this.end(CLOSE_CODES.UPSTREAM_FAILED, 'upstream timed out', 'upstream');
    }, this.#b.limits.upstreamTimeoutMs);
    socket.once('connect', () => {
      timer.cancel();
      this.#upstreamReady = true;
      const queued = this.#queued;
      this.#queued = [];
      for (const chunk of queued) socket.write(chunk);
      if (!this.#ended && socket.writableLength < this.#b.limits.highWaterMark) this.#ws.resume();
    });
    socket.on('data', (chunk: Buffer) => this.#toClient(chunk, socket));
    socket.on('drain', () => {
      if (!this.#ended) this.#ws.resume();
    });
    socket.on('end', () => this.end(CLOSE_CODES.NORMAL, 'upstream closed', 'upstream'));
    socket.on('error', (err) => {
      this.#b.log.debug('upstream error', { id: this.info.id, error: err.message });
      this.end(CLOSE_CODES.UPSTREAM_FAILED, 'upstream failed', 'upstream');
    });
    socket.on('close', () => {
      timer.cancel();
      this.#upstreamClosed = true;
      this.end(CLOSE_CODES.UPSTREAM_FAILED, 'upstream closed', 'upstream');
      this.#settle();
    });
  }

  /**
   * `ws` found a frame it will not take (a message over `maxPayload`, a bad opcode, an unmasked
   * client frame) and has already sent the close: record it as the bridge's doing.
   */
  #onWsError(err: Error): void {
    const wsCode = (err as { code?: unknown }).code;
    if (this.#ended || typeof wsCode !== 'string' || !wsCode.startsWith('WS_ERR_')) return;
    this.#ended = true;
    this.#endedBy = 'bridge';
    this.#code = wsCode === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? CLOSE_CODES.MESSAGE_TOO_BIG : 1002;
    this.#reason = wsCode === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH' ? 'message too big' : 'protocol error';
    this.#idleTimer?.cancel();
    const sink = this.#sink;
    if (sink?.kind === 'local') sink.duplex.stop();
    if (sink?.kind === 'upstream') sink.socket.destroy();
    this.#killTimer = this.#b.clock.setTimeout(() => this.kill(), this.#b.limits.closeTimeoutMs);
  }

  #onMessage(data: RawData, isBinary: boolean): void {
    if (this.#ended) return;
    const bytes = data as Buffer;
    if (!isBinary) {
      this.end(CLOSE_CODES.UNSUPPORTED_DATA, 'binary frames only', 'bridge', true);
      return;
    }
    if (!this.#bucket.take(bytes.length)) {
      this.end(CLOSE_CODES.RATE_LIMITED, 'rate limit exceeded', 'bridge', true);
      return;
    }
    this.bytesIn += bytes.length;
    this.#lastInbound = this.#b.clock.now();
    const sink = this.#sink;
    if (sink === undefined) return;
    if (sink.kind === 'local') {
      // A fresh plain Uint8Array the receiver may keep (ws may pool its Buffers).
      sink.duplex.deliver(new Uint8Array(bytes));
    } else if (!this.#upstreamReady) {
      this.#queued.push(bytes);
    } else if (!sink.socket.write(bytes)) {
      this.#ws.pause();
    }
  }

  #toClient(chunk: Buffer, socket: Socket): void {
    if (this.#ended) return;
    this.bytesOut += chunk.length;
    const max = this.#b.limits.maxMessageBytes;
    for (let o = 0; o < chunk.length; o += max) {
      const part = chunk.subarray(o, Math.min(chunk.length, o + max));
      this.#pendingOut += part.length;
      this.#ws.send(part, () => {
        this.#pendingOut -= part.length;
        if (this.#upstreamPaused && this.#pendingOut < this.#b.limits.highWaterMark) {
          this.#upstreamPaused = false;
          socket.resume();
        }
      });
    }
    if (this.#pendingOut >= this.#b.limits.highWaterMark && !this.#upstreamPaused) {
      this.#upstreamPaused = true;
      socket.pause();
    }
  }

  #armIdle(delay: number): void {
    this.#idleTimer = this.#b.clock.setTimeout(() => {
      if (this.#ended) return;
      const quiet = this.#b.clock.now() - this.#lastInbound;
      const limit = this.#b.limits.idleTimeoutMs;
      if (quiet >= limit) this.end(CLOSE_CODES.IDLE_TIMEOUT, 'idle', 'bridge');
      else this.#armIdle(limit - quiet);
    }, delay);
  }

  /**
   * Ends the connection with `code`. A violation drops what is on its way to the upstream; any
   * other end lets both directions flush first (the close frame follows queued messages).
   */
  end(code: number, reason: string, by: 'client' | 'bridge' | 'upstream', violation = false): void {
    if (this.#ended) return;
    this.#ended = true;
    this.#endedBy = by;
    this.#code = code;
    this.#reason = reason;
    this.#idleTimer?.cancel();
    if (code !== CLOSE_CODES.NORMAL) {
      this.#b.log.debug('ending connection', { id: this.info.id, code: closeCodeName(code), reason });
    }
    const sink = this.#sink;
    if (sink?.kind === 'local') sink.duplex.stop();
    if (sink?.kind === 'upstream') {
      if (violation || !this.#upstreamReady) sink.socket.destroy();
      else sink.socket.end();
    }
    // A socket paused for backpressure would never read the peer's answer to our close frame.
    this.#ws.resume();
    this.#ws.close(code, reason);
    this.#killTimer = this.#b.clock.setTimeout(() => this.kill(), this.#b.limits.closeTimeoutMs);
  }

  /** Destroys both sockets now. */
  kill(): void {
    if (!this.#ended) {
      this.#ended = true;
      this.#endedBy = 'bridge';
      this.#code = CLOSE_CODES.ABORTED;
      this.#reason = 'aborted';
      this.#idleTimer?.cancel();
    }
    this.#ws.terminate();
    if (this.#sink?.kind === 'upstream') this.#sink.socket.destroy();
  }

  #onWsClose(code: number, reason: string): void {
    this.#wsClosed = true;
    if (!this.#ended) {
      this.#ended = true;
      this.#endedBy = 'client';
      this.#code = code;
      this.#reason = reason;
      this.#idleTimer?.cancel();
    }
    const sink = this.#sink;
    if (sink?.kind === 'upstream') {
      // Let what the client sent last (a Disconnect frame) reach the upstream, then finish.
      if (this.#upstreamReady) {
        sink.socket.end();
      } else {
        sink.socket.destroy();
      }
      if (!this.#upstreamClosed) {
        this.#killTimer?.cancel();
        this.#killTimer = this.#b.clock.setTimeout(
          () => sink.socket.destroy(),
          this.#b.limits.closeTimeoutMs,
        );
      }
    }
    if (sink?.kind === 'local') {
      // The duplex hears the bridge's own code when the bridge ended the connection.
      const bridgeEnded = this.#endedBy !== 'client';
      sink.duplex.socketClosed(bridgeEnded ? this.#code : code, bridgeEnded ? this.#reason : reason);
    }
    this.#settle();
  }

  #settle(): void {
    if (!this.#wsClosed || !this.#upstreamClosed) return;
    this.#killTimer?.cancel();
    this.#resolveDone();
    this.#b.connectionEnded(this, {
      ...this.info,
      code: this.#code,
      reason: this.#reason,
      endedBy: this.#endedBy,
      bytesIn: this.bytesIn,
      bytesOut: this.bytesOut,
      durationMs: this.#b.clock.now() - this.#openedAt,
    });
  }
}
