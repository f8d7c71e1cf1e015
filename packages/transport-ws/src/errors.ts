import { ClosedError, ProtocolError, StatuskitError, type StatuskitErrorOptions } from '@statuskit/utils';
import { closeCodeName } from './close-codes.js';

/** A WebSocket could not be opened: refused, failed the upgrade, or timed out. */
export class DialError extends StatuskitError {
  override name = 'DialError';
}

/**
 * The WebSocket closed with a code other than a clean 1000: the bridge refused or ended the
 * connection (see `CLOSE_CODES`), the peer aborted, or the network failed (1006).
 */
export class WebSocketCloseError extends ClosedError {
  override name = 'WebSocketCloseError';
  /** The close code the socket reported (1006 when the connection dropped without a close frame). */
  readonly code: number;
  /** The close reason the peer sent, possibly empty. */
  readonly reason: string;
  constructor(code: number, reason: string, options?: StatuskitErrorOptions) {
    super(`WebSocket closed with ${code} (${closeCodeName(code)})${reason ? `: ${reason}` : ''}`, options);
    this.code = code;
    this.reason = reason;
  }
}

/** The peer broke the carrier's rules: it sent a text frame where only binary frames are allowed. */
export class WebSocketProtocolError extends ProtocolError {
  override name = 'WebSocketProtocolError';
}
