/**
 * The WebSocket bridge: a Node server on `ws` that lets browsers reach devp2p. Each accepted
 * WebSocket is either piped byte for byte to an allowlisted upstream devp2p TCP endpoint, or handed
 * as a `Duplex` to an in-process listener (`onConnection`), so a statuskit node can listen on
 * WebSocket beside TCP. The bridge only ever carries RLPx ciphertext: it cannot read, forge or
 * selectively drop messages.
 *
 * It is not an open proxy. Upstreams come from an allowlist matched on their exact text, Origins
 * from an allowlist, and each connection is held to limits (connections per address and in total,
 * message size, bytes per second, idle time). Every refusal is a close with a documented code
 * (`CLOSE_CODES`), and the refused connection never touches the others.
 */
import { createServer, type Server as HttpServer, type IncomingMessage } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { Duplex as NodeStream } from 'node:stream';
import {
  type Clock,
  type Logger,
  StatuskitError,
  silentLogger,
  systemClock,
  type TimerHandle,
  TypedEventTarget,
} from '@statuskit/utils';
import { type WebSocket, WebSocketServer } from 'ws';
import { CLOSE_CODES, closeCodeName } from '../close-codes.js';
import { Connection, type ConnectionHost } from './connection.js';
import {
  type Bridge,
  type BridgeConnectionEnd,
  type BridgeConnectionInfo,
  type BridgeEvents,
  type BridgeOptions,
  type BridgeRefusal,
  closeReason,
  originSet,
  positive,
  type ResolvedLimits,
  resolveLimits,
} from './options.js';
import { formatUpstream, parseUpstream, type Upstream, upstreamAllowlist } from './upstreams.js';

function plainAddress(address: string | undefined): string {
  if (address === undefined || address.length === 0) return 'unknown';
  return address.startsWith('::ffff:') && address.includes('.') ? address.slice(7) : address;
}

function rejectUpgrade(socket: NodeStream, status: number, text: string): void {
  socket.on('error', () => {});
  if (!socket.writable) {
    socket.destroy();
    return;
  }
  socket.end(`HTTP/1.1 ${status} ${text}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`, () =>
    socket.destroy(),
  );
}

class BridgeImpl extends TypedEventTarget<BridgeEvents> implements Bridge, ConnectionHost {
  readonly limits: ResolvedLimits;
  readonly clock: Clock;
  readonly log: Logger;
  readonly #o: BridgeOptions;
  readonly #server: HttpServer | HttpsServer;
  readonly #ownServer: boolean;
  readonly #path: string;
  readonly #upstreams: ReadonlyMap<string, Upstream>;
  readonly #origins: Set<string> | '*';
  readonly #wss: WebSocketServer;
  readonly #connections = new Set<Connection>();
  readonly #refused = new Set<WebSocket>();
  readonly #perAddress = new Map<string, number>();
  #nextId = 1;
  #closing: Promise<void> | undefined;

