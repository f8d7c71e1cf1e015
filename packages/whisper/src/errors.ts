/**
 * Errors of the envelope layer. Each has a stable `name`; decoders throw `DecodeError` from utils,
 * decryption failures `DecryptError`, signature failures `SignatureError`. The classes here add the
 * envelope-specific failures.
 */
import { StatuskitError, type StatuskitErrorOptions } from '@statuskit/utils';

/** Why the pool refused an envelope (§3.7). */
export type EnvelopeRejectReason =
  | 'malformed'
  | 'oversized'
  | 'expired'
  | 'too-old'
  | 'future'
  | 'low-pow'
  | 'interest-mismatch'
  | 'duplicate'
  | 'pool-full';

/** The decrypted plaintext of an envelope does not have the `flags ‖ size ‖ payload ‖ padding ‖ [sig]` shape. */
export class MessageFormatError extends StatuskitError {
  override name = 'MessageFormatError';
}

/** An envelope failed validation before it could be stored or relayed (§3.7). */
export class InvalidEnvelopeError extends StatuskitError {
  override name = 'InvalidEnvelopeError';
  readonly reason: EnvelopeRejectReason;
  /** True for the time-sync failures (`future`, `too-old`) that status-go reports with code 1 and never disconnects for. */
  readonly timeSync: boolean;
  constructor(reason: EnvelopeRejectReason, message: string, options?: StatuskitErrorOptions) {
    super(message, options);
    this.reason = reason;
    this.timeSync = reason === 'future' || reason === 'too-old';
  }
}

/** Sealing did not reach the PoW target within its time budget. */
export class PowTimeoutError extends StatuskitError {
  override name = 'PowTimeoutError';
}

/**
 * A peer broke the Whisper/Waku protocol. `reason` is the devp2p Disconnect reason the session
 * sends (the session reads the `reason` property of errors thrown by a protocol handler).
 */
export class WhisperProtocolError extends StatuskitError {
  override name = 'WhisperProtocolError';
  readonly reason: number;
  constructor(message: string, reason: number, options?: StatuskitErrorOptions) {
    super(message, options);
    this.reason = reason;
  }
}

/** A mailserver request or response was invalid, or a history request failed. */
export class MailserverError extends StatuskitError {
  override name = 'MailserverError';
}
