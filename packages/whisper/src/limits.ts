/**
 * Every resource bound of the Whisper/Waku node and the mailserver in one place, with the reason
 * for each default (issue #17, "relay hardening"). The wire constants (STATUS-V1-FACTS §3.8) stay
 * in `constants.ts`; what is here is local policy: go-ethereum and status-go advertise rate limits
 * but default them to 0 (§3.8), which lets a handful of peers make a relay hash, pool and scan
 * without limit. These defaults are on out of the box; every one can be changed through the
 * options of `createWhisperNode` / `createMailserver`, and 0 (where stated) turns one off.
 *
 * The numbers were chosen against the honest traffic Status produces: a chat client posts a few
 * envelopes a second at most (TTL 15 s, ≤ 1 MiB, PoW 0.002 or 0.000002), a relay forwards batches
 * every 300 ms, and a history client pages sequentially through ≤ 24 h ranges (§4.7).
 */

/** Per-peer admission limits of the node (`WhisperNodeOptions.rateLimits`). */
export const PEER_LIMITS = {
  /**
   * Messages-type packets per second and peer. Honest peers send one batch per 300 ms transmission
   * cycle plus an occasional status update or confirmation, so about 4/s; 50 leaves a wide margin
   * for bursts (a phone flushing its outbox after a reconnect).
   */
  PACKETS_PER_SECOND: 50,
  /**
   * Envelopes per second and peer (each one costs two Keccak hashes before it can be judged). The
   * busiest honest pattern measured (#17, 30 chatty peers) is 20 envelopes/s per peer; a relay that
   * forwards a whole network's traffic to us can exceed it, so fleets raise it for their
   * neighbours (or mark them trusted, which exempts them).
   */
  ENVELOPES_PER_SECOND: 200,
  /**
   * Bytes per second and peer. 1 MiB/s lets one maximum-size envelope through per second (an
   * amount above the bucket passes when the bucket is full, leaving it in debt) while 18 peers
   * flooding 8 KiB envelopes (#17, row 1) are held to what a relay can hash without stalling.
   */
  BYTES_PER_SECOND: 1024 * 1024,
  /**
   * Rate-limit drops tolerated before the peer is disconnected with `SUBPROTOCOL_ERROR`. Counted in
   * a sliding window ({@link PEER_LIMITS.PENALTY_WINDOW_MS}) so a peer that overshoots once an hour
   * is never cut off.
   */
  TOLERANCE: 10,
  /** The window the drop counter and the time-sync failure counter decay over. */
  PENALTY_WINDOW_MS: 10_000,
  /**
   * Time-sync failures (envelopes from the future or long expired, §3.7) tolerated per window.
   * status-go only reports them, but each one costs us a decode; a peer whose clock is a little off
   * sends a few per chat message, an attacker thousands. Past the limit the peer is disconnected.
   */
  TIME_SYNC_FAILURES: 200,
  /**
   * Bytes of the pool one peer's envelopes may hold, as a fraction of the pool bound. Without it one
   * peer fills the pool with long-TTL envelopes and everyone else's are refused (#17, row 2).
   */
  POOL_SHARE: 0.125,
  /**
   * Bytes we queue to a peer before stopping a broadcast to it: when `send` returns false (the
   * carrier is past its high-water mark) the node stops writing until the carrier drains.
   */
  SEND_STALL_TIMEOUT_MS: 15_000,
  /**
   * Envelope bytes sent to one peer per transmission cycle (300 ms), about 850 KiB/s: a relay
   * gossips everything new to every peer, so 18 flooding peers admitted at 1 MiB/s each would ask
   * it to compress, encrypt and MAC 18 × 19 MiB a second, more than a core can. Past this a peer's
   * cursor stays behind (its envelopes follow in later cycles or expire); honest chat traffic is a
   * few KiB a cycle. The cycle itself works in 8 ms slices, starting one peer further each cycle.
   */
  GOSSIP_BYTES_PER_CYCLE: 256 * 1024,
  /** Most peers (sessions of our capabilities) a node serves; more are refused with TOO_MANY_PEERS. */
  MAX_PEERS: 200,
} as const;

