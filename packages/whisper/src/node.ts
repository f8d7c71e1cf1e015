/**
 * The Whisper/Waku node: a sans-IO state machine that plugs into devp2p as the `shh/6`, `waku/0`
 * and `waku/1` capabilities (STATUS-V1-FACTS §3). Per peer it runs the status handshake, tracks the
 * peer's PoW requirement, bloom or topic interest, light-node and confirmation flags, answers
 * Messages batches with Message Response + Batch Ack when confirmations are on, and routes the
 * mailserver P2P packets. Node-wide it validates envelopes before pooling them (§3.7), de-duplicates
 * by hash, sweeps expired envelopes every second, gossips every 300 ms only to peers whose PoW
 * requirement and interest accept an envelope and that have not seen it (never echoing back), and
 * opens new envelopes for the local filters. A light node relays nothing but its own envelopes.
 *
 * Peer scoring: undecodable packets and out-of-order messages end the session with
 * `PROTOCOL_BREACH`; invalid envelopes (oversized, low PoW, outside our interest) and rate-limit
 * floods with `SUBPROTOCOL_ERROR` (what go-ethereum sends when a protocol fails); a status with the
 * wrong version with `INCOMPATIBLE_VERSION`; two light nodes in restricted mode with `USELESS_PEER`;
 * a peer that stops reading with `PING_TIMEOUT`; one too many peers with `TOO_MANY_PEERS`.
 * Time-sync failures (expired or future envelopes) are reported, and punished only past a rate
 * no honest clock produces. Every bound is in `limits.ts` and on by default (#17): per-peer
 * packet, envelope and byte rates, a per-peer pool share, a memory-bounded pool, a send-queue
 * bound, a peer cap. Envelopes pass the cheap checks (time, size, interest) before any Keccak, are
 * hashed once for de-duplication and once for PoW, and are copied out of the packet when pooled.
 */
import {
  DISCONNECT_REASONS,
  type Protocol,
  type ProtocolContext,
  type ProtocolHandler,
} from '@statuskit/devp2p';
import {
  type Clock,
  type CryptoProvider,
  createRecoverCache,
  createTimeSlicer,
  DecodeError,
  type Logger,
  nextFairTurn,
  nobleCrypto,
  type RandomSource,
  type RecoverCache,
  type RecoverPool,
  secureRandom,
  silentLogger,
  systemClock,
  type TimerHandle,
  TypedEventTarget,
  toHex,
} from '@statuskit/utils';
import {
  ENVELOPE_ERROR_CODES,
  PROTOCOL_LENGTH,
  SHH_CODES,
  SHH_VERSION,
  WAKU_CODES,
  WHISPER_DEFAULTS,
} from './constants.js';
import {
  decodeEnvelopeView,
  type Envelope,
  type EnvelopeRecord,
  encodeEnvelopeWithoutNonce,
  envelopeRecord,
  recordOfEnvelope,
} from './envelope.js';
import { type EnvelopeRejectReason, InvalidEnvelopeError, WhisperProtocolError } from './errors.js';
import {
  createFilterSet,
  type DeliveryFailureReason,
  type Filter,
  type FilterOptions,
  type FilterSet,
  type ReceivedMessage,
} from './filters.js';
import { createLightPool } from './light-pool.js';
import { PEER_LIMITS, POOL_LIMITS } from './limits.js';
import { parseRequestComplete, type RequestComplete } from './mailserver-codec.js';
import {
  decodeBatchAck,
  decodeBloomPacket,
  decodeMessagesResponse,
  decodeP2PMessages,
  decodePowRequirement,
  decodeRateLimitsPacket,
  decodeRequestCompletePacket,
  type EnvelopeErrorEntry,
  encodeBloomPacket,
  encodePowRequirement,
  encodeRawList,
  type RateLimits,
} from './packets.js';
import {
  checkPow,
  createEnvelopePool,
  type EnvelopePool,
  type Interest,
  interestMatches,
  type PoolEntry,
  type PoolOptions,
  precheckEnvelope,
  validateEnvelope,
} from './pool.js';
import { computePow, powOf, powOfRaw } from './pow.js';
import {
  createRateLimiter,
  type PeerRateGate,
  type RateLimiter,
  type RateLimitSettings,
} from './rate-limits.js';
import { confirmBatch, type ServedPeer, serveP2PRequest } from './relay-parts.js';
import { rlpListItemsRaw } from './rlp-raw.js';
import {
  decodeShhStatus,
  decodeStatusOptions,
  decodeWakuStatus,
  encodeShhStatus,
  encodeStatusOptions,
  encodeWakuStatus,
  type StatusOptions,
} from './status-options.js';
import { bloomOfTopics, fullBloom, isFullBloom, topicToBloom, topicToNumber } from './topic.js';
import { type CreatedEnvelope, type CreateEnvelopeOptions, createEnvelope } from './wrap.js';

/** The capabilities a node can speak. */
export type WhisperCapability = 'shh/6' | 'waku/0' | 'waku/1';

/** Why the node dropped an envelope or a packet. */
export type DropReason =
  | EnvelopeRejectReason
  | 'pool-full'
  /** The sending peer already holds its share of the pool. */
  | 'pool-quota'
  | 'untrusted-p2p'
  | 'rate-limited'
  | 'malformed-packet';

/** A peer as the node reports it. */
export interface PeerSummary {
  /** `<node id hex>/<capability>`. */
  key: string;
  /** The remote node id (64 bytes) in hex. */
  id: string;
  capability: WhisperCapability;
  powRequirement: number;
  lightNode: boolean;
  confirmationsEnabled: boolean;
  trusted: boolean;
  /** `all`, `bloom` or `topics`: what the peer accepts. */
  interest: Interest['kind'];
}

/** Events of a {@link WhisperNode}. */
/** Options of {@link WhisperNode.post} and {@link WhisperNode.send}. */
export interface PostOptions {
  /** Open the envelope for this node's own filters too (default true, as go-ethereum does). */
  deliverLocally?: boolean;
}

export interface WhisperNodeEvents {
  /** A filter received a message. */
  message: { filterId: string; message: ReceivedMessage };
  /** A new envelope entered the pool (`local`, `peer`) or arrived from a trusted mailserver (`p2p`). */
  envelope: {
    hashHex: string;
    pow: number;
    origin: 'local' | 'peer' | 'p2p';
    peer?: string;
    record: EnvelopeRecord;
  };
  /** An envelope or packet was dropped. */
  'envelope:dropped': { hashHex?: string; reason: DropReason; peer?: string; message: string };
  /** A candidate filter could not open an envelope (wrong key, bad tag or signature, malformed). */
  'envelope:undeliverable': { hashHex: string; filterId: string; reason: DeliveryFailureReason };
  'envelope:expired': { hashHex: string };
  'peer:connected': PeerSummary;
  'peer:disconnected': PeerSummary & { reason?: number };
  /** A peer broke a rule; `disconnect` says whether the session is being ended for it. */
  'peer:penalized': { peer: string; reason: string; disconnect: boolean };
  /** We sent a Messages batch; `batchHash` is what the peer's confirmation will carry. */
  'batch:sent': { peer: string; batchHash: Uint8Array; hashes: string[] };
  'batch:response': { peer: string; batchHash: Uint8Array; errors: EnvelopeErrorEntry[] };
  'batch:acknowledged': { peer: string; batchHash: Uint8Array };
  /** A P2P Request arrived and no mailserver is configured. */
  'p2p:request': { peer: string; payload: Uint8Array };
  /** A trusted peer sent P2P Request Complete. */
  'p2p:complete': { peer: string; complete: RequestComplete };
}

/** Counters a node keeps. */
export interface WhisperNodeStats {
  envelopesReceived: number;
  envelopesAccepted: number;
  duplicates: number;
  dropped: Partial<Record<DropReason, number>>;
  delivered: number;
  undeliverable: Partial<Record<DeliveryFailureReason, number>>;
  relayed: number;
  batchesSent: number;
  p2pEnvelopes: number;
  penalties: number;
}

/** How a mailserver answers a peer: what {@link MailserverHandler.handleRequest} is given. */
export interface P2PResponder {
  /** The requesting peer's node id (64 bytes). */
  readonly peerId: Uint8Array;
  /** The peer key (`<id hex>/<capability>`). */
  readonly peerKey: string;
  readonly capability: WhisperCapability;
  /** Sends one P2P Message packet (a list; on shh/6 a single envelope goes un-listed). */
  sendEnvelopes(raws: readonly Uint8Array[]): boolean;
  /** Sends P2P Request Complete with `payload`. */
  sendComplete(payload: Uint8Array): boolean;
  drained(): Promise<void>;
  readonly closed: boolean;
}

/** The server side of history requests, plugged into a node. */
export interface MailserverHandler {
  /** Called for every envelope newly admitted to the pool. */
  archive(record: EnvelopeRecord): void | Promise<void>;
  /** Called for every P2P Request (126) payload. */
  handleRequest(payload: Uint8Array, responder: P2PResponder): void | Promise<void>;
  /** Called by `node.close()`: stop timers. */
  close?(): void;
}

