/**
 * The `Duplex` contract: an ordered, reliable byte stream as a carrier produces it (a TCP socket, a
 * WebSocket, an in-memory pipe). Protocol drivers such as RLPx sit on top of it and never see the
 * carrier.
 *
 * Semantics every implementation keeps (checked by `duplexComplianceSuite` in `./testing`):
 * - `send` queues bytes in order. It returns `false` once `bufferedAmount` reaches the high-water
 *   mark; the caller should then wait for `drain` (or `drained()`) before sending more.
 * - Bytes arrive as `data` events, in order, possibly re-chunked; each event carries a fresh array
 *   the receiver may keep.
 * - `close()` flushes what was queued, then ends the stream. `close` fires exactly once on each side,
 *   with `error` set when the stream ended because of a failure (an `error` event precedes it).
 * - `send` after close throws `ClosedError`; `close` twice is a no-op.
 */
import type { TypedEventTarget } from './events.js';

/** Details of the `close` event. */
export interface DuplexCloseDetail {
  /** Set when the stream ended because of a failure rather than a clean close. */
  error?: Error;
  /** True when this side called `close()`. */
  local: boolean;
}

/** Events a {@link Duplex} emits. */
export interface DuplexEvents {
  data: Uint8Array;
  drain: undefined;
  error: Error;
  close: DuplexCloseDetail;
}

/** An ordered, reliable byte stream with explicit backpressure. */
export interface Duplex extends TypedEventTarget<DuplexEvents> {
  /** Bytes queued by `send` that the carrier has not yet taken. */
  readonly bufferedAmount: number;
  /** `send` returns false once `bufferedAmount` reaches this many bytes. */
  readonly highWaterMark: number;
  /** True once `close` was called or the stream ended. */
  readonly closed: boolean;
  /** A human-readable remote address (`127.0.0.1:30303`, a URL), for logs and peer limits. */
  readonly remoteAddress: string;
  /**
   * Queues `data` for sending. The caller must not modify `data` afterwards.
   * @returns false when the caller should wait for `drain` before sending more.
   * @throws ClosedError when the stream is closed.
   */
  send(data: Uint8Array): boolean;
  /** Resolves once `bufferedAmount` is below the high-water mark (at once if it already is). */
  drained(options?: { signal?: AbortSignal }): Promise<void>;
  /** Flushes queued bytes and ends the stream. Idempotent. */
  close(): void;
  /** Ends the stream at once, dropping queued bytes; `close` fires with `error`. */
  abort(error: Error): void;
  /**
   * Optional: stops `data` events until {@link Duplex.resumeReading}, so the peer is held back by
   * the carrier's own flow control (TCP) while the reader catches up. Carriers that cannot pause
   * (browser WebSocket) leave it out; readers then bound what they queue themselves.
   */
  pauseReading?(): void;
  /** Optional: resumes `data` events after {@link Duplex.pauseReading}. */
  resumeReading?(): void;
}

/** Default high-water mark for carriers: 1 MiB. */
export const DEFAULT_HIGH_WATER_MARK = 1024 * 1024;
