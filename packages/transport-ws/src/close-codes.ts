/**
 * WebSocket close codes used by the carrier and the bridge. 1xxx codes are RFC 6455 §7.4.1; 4xxx
 * are in the private-use range (§7.4.2) and defined here, so a page can tell why the bridge ended
 * its connection (`WebSocketCloseError.code`). Browsers only let a page close with 1000 or
 * 3000–4999, so the codes a client sends itself are 1000 and `ABORTED`.
 */
export const CLOSE_CODES = {
  /** Clean close of the stream (`Duplex.close()`, or the upstream TCP connection ended). */
  NORMAL: 1000,
  /** The bridge is shutting down (`Bridge.close()`). */
  GOING_AWAY: 1001,
  /** A text frame arrived: the carrier is binary only. */
  UNSUPPORTED_DATA: 1003,
  /** A message was larger than the bridge's `maxMessageBytes`. */
  MESSAGE_TOO_BIG: 1009,
  /** The bridge's `onConnection` handler threw. */
  INTERNAL_ERROR: 1011,
  /** Nothing arrived from the client for `idleTimeoutMs`. */
  IDLE_TIMEOUT: 4000,
  /** The requested upstream is not on the allowlist (or none was named and there is no default). */
  UPSTREAM_NOT_ALLOWED: 4001,
  /** The upstream TCP endpoint could not be reached, or failed mid-stream. */
  UPSTREAM_FAILED: 4002,
  /** The request's `Origin` is not on the allowlist. */
  ORIGIN_NOT_ALLOWED: 4003,
  /** One side aborted the stream (`Duplex.abort()`), or broke the carrier's rules (a text frame). */
  ABORTED: 4005,
  /** Too many connections from this address, or in total. */
  TOO_MANY_CONNECTIONS: 4008,
  /** The client sent more bytes than `maxBytesPerSecond` (with `burstBytes` of slack) allows. */
  RATE_LIMITED: 4029,
} as const;

/** One of {@link CLOSE_CODES}. Codes from peers outside the table are kept as plain numbers. */
export type CloseCode = (typeof CLOSE_CODES)[keyof typeof CLOSE_CODES];

/** The name of a close code (`rate_limited`), or `code(<n>)` for codes outside the table. */
export function closeCodeName(code: number): string {
  for (const [name, value] of Object.entries(CLOSE_CODES)) if (value === code) return name.toLowerCase();
  return `code(${code})`;
}