/** Bounds of the envelope pool (`WhisperNodeOptions.maxPoolBytes`). */
export const POOL_LIMITS = {
  /**
   * The pool's memory bound, in bytes actually retained: each envelope's own copy of its bytes plus
   * {@link POOL_LIMITS.ENTRY_OVERHEAD_BYTES}. 64 MiB keeps a relay inside a 512 MiB RSS budget with
   * everything else it holds (sessions, a memory archive, garbage the V8 heap has not collected yet).
   */
  MAX_BYTES: 64 * 1024 * 1024,
  /**
   * Heap bytes one pooled envelope costs besides its RLP bytes: the record and envelope objects,
   * the 32-byte hash and its 64-character hex string, the typed-array views, the map slots of the
   * pool, the expiry and eviction heaps and the gossip log, and the seen-by list (blooms are shared
   * per topic). Measured at 2,158 bytes of `heapUsed` per envelope (after a forced GC) over 100,000
   * tiny envelopes admitted through a node's Messages handler, Node 20.20, 2026-12-08; rounded up.
   */
  ENTRY_OVERHEAD_BYTES: 2304,
} as const;

/** Bounds of the mailserver (`MailserverOptions`). */
export const MAILSERVER_SERVER_LIMITS = {
  /**
   * Average minimum interval between two requests of one peer. A history client pages
   * sequentially (§4.7), each page waiting for the previous Request Complete; 100 ms (10 requests/s
   * sustained) never slows it, and a flooding peer is held to ten scans a second.
   */
  RATE_LIMIT_MS: 100,
  /** Requests a peer may make back to back before the average interval applies. */
  RATE_BURST: 20,
  /** Scans running at once; more wait in a queue. Each scan is time-sliced, so this bounds memory, not latency. */
  MAX_CONCURRENT_SCANS: 4,
  /** Requests waiting for a scan slot; past it a request is answered `ERROR=… server busy`. */
  MAX_QUEUED_REQUESTS: 64,
  /** Requests one peer may have queued or running; more are refused. */
  MAX_REQUESTS_PER_PEER: 2,
  /** A scan yields to the event loop after this many milliseconds of work. */
  SLICE_MS: 8,
  /**
   * Most milliseconds of work one request may take; it then ends early with a cursor at the last
   * scanned entry and the client asks for the next page (the same contract as `maxScanPerRequest`).
   */
  MAX_SCAN_MS: 250,
  /**
   * Request envelopes remembered to refuse replays, until their expiry (a signed request can be
   * copied off the wire and sent again by anyone: §4.7 signatures are not bound to the peer).
   */
  MAX_SEEN_REQUESTS: 100_000,
  /** How long the archive keeps envelopes: the Status fleets keep about 30 days (§10.2). */
  RETENTION_SECONDS: 30 * 24 * 3600,
  /**
   * Bytes the archive may hold (envelope bytes plus key and an estimated per-entry overhead); the
   * oldest envelopes are pruned first (down to 90%). 128 MiB fits the relay's RSS budget with a
   * memory archive; a disk archive (SQLite) can take a larger bound.
   */
  MAX_ARCHIVE_BYTES: 128 * 1024 * 1024,
  /**
   * Per-entry overhead counted against {@link MAILSERVER_SERVER_LIMITS.MAX_ARCHIVE_BYTES}: the key and
   * value copies a memory store keeps are two typed arrays with their own buffers plus a slot of its
   * sorted key array (an estimate, not measured).
   */
  ARCHIVE_ENTRY_OVERHEAD_BYTES: 512,
  /** How often retention runs (it is also run when an archive write crosses the byte bound). */
  PRUNE_INTERVAL_MS: 60_000,
} as const;