/** Options of {@link createWhisperNode}. */
export interface WhisperNodeOptions {
  /** Capabilities offered, default `['waku/1']`. */
  capabilities?: readonly WhisperCapability[];
  clock?: Clock;
  logger?: Logger;
  crypto?: CryptoProvider;
  /**
   * Workers for signature recovery (`createRecoverPool` from `@statuskit/utils`): envelopes waiting
   * to be opened for a symmetric-key filter (live ones after admission, and history) have their
   * signatures recovered there ahead of their turn, so opening them on this thread costs no
   * recovery. Default: none. The pool is the caller's to close.
   */
  recoverPool?: RecoverPool;
  random?: RandomSource;
  /** Minimum PoW we accept and advertise (default 0.000002, the Status node setting). */
  minPow?: number;
  /** Largest envelope / packet accepted (default 1 MiB, at most 10 MiB). */
  maxMessageSize?: number;
  /** Advertise light mode and relay nothing but our own envelopes. */
  lightNode?: boolean;
  /** As a light node, refuse light peers. */
  restrictLightClients?: boolean;
  /** Answer Messages batches with Message Response and Batch Ack. */
  confirmations?: boolean;
  /**
   * What we accept and advertise: `all` (a full node, the default unless light) or `filters` (the
   * topics of our filters; the default for light nodes).
   */
  interest?: 'all' | 'filters';
  /** Waku: advertise our interest as a bloom (default) rather than a topic-interest list. */
  bloomFilterMode?: boolean;
  /**
   * Limits we enforce and advertise, per peer and per remote IP. Omitted fields take the defaults
   * of `PEER_LIMITS` on a full node (per peer: 50 packets/s, 200 envelopes/s, 1 MiB/s; per IP:
   * unlimited, since NAT and loopback put honest peers behind one address) and are off on a light
   * node (it talks only to relays it chose, which push it their pool on connect); 0 turns one off. A peer over a limit
   * has the packet dropped; after `tolerance` (default 10) drops within `penaltyWindowMs` (default
   * 10 s) it is disconnected with `SUBPROTOCOL_ERROR`. Trusted peers are exempt.
   */
  rateLimits?: {
    packetsPerSecond?: number;
    envelopesPerSecond?: number;
    bytesPerSecond?: number;
    packetsPerSecondPerIp?: number;
    bytesPerSecondPerIp?: number;
    tolerance?: number;
    /** Time-sync failures (future / very old envelopes) tolerated per window (default 200). */
    timeSyncFailures?: number;
    penaltyWindowMs?: number;
  };
  /** Peers (node ids, hex or bytes) whose P2P Message / Request Complete packets we accept. */
  trustedPeers?: readonly (string | Uint8Array)[];
  mailserver?: MailserverHandler;
  /**
   * Pool bound in bytes actually retained: envelope bytes plus a per-entry overhead estimate
   * (default 64 MiB, `POOL_LIMITS`). When full, the envelopes with the lowest PoW (then the
   * longest TTL) are evicted for better ones.
   */
  maxPoolBytes?: number;
  /** Bytes of the pool one peer's envelopes may hold (default 1/8 of `maxPoolBytes`). */
  maxPoolBytesPerPeer?: number;
  /**
   * A peer whose send queue stays past the carrier's high-water mark this long (it does not read)
   * is disconnected with `PING_TIMEOUT` (default 15 s). Gossip to it stops while it is backed up.
   */
  sendStallTimeoutMs?: number;
  /**
   * Bytes of envelopes sent to one peer per transmission cycle at most (default
   * `PEER_LIMITS.GOSSIP_BYTES_PER_CYCLE`); the rest follows in the next cycles. `flush()` ignores it.
   */
  gossipBytesPerCycle?: number;
  /** Most peers served at once; more are disconnected with `TOO_MANY_PEERS` (default 200). */
  maxPeers?: number;
  /** A peer must send its status within this time (default 10 s). */
  handshakeTimeoutMs?: number;
  /** Most P2P-delivered envelope hashes remembered for de-duplication (default 20,000). */
  p2pDedupSize?: number;
}

/** A Whisper/Waku node. */
export interface WhisperNode extends TypedEventTarget<WhisperNodeEvents> {
  /** The devp2p capabilities to hand to `createPeerSession`. */
  readonly protocols: readonly Protocol[];
  readonly filters: FilterSet;
  readonly stats: WhisperNodeStats;
  readonly minPow: number;
  readonly lightNode: boolean;
  /** The pool's occupancy: entries, retained bytes (as counted against its bound), the bound, evictions. */
  poolStats(): { size: number; bytes: number; maxBytes: number; evictions: number };
  /** Installs a filter and, in `filters` interest mode, tells peers the new interest. */
  subscribe(options: FilterOptions): Filter;
  unsubscribe(id: string): boolean;
  /**
   * Validates and pools an envelope built elsewhere, delivers it to local filters (as go-ethereum
   * does, unless `options.deliverLocally` is false: a sender that already knows what it sent saves
   * opening its own envelope), and queues it for gossip. Returns its hash, PoW and whether it was new.
   * @throws InvalidEnvelopeError when it fails validation; DecodeError for malformed bytes.
   */
  post(
    envelope: Uint8Array | Envelope | EnvelopeRecord,
    options?: PostOptions,
  ): { hashHex: string; pow: number; added: boolean };
  /** Creates (seals) an envelope with the node's clock and randomness, then posts it. */
  send(
    options: Omit<CreateEnvelopeOptions, 'clock' | 'crypto' | 'random'> & PostOptions,
  ): Promise<CreatedEnvelope>;
  /** Changes our minimum PoW and tells peers (the old value is tolerated for 10 s). */
  setMinPow(pow: number): void;
  markTrusted(peerId: string | Uint8Array, trusted?: boolean): void;
  isTrusted(peerId: string | Uint8Array): boolean;
  peers(): PeerSummary[];
  /** Sends a P2P Request (126) payload to a peer (by node id); false when no session with it is up. */
  sendP2PRequest(peerId: string | Uint8Array, payload: Uint8Array): boolean;
  /** Gossips now instead of waiting for the next 300 ms cycle. */
  flush(): void;
  /** Sweeps expired envelopes now. */
  sweep(): void;
  /**
   * Resolves once every envelope received so far has been delivered to the filters (envelopes are
   * opened in event-loop slices after admission, and history pages after the ones before them).
   */
  drained(): Promise<void>;
  /** Stops the timers and disconnects every peer with CLIENT_QUITTING. */
  close(): void;
}

interface PeerState {
  key: string;
  idHex: string;
  id: Uint8Array;
  cap: WhisperCapability;
  ctx: ProtocolContext;
  handshaken: boolean;
  closed: boolean;
  powRequirement: number;
  interest: Interest;
  lightNode: boolean;
  confirmations: boolean;
  rateLimits: RateLimits | undefined;
  /** Gossip cursor: the pool sequence number of the last envelope considered for this peer. */
  cursor: number;
  /**
   * After the peer widened its interest or lowered its PoW requirement, the entries up to `upTo`
   * are looked at again, skipping those its previous interest and requirement already accepted.
   */
  rescan: { upTo: number; interest: Interest | undefined; pow: number } | undefined;
  /** When a send returned false and the carrier has not drained since (clock ms). */
  congestedSince: number | undefined;
  /** The peer's rate-limit buckets (none when no limit applies). */
  gate: PeerRateGate | undefined;
  /** Envelope bytes sent to it in its last transmission cycle (orders the next cycle). */
  cycleBytes: number;
  rateExceeded: number;
  timeSyncFailures: number;
  penaltyWindowStart: number;
  handshakeTimer: TimerHandle | undefined;
  log: Logger;
  /**
   * History (P2P) work of this peer still in progress: envelopes are opened in event-loop slices,
   * and the peer's Request Complete is reported only after the envelopes sent before it.
   */
  p2pTail: Promise<void>;
}

/**
 * What differs between a full node and a light node built by {@link createLightWhisperNode}: the
 * relay-only parts are injected, so a bundle with only the light factory leaves them out.
 */
interface NodeParts {
  pool(options: PoolOptions): EnvelopePool;
  rateLimiter: ((limits: RateLimitSettings | undefined, lightNode: boolean) => RateLimiter) | undefined;
  /** Message Response + Batch Ack (`confirmations`). */
  confirm: typeof confirmBatch | undefined;
  /** P2P Requests through `mailserver`. */
  serve: typeof serveP2PRequest | undefined;
}

const FULL_NODE: NodeParts = {
  pool: createEnvelopePool,
  rateLimiter: createRateLimiter,
  confirm: confirmBatch,
  serve: serveP2PRequest,
};
const LIGHT_NODE: NodeParts = {
  pool: createLightPool,
  rateLimiter: undefined,
  confirm: undefined,
  serve: undefined,
};

/** The longest one slice of delivery (opening envelopes) runs before giving the event loop back. */
const DELIVERY_SLICE_MS = 8;
/** With a recover pool: how many history envelopes ahead of the one being opened are sent to workers. */
const RECOVER_AHEAD = 128;

const INTEREST_ALL: Interest = { kind: 'all' };

