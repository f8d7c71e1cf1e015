/**
 * The bridge's public option, event and handle types, its default limits, and the checks that turn
 * caller options into resolved limits (wrong options throw `TypeError`/`RangeError` naming them).
 */
import type { Server as HttpServer, IncomingMessage } from 'node:http';
import type { Server as HttpsServer } from 'node:https';
import type { Clock, Duplex, Logger, TypedEventTarget } from '@statuskit/utils';
import type { Upstream } from './upstreams.js';

/** Default limits of a bridge. Each is overridable through `BridgeOptions.limits`. */
export const BRIDGE_DEFAULTS = {
  /** Open connections in total. */
  MAX_CONNECTIONS: 1024,
  /** Open connections from one client address. */
  MAX_CONNECTIONS_PER_ADDRESS: 16,
  /** Largest WebSocket message accepted from a client (the carrier sends 64 KiB messages). */
  MAX_MESSAGE_BYTES: 256 * 1024,
  /** Sustained bytes per second a client may send on one connection. */
  MAX_BYTES_PER_SECOND: 1024 * 1024,
  /** Nothing from the client for this long ends the connection (devp2p pings every 15 s). */
  IDLE_TIMEOUT_MS: 60_000,
  /** How long dialing the upstream may take. */
  UPSTREAM_TIMEOUT_MS: 10_000,
  /** Bytes queued towards one side before the bridge stops reading from the other. */
  HIGH_WATER_MARK: 1024 * 1024,
  /** How long a closing handshake may take before the socket is destroyed. */
  CLOSE_TIMEOUT_MS: 5_000,
  /**
   * How long a new socket may take to complete its upgrade request (own server only): a client
   * that connects and sends nothing, or a request a byte at a time, holds a socket until then.
   */
  REQUEST_TIMEOUT_MS: 10_000,
  /** Sockets still in their upgrade request, beyond `MAX_CONNECTIONS`, that the own server keeps. */
  MAX_PENDING_REQUESTS: 64,
} as const;

/** Per-connection and per-address limits. */
export interface BridgeLimits {
  /** Open connections in total; more are closed with `TOO_MANY_CONNECTIONS`. Default 1024. */
  maxConnections?: number;
  /** Open connections from one address; more are closed with `TOO_MANY_CONNECTIONS`. Default 16. */
  maxConnectionsPerAddress?: number;
  /** Largest message from a client; a larger one is closed with `MESSAGE_TOO_BIG` (1009). Default 256 KiB. */
  maxMessageBytes?: number;
  /** Sustained client→bridge bytes per second per connection; past it: `RATE_LIMITED`. Default 1 MiB/s. */
  maxBytesPerSecond?: number;
  /** Slack of the rate limit: the bucket size in bytes. Default 2 × `maxBytesPerSecond`, at least `maxMessageBytes`. */
  burstBytes?: number;
  /** Nothing received from the client for this long: `IDLE_TIMEOUT`. Default 60 s. */
  idleTimeoutMs?: number;
  /** Dialing the upstream may take this long: then `UPSTREAM_FAILED`. Default 10 s. */
  upstreamTimeoutMs?: number;
  /** Bytes queued towards one side before the bridge pauses the other. Default 1 MiB. */
  highWaterMark?: number;
  /** A closing handshake that takes longer than this is cut (the socket destroyed). Default 5 s. */
  closeTimeoutMs?: number;
  /**
   * A socket of the bridge's own server that has not completed its upgrade request after this
   * long is destroyed. Default 10 s. (On a caller's `server`, its own timeouts apply.)
   */
  requestTimeoutMs?: number;
  /** Sockets of the own server still in their upgrade request, beyond `maxConnections`. Default 64. */
  maxPendingRequests?: number;
}

