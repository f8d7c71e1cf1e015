import { DecodeError, StatuskitError } from '@statuskit/utils';

/** ECIES decryption failed: malformed ciphertext, invalid ephemeral key or bad MAC. */
export class EciesError extends StatuskitError {
  override name = 'EciesError';
}

/** The RLPx handshake failed: malformed or undecryptable auth/ack, bad signature, invalid key. */
export class HandshakeError extends StatuskitError {
  override name = 'HandshakeError';
}

/** A frame failed: bad header or frame MAC, oversized frame, malformed header or message id. */
export class FrameError extends StatuskitError {
  override name = 'FrameError';
}

/** A frame header announced more bytes than the codec's `maxFrameSize`; the body is not read. */
export class FrameTooLargeError extends FrameError {
  override name = 'FrameTooLargeError';
  /** The size the header announced. */
  readonly size: number;
  /** The limit in force. */
  readonly limit: number;
  constructor(size: number, limit: number) {
    super(`frame of ${size} bytes exceeds ${limit}`);
    this.size = size;
    this.limit = limit;
  }
}

/** A snappy block could not be decompressed, or would decompress past the size bound. */
export class SnappyError extends StatuskitError {
  override name = 'SnappyError';
}

/** A p2p base-protocol message (Hello, Disconnect, Ping, Pong) was malformed or out of order. */
export class P2PProtocolError extends StatuskitError {
  override name = 'P2PProtocolError';
  /** The Disconnect reason the session sends because of this error. */
  readonly reason: number;
  constructor(message: string, reason: number, options?: { cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }
}

/** An enode URL is malformed or names an invalid public key. */
export class EnodeError extends DecodeError {
  override name = 'EnodeError';
}
