/**
 * Error classes shared by every statuskit package. Each has a stable `name` that callers can match
 * on (`err.name === 'DecodeError'`), keeps the underlying error as `cause`, and never carries key
 * material in its message.
 */

/** Options every statuskit error accepts. */
export interface StatuskitErrorOptions {
  cause?: unknown;
}

/** Base class of all protocol and runtime errors thrown by statuskit. */
export class StatuskitError extends Error {
  override name = 'StatuskitError';
  constructor(message: string, options?: StatuskitErrorOptions) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
  }
}

/** Bytes could not be decoded: truncated, oversized, non-canonical, or the wrong shape. */
export class DecodeError extends StatuskitError {
  override name = 'DecodeError';
}

/** An operation was cancelled through its `AbortSignal`. */
export class AbortError extends StatuskitError {
  override name = 'AbortError';
  constructor(message = 'the operation was aborted', options?: StatuskitErrorOptions) {
    super(message, options);
  }
}

/** An operation did not finish in its time budget. */
export class TimeoutError extends StatuskitError {
  override name = 'TimeoutError';
}

/** A storage backend failed, or was used after `close()`. */
export class StorageError extends StatuskitError {
  override name = 'StorageError';
}

/** A cryptographic operation failed: invalid key, point off the curve, failed recovery. */
export class CryptoError extends StatuskitError {
  override name = 'CryptoError';
}

/** Authenticated decryption failed (bad tag or MAC, wrong key). */
export class DecryptError extends StatuskitError {
  override name = 'DecryptError';
}

/** A signature did not verify or a signer could not be recovered. */
export class SignatureError extends StatuskitError {
  override name = 'SignatureError';
}

/** A stream was used after it closed, or closed while an operation was pending. */
export class ClosedError extends StatuskitError {
  override name = 'ClosedError';
}

/** A peer broke the protocol in a way that ends the session. */
export class ProtocolError extends StatuskitError {
  override name = 'ProtocolError';
}