/** What the bridge knows about an accepted connection. */
export interface BridgeConnectionInfo {
  /** Increasing per bridge, for logs. */
  readonly id: number;
  /** The client's IP address (from `clientAddress` when given). */
  readonly remoteAddress: string;
  readonly remotePort: number;
  /** The request's `Origin` header, if any. */
  readonly origin: string | undefined;
  /** The request target (path and query). */
  readonly path: string;
  /** `host:port` of the upstream in piping mode; undefined in in-process mode. */
  readonly upstream: string | undefined;
}

/** A request the bridge closed right after the upgrade, without carrying any byte. */
export interface BridgeRefusal {
  readonly remoteAddress: string;
  readonly origin: string | undefined;
  readonly path: string;
  readonly code: number;
  readonly reason: string;
}

/** How an accepted connection ended. */
export interface BridgeConnectionEnd extends BridgeConnectionInfo {
  /** The close code the bridge sent when it ended the connection, else the one the client sent. */
  readonly code: number;
  readonly reason: string;
  /** Who ended it. */
  readonly endedBy: 'client' | 'bridge' | 'upstream';
  /** Bytes received from the client / sent to it. */
  readonly bytesIn: number;
  readonly bytesOut: number;
  readonly durationMs: number;
}

/** Events of a {@link Bridge}. */
export interface BridgeEvents {
  connection: BridgeConnectionInfo;
  refused: BridgeRefusal;
  close: BridgeConnectionEnd;
}

/** Options of {@link createBridge}. */
export interface BridgeOptions {
  /**
   * A caller-owned `http` or `https` server to serve WebSocket upgrades on (for TLS, or port 443
   * beside a web app). The bridge only adds an `upgrade` listener; the caller listens and closes.
   */
  server?: HttpServer | HttpsServer;
  /** Without `server`: the port of the bridge's own HTTP server (0 picks a free one). */
  port?: number;
  /** Without `server`: the interface to bind. Default `127.0.0.1`. */
  host?: string;
  /** Only upgrade requests under this path are served. Default `/`. */
  path?: string;
  /**
   * Upstream devp2p endpoints a client may be piped to: `"host:port"`, `"[v6]:port"`, an enode URL,
   * or `{ host, port }`. A client names one with `?upstream=host:port`; without the parameter it
   * goes to `onConnection` if given, else to the only upstream if there is exactly one.
   */
  upstreams?: readonly (string | Upstream)[];
  /** Allowed page origins (`https://app.example`), or `'*'` for any. */
  origins: readonly string[] | '*';
  /** Accept requests that carry no `Origin` (non-browser clients, which could forge one anyway). Default true. */
  allowMissingOrigin?: boolean;
  /** In-process mode: receives each accepted connection (without `?upstream=`) as a `Duplex`. */
  onConnection?: (duplex: Duplex, info: BridgeConnectionInfo) => void;
  /** The client address used for per-address limits, e.g. from `X-Forwarded-For` behind a proxy you run. */
  clientAddress?: (request: IncomingMessage) => string;
  limits?: BridgeLimits;
  clock?: Clock;
  logger?: Logger;
}

/** A running bridge. */
export interface Bridge extends TypedEventTarget<BridgeEvents> {
  /**
   * Where the server listens.
   * @throws StatuskitError when the caller's server is not listening.
   */
  address(): { host: string; port: number };
  /** Accepted connections still open. */
  readonly connectionCount: number;
  /**
   * Graceful shutdown: stops accepting, closes every connection with `GOING_AWAY` (1001) and
   * `reason`, ends each upstream TCP connection, and resolves once every socket is closed; sockets
   * still open after `timeoutMs` are destroyed. Closes the bridge's own server; a caller's server
   * keeps listening. Idempotent.
   */
  close(options?: { reason?: string; timeoutMs?: number }): Promise<void>;
}

/** `BridgeLimits` with every default filled in. */
export interface ResolvedLimits {
  maxConnections: number;
  maxPerAddress: number;
  maxMessageBytes: number;
  maxBytesPerSecond: number;
  burstBytes: number;
  idleTimeoutMs: number;
  upstreamTimeoutMs: number;
  highWaterMark: number;
  closeTimeoutMs: number;
  requestTimeoutMs: number;
  maxPendingRequests: number;
}