/** A Messages batch being admitted: its Message Response entries and the first non-time-sync failure. */
interface MessagesBatch {
  errors: EnvelopeErrorEntry[];
  trouble: InvalidEnvelopeError | undefined;
}

/** True when the byte fields of `env` are views into `item` (decoded without copying). */
function aliases(env: Envelope, item: Uint8Array): boolean {
  return env.data.buffer === item.buffer && env.topic.buffer === item.buffer;
}

/** `env` with its byte fields re-pointed from `item` into `raw`, a copy of `item`. */
function rebase(env: Envelope, item: Uint8Array, raw: Uint8Array): Envelope {
  const at = (b: Uint8Array) =>
    raw.subarray(b.byteOffset - item.byteOffset, b.byteOffset - item.byteOffset + b.length);
  return { expiry: env.expiry, ttl: env.ttl, topic: at(env.topic), data: at(env.data), nonce: env.nonce };
}

/** How long the node works through one large Messages batch before yielding. */
const PEER_SLICE_MS = 8;
/** A transmission cycle yields to the event loop after this many milliseconds of sending. */
const GOSSIP_SLICE_MS = 8;
/**
 * A peer that took less than this in its last cycle is "light" (a chat client): while a cycle is
 * still working through heavy peers, the light ones are served at every tick anyway.
 */
const GOSSIP_LIGHT_BYTES = 16 * 1024;
/** Envelopes admitted between two looks at the clock (so small batches stay synchronous). */
const PEER_SLICE_MIN_ENVELOPES = 128;
/** Envelope bytes admitted between two looks at the clock. */
const PEER_SLICE_MIN_BYTES = 64 * 1024;

/** The host part of `host:port` / `[v6]:port` (the whole string when there is no port). */
function hostOf(address: string): string {
  const m = /^\[(.*)\]:\d+$/.exec(address) ?? /^([^:]*):\d+$/.exec(address);
  return m?.[1] ?? address;
}

function idHexOf(id: string | Uint8Array): string {
  if (typeof id === 'string') {
    const s = id.startsWith('0x') ? id.slice(2) : id;
    return (s.length === 130 && s.startsWith('04') ? s.slice(2) : s).toLowerCase();
  }
  return toHex(id.length === 65 ? id.subarray(1) : id);
}

class Node extends TypedEventTarget<WhisperNodeEvents> implements WhisperNode {
  readonly protocols: readonly Protocol[];
  readonly filters: FilterSet;
  readonly stats: WhisperNodeStats = {
    envelopesReceived: 0,
    envelopesAccepted: 0,
    duplicates: 0,
    dropped: {},
    delivered: 0,
    undeliverable: {},
    relayed: 0,
    batchesSent: 0,
    p2pEnvelopes: 0,
    penalties: 0,
  };
  readonly lightNode: boolean;
  #minPow: number;
  #minPowTolerance: number;
  #minPowToleranceTimer: TimerHandle | undefined;
  readonly #o: WhisperNodeOptions;
  readonly #clock: Clock;
  readonly #log: Logger;
  readonly #crypto: CryptoProvider;
  readonly #random: RandomSource;
  readonly #maxMessageSize: number;
  readonly #interestMode: 'all' | 'filters';
  readonly #bloomMode: boolean;
  readonly #pool: EnvelopePool;
  readonly #peers = new Map<string, PeerState>();
  readonly #trusted = new Set<string>();
  readonly #p2pSeen = new Map<string, true>();
  readonly #limiter: RateLimiter | undefined;
  readonly #parts: NodeParts;
  #previousInterest:
    | { bloom: Uint8Array; topics: ReadonlySet<number> | undefined; until: number }
    | undefined;
  #broadcastTimer: TimerHandle | undefined;
  #sweepTimer: TimerHandle | undefined;
  #closed = false;
  readonly #slicer = createTimeSlicer(DELIVERY_SLICE_MS);
  // Gossip slices wait in the urgent lane of the turn queue: the next cycle (with whatever honest
  // peers posted meanwhile) starts only once this one is done, so it must not queue behind every
  // flooding session's backlog; a cycle is bounded by gossipBytesPerCycle per peer.
  readonly #gossipSlicer = createTimeSlicer(GOSSIP_SLICE_MS, { yield: () => nextFairTurn(true) });
  #gossipStart = 0;
  #gossipBusy = false;
  readonly #gossipBytesPerCycle: number;
  readonly #deliveries: { record: EnvelopeRecord; pow: number; ahead: Promise<void> | undefined }[] = [];
  /** With `recoverPool`: the filters' provider, primed with recoveries done on workers. */
  readonly #recoverCache: RecoverCache | undefined;
  /** Delivery jobs (the live queue's drain, each history packet) started and not finished. */
  #deliveryJobs = 0;
  #drainedWaiters: (() => void)[] = [];

  constructor(o: WhisperNodeOptions, parts: NodeParts) {
    super();
    this.#o = o;
    this.#clock = o.clock ?? systemClock;
    this.#log = o.logger ?? silentLogger;
    this.#crypto = o.crypto ?? nobleCrypto;
    this.#random = o.random ?? secureRandom;
    this.#minPow = o.minPow ?? WHISPER_DEFAULTS.MIN_POW;
    if (!Number.isFinite(this.#minPow) || this.#minPow < 0)
      throw new RangeError('minPow must be a finite non-negative number');
    this.#minPowTolerance = this.#minPow;
    this.#maxMessageSize = o.maxMessageSize ?? WHISPER_DEFAULTS.MAX_MESSAGE_SIZE;
    if (
      !Number.isInteger(this.#maxMessageSize) ||
      this.#maxMessageSize < 64 ||
      this.#maxMessageSize > WHISPER_DEFAULTS.MAX_MESSAGE_SIZE_HARD
    ) {
      throw new RangeError('maxMessageSize must be an integer between 64 and 10 MiB');
    }
    this.lightNode = o.lightNode ?? false;
    this.#interestMode = o.interest ?? (this.lightNode ? 'filters' : 'all');
    this.#bloomMode = o.bloomFilterMode ?? true;
    const maxPoolBytes = o.maxPoolBytes ?? POOL_LIMITS.MAX_BYTES;
    this.#gossipBytesPerCycle = o.gossipBytesPerCycle ?? PEER_LIMITS.GOSSIP_BYTES_PER_CYCLE;
    if (!(this.#gossipBytesPerCycle > 0)) throw new RangeError('gossipBytesPerCycle must be positive');
    this.#parts = parts;
    this.#limiter = parts.rateLimiter?.(o.rateLimits, this.lightNode);
    this.#pool = parts.pool({
      maxBytes: maxPoolBytes,
      maxBytesPerOrigin: o.maxPoolBytesPerPeer ?? Math.floor(maxPoolBytes * PEER_LIMITS.POOL_SHARE),
      onEvict: (e) => {
        this.#count('dropped', 'pool-full');
        this.emit('envelope:dropped', {
          hashHex: e.record.hashHex,
          reason: 'pool-full',
          ...(e.origin !== undefined ? { peer: e.origin } : {}),
          message: 'evicted for an envelope with more PoW or a shorter TTL',
        });
      },
    });
    if (o.recoverPool !== undefined) this.#recoverCache = createRecoverCache(this.#crypto);
    this.filters = createFilterSet({ crypto: this.#recoverCache?.crypto ?? this.#crypto });
    for (const id of o.trustedPeers ?? []) this.#trusted.add(idHexOf(id));
    const caps = o.capabilities ?? ['waku/1'];
    if (caps.length === 0) throw new RangeError('capabilities must not be empty');
    this.protocols = caps.map((cap) => {
      if (cap !== 'shh/6' && cap !== 'waku/0' && cap !== 'waku/1')
        throw new RangeError(`unknown capability ${cap}`);
      const [name, version] = cap.split('/') as [string, string];
      return {
        name,
        version: Number(version),
        length: PROTOCOL_LENGTH,
        create: (ctx: ProtocolContext) => this.#createPeer(cap, ctx),
      };
    });
    this.#scheduleBroadcast();
    this.#scheduleSweep();
  }

  get minPow(): number {
    return this.#minPow;
  }

  poolStats(): { size: number; bytes: number; maxBytes: number; evictions: number } {
    const p = this.#pool;
    return { size: p.size, bytes: p.bytes, maxBytes: p.maxBytes, evictions: p.evictions };
  }

  /** Blooms shared between the pooled envelopes of one topic (a bloom is 64 bytes plus an object). */
  readonly #blooms = new Map<number, Uint8Array>();
  #bloomOf(topic: Uint8Array): Uint8Array {
    const n = topicToNumber(topic);
    let b = this.#blooms.get(n);
    if (b === undefined) {
      b = topicToBloom(topic);
      if (this.#blooms.size >= 4096) this.#blooms.clear();
      this.#blooms.set(n, b);
    }
    return b;
  }

  #now(): number {
    return Math.floor(this.#clock.now() / 1000);
  }

  #count<K extends 'dropped' | 'undeliverable'>(bucket: K, reason: keyof WhisperNodeStats[K]): void {
    const b = this.stats[bucket] as Record<string, number>;
    const r = reason as string;
    b[r] = (b[r] ?? 0) + 1;
  }

  // ---------------------------------------------------------------- timers

  #scheduleBroadcast(): void {
    if (this.#closed) return;
    this.#broadcastTimer = this.#clock.setTimeout(() => {
      this.#scheduleBroadcast();
      // A cycle still working through heavy peers (in slices) is not restarted; the light peers
      // (chat clients) still get what is new to them at every tick.
      if (this.#gossipBusy) {
        this.#gossipLight();
        return;
      }
      const rest = this.#gossipRound();
      if (rest === undefined) return;
      this.#gossipBusy = true;
      const done = () => {
        this.#gossipBusy = false;
      };
      rest.then(done, done);
    }, WHISPER_DEFAULTS.TRANSMISSION_CYCLE_MS);
  }

  #scheduleSweep(): void {
    if (this.#closed) return;
    this.#sweepTimer = this.#clock.setTimeout(() => {
      this.sweep();
      this.#scheduleSweep();
    }, WHISPER_DEFAULTS.EXPIRATION_CYCLE_MS);
  }

