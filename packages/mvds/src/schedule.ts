/**
 * MVDS record types, the epoch tick and the retransmission schedules (STATUS-V1-FACTS §6.3–6.4).
 * The schedule is local behaviour: it changes when we resend, never what is on the wire.
 */

/** Send-record types (§6.3, mvds `state.RecordType`). */
export const MVDS_RECORD = { OFFER: 0, REQUEST: 1, MESSAGE: 2 } as const;

/** One of {@link MVDS_RECORD}. */
export type MvdsRecordType = (typeof MVDS_RECORD)[keyof typeof MVDS_RECORD];

/** status-go's epoch tick: 300 ms (§6.3, datasync `node.Start(300 * time.Millisecond)`). */
export const MVDS_EPOCH_MS = 300;

/**
 * When a record is sent next. `count` is how often it has now been sent (already incremented),
 * `epoch` the epoch it was just sent in, `previousSendEpoch` the send epoch it was due at.
 */
export type RetransmissionSchedule = (count: number, epoch: bigint, previousSendEpoch: bigint) => bigint;

/**
 * The schedules of §6.4.
 * - `status-go-0.62`: mvds v0.0.23 as vendored in status-go ≤ 0.64.1,
 *   `SendEpoch += CalculateSendTime(count, epoch)` with `CalculateSendTime = epoch + 2·count`. The
 *   current epoch is *added* to the send epoch, so retries drift apart the longer a node has run
 *   (and the epoch is persisted): after an hour of uptime the first retry comes about an hour later.
 * - `status-go-0.64`: status-go ≥ 0.64.2, `SendEpoch = epoch + 2^(count−1)·90`, i.e. 27 s, 54 s,
 *   108 s, … at 300 ms epochs, independent of uptime.
 */
export const MVDS_SCHEDULES = {
  'status-go-0.62': (count, epoch, previous) => previous + epoch + 2n * BigInt(count),
  'status-go-0.64': (count, epoch) => epoch + 2n ** BigInt(Math.max(0, count - 1)) * 90n,
} as const satisfies Record<string, RetransmissionSchedule>;

/** A schedule name of {@link MVDS_SCHEDULES}. */
export type MvdsScheduleName = keyof typeof MVDS_SCHEDULES;