  constructor(o: BridgeOptions) {
    super();
    this.#o = o;
    this.limits = resolveLimits(o.limits);
    this.clock = o.clock ?? systemClock;
    this.log = (o.logger ?? silentLogger).child({ component: 'ws-bridge' });
    this.#upstreams = upstreamAllowlist(o.upstreams);
    this.#origins = originSet(o.origins);
    this.#path = o.path ?? '/';
    if (!this.#path.startsWith('/')) throw new TypeError('path must start with "/"');
    if (this.#upstreams.size === 0 && o.onConnection === undefined) {
      throw new TypeError('pass upstreams, onConnection, or both: a bridge with neither carries nothing');
    }
    if (o.onConnection !== undefined && typeof o.onConnection !== 'function') {
      throw new TypeError('onConnection must be a function');
    }
    if (o.server !== undefined && o.port !== undefined) throw new TypeError('pass server or port, not both');
    if (o.server === undefined) {
      if (!Number.isInteger(o.port) || (o.port as number) < 0 || (o.port as number) > 65535) {
        throw new RangeError('port must be 0..65535 when no server is given');
      }
    }
    this.#ownServer = o.server === undefined;
    this.#server =
      o.server ??
      createServer((_req, res) => {
        res.writeHead(426, { 'content-type': 'text/plain', connection: 'close' });
        res.end('WebSocket upgrade required\n');
      });
    this.#wss = new WebSocketServer({
      noServer: true,
      maxPayload: this.limits.maxMessageBytes,
      perMessageDeflate: false,
      clientTracking: false,
    });
  }

  async start(): Promise<void> {
    this.#server.on('upgrade', this.#onUpgrade);
    if (!this.#ownServer) return;
    // Pre-upgrade bounds of our own server (issue 17): every socket must finish its upgrade
    // request within requestTimeoutMs, and sockets beyond the connection limit plus a few pending
    // requests are refused by Node as they arrive.
    const server = this.#server as HttpServer;
    server.maxConnections = this.limits.maxConnections + this.limits.maxPendingRequests;
    server.headersTimeout = this.limits.requestTimeoutMs;
    server.requestTimeout = this.limits.requestTimeoutMs;
    server.on('connection', this.#onSocket);
    await new Promise<void>((resolve, reject) => {
      this.#server.once('error', reject);
      this.#server.listen(this.#o.port, this.#o.host ?? '127.0.0.1', () => {
        this.#server.off('error', reject);
        resolve();
      });
    });
  }

  address(): { host: string; port: number } {
    const a = this.#server.address();
    if (a === null || typeof a !== 'object') throw new StatuskitError('the bridge server is not listening');
    return { host: a.address, port: a.port };
  }

  get connectionCount(): number {
    return this.#connections.size;
  }

  /** Sockets of our own server whose upgrade request is not complete yet, with their deadline. */
  readonly #pendingRequests = new Map<NodeStream, TimerHandle>();

  readonly #onSocket = (socket: NodeStream) => {
    const timer = this.clock.setTimeout(() => {
      if (this.#pendingRequests.delete(socket)) {
        this.log.debug('upgrade request timed out');
        socket.destroy();
      }
    }, this.limits.requestTimeoutMs);
    this.#pendingRequests.set(socket, timer);
    socket.once('close', () => {
      timer.cancel();
      this.#pendingRequests.delete(socket);
    });
  };

  readonly #onUpgrade = (req: IncomingMessage, socket: NodeStream, head: Buffer) => {
    this.#pendingRequests.get(socket)?.cancel();
    this.#pendingRequests.delete(socket);
    const target = req.url ?? '/';
    const pathname = target.split('?')[0] as string;
    const under =
      this.#path === '/' ||
      pathname === this.#path ||
      pathname.startsWith(this.#path.endsWith('/') ? this.#path : `${this.#path}/`);
    if (!under) {
      // Another upgrade listener on a shared server may want it; otherwise say no.
      if (this.#server.listenerCount('upgrade') <= 1) rejectUpgrade(socket, 404, 'Not Found');
      return;
    }
    this.#wss.handleUpgrade(req, socket, head, (ws) => {
      try {
        this.#accept(ws, req);
      } catch (err) {
        // A throwing `clientAddress` hook must not take the server down.
        this.log.error('accepting a connection failed', { error: String(err) });
        ws.terminate();
      }
    });
  };

  #accept(ws: WebSocket, req: IncomingMessage): void {
    ws.on('error', (err) => this.log.debug('websocket error', { error: err.message }));
    const remoteAddress = plainAddress(this.#o.clientAddress?.(req) ?? req.socket.remoteAddress);
    const originHeader = req.headers.origin;
    const origin = typeof originHeader === 'string' ? originHeader : undefined;
    const path = req.url ?? '/';
    const fromAddress = this.#perAddress.get(remoteAddress) ?? 0;
    const route = this.#route(origin, fromAddress, path);
    if ('code' in route) {
      this.#refuse(ws, { remoteAddress, origin, path, ...route });
      return;
    }
    const upstream = route.upstream;

    const info: BridgeConnectionInfo = {
      id: this.#nextId++,
      remoteAddress,
      remotePort: req.socket.remotePort ?? 0,
      origin,
      path,
      upstream: upstream === undefined ? undefined : formatUpstream(upstream),
    };
    const conn = new Connection(this, ws, info);
    this.#connections.add(conn);
    this.#perAddress.set(remoteAddress, fromAddress + 1);
    this.log.debug('connection', { id: info.id, remoteAddress, upstream: info.upstream ?? 'in-process' });
    this.emit('connection', info);
    if (upstream !== undefined) {
      conn.pipe(upstream);
      return;
    }
    const duplex = conn.local();
    try {
      (this.#o.onConnection as NonNullable<BridgeOptions['onConnection']>)(duplex, info);
    } catch (err) {
      this.log.error('onConnection threw', { id: info.id, error: String(err) });
      conn.end(CLOSE_CODES.INTERNAL_ERROR, 'handler failed', 'bridge');
    }
  }

  /** Checks a request against the allowlists and limits, in order, and picks where it goes. */
  #route(
    origin: string | undefined,
    fromAddress: number,
    path: string,
  ): { code: number; reason: string } | { upstream: Upstream | undefined } {
    if (this.#closing !== undefined) return { code: CLOSE_CODES.GOING_AWAY, reason: 'bridge shutting down' };
    if (!this.#originAllowed(origin))
      return { code: CLOSE_CODES.ORIGIN_NOT_ALLOWED, reason: 'origin not allowed' };
    if (this.#connections.size >= this.limits.maxConnections) {
      return { code: CLOSE_CODES.TOO_MANY_CONNECTIONS, reason: 'bridge full' };
    }
    if (fromAddress >= this.limits.maxPerAddress) {
      return { code: CLOSE_CODES.TOO_MANY_CONNECTIONS, reason: 'too many connections from this address' };
    }
    const requested = new URL(path, 'ws://bridge').searchParams.get('upstream');
    if (requested !== null) {
      const parsed = parseUpstream(requested);
      const upstream = parsed === undefined ? undefined : this.#upstreams.get(formatUpstream(parsed));
      if (upstream === undefined)
        return { code: CLOSE_CODES.UPSTREAM_NOT_ALLOWED, reason: 'upstream not allowed' };
      return { upstream };
    }
    if (this.#o.onConnection !== undefined) return { upstream: undefined };
    if (this.#upstreams.size !== 1)
      return { code: CLOSE_CODES.UPSTREAM_NOT_ALLOWED, reason: 'no upstream named' };
    return { upstream: this.#upstreams.values().next().value as Upstream };
  }

  #originAllowed(origin: string | undefined): boolean {
    if (origin === undefined) return this.#o.allowMissingOrigin ?? true;
    return this.#origins === '*' || this.#origins.has(origin.toLowerCase());
  }

  #refuse(ws: WebSocket, refusal: BridgeRefusal): void {
    this.#refused.add(ws);
    ws.close(refusal.code, refusal.reason);
    const timer = this.clock.setTimeout(() => ws.terminate(), this.limits.closeTimeoutMs);
    ws.once('close', () => {
      timer.cancel();
      this.#refused.delete(ws);
    });
    this.log.info('refused', {
      remoteAddress: refusal.remoteAddress,
      origin: refusal.origin ?? 'none',
      code: closeCodeName(refusal.code),
    });
    this.emit('refused', refusal);
  }

  /** Called by a connection once its WebSocket and upstream are both closed. */
  connectionEnded(conn: Connection, end: BridgeConnectionEnd): void {
    if (!this.#connections.delete(conn)) return;
    const n = (this.#perAddress.get(conn.info.remoteAddress) ?? 1) - 1;
    if (n <= 0) this.#perAddress.delete(conn.info.remoteAddress);
    else this.#perAddress.set(conn.info.remoteAddress, n);
    this.emit('close', end);
  }

  close(options: { reason?: string; timeoutMs?: number } = {}): Promise<void> {
    if (this.#closing !== undefined) return this.#closing;
    const reason = closeReason(options.reason ?? 'bridge shutting down');
    const timeoutMs = positive('timeoutMs', options.timeoutMs, this.limits.closeTimeoutMs);
    this.#closing = (async () => {
      this.#server.off('upgrade', this.#onUpgrade);
      this.#server.off('connection', this.#onSocket);
      for (const [socket, timer] of this.#pendingRequests) {
        timer.cancel();
        socket.destroy();
      }
      this.#pendingRequests.clear();
      const serverClosed = this.#ownServer
        ? new Promise<void>((resolve) => this.#server.close(() => resolve()))
        : Promise.resolve();
      for (const ws of this.#refused) ws.terminate();
      const open = [...this.#connections];
      for (const c of open) c.end(CLOSE_CODES.GOING_AWAY, reason, 'bridge');
      const all = Promise.all(open.map((c) => c.done));
      let timer: TimerHandle | undefined;
      const late = await Promise.race([
        all.then(() => false),
        new Promise<boolean>((resolve) => {
          timer = this.clock.setTimeout(() => resolve(true), timeoutMs);
        }),
      ]);
      timer?.cancel();
      if (late) for (const c of open) c.kill();
      await all;
      if (this.#ownServer) (this.#server as HttpServer).closeAllConnections();
      await serverClosed;
      this.#wss.close();
    })();
    return this.#closing;
  }
}

/**
 * Starts a bridge. Without `server` it listens on its own HTTP server at `host:port`; with
 * `server` (http or https) it serves upgrades there and leaves listening to the caller.
 * @throws TypeError / RangeError for invalid options (naming the option); rejects with the
 *   server's error (e.g. `EADDRINUSE`) when its own server cannot listen.
 * @example
 * const bridge = await createBridge({ port: 8546, host: '0.0.0.0', upstreams: ['127.0.0.1:30303'],
 *   origins: ['https://app.example'] });
 */
export function createBridge(options: BridgeOptions): Promise<Bridge> {
  if (typeof options !== 'object' || options === null) throw new TypeError('options must be an object');
  const bridge = new BridgeImpl(options);
  return bridge.start().then(() => bridge);
}