  sweep(): void {
    const removed = this.#pool.sweep(this.#now());
    for (const e of removed) this.emit('envelope:expired', { hashHex: e.record.hashHex });
    // A peer that stopped reading is let go (its queue is bounded: gossip to it stopped at the
    // carrier's high-water mark). Checked here, once a second, rather than per send.
    const stall = this.#o.sendStallTimeoutMs ?? PEER_LIMITS.SEND_STALL_TIMEOUT_MS;
    const now = this.#clock.now();
    for (const p of [...this.#peers.values()]) {
      if (p.closed || p.congestedSince === undefined || now - p.congestedSince < stall) continue;
      this.#penalize(p, 'peer does not read', true);
      p.closed = true;
      try {
        p.ctx.disconnect(DISCONNECT_REASONS.PING_TIMEOUT);
      } catch {
        // already gone
      }
    }
  }

  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#broadcastTimer?.cancel();
    this.#sweepTimer?.cancel();
    this.#minPowToleranceTimer?.cancel();
    this.#o.mailserver?.close?.();
    for (const p of [...this.#peers.values()]) {
      try {
        p.ctx.disconnect(DISCONNECT_REASONS.CLIENT_QUITTING);
      } catch {
        // already gone
      }
    }
  }

  // ---------------------------------------------------------------- interest

  /** Topics we listen to in `filters` mode, or undefined for everything. */
  #ourTopics(): Uint8Array[] | undefined {
    return this.#interestMode === 'all' ? undefined : this.filters.topics();
  }