/** A positive safe integer, or the fallback when undefined. @throws RangeError naming it. */
export function positive(name: string, value: number | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value < 1) throw new RangeError(`${name} must be a positive integer`);
  return value;
}

/** Fills in defaults and checks every limit. @throws RangeError naming the limit. */
export function resolveLimits(l: BridgeLimits = {}): ResolvedLimits {
  const maxMessageBytes = positive(
    'limits.maxMessageBytes',
    l.maxMessageBytes,
    BRIDGE_DEFAULTS.MAX_MESSAGE_BYTES,
  );
  const maxBytesPerSecond = positive(
    'limits.maxBytesPerSecond',
    l.maxBytesPerSecond,
    BRIDGE_DEFAULTS.MAX_BYTES_PER_SECOND,
  );
  const burstBytes = positive(
    'limits.burstBytes',
    l.burstBytes,
    Math.max(2 * maxBytesPerSecond, maxMessageBytes),
  );
  if (burstBytes < maxMessageBytes) {
    throw new RangeError('limits.burstBytes must be at least limits.maxMessageBytes');
  }
  return {
    maxConnections: positive('limits.maxConnections', l.maxConnections, BRIDGE_DEFAULTS.MAX_CONNECTIONS),
    maxPerAddress: positive(
      'limits.maxConnectionsPerAddress',
      l.maxConnectionsPerAddress,
      BRIDGE_DEFAULTS.MAX_CONNECTIONS_PER_ADDRESS,
    ),
    maxMessageBytes,
    maxBytesPerSecond,
    burstBytes,
    idleTimeoutMs: positive('limits.idleTimeoutMs', l.idleTimeoutMs, BRIDGE_DEFAULTS.IDLE_TIMEOUT_MS),
    upstreamTimeoutMs: positive(
      'limits.upstreamTimeoutMs',
      l.upstreamTimeoutMs,
      BRIDGE_DEFAULTS.UPSTREAM_TIMEOUT_MS,
    ),
    highWaterMark: positive('limits.highWaterMark', l.highWaterMark, BRIDGE_DEFAULTS.HIGH_WATER_MARK),
    closeTimeoutMs: positive('limits.closeTimeoutMs', l.closeTimeoutMs, BRIDGE_DEFAULTS.CLOSE_TIMEOUT_MS),
    requestTimeoutMs: positive(
      'limits.requestTimeoutMs',
      l.requestTimeoutMs,
      BRIDGE_DEFAULTS.REQUEST_TIMEOUT_MS,
    ),
    maxPendingRequests: positive(
      'limits.maxPendingRequests',
      l.maxPendingRequests,
      BRIDGE_DEFAULTS.MAX_PENDING_REQUESTS,
    ),
  };
}

/** The Origin allowlist, checked. @throws TypeError naming the bad entry. */
export function originSet(origins: BridgeOptions['origins']): Set<string> | '*' {
  if (origins === '*') return '*';
  if (!Array.isArray(origins)) throw new TypeError("origins must be '*' or an array of origins");
  const out = new Set<string>();
  origins.forEach((o, i) => {
    let ok = o === 'null';
    if (!ok && typeof o === 'string') {
      try {
        ok = new URL(o).origin === o.toLowerCase();
      } catch {
        ok = false;
      }
    }
    if (!ok) throw new TypeError(`origins[${i}] must be an origin such as "https://app.example"`);
    out.add(o.toLowerCase());
  });
  return out;
}

/** A close reason must fit 123 bytes of UTF-8 (RFC 6455 §5.5); keep it short printable ASCII. */
export function closeReason(text: string): string {
  return String(text)
    .replace(/[^\x20-\x7e]/g, '?')
    .slice(0, 100);
}
