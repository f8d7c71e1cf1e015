/**
 * Wire constants of Whisper v6 (`shh/6`, Status fork) and Waku (`waku/0`, `waku/1`), with the
 * STATUS-V1-FACTS section each one comes from.
 */

/** Packet codes of `shh/6` as the Status fork of Whisper uses them (§3.1). */
export const SHH_CODES = {
  STATUS: 0,
  MESSAGES: 1,
  POW_REQUIREMENT: 2,
  BLOOM_FILTER: 3,
  BATCH_ACKNOWLEDGED: 11,
  MESSAGE_RESPONSE: 12,
  RATE_LIMITS: 20,
  P2P_SYNC_REQUEST: 123,
  P2P_SYNC_RESPONSE: 124,
  P2P_REQUEST_COMPLETE: 125,
  P2P_REQUEST: 126,
  P2P_MESSAGE: 127,
} as const;

/** Packet codes of `waku/0` and `waku/1` (§3.1). The status update is 22 decimal, not 0x22 (§13 #5). */
export const WAKU_CODES = {
  STATUS: 0,
  MESSAGES: 1,
  BATCH_ACKNOWLEDGED: 11,
  MESSAGE_RESPONSE: 12,
  STATUS_UPDATE: 22,
  P2P_REQUEST_COMPLETE: 125,
  P2P_REQUEST: 126,
  P2P_MESSAGE: 127,
} as const;

/** Number of message codes each capability reserves on the devp2p wire (geth/status-go `NumberOfMessageCodes`). */
export const PROTOCOL_LENGTH = 128;

/** The protocol version carried in the `shh/6` status packet (§3.2). */
export const SHH_VERSION = 6;

/** Envelope and message layout constants (§3.3, §3.6, §3.8). */
export const ENVELOPE = {
  /** `size() = 20 + len(Data)`: the size used by the max-size check and the sealing target (§3.3). */
  HEADER_LENGTH: 20,
  TOPIC_LENGTH: 4,
  BLOOM_LENGTH: 64,
  AES_KEY_LENGTH: 32,
  /** The 12-byte AES-GCM nonce ("salt"), appended after the sealed bytes (§3.6). */
  GCM_NONCE_LENGTH: 12,
  SIGNATURE_LENGTH: 65,
  /** Plaintext is padded to a multiple of this many bytes (§3.6). */
  PAD_SIZE_LIMIT: 256,
  /** flags bits 0-1: number of bytes of the little-endian payload size field (§3.6). */
  SIZE_MASK: 0x03,
  /** flags bit 2: the message carries a 65-byte signature (§3.6). */
  SIGNATURE_FLAG: 0x04,
} as const;

/** Node defaults and limits (§3.7, §3.8). */
export const WHISPER_DEFAULTS = {
  /** Hard maximum message size: 10 MiB. */
  MAX_MESSAGE_SIZE_HARD: 10 * 1024 * 1024,
  /** Default maximum message size: 1 MiB. */
  MAX_MESSAGE_SIZE: 1024 * 1024,
  /** Status nodes run with MinimumPoW 0.000002 (§3.8 "Status overrides"). */
  MIN_POW: 0.000002,
  /** What Waku assumes when a peer's status omits the PoW requirement (§3.2). */
  PEER_DEFAULT_MIN_POW: 0.001,
  /** Default envelope TTL in seconds (`DefaultTTL`). */
  TTL_SECONDS: 50,
  /** Tolerated clock skew before a TimeSyncError (`DefaultSyncAllowance`). */
  SYNC_ALLOWANCE_SECONDS: 10,
  /** Pool sweep period (`ExpirationCycle`). */
  EXPIRATION_CYCLE_MS: 1000,
  /** Gossip period (`TransmissionCycle`). */
  TRANSMISSION_CYCLE_MS: 300,
  /** Largest accepted topic-interest list. */
  MAX_TOPIC_INTEREST: 10_000,
  /** Status senders: PoW target and TTL (§1.1, §3.8). */
  STATUS_POW_TARGET: 0.002,
  STATUS_POW_TARGET_LARGE: 0.000002,
  STATUS_LARGE_PAYLOAD_BYTES: 50_000,
  STATUS_TTL_SECONDS: 15,
  /** Status senders seal for at most 5 s (§1.1). */
  STATUS_POW_WORK_TIME_MS: 5000,
} as const;

/**
 * Error codes of a Message Response entry. §3.1 lists 1/2, but status-go declares them as
 * `EnvelopeTimeNotSynced uint = iota + 1` in the middle of a const block, so the value is the line's
 * position in that block: 21/22 in v0.62.18 `waku/common/const.go` (confirmed by waku-status.json)
 * and 37/38 in its vendored `whisper/v6/doc.go`. Because status-go's `TimeSyncError` is the plain
 * `error` interface, every envelope error is reported with the time-not-synced code.
 */
export const ENVELOPE_ERROR_CODES = {
  WAKU_TIME_NOT_SYNCED: 21,
  WAKU_OTHER: 22,
  SHH_TIME_NOT_SYNCED: 37,
  SHH_OTHER: 38,
} as const;

/** The symmetric-key derivation every Status topic key uses: PBKDF2-SHA256, 65356 iterations (§3.8, §4.2). */
export const SYM_KEY_PBKDF2 = {
  ITERATIONS: 65356,
  LENGTH: 32,
} as const;