  #ourBloom(): Uint8Array {
    const topics = this.#ourTopics();
    return topics === undefined ? fullBloom() : bloomOfTopics(topics);
  }

  /** What we enforce on envelopes from a peer of `cap`: exactly what we advertised to it. */
  #ourInterestFor(cap: WhisperCapability): Interest | undefined {
    const topics = this.#ourTopics();
    if (topics === undefined) return undefined;
    if (cap !== 'shh/6' && !this.#bloomMode)
      return { kind: 'topics', topics: new Set(topics.map(topicToNumber)) };
    return { kind: 'bloom', bloom: bloomOfTopics(topics) };
  }

  #previousInterestFor(cap: WhisperCapability): Interest | undefined {
    const prev = this.#previousInterest;
    if (prev === undefined || this.#clock.now() > prev.until) return undefined;
    if (prev.topics === undefined) return INTEREST_ALL;
    if (cap !== 'shh/6' && !this.#bloomMode) return { kind: 'topics', topics: prev.topics };
    return { kind: 'bloom', bloom: prev.bloom };
  }

  #statusOptions(version: 0 | 1): StatusOptions {
    const topics = this.#ourTopics();
    const limits = this.#o.rateLimits;
    const opts: StatusOptions = {
      powRequirement: this.#minPow,
      lightNode: this.lightNode,
      confirmationsEnabled: this.#o.confirmations ?? false,
      packetRateLimits: {
        ip: limits?.packetsPerSecondPerIp ?? 0,
        peer: limits?.packetsPerSecond ?? 0,
        topic: 0,
      },
    };
    if (this.#bloomMode || topics === undefined) opts.bloomFilter = this.#ourBloom();
    else opts.topicInterest = topics;
    if (version === 1) {
      opts.bytesRateLimits = {
        ip: limits?.bytesPerSecondPerIp ?? 0,
        peer: limits?.bytesPerSecond ?? 0,
        topic: 0,
      };
    }
    return opts;
  }

  #statusPayload(cap: WhisperCapability): Uint8Array {
    if (cap === 'shh/6') {
      const limits = this.#o.rateLimits;
      return encodeShhStatus({
        powRequirement: this.#minPow,
        bloomFilter: this.#ourBloom(),
        lightNode: this.lightNode,
        confirmationsEnabled: this.#o.confirmations ?? false,
        rateLimits: { ip: limits?.packetsPerSecondPerIp ?? 0, peer: limits?.packetsPerSecond ?? 0, topic: 0 },
      });
    }
    return encodeWakuStatus(this.#statusOptions(cap === 'waku/1' ? 1 : 0), cap === 'waku/1' ? 1 : 0);
  }

  #interestChanged(before: Uint8Array[] | undefined): void {
    if (this.#interestMode === 'all') return;
    const after = this.#ourTopics();
    const same =
      (before === undefined && after === undefined) ||
      (before !== undefined &&
        after !== undefined &&
        before.length === after.length &&
        before.every((t, i) => toHex(t) === toHex(after[i] as Uint8Array)));
    if (same) return;
    this.#previousInterest = {
      bloom: before === undefined ? fullBloom() : bloomOfTopics(before),
      topics: before === undefined ? undefined : new Set(before.map(topicToNumber)),
      until: this.#clock.now() + WHISPER_DEFAULTS.SYNC_ALLOWANCE_SECONDS * 1000,
    };
    for (const p of this.#peers.values()) {
      if (!p.handshaken) continue;
      if (p.cap === 'shh/6') this.#send(p, SHH_CODES.BLOOM_FILTER, encodeBloomPacket(this.#ourBloom()));
      else {
        const version = p.cap === 'waku/1' ? 1 : 0;
        const opts: StatusOptions =
          this.#bloomMode || after === undefined
            ? { bloomFilter: this.#ourBloom() }
            : { topicInterest: after };
        this.#send(p, WAKU_CODES.STATUS_UPDATE, encodeStatusOptions(opts, version));
      }
    }
  }

  subscribe(options: FilterOptions): Filter {
    const before = this.#ourTopics();
    const f = this.filters.add(options);
    this.#interestChanged(before);
    return f;
  }

  unsubscribe(id: string): boolean {
    const before = this.#ourTopics();
    const removed = this.filters.remove(id);
    if (removed) this.#interestChanged(before);
    return removed;
  }

  setMinPow(pow: number): void {
    if (typeof pow !== 'number' || !Number.isFinite(pow) || pow < 0) {
      throw new RangeError('pow must be a finite non-negative number');
    }
    const old = this.#minPow;
    this.#minPow = pow;
    this.#minPowTolerance = old;
    this.#minPowToleranceTimer?.cancel();
    this.#minPowToleranceTimer = this.#clock.setTimeout(() => {
      this.#minPowTolerance = this.#minPow;
    }, WHISPER_DEFAULTS.SYNC_ALLOWANCE_SECONDS * 1000);
    for (const p of this.#peers.values()) {
      if (!p.handshaken) continue;
      if (p.cap === 'shh/6') this.#send(p, SHH_CODES.POW_REQUIREMENT, encodePowRequirement(pow));
      else
        this.#send(
          p,
          WAKU_CODES.STATUS_UPDATE,
          encodeStatusOptions({ powRequirement: pow }, p.cap === 'waku/1' ? 1 : 0),
        );
    }
  }

  markTrusted(peerId: string | Uint8Array, trusted = true): void {
    const id = idHexOf(peerId);
    if (trusted) this.#trusted.add(id);
    else this.#trusted.delete(id);
  }

  isTrusted(peerId: string | Uint8Array): boolean {
    return this.#trusted.has(idHexOf(peerId));
  }

  #summary(p: PeerState): PeerSummary {
    return {
      key: p.key,
      id: p.idHex,
      capability: p.cap,
      powRequirement: p.powRequirement,
      lightNode: p.lightNode,
      confirmationsEnabled: p.confirmations,
      trusted: this.#trusted.has(p.idHex),
      interest: p.interest.kind,
    };
  }

  peers(): PeerSummary[] {
    return [...this.#peers.values()].filter((p) => p.handshaken && !p.closed).map((p) => this.#summary(p));
  }

  // ---------------------------------------------------------------- local envelopes

  post(
    input: Uint8Array | Envelope | EnvelopeRecord,
    options: PostOptions = {},
  ): { hashHex: string; pow: number; added: boolean } {
    let record: EnvelopeRecord;
    if (input instanceof Uint8Array) record = envelopeRecord(input, this.#crypto);
    else if ('raw' in input && 'hashHex' in input) record = input;
    else record = recordOfEnvelope(input as Envelope, this.#crypto);
    const { pow } = validateEnvelope(record, {
      nowSeconds: this.#now(),
      maxMessageSize: this.#maxMessageSize,
      minPow: this.#minPow,
      minPowTolerance: this.#minPowTolerance,
      crypto: this.#crypto,
    });
    const status = this.#pool.add({
      record,
      pow,
      bloom: topicToBloom(record.envelope.topic),
      local: true,
      origin: undefined,
    });
    if (status === 'full') throw new InvalidEnvelopeError('pool-full', 'the envelope pool is full');
    if (status === 'duplicate') return { hashHex: record.hashHex, pow, added: false };
    this.stats.envelopesAccepted++;
    this.emit('envelope', { hashHex: record.hashHex, pow, origin: 'local', record });
    this.#archive(record);
    if (options.deliverLocally !== false) this.#deliver(record, pow, false);
    return { hashHex: record.hashHex, pow, added: true };
  }

  async send(
    options: Omit<CreateEnvelopeOptions, 'clock' | 'crypto' | 'random'> & PostOptions,
  ): Promise<CreatedEnvelope> {
    const { deliverLocally, ...create } = options;
    const created = await createEnvelope({
      ...create,
      clock: this.#clock,
      crypto: this.#crypto,
      random: this.#random,
    });
    this.post(created, deliverLocally === undefined ? {} : { deliverLocally });
    return created;
  }

  #archive(record: EnvelopeRecord): void {
    const ms = this.#o.mailserver;
    if (ms === undefined) return;
    try {
      const r = ms.archive(record);
      if (r instanceof Promise)
        r.catch((err: unknown) => this.#log.error('mailserver archive failed', { error: String(err) }));
    } catch (err) {
      this.#log.error('mailserver archive failed', { error: String(err) });
    }
  }

  /**
   * Live envelopes are opened after admission, in event-loop slices: a relay that pushes its whole
   * pool to a new peer sends thousands at once, and each open costs a signature recovery.
   */
  #queueDelivery(record: EnvelopeRecord, pow: number): void {
    // Only envelopes some filter listens for wait here, and they are pooled already: the queue is
    // bounded by the pool.
    if (!this.filters.wants(record.envelope.topic)) return;
    this.#deliveries.push({ record, pow, ahead: this.#recoverAhead(record, pow, false) });
    if (this.#deliveries.length === 1) void this.#deliveryJob(() => this.#drainDeliveries());
  }

  /** Runs one delivery job, counting it for {@link WhisperNode.drained}. */
  async #deliveryJob(job: () => Promise<void>): Promise<void> {
    if (this.#deliveryJobs++ === 0) this.#slicer.reset();
    try {
      await job();
    } catch (err) {
      this.#log.error('delivery failed', { error: String(err) });
    } finally {
      if (--this.#deliveryJobs === 0) for (const w of this.#drainedWaiters.splice(0)) w();
    }
  }

  drained(): Promise<void> {
    if (this.#deliveryJobs === 0) return Promise.resolve();
    return new Promise((resolve) => this.#drainedWaiters.push(resolve));
  }

  async #drainDeliveries(): Promise<void> {
    for (let i = 0; i < this.#deliveries.length; i++) {
      if (this.#closed) break;
      if (this.#slicer.shouldYield()) await this.#slicer.maybeYield();
      const d = this.#deliveries[i] as {
        record: EnvelopeRecord;
        pow: number;
        ahead: Promise<void> | undefined;
      };
      if (d.ahead !== undefined) await d.ahead;
      try {
        this.#deliver(d.record, d.pow, false);
      } catch (err) {
        this.#log.error('delivery failed', { error: String(err) });
      }
    }
    this.#deliveries.length = 0;
  }

  #deliver(record: EnvelopeRecord, pow: number, p2p: boolean): void {
    if (this.filters.size === 0) return;
    const { deliveries, failures } = this.filters.match(record, pow, { p2p });
    for (const f of failures) {
      this.#count('undeliverable', f.reason);
      this.emit('envelope:undeliverable', {
        hashHex: record.hashHex,
        filterId: f.filter.id,
        reason: f.reason,
      });
    }
    for (const d of deliveries) {
      this.stats.delivered++;
      this.emit('message', { filterId: d.filter.id, message: d.message });
    }
  }

  // ---------------------------------------------------------------- gossip

  flush(): void {
    for (const p of this.#peers.values()) {
      if (!p.handshaken || p.closed) continue;
      this.#broadcastTo(p);
    }
  }

  /**
   * One transmission cycle: every peer gets at most `gossipBytesPerCycle` of what is new to it
   * (the rest waits for the next cycle), starting one peer further each cycle, in slices of
   * {@link GOSSIP_SLICE_MS} (a relay with many flooded peers would otherwise encrypt and compress
   * tens of MiB in one task). Returns a promise only when it had to yield; the next cycle is
   * scheduled once this one is done.
   */
  #gossipRound(): Promise<void> | undefined {
    // Peers that took the least last cycle first (a chat client waiting for a few envelopes is not
    // queued behind flooded relays' 256 KiB each), ties in a rotating order.
    const all = [...this.#peers.values()];
    const m = all.length;
    const rot = m === 0 ? 0 : this.#gossipStart++ % m;
    const peers = [...all.slice(rot), ...all.slice(0, rot)].sort((a, b) => a.cycleBytes - b.cycleBytes);
    const n = peers.length;
    this.#gossipSlicer.reset();
    for (let i = 0; i < n; i++) {
      if (this.#gossipSlicer.shouldYield()) return this.#gossipRest(peers, i);
      const p = peers[i] as PeerState;
      if (p.handshaken && !p.closed) this.#broadcastTo(p, this.#gossipBytesPerCycle);
    }
    return undefined;
  }

  /** The peers that took less than {@link GOSSIP_LIGHT_BYTES} last cycle, within one slice. */
  #gossipLight(): void {
    this.#gossipSlicer.reset();
    for (const p of this.#peers.values()) {
      if (this.#gossipSlicer.shouldYield()) return;
      if (p.handshaken && !p.closed && p.cycleBytes < GOSSIP_LIGHT_BYTES)
        this.#broadcastTo(p, this.#gossipBytesPerCycle);
    }
  }

  async #gossipRest(peers: PeerState[], from: number): Promise<void> {
    for (let i = from; i < peers.length; i++) {
      await this.#gossipSlicer.maybeYield();
      if (this.#closed) return;
      const p = peers[i] as PeerState;
      if (p.handshaken && !p.closed) this.#broadcastTo(p, this.#gossipBytesPerCycle);
    }
  }

  /**
   * Sends `p` the pooled envelopes it has not seen, walking only the entries added since its
   * cursor (plus, after it widened its interest, those it skipped before). Stops at the first
   * `send` that returns false: the rest waits for the carrier to drain, so a peer that does not
   * read holds at most one batch past the high-water mark.
   */
  #broadcastTo(p: PeerState, maxBytes = Number.POSITIVE_INFINITY): void {
    if (p.congestedSince !== undefined) return;
    const budget = Math.min(this.#maxMessageSize - 16, maxBytes);
    let sent = 0;
    p.cycleBytes = 0;
    let batch: Uint8Array[] = [];
    let hashes: string[] = [];
    let size = 0;
    let batchEnd = p.cursor;
    const flushBatch = (): boolean => {
      if (batch.length === 0) return true;
      const payload = encodeRawList(batch);
      const ok = this.#send(p, WAKU_CODES.MESSAGES, payload);
      p.cursor = batchEnd;
      this.stats.batchesSent++;
      this.stats.relayed += batch.length;
      // The batch hash costs a Keccak of the whole batch: computed only if a listener reads it.
      const crypto = this.#crypto;
      let batchHash: Uint8Array | undefined;
      this.emit('batch:sent', {
        peer: p.key,
        get batchHash() {
          batchHash ??= crypto.keccak256(payload);
          return batchHash;
        },
        hashes,
      });
      sent += size;
      p.cycleBytes = sent;
      batch = [];
      hashes = [];
      size = 0;
      if (!ok && !p.closed) this.#congested(p);
      return ok && sent < maxBytes;
    };
    for (const [seq, e] of this.#pool.after(p.cursor)) {
      if (p.closed) return;
      const rescan = p.rescan;
      if (rescan !== undefined && seq > rescan.upTo) p.rescan = undefined;
      const skip = !this.#wants(p, e) || (p.rescan !== undefined && this.#wanted(p.rescan, e));
      if (skip) {
        if (batch.length === 0) p.cursor = seq;
        else batchEnd = seq;
        continue;
      }
      const len = e.record.raw.length;
      if (size + len > budget && batch.length > 0 && !flushBatch()) return;
      batch.push(e.record.raw);
      hashes.push(e.record.hashHex);
      size += len;
      batchEnd = seq;
    }
    flushBatch();
    // Everything up to the newest entry has been considered.
    p.rescan = undefined;
    p.cursor = Math.max(p.cursor, this.#pool.lastSeq);
  }

  /** True when `e` should go to `p` now: not from it, past its PoW requirement, in its interest. */
  #wants(p: PeerState, e: PoolEntry): boolean {
    if (this.lightNode && !e.local) return false; // light nodes relay nothing
    if (e.seenBy?.includes(p.key)) return false; // never echo it back
    if (e.pow < p.powRequirement) return false;
    return interestMatches(p.interest, e.record.envelope.topic, e.bloom);
  }

  /** True when the peer's previous interest and requirement already accepted `e` (it was sent). */
  #wanted(before: { interest: Interest | undefined; pow: number }, e: PoolEntry): boolean {
    if (before.interest === undefined) return false;
    return e.pow >= before.pow && interestMatches(before.interest, e.record.envelope.topic, e.bloom);
  }

  /** Gossip to `p` stopped at the high-water mark: resume when its carrier drains. */
  #congested(p: PeerState): void {
    if (p.congestedSince !== undefined) return;
    const since = this.#clock.now();
    p.congestedSince = since;
    p.ctx.drained().then(
      () => {
        if (p.congestedSince === since) p.congestedSince = undefined;
      },
      () => undefined,
    );
  }

  /** The peer's interest or PoW requirement is about to change: look at the pool again for it. */
  #interestWillChange(p: PeerState): void {
    if (!p.handshaken || p.cursor === 0) return;
    p.rescan =
      p.rescan === undefined
        ? { upTo: p.cursor, interest: p.interest, pow: p.powRequirement }
        : { upTo: Math.max(p.rescan.upTo, p.cursor), interest: undefined, pow: 0 };
    p.cursor = 0;
  }

  #send(p: PeerState, code: number, payload: Uint8Array): boolean {
    if (p.closed) return false;
    try {
      return p.ctx.send(code, payload);
    } catch (err) {
      p.log.debug('send failed', { code, error: String(err) });
      return false;
    }
  }

  // ---------------------------------------------------------------- peers

  #createPeer(cap: WhisperCapability, ctx: ProtocolContext): ProtocolHandler {
    const idHex = toHex(ctx.peer.id);
    const key = `${idHex}/${cap}`;
    const p: PeerState = {
      key,
      idHex,
      id: ctx.peer.id,
      cap,
      ctx,
      handshaken: false,
      closed: false,
      powRequirement: 0,
      interest: INTEREST_ALL,
      lightNode: false,
      confirmations: false,
      rateLimits: undefined,
      cursor: 0,
      rescan: undefined,
      congestedSince: undefined,
      gate: undefined,
      cycleBytes: 0,
      rateExceeded: 0,
      timeSyncFailures: 0,
      penaltyWindowStart: this.#clock.now(),
      handshakeTimer: undefined,
      p2pTail: Promise.resolve(),
      log: ctx.logger ?? this.#log,
    };
    const previous = this.#peers.get(key);
    const maxPeers = this.#o.maxPeers ?? PEER_LIMITS.MAX_PEERS;
    if (previous === undefined && this.#peers.size >= maxPeers) {
      p.closed = true;
      this.#log.debug('too many peers', { peer: key });
      queueMicrotask(() => {
        try {
          ctx.disconnect(DISCONNECT_REASONS.TOO_MANY_PEERS);
        } catch {
          // already gone
        }
      });
      return { onMessage: () => undefined };
    }
    // The defaults protect full nodes (relays) from the peers that dial them (see createRateLimiter).
    p.gate = this.#limiter?.peer(hostOf(ctx.peer.remoteAddress), this.#clock.now());
    if (previous !== undefined) previous.closed = true;
    this.#peers.set(key, p);
    p.handshakeTimer = this.#clock.setTimeout(() => {
      if (p.handshaken || p.closed) return;
      this.#penalize(p, 'no status in time', true);
      ctx.disconnect(DISCONNECT_REASONS.PROTOCOL_BREACH);
    }, this.#o.handshakeTimeoutMs ?? 10_000);
    this.#send(p, 0, this.#statusPayload(cap));
    return {
      onMessage: (code, payload) => this.#onMessage(p, code, payload),
      onClose: (info) => {
        p.closed = true;
        p.handshakeTimer?.cancel();
        if (this.#peers.get(key) === p) this.#peers.delete(key);
        p.gate?.release();
        if (p.handshaken) {
          this.emit('peer:disconnected', {
            ...this.#summary(p),
            ...(info.reason !== undefined ? { reason: info.reason } : {}),
          });
        }
      },
    };
  }

  #penalize(p: PeerState, reason: string, disconnect: boolean): void {
    this.stats.penalties++;
    p.log.debug('peer penalized', { reason, disconnect });
    this.emit('peer:penalized', { peer: p.key, reason, disconnect });
  }

  /** Ends the session through the session driver (it reads `reason` from the thrown error). */
  #fail(p: PeerState, message: string, reason: number, cause?: unknown): never {
    this.#penalize(p, message, true);
    throw new WhisperProtocolError(message, reason, cause === undefined ? undefined : { cause });
  }

  #onMessage(p: PeerState, code: number, payload: Uint8Array): void | Promise<void> {
    if (p.closed) return;
    if (!p.handshaken) {
      if (code !== 0) this.#fail(p, `packet ${code} before status`, DISCONNECT_REASONS.PROTOCOL_BREACH);
      this.#handshake(p, payload);
      return;
    }
    if (payload.length > this.#maxMessageSize) {
      const message = `oversized packet of ${payload.length} bytes`;
      this.#count('dropped', 'oversized');
      this.emit('envelope:dropped', { reason: 'oversized', peer: p.key, message });
      this.#fail(p, message, DISCONNECT_REASONS.SUBPROTOCOL_ERROR);
    }
    // Trusted peers (mailservers) are exempt: a history page arrives as a burst by design.
    if (!this.#trusted.has(p.idHex) && !this.#rateLimit(p, payload.length)) return;
    try {
      const r = this.#dispatch(p, code, payload);
      if (r instanceof Promise) return r.catch((err: unknown) => this.#dispatchFailed(p, code, err));
    } catch (err) {
      this.#dispatchFailed(p, code, err);
    }
  }

  #dispatchFailed(p: PeerState, code: number, err: unknown): never {
    if (err instanceof WhisperProtocolError) throw err;
    if (err instanceof DecodeError || (err as Error | undefined)?.name === 'DecodeError') {
      this.#count('dropped', 'malformed-packet');
      this.emit('envelope:dropped', {
        reason: 'malformed-packet',
        peer: p.key,
        message: (err as Error).message,
      });
      this.#fail(
        p,
        `malformed packet ${code}: ${(err as Error).message}`,
        DISCONNECT_REASONS.PROTOCOL_BREACH,
        err,
      );
    }
    throw err;
  }

  /** Starts a new penalty window when the last one is over. */
  #penaltyWindow(p: PeerState): void {
    const now = this.#clock.now();
    if (
      now - p.penaltyWindowStart >=
      (this.#o.rateLimits?.penaltyWindowMs ?? PEER_LIMITS.PENALTY_WINDOW_MS)
    ) {
      p.penaltyWindowStart = now;
      p.rateExceeded = 0;
      p.timeSyncFailures = 0;
    }
  }

  /** False when the packet is over the limit and dropped; throws past the tolerance. */
  #rateLimit(p: PeerState, bytes: number, envelopes = 0): boolean {
    if (p.gate === undefined || p.gate.take(this.#clock.now(), bytes, envelopes)) return true;
    this.#penaltyWindow(p);
    p.rateExceeded++;
    this.#count('dropped', 'rate-limited');
    this.emit('envelope:dropped', { reason: 'rate-limited', peer: p.key, message: 'rate limit exceeded' });
    const tolerance = this.#o.rateLimits?.tolerance ?? PEER_LIMITS.TOLERANCE;
    if (p.rateExceeded >= tolerance)
      this.#fail(p, 'rate limit exceeded', DISCONNECT_REASONS.SUBPROTOCOL_ERROR);
    this.#penalize(p, 'rate limit exceeded', false);
    return false;
  }

  #handshake(p: PeerState, payload: Uint8Array): void {
    let lightNode = false;
    try {
      if (p.cap === 'shh/6') {
        const s = decodeShhStatus(payload);
        if (s.version !== SHH_VERSION) {
          this.#fail(p, `shh version ${s.version}`, DISCONNECT_REASONS.INCOMPATIBLE_VERSION);
        }
        p.powRequirement = s.powRequirement ?? 0;
        const bloom = s.bloomFilter;
        p.interest =
          bloom === undefined || bloom.length === 0 || isFullBloom(bloom)
            ? INTEREST_ALL
            : { kind: 'bloom', bloom };
        lightNode = s.lightNode ?? false;
        p.confirmations = s.confirmationsEnabled ?? false;
        p.rateLimits = s.rateLimits;
      } else {
        const s = decodeWakuStatus(payload, p.cap === 'waku/1' ? 1 : 0);
        // Waku's WithDefaults: PoW 0.001, full bloom, flags false (§3.2).
        p.powRequirement = s.powRequirement ?? WHISPER_DEFAULTS.PEER_DEFAULT_MIN_POW;
        this.#applyInterest(p, s);
        lightNode = s.lightNode ?? false;
        p.confirmations = s.confirmationsEnabled ?? false;
        p.rateLimits = s.packetRateLimits;
      }
    } catch (err) {
      if (err instanceof WhisperProtocolError) throw err;
      if ((err as Error | undefined)?.name === 'DecodeError') {
        const reason = /version/.test((err as Error).message)
          ? DISCONNECT_REASONS.INCOMPATIBLE_VERSION
          : DISCONNECT_REASONS.PROTOCOL_BREACH;
        this.#fail(p, `bad status: ${(err as Error).message}`, reason, err);
      }
      throw err;
    }
    p.lightNode = lightNode;
    if (lightNode && this.lightNode && (this.#o.restrictLightClients ?? false)) {
      this.#fail(p, 'two light clients, connection restricted', DISCONNECT_REASONS.USELESS_PEER);
    }
    p.handshaken = true;
    p.handshakeTimer?.cancel();
    this.emit('peer:connected', this.#summary(p));
  }

  #applyInterest(p: PeerState, s: StatusOptions): void {
    if (s.topicInterest !== undefined) {
      p.interest = { kind: 'topics', topics: new Set(s.topicInterest.map(topicToNumber)) };
    } else if (s.bloomFilter !== undefined) {
      const b = s.bloomFilter;
      p.interest = b.length === 0 || isFullBloom(b) ? INTEREST_ALL : { kind: 'bloom', bloom: b };
    }
  }

  #dispatch(p: PeerState, code: number, payload: Uint8Array): void | Promise<void> {
    const shh = p.cap === 'shh/6';
    switch (code) {
      case WAKU_CODES.MESSAGES:
        return this.#onMessages(p, payload);
      case WAKU_CODES.MESSAGE_RESPONSE: {
        const r = decodeMessagesResponse(payload);
        if (r !== undefined)
          this.emit('batch:response', { peer: p.key, batchHash: r.batchHash, errors: r.errors });
        return;
      }
      case WAKU_CODES.BATCH_ACKNOWLEDGED:
        this.emit('batch:acknowledged', { peer: p.key, batchHash: decodeBatchAck(payload) });
        return;
      case WAKU_CODES.P2P_MESSAGE:
        this.#onP2PMessages(p, payload);
        return;
      case WAKU_CODES.P2P_REQUEST:
        this.#onP2PRequest(p, payload);
        return;
      case WAKU_CODES.P2P_REQUEST_COMPLETE: {
        if (!this.#trusted.has(p.idHex)) {
          this.#count('dropped', 'untrusted-p2p');
          return;
        }
        const body = decodeRequestCompletePacket(payload);
        let complete: RequestComplete;
        try {
          complete = parseRequestComplete(body);
        } catch (err) {
          this.#log.warn('invalid request complete payload', { peer: p.key, error: String(err) });
          return;
        }
        p.p2pTail = p.p2pTail.then(() => {
          if (!this.#closed) this.emit('p2p:complete', { peer: p.key, complete });
        });
        return;
      }
    }
    if (shh) {
      switch (code) {
        case SHH_CODES.POW_REQUIREMENT: {
          const pow = decodePowRequirement(payload);
          this.#interestWillChange(p);
          p.powRequirement = pow;
          return;
        }
        case SHH_CODES.BLOOM_FILTER: {
          const bloom = decodeBloomPacket(payload);
          this.#interestWillChange(p);
          p.interest = isFullBloom(bloom) ? INTEREST_ALL : { kind: 'bloom', bloom };
          return;
        }
        case SHH_CODES.RATE_LIMITS:
          p.rateLimits = decodeRateLimitsPacket(payload);
          return;
      }
    } else if (code === WAKU_CODES.STATUS_UPDATE) {
      const s = decodeStatusOptions(payload, p.cap === 'waku/1' ? 1 : 0);
      if (s.powRequirement !== undefined || s.topicInterest !== undefined || s.bloomFilter !== undefined)
        this.#interestWillChange(p);
      if (s.powRequirement !== undefined) p.powRequirement = s.powRequirement;
      this.#applyInterest(p, s);
      if (s.lightNode !== undefined) p.lightNode = s.lightNode;
      if (s.confirmationsEnabled !== undefined) p.confirmations = s.confirmationsEnabled;
      if (s.packetRateLimits !== undefined) p.rateLimits = s.packetRateLimits;
      return;
    }
    // Unknown codes are ignored (§3.1).
  }

  /**
   * A Messages batch. The envelope count is known from the item headers before anything is
   * decoded, so the per-peer envelope rate applies first; each envelope then passes the cheap checks
   * before its first Keccak. A large batch is worked through in time slices (the session waits for
   * the returned promise before the next packet of this peer).
   */
  #onMessages(p: PeerState, payload: Uint8Array): void | Promise<void> {
    const items = rlpListItemsRaw(payload, 'envelope list', 100_000);
    if (items.length > 0 && !this.#trusted.has(p.idHex) && !this.#rateLimit(p, 0, items.length)) return;
    const batch: MessagesBatch = { errors: [], trouble: undefined };
    const ours = this.#ourInterestFor(p.cap);
    const tolerated = this.#previousInterestFor(p.cap);
    const slice = createTimeSlicer(PEER_SLICE_MS);
    // Work since the last look at the clock: envelopes and bytes (each byte is hashed twice).
    let count = 0;
    let bytes = 0;
    const look = (item: Uint8Array): boolean => {
      count++;
      bytes += item.length;
      if (count < PEER_SLICE_MIN_ENVELOPES && bytes < PEER_SLICE_MIN_BYTES) return false;
      count = 0;
      bytes = 0;
      return slice.shouldYield();
    };
    const run = async (from: number): Promise<void> => {
      await slice.maybeYield();
      for (let i = from; i < items.length; i++) {
        if (p.closed) return;
        const item = items[i] as Uint8Array;
        if (look(item)) await slice.maybeYield();
        this.#admit(p, item, batch, ours, tolerated);
      }
      this.#endMessages(p, payload, batch);
    };
    // Small batches (every honest one) are handled synchronously, as before; a batch of many or
    // large envelopes looks at the clock every PEER_SLICE_MIN_ENVELOPES / _BYTES and goes on
    // asynchronously once its slice is used up.
    for (let i = 0; i < items.length; i++) {
      if (p.closed) return;
      const item = items[i] as Uint8Array;
      if (i > 0 && look(item)) return run(i);
      this.#admit(p, item, batch, ours, tolerated);
    }
    this.#endMessages(p, payload, batch);
  }

  #endMessages(p: PeerState, payload: Uint8Array, batch: MessagesBatch): void {
    if (p.closed) return;
    const confirm = this.#parts.confirm;
    if (confirm !== undefined && (this.#o.confirmations ?? false)) {
      for (const [code, packet] of confirm(payload, batch.errors, this.#crypto)) this.#send(p, code, packet);
    }
    const trouble = batch.trouble;
    if (trouble !== undefined) {
      this.#fail(p, `invalid envelope: ${trouble.reason}`, DISCONNECT_REASONS.SUBPROTOCOL_ERROR, trouble);
    }
  }

  /** Admission of one envelope of a Messages batch (§3.7), cheapest checks first. */
  #admit(
    p: PeerState,
    item: Uint8Array,
    batch: MessagesBatch,
    ours: Interest | undefined,
    tolerated: Interest | undefined,
  ): void {
    this.stats.envelopesReceived++;
    // Views into `item` (no copies): re-pointed into the pooled copy below.
    const decoded = decodeEnvelopeView(item, { maxBytes: this.#maxMessageSize + 64 });
    let hash: Uint8Array | undefined;
    let hashHex: string | undefined;
    let pow: number;
    try {
      const diff = precheckEnvelope(decoded, {
        nowSeconds: this.#now(),
        maxMessageSize: this.#maxMessageSize,
        ...(ours !== undefined ? { interest: ours } : {}),
        ...(tolerated !== undefined ? { interestTolerance: tolerated } : {}),
      });
      hash = this.#crypto.keccak256(item);
      hashHex = toHex(hash);
      const pooled = this.#pool.get(hashHex);
      if (pooled !== undefined) {
        this.stats.duplicates++;
        if (pooled.seenBy !== undefined && !pooled.seenBy.includes(p.key)) pooled.seenBy.push(p.key);
        return;
      }
      // rlpWithoutNonce is the envelope's list minus its last item, cut from the bytes received (§3.4).
      pow =
        powOfRaw(item, decoded.ttl, diff, this.#crypto) ??
        powOf(encodeEnvelopeWithoutNonce(decoded), decoded.nonce, decoded.ttl, diff, this.#crypto);
      checkPow(pow, hashHex, {
        minPow: this.#minPow,
        minPowTolerance: this.#minPowTolerance,
      });
    } catch (err) {
      if (!(err instanceof InvalidEnvelopeError)) throw err;
      this.#rejected(p, err, item, hash, hashHex, batch);
      return;
    }
    // Own the bytes: pooling a subarray would keep the whole decompressed packet alive (#17).
    const raw = item.slice();
    // decodeEnvelopeView's fallback returns copies, which own their bytes already.
    const envelope = aliases(decoded, item) ? rebase(decoded, item, raw) : decoded;
    const record: EnvelopeRecord = { envelope, raw, hash, hashHex };
    const status = this.#pool.add({
      record,
      pow,
      bloom: this.#bloomOf(envelope.topic),
      local: false,
      origin: p.key,
      seenBy: [p.key],
    });
    if (status === 'full' || status === 'quota') {
      const reason = status === 'full' ? 'pool-full' : 'pool-quota';
      this.#count('dropped', reason);
      this.emit('envelope:dropped', {
        hashHex,
        reason,
        peer: p.key,
        message: status === 'full' ? 'pool full' : 'the peer holds its share of the pool',
      });
      return;
    }
    if (status === 'duplicate') {
      this.stats.duplicates++;
      return;
    }
    this.stats.envelopesAccepted++;
    this.emit('envelope', { hashHex, pow, origin: 'peer', peer: p.key, record });
    this.#archive(record);
    // Pooled for relay either way, but delivered only if history did not bring it first.
    if (this.#p2pSeen.has(hashHex)) this.stats.duplicates++;
    else this.#queueDelivery(record, pow);
  }

  #rejected(
    p: PeerState,
    err: InvalidEnvelopeError,
    item: Uint8Array,
    hash: Uint8Array | undefined,
    hashHex: string | undefined,
    batch: MessagesBatch,
  ): void {
    this.#count('dropped', err.reason);
    // The hash of a refused envelope is computed only when someone reads it.
    const needHash = (this.#o.confirmations ?? false) && err.reason !== 'expired';
    let h = hash;
    if (h === undefined && needHash) h = this.#crypto.keccak256(item);
    const hx = hashHex ?? (h !== undefined ? toHex(h) : undefined);
    this.emit('envelope:dropped', {
      ...(hx !== undefined ? { hashHex: hx } : {}),
      reason: err.reason,
      peer: p.key,
      message: err.message,
    });
    if (err.reason === 'expired') return; // dropped silently, no error entry (§3.7)
    // status-go reports every envelope error with its time-not-synced code (see ENVELOPE_ERROR_CODES).
    const code =
      p.cap === 'shh/6'
        ? ENVELOPE_ERROR_CODES.SHH_TIME_NOT_SYNCED
        : ENVELOPE_ERROR_CODES.WAKU_TIME_NOT_SYNCED;
    if (h !== undefined) batch.errors.push({ hash: h, code, description: err.message });
    if (!err.timeSync) {
      batch.trouble ??= err;
      return;
    }
    // Time-sync failures are not the peer's fault once in a while, but each costs a decode.
    this.#penaltyWindow(p);
    p.timeSyncFailures++;
    const tolerance = this.#o.rateLimits?.timeSyncFailures ?? PEER_LIMITS.TIME_SYNC_FAILURES;
    if (tolerance > 0 && p.timeSyncFailures > tolerance) {
      batch.trouble ??= new InvalidEnvelopeError(err.reason, `more than ${tolerance} time-sync failures`);
    }
  }

  #onP2PMessages(p: PeerState, payload: Uint8Array): void {
    if (!this.#trusted.has(p.idHex)) {
      this.#count('dropped', 'untrusted-p2p');
      this.emit('envelope:dropped', {
        reason: 'untrusted-p2p',
        peer: p.key,
        message: 'P2P message from an untrusted peer',
      });
      return;
    }
    const records = decodeP2PMessages(payload, { crypto: this.#crypto });
    const previous = p.p2pTail;
    // Counted from now: drained() waits for this packet even while earlier ones are still open.
    p.p2pTail = this.#deliveryJob(async () => {
      await previous;
      await this.#deliverP2P(p, records);
    });
  }

  /** Delivers history envelopes in order, giving the event loop back between slices. */
  async #deliverP2P(p: PeerState, records: readonly EnvelopeRecord[]): Promise<void> {
    const cap = this.#o.p2pDedupSize ?? 20_000;
    // With a recover pool, the next RECOVER_AHEAD envelopes are always on their way to a worker.
    const pows: number[] = [];
    const ahead: Array<Promise<void> | undefined> = [];
    for (let i = 0; i < records.length; i++) {
      const record = records[i] as EnvelopeRecord;
      if (this.#closed) return;
      if (this.#slicer.shouldYield()) await this.#slicer.maybeYield();
      if (this.#recoverCache !== undefined) {
        for (let j = ahead.length; j < records.length && j < i + RECOVER_AHEAD; j++) {
          const r = records[j] as EnvelopeRecord;
          const tooBig = r.envelope.data.length + 20 > this.#maxMessageSize;
          pows[j] = tooBig ? 0 : computePow(r.envelope, 0, this.#crypto);
          ahead[j] =
            tooBig || this.#p2pSeen.has(r.hashHex)
              ? undefined
              : this.#recoverAhead(r, pows[j] as number, true);
        }
        // Waited for before the checks below: from marking it seen to delivering it (or finding it
        // pooled, as live gossip brought it) nothing may interleave, or live and history would each
        // leave the envelope to the other.
        const recovered = ahead[i];
        if (recovered !== undefined) await recovered;
        if (this.#closed) return;
      }
      if (this.#p2pSeen.has(record.hashHex)) {
        this.stats.duplicates++;
        continue;
      }
      this.#p2pSeen.set(record.hashHex, true);
      if (this.#p2pSeen.size > cap) this.#p2pSeen.delete(this.#p2pSeen.keys().next().value as string);
      if (record.envelope.data.length + 20 > this.#maxMessageSize) {
        this.#count('dropped', 'oversized');
        continue;
      }
      // Historic envelopes are usually expired: no PoW or time checks, no pooling, no relay.
      const pow = pows[i] ?? computePow(record.envelope, 0, this.#crypto);
      this.stats.p2pEnvelopes++;
      this.emit('envelope', { hashHex: record.hashHex, pow, origin: 'p2p', peer: p.key, record });
      // Live gossip may have delivered it already (it is still pooled): deliver nothing twice.
      if (this.#pool.has(record.hashHex)) this.stats.duplicates++;
      else this.#deliver(record, pow, true);
    }
  }

  /**
   * With a recover pool: sends the signatures the filters would recover for `record` to a worker and
   * primes the filters' provider with the results. Settles when they are in (never rejects: what
   * the pool cannot do is recovered inline as without one).
   */
  #recoverAhead(record: EnvelopeRecord, pow: number, p2p: boolean): Promise<void> | undefined {
    const cache = this.#recoverCache;
    const pool = this.#o.recoverPool;
    if (cache === undefined || pool === undefined) return undefined;
    const signed = this.filters.signaturesOf(record, pow, { p2p });
    if (signed.length === 0) return undefined;
    return Promise.all(
      signed.map(({ hash, signature }) =>
        pool.recover(hash, signature).then(
          (key) => cache.prime(hash, signature, key),
          () => undefined,
        ),
      ),
    ).then(() => undefined);
  }

  #onP2PRequest(p: PeerState, payload: Uint8Array): void {
    const ms = this.#o.mailserver;
    const serve = this.#parts.serve;
    if (ms === undefined || serve === undefined) {
      this.emit('p2p:request', { peer: p.key, payload });
      return;
    }
    const peer: ServedPeer = {
      peerId: p.id,
      peerKey: p.key,
      capability: p.cap,
      send: (code, packet) => this.#send(p, code, packet),
      drained: () => p.ctx.drained(),
      closed: () => p.closed,
    };
    serve(ms, payload, peer, this.#log);
  }

  sendP2PRequest(peerId: string | Uint8Array, payload: Uint8Array): boolean {
    const id = idHexOf(peerId);
    for (const p of this.#peers.values()) {
      if (p.idHex === id && p.handshaken && !p.closed) return this.#send(p, WAKU_CODES.P2P_REQUEST, payload);
    }
    return false;
  }
}

/**
 * Creates a Whisper/Waku node. Hand `node.protocols` to `createPeerSession` for every connection.
 * @throws RangeError on bad options.
 * @example
 * const node = createWhisperNode({ capabilities: ['waku/1'], lightNode: true });
 * node.subscribe({ topics: [topic], key: { kind: 'symmetric', key } });
 * createPeerSession({ duplex, privateKey, remoteId, protocols: node.protocols });
 */
export function createWhisperNode(options: WhisperNodeOptions = {}): WhisperNode {
  return new Node(options, FULL_NODE);
}

/** Options of {@link createLightWhisperNode}: a node's, without the relay-only ones. */
export type LightWhisperNodeOptions = Omit<
  WhisperNodeOptions,
  'lightNode' | 'rateLimits' | 'confirmations' | 'mailserver'
>;

/**
 * Creates a light node: the same node as `createWhisperNode({ lightNode: true })` without rate
 * limits (a light node's are off by default) and with a pool that refuses envelopes when full
 * instead of evicting pooled ones by PoW (`poolStats().evictions` stays 0). It relays nothing but
 * its own envelopes. Its bundle leaves the relay-only parts out: the rate-limit buckets and the
 * relay pool's eviction and expiry heaps and arrival log.
 * @throws RangeError on bad options.
 */
export function createLightWhisperNode(options: LightWhisperNodeOptions = {}): WhisperNode {
  return new Node({ ...options, lightNode: true }, LIGHT_NODE);
}
