/**
 * The devp2p session driver: runs the RLPx handshake, framing and the p2p base protocol over any
 * utils `Duplex` (TCP in Node, WebSocket in browsers, memory in tests) and hosts the negotiated
 * subprotocols. Time comes from the injected clock; bytes from the peer never throw out of it:
 * any failure ends the session with a Disconnect (where one can still be sent), a typed error and
 * a `disconnect` event.
 *
 * The receive path is cooperative (issue 17): received bytes are only queued on `data`; a pump
 * decrypts, decompresses and dispatches frames one at a time, awaiting each handler in order, and
 * gives the event loop back for a macrotask after each read slice (a bounded number of frames,
 * bytes or milliseconds), so timers and other peers run during a flood. Unread input past a bound
 * pauses the carrier where it can pause (TCP), and counts as liveness for the idle timer. The send
 * side disconnects a peer that stops reading: a send queue past `maxQueuedBytes`, or a queue that
 * stays over the carrier's high-water mark for `writeStallTimeoutMs`.
 */
import {
  type Clock,
  ClosedError,
  type CryptoProvider,
  createTimeSlicer,
  type Duplex,
  type Logger,
  nextFairTurn,
  nobleCrypto,
  type RandomSource,
  StatuskitError,
  secureRandom,
  silentLogger,
  systemClock,
  TimeoutError,
  type TimerHandle,
  type TimeSlicer,
  TypedEventTarget,
  toHex,
} from '@statuskit/utils';
import { HandshakeError, P2PProtocolError } from './errors.js';
import { DEFAULT_MAX_FRAME_SIZE, type Frame, FrameCodec } from './frame.js';
import {
  createAck,
  createAuth,
  deriveSecrets,
  type HandshakeFormat,
  handshakeMessageLength,
  readAck,
  readAuth,
} from './handshake.js';
import {
  decodeDisconnect,
  decodeHello,
  EMPTY_LIST,
  encodeDisconnect,
  encodeHello,
  type Hello,
  matchCapabilities,
  P2P_CODES,
  P2P_VERSION,
  type RunningCapability,
} from './p2p.js';
import {
  DISCONNECT_REASONS,
  type DisconnectReason,
  disconnectReasonName,
  type PeerInfo,
  type Protocol,
  type ProtocolHandler,
} from './protocol.js';
import { snappyCompress, snappyDecompress } from './snappy.js';

/**
 * Session defaults. Timeouts are geth's (§2.2 "Timeouts": handshake 5 s, ping 15 s, frame read
 * 30 s, frame write 20 s); the rest are the receive and send bounds of issue 17. The devp2p README
 * ("Limits") gives the reason for each.
 */
export const SESSION_DEFAULTS = {
  HANDSHAKE_TIMEOUT_MS: 5_000,
  PING_INTERVAL_MS: 15_000,
  IDLE_TIMEOUT_MS: 30_000,
  /** geth `frameWriteTimeout`: a send queue over the high-water mark this long ends the session. */
  WRITE_STALL_TIMEOUT_MS: 20_000,
  /** Largest frame read or written ({@link DEFAULT_MAX_FRAME_SIZE}: 1 MiB + 64 KiB). */
  MAX_FRAME_SIZE: DEFAULT_MAX_FRAME_SIZE,
  /** Largest decompressed message: the same 1 MiB + 64 KiB (Whisper/Waku `MaxMessageSize` + slack). */
  MAX_MESSAGE_SIZE: DEFAULT_MAX_FRAME_SIZE,
  /** Bytes queued for sending past which the peer is disconnected (it does not read). */
  MAX_QUEUED_BYTES: 8 * 1024 * 1024,
  /** Unread input past which a pausable carrier is paused (resumed below half of it). */
  READ_HIGH_WATER_MARK: 2 * DEFAULT_MAX_FRAME_SIZE,
  /** Unread input past which the session ends when the carrier cannot pause. */
  MAX_UNREAD_BYTES: 16 * 1024 * 1024,
  /** One read slice: at most this many frames… */
  READ_SLICE_FRAMES: 64,
  /** …or this many payload bytes… */
  READ_SLICE_BYTES: 512 * 1024,
  /** …or this many milliseconds, then one macrotask for timers and other peers. */
  READ_SLICE_MS: 8,
} as const;

/** How a session ended. */
export interface DisconnectInfo {
  /** The Disconnect reason sent (local) or received (remote), if any. */
  reason?: number;
  /** `reason` by name, for logs. */
  reasonName?: string;
  /** True when this side ended the session. */
  local: boolean;
  /** The failure that ended it, if it was one. */
  error?: Error;
}

/** Events of a {@link PeerSession}. */
export interface PeerSessionEvents {
  ready: PeerInfo;
  disconnect: DisconnectInfo;
}

/** Options of {@link createPeerSession}. */
export interface PeerSessionOptions {
  duplex: Duplex;
  /** Our static secp256k1 private key (the node key). */
  privateKey: Uint8Array;
  /** The remote node id (64 bytes) when we dial; omit when we accept a connection. */
  remoteId?: Uint8Array;
  protocols: readonly Protocol[];
  clientId?: string;
  listenPort?: number;
  clock?: Clock;
  logger?: Logger;
  crypto?: CryptoProvider;
  random?: RandomSource;
  handshakeTimeoutMs?: number;
  pingIntervalMs?: number;
  /**
   * The session ends when nothing arrives for this long (pings keep a healthy peer talking).
   * Input received but not yet processed counts as arrival.
   */
  idleTimeoutMs?: number;
  /** Largest frame read or sent (default {@link SESSION_DEFAULTS}.MAX_FRAME_SIZE, 1 MiB + 64 KiB). */
  maxFrameSize?: number;
  /** Largest decompressed message (default {@link SESSION_DEFAULTS}.MAX_MESSAGE_SIZE). */
  maxMessageSize?: number;
  /**
   * Bytes queued on the carrier past which the peer is disconnected with `NETWORK_ERROR`
   * (default 8 MiB).
   */
  maxQueuedBytes?: number;
  /**
   * How long the send queue may stay at or over the carrier's high-water mark before the peer is
   * disconnected with `NETWORK_ERROR` (default 20 s, geth's frame write timeout).
   */
  writeStallTimeoutMs?: number;
  /** Read slice and unread-input bounds; see {@link SESSION_DEFAULTS} for the defaults. */
  readBudget?: ReadBudget;
  /**
   * Called once the RLPx handshake has authenticated the peer, before Hello: return a Disconnect
   * reason to refuse it (sent encrypted, as geth does for `TooManyPeers`), or undefined to go on.
   */
  admit?: (remoteId: Uint8Array) => DisconnectReason | undefined;
  /** Aborting before the session is ready ends it. */
  signal?: AbortSignal;
  /** Pinned ephemeral key and nonce, for tests only. */
  ephemeralPrivateKey?: Uint8Array;
  nonce?: Uint8Array;
  /** The auth format we send when dialing (tests exercise legacy). Default `eip8`. */
  authFormat?: HandshakeFormat;
}

/** How much a session reads before it gives the event loop back, and how much it lets queue up. */
export interface ReadBudget {
  /** Frames per slice (default 64). */
  frames?: number;
  /** Decrypted payload bytes per slice (default 512 KiB). */
  bytes?: number;
  /** Milliseconds per slice (default 8). */
  timeMs?: number;
  /** Unread bytes past which a pausable carrier is paused (default 2 × max frame). */
  highWaterMark?: number;
  /** Unread bytes past which the session ends when the carrier cannot pause (default 16 MiB). */
  maxUnreadBytes?: number;
  /** How to give the event loop back (default one macrotask); tests may inject one. */
  yield?: () => Promise<void>;
}

/** A running devp2p session with one peer. */
export interface PeerSession extends TypedEventTarget<PeerSessionEvents> {
  /** Resolves with the peer once both Hellos are exchanged; rejects if the session ends first. */
  readonly ready: Promise<PeerInfo>;
  /** Resolves when the session has ended. */
  readonly closed: Promise<DisconnectInfo>;
  /** The peer, once ready. */
  readonly peer: PeerInfo | undefined;
  /** The negotiated capabilities with their ID offsets, once ready. */
  readonly capabilities: readonly RunningCapability[];
  /** True when both sides speak p2p v5 and messages after Hello are snappy-compressed. */
  readonly snappy: boolean;
  /** Bytes sent and still queued on the carrier (the peer has not taken them yet). */
  readonly queuedBytes: number;
  /** Bytes received and not yet processed. */
  readonly unreadBytes: number;
  /** Sends Disconnect (default `REQUESTED`) and ends the session. */
  disconnect(reason?: DisconnectReason): void;
}

type Phase = 'handshake' | 'hello' | 'ready' | 'closed';

interface Running extends RunningCapability {
  handler: ProtocolHandler;
}

function errorReason(err: unknown): number {
  if (err instanceof P2PProtocolError) return err.reason;
  const r = (err as { reason?: unknown } | undefined)?.reason;
  return typeof r === 'number' && Number.isInteger(r) && r >= 0 && r <= 0xff
    ? r
    : DISCONNECT_REASONS.PROTOCOL_BREACH;
}

class Session extends TypedEventTarget<PeerSessionEvents> implements PeerSession {
  readonly ready: Promise<PeerInfo>;
  readonly closed: Promise<DisconnectInfo>;
  peer: PeerInfo | undefined;
  capabilities: RunningCapability[] = [];
  snappy = false;

  readonly #o: PeerSessionOptions;
  readonly #sliceFrames: number;
  readonly #sliceBytes: number;
  readonly #yield: () => Promise<void>;
  readonly #yieldFresh: () => Promise<void>;
  readonly #crypto: CryptoProvider;
  readonly #clock: Clock;
  readonly #log: Logger;
  readonly #duplex: Duplex;
  readonly #initiator: boolean;
  readonly #ephemeral: Uint8Array;
  readonly #nonce: Uint8Array;
  #phase: Phase = 'handshake';
  #buffer: Uint8Array = new Uint8Array(0);
  #authPacket: Uint8Array | undefined;
  #remoteId: Uint8Array | undefined;
  #codec: FrameCodec | undefined;
  #running: Running[] = [];
  #pumping = false;
  #readPaused = false;
  #lastInputAt = 0;
  readonly #slicer: TimeSlicer;
  readonly #idleTimeoutMs: number;
  readonly #maxQueuedBytes: number;
  readonly #writeStallTimeoutMs: number;
  readonly #maxMessageSize: number;
  readonly #readHighWaterMark: number;
  readonly #maxUnreadBytes: number;
  #handshakeTimer: TimerHandle | undefined;
  #pingTimer: TimerHandle | undefined;
  #idleTimer: TimerHandle | undefined;
  #stallTimer: TimerHandle | undefined;
  #resolveReady!: (p: PeerInfo) => void;
  #rejectReady!: (e: Error) => void;
  #resolveClosed!: (d: DisconnectInfo) => void;
  readonly #onData = (e: CustomEvent<Uint8Array>) => this.#receive(e.detail);
  readonly #onDrain = () => {
    if (this.#duplex.bufferedAmount < this.#duplex.highWaterMark) {
      this.#stallTimer?.cancel();
      this.#stallTimer = undefined;
    }
  };
  readonly #onClose = (e: CustomEvent<{ error?: Error; local: boolean }>) => {
    if (this.#phase === 'closed') return;
    const error = e.detail.error ?? new ClosedError('the connection closed');
    // Input that arrived before the close (often the peer's Disconnect) is still processed first.
    if (this.#pumping) this.#carrierClosed = error;
    else this.#finish({ local: false, error }, false);
  };
  #carrierClosed: Error | undefined;
  readonly #onAbort = () =>
    this.#fail(
      new StatuskitError('aborted', { cause: this.#o.signal?.reason }),
      DISCONNECT_REASONS.CLIENT_QUITTING,
    );

  constructor(o: PeerSessionOptions) {
    super();
    this.#o = o;
    this.#crypto = o.crypto ?? nobleCrypto;
    this.#clock = o.clock ?? systemClock;
    this.#log = (o.logger ?? silentLogger).child({ remote: o.duplex.remoteAddress });
    this.#duplex = o.duplex;
    this.#initiator = o.remoteId !== undefined;
    this.#remoteId = o.remoteId?.slice();
    const random = o.random ?? secureRandom;
    this.#ephemeral = o.ephemeralPrivateKey ?? this.#crypto.secp256k1GeneratePrivateKey();
    this.#nonce = o.nonce ?? random(32);
    this.#idleTimeoutMs = o.idleTimeoutMs ?? SESSION_DEFAULTS.IDLE_TIMEOUT_MS;
    this.#maxQueuedBytes = o.maxQueuedBytes ?? SESSION_DEFAULTS.MAX_QUEUED_BYTES;
    this.#writeStallTimeoutMs = o.writeStallTimeoutMs ?? SESSION_DEFAULTS.WRITE_STALL_TIMEOUT_MS;
    this.#maxMessageSize = o.maxMessageSize ?? SESSION_DEFAULTS.MAX_MESSAGE_SIZE;
    const budget = o.readBudget ?? {};
    const maxFrame = o.maxFrameSize ?? SESSION_DEFAULTS.MAX_FRAME_SIZE;
    this.#readHighWaterMark = budget.highWaterMark ?? 2 * maxFrame;
    this.#maxUnreadBytes = Math.max(
      budget.maxUnreadBytes ?? SESSION_DEFAULTS.MAX_UNREAD_BYTES,
      this.#readHighWaterMark + maxFrame,
    );
    this.#sliceFrames = budget.frames ?? SESSION_DEFAULTS.READ_SLICE_FRAMES;
    this.#sliceBytes = budget.bytes ?? SESSION_DEFAULTS.READ_SLICE_BYTES;
    this.#yield = budget.yield ?? nextFairTurn;
    // A pump starting on fresh input (the session was idle) goes before the backlogs of others.
    this.#yieldFresh = budget.yield ?? (() => nextFairTurn(true));
    this.#slicer = createTimeSlicer(budget.timeMs ?? SESSION_DEFAULTS.READ_SLICE_MS, { yield: this.#yield });
    this.ready = new Promise((resolve, reject) => {
      this.#resolveReady = resolve;
      this.#rejectReady = reject;
    });
    this.ready.catch(() => {}); // observed through `closed` / events as well
    this.closed = new Promise((resolve) => {
      this.#resolveClosed = resolve;
    });
  }

  start(): void {
    this.#duplex.addEventListener('data', this.#onData);
    this.#duplex.addEventListener('close', this.#onClose);
    this.#duplex.addEventListener('drain', this.#onDrain);
    if (this.#o.signal?.aborted) {
      this.#onAbort();
      return;
    }
    this.#o.signal?.addEventListener('abort', this.#onAbort, { once: true });
    this.#handshakeTimer = this.#clock.setTimeout(
      () => this.#fail(new TimeoutError('handshake timed out'), DISCONNECT_REASONS.PING_TIMEOUT),
      this.#o.handshakeTimeoutMs ?? SESSION_DEFAULTS.HANDSHAKE_TIMEOUT_MS,
    );
    this.#lastInputAt = this.#clock.now();
    this.#armIdle(this.#idleTimeoutMs);
    if (this.#initiator) {
      try {
        const { packet } = createAuth({
          privateKey: this.#o.privateKey,
          remoteId: this.#remoteId as Uint8Array,
          ephemeralPrivateKey: this.#ephemeral,
          nonce: this.#nonce,
          format: this.#o.authFormat ?? 'eip8',
          crypto: this.#crypto,
        });
        this.#authPacket = packet;
        this.#send(packet);
      } catch (err) {
        this.#fail(err, DISCONNECT_REASONS.INVALID_IDENTITY);
      }
    }
  }

  /** Read through a getter so narrowing on `#phase` does not outlive calls that may end the session. */
  get #ended(): boolean {
    return this.#phase === 'closed';
  }

  get queuedBytes(): number {
    return this.#duplex.bufferedAmount;
  }

  get unreadBytes(): number {
    return (this.#codec?.buffered ?? 0) + this.#buffer.length;
  }

  /**
   * One timer for idleness, re-armed lazily rather than on every chunk (a flood would otherwise
   * churn a timer per chunk). Input received but not yet processed counts as liveness: when the
   * loop is busy, our own backlog must not look like a silent peer.
   */
  #armIdle(delayMs: number): void {
    this.#idleTimer = this.#clock.setTimeout(() => {
      if (this.#phase === 'closed') return;
      const now = this.#clock.now();
      if (this.#pumping || this.#readPaused || this.unreadBytes > 0) this.#lastInputAt = now;
      const idleFor = now - this.#lastInputAt;
      if (idleFor < this.#idleTimeoutMs) {
        this.#armIdle(this.#idleTimeoutMs - idleFor);
        return;
      }
      this.#fail(new TimeoutError('no data from the peer'), DISCONNECT_REASONS.PING_TIMEOUT);
    }, delayMs);
  }

  /**
   * A `data` event only queues the bytes: the handshake and the frames are processed by the pump
   * in a later macrotask, so a burst of chunks delivered in one task (or many sessions' chunks)
   * never turns into one long synchronous run.
   */
  #receive(bytes: Uint8Array): void {
    if (this.#phase === 'closed') return;
    this.#lastInputAt = this.#clock.now();
    try {
      if (this.#codec === undefined) {
        this.#buffer = this.#buffer.length === 0 ? bytes : concat(this.#buffer, bytes);
        if (this.#buffer.length > MAX_HANDSHAKE_BUFFER)
          throw new HandshakeError(`${this.#buffer.length} bytes arrived before the handshake completed`);
      } else {
        this.#codec.push(bytes);
      }
    } catch (err) {
      this.#fail(err, errorReason(err));
      return;
    }
    this.#checkUnread();
    if (!this.#pumping && !this.#ended) {
      this.#pumping = true;
      this.#yieldFresh().then(
        () => this.#pump(),
        (err: unknown) => this.#fail(err, errorReason(err)),
      );
    }
  }

  /** Pauses a pausable carrier past the read high-water mark; ends the session past the hard bound. */
  #checkUnread(): void {
    if (this.#ended) return;
    const unread = this.unreadBytes;
    if (!this.#readPaused && unread >= this.#readHighWaterMark && this.#duplex.pauseReading !== undefined) {
      this.#readPaused = true;
      this.#duplex.pauseReading();
    } else if (this.#readPaused && unread < this.#readHighWaterMark / 2) {
      this.#readPaused = false;
      this.#duplex.resumeReading?.();
    }
    if (unread > this.#maxUnreadBytes) {
      this.#fail(
        new P2PProtocolError(
          `${unread} unread bytes exceed ${this.#maxUnreadBytes}`,
          DISCONNECT_REASONS.NETWORK_ERROR,
        ),
        DISCONNECT_REASONS.NETWORK_ERROR,
      );
    }
  }

  /**
   * Processes the queued input in order, one handler at a time, in read slices: after
   * `readBudget.frames` frames, `readBudget.bytes` payload bytes or `readBudget.timeMs` ms it
   * waits one macrotask so timers, I/O and other sessions run. One pump per session at a time.
   */
  async #pump(): Promise<void> {
    this.#slicer.reset();
    let frames = 0;
    let bytes = 0;
    try {
      if (this.#codec === undefined && !this.#ended) this.#handshake();
      const codec = this.#codec;
      while (codec !== undefined && !this.#ended) {
        const frame = codec.next();
        if (frame === undefined) break;
        frames++;
        bytes += frame.payload.length;
        const pending = this.#frame(frame);
        if (pending !== undefined) await pending;
        if (frames >= this.#sliceFrames || bytes >= this.#sliceBytes || this.#slicer.shouldYield()) {
          this.#checkUnread();
          await this.#yield();
          this.#slicer.reset();
          frames = 0;
          bytes = 0;
        }
      }
    } catch (err) {
      this.#fail(err, errorReason(err));
    } finally {
      this.#pumping = false;
    }
    if (this.#carrierClosed !== undefined) this.#finish({ local: false, error: this.#carrierClosed }, false);
    this.#checkUnread();
  }

  #handshake(): void {
    const kind = this.#initiator ? 'ack' : 'auth';
    const found = handshakeMessageLength(this.#buffer, kind, this.#o.privateKey, this.#crypto);
    if (found === undefined || this.#buffer.length < found.length) return;
    const packet = this.#buffer.slice(0, found.length);
    const rest = this.#buffer.slice(found.length);
    this.#buffer = new Uint8Array(0);
    let remoteEphemeral: Uint8Array;
    let initiatorNonce: Uint8Array;
    let recipientNonce: Uint8Array;
    let ackPacket: Uint8Array;
    if (this.#initiator) {
      const ack = readAck(this.#o.privateKey, packet, this.#crypto);
      remoteEphemeral = ack.recipientEphemeralPublicKey;
      initiatorNonce = this.#nonce;
      recipientNonce = ack.recipientNonce;
      ackPacket = packet;
    } else {
      const auth = readAuth(this.#o.privateKey, packet, this.#crypto);
      this.#authPacket = packet;
      this.#remoteId = auth.initiatorId;
      remoteEphemeral = auth.initiatorEphemeralPublicKey;
      initiatorNonce = auth.initiatorNonce;
      recipientNonce = this.#nonce;
      ackPacket = createAck({
        remoteId: auth.initiatorId,
        ephemeralPrivateKey: this.#ephemeral,
        nonce: this.#nonce,
        format: auth.format,
        crypto: this.#crypto,
      }).packet;
      this.#send(ackPacket);
    }
    const secrets = deriveSecrets({
      initiator: this.#initiator,
      ephemeralPrivateKey: this.#ephemeral,
      remoteEphemeralPublicKey: remoteEphemeral,
      initiatorNonce,
      recipientNonce,
      authPacket: this.#authPacket as Uint8Array,
      ackPacket,
      crypto: this.#crypto,
    });
    this.#codec = new FrameCodec(secrets, {
      crypto: this.#crypto,
      maxFrameSize: this.#o.maxFrameSize ?? SESSION_DEFAULTS.MAX_FRAME_SIZE,
    });
    this.#phase = 'hello';
    this.#log.debug('rlpx handshake done', { initiator: this.#initiator });
    const refusal = this.#o.admit?.(this.#remoteId as Uint8Array);
    if (refusal !== undefined) {
      this.#log.debug('peer refused', { reason: disconnectReasonName(refusal) });
      this.disconnect(refusal);
      return;
    }
    const hello: Hello = {
      protocolVersion: P2P_VERSION,
      clientId: this.#o.clientId ?? 'statuskit',
      capabilities: this.#o.protocols.map((p) => ({ name: p.name, version: p.version })),
      listenPort: this.#o.listenPort ?? 0,
      nodeId: this.#crypto.secp256k1PublicKey(this.#o.privateKey).subarray(1),
    };
    this.#sendFrame(P2P_CODES.HELLO, encodeHello(hello), false);
    if (rest.length > 0) this.#codec.push(rest);
  }

  /** Handles one frame; returns the handler's promise when it is asynchronous. */
  #frame(frame: Frame): Promise<void> | undefined {
    let payload = frame.payload;
    if (this.#phase === 'hello') {
      if (frame.code === P2P_CODES.DISCONNECT) {
        this.#remoteDisconnect(payload);
        return undefined;
      }
      if (frame.code !== P2P_CODES.HELLO) {
        throw new P2PProtocolError(
          `expected Hello, got code ${frame.code}`,
          DISCONNECT_REASONS.PROTOCOL_BREACH,
        );
      }
      this.#hello(decodeHello(payload));
      return undefined;
    }
    if (this.snappy) {
      try {
        payload = snappyDecompress(payload, this.#maxMessageSize);
      } catch (err) {
        // Some clients (ethereumjs) send Disconnect uncompressed even after p2p/5: the peer is
        // leaving either way, so read the reason from the raw bytes rather than fail.
        if (frame.code !== P2P_CODES.DISCONNECT) throw err;
      }
    }
    switch (frame.code) {
      case P2P_CODES.HELLO:
        throw new P2PProtocolError('second Hello', DISCONNECT_REASONS.PROTOCOL_BREACH);
      case P2P_CODES.DISCONNECT:
        this.#remoteDisconnect(payload);
        return undefined;
      case P2P_CODES.PING:
        this.#sendFrame(P2P_CODES.PONG, EMPTY_LIST, this.snappy);
        return undefined;
      case P2P_CODES.PONG:
        return undefined;
    }
    if (payload.length > this.#maxMessageSize) {
      throw new P2PProtocolError(
        `message of ${payload.length} bytes exceeds ${this.#maxMessageSize}`,
        DISCONNECT_REASONS.PROTOCOL_BREACH,
      );
    }
    const cap = this.#running.find((c) => frame.code >= c.offset && frame.code < c.offset + c.length);
    if (cap === undefined) {
      if (frame.code < 16) return undefined; // unknown base-protocol code: ignore, as geth does
      throw new P2PProtocolError(
        `message code ${frame.code} belongs to no capability`,
        DISCONNECT_REASONS.PROTOCOL_BREACH,
      );
    }
    const result = cap.handler.onMessage(frame.code - cap.offset, payload);
    return result instanceof Promise ? result : undefined;
  }

  #hello(hello: Hello): void {
    if (this.#remoteId !== undefined && !equal(hello.nodeId, this.#remoteId)) {
      throw new P2PProtocolError(
        'Hello node id differs from the handshake identity',
        DISCONNECT_REASONS.UNEXPECTED_IDENTITY,
      );
    }
    this.snappy = hello.protocolVersion >= 5;
    this.capabilities = matchCapabilities(this.#o.protocols, hello.capabilities);
    if (this.capabilities.length === 0) {
      throw new P2PProtocolError('no shared capability', DISCONNECT_REASONS.USELESS_PEER);
    }
    this.#handshakeTimer?.cancel();
    const peer: PeerInfo = {
      id: hello.nodeId,
      clientId: hello.clientId,
      remoteAddress: this.#duplex.remoteAddress,
      capabilities: hello.capabilities.map((c) => `${c.name}/${c.version}`),
    };
    this.peer = peer;
    this.#phase = 'ready';
    this.#o.signal?.removeEventListener('abort', this.#onAbort);
    const interval = this.#o.pingIntervalMs ?? SESSION_DEFAULTS.PING_INTERVAL_MS;
    const ping = () => {
      if (this.#phase !== 'ready') return;
      this.#sendFrame(P2P_CODES.PING, EMPTY_LIST, this.snappy);
      this.#pingTimer = this.#clock.setTimeout(ping, interval);
    };
    this.#pingTimer = this.#clock.setTimeout(ping, interval);
    for (const cap of this.capabilities) {
      const protocol = this.#o.protocols.find(
        (p) => p.name === cap.name && p.version === cap.version,
      ) as Protocol;
      const handler = protocol.create({
        peer,
        version: cap.version,
        logger: this.#log.child({ protocol: `${cap.name}/${cap.version}` }),
        send: (code, payload) => {
          if (this.#phase !== 'ready') throw new ClosedError('the session has ended');
          if (!Number.isInteger(code) || code < 0 || code >= cap.length) {
            throw new RangeError(`code ${code} is outside ${cap.name}/${cap.version}'s ${cap.length} codes`);
          }
          return this.#sendFrame(cap.offset + code, payload, this.snappy);
        },
        drained: () => this.#duplex.drained(),
        queuedBytes: () => this.#duplex.bufferedAmount,
        disconnect: (reason) => this.disconnect(reason),
      });
      this.#running.push({ ...cap, handler });
    }
    this.#log.debug('session ready', { peer: toHex(peer.id).slice(0, 16), caps: peer.capabilities });
    this.#resolveReady(peer);
    this.emit('ready', peer);
  }

  #sendFrame(code: number, payload: Uint8Array, compress: boolean): boolean {
    const body = compress ? snappyCompress(payload) : payload;
    return this.#send((this.#codec as FrameCodec).encode(code, body));
  }

  /**
   * Sends on the carrier and enforces the send-queue bounds: past `maxQueuedBytes` the peer is
   * disconnected at once; over the high-water mark, a write-stall timer starts that a `drain`
   * cancels. Returns what the carrier returned (false: wait for `drained`, or the carrier closed).
   */
  #send(bytes: Uint8Array): boolean {
    // The carrier closed while input that came before the close is still being processed: the
    // peer is gone, so replies (Hello, Pong, handler sends) are dropped rather than thrown.
    if (this.#duplex.closed) return false;
    const ok = this.#duplex.send(bytes);
    if (ok || this.#phase === 'closed') return ok;
    const queued = this.#duplex.bufferedAmount;
    if (queued > this.#maxQueuedBytes) {
      queueMicrotask(() =>
        this.#fail(
          new P2PProtocolError(
            `${queued} bytes queued for a peer that does not read (limit ${this.#maxQueuedBytes})`,
            DISCONNECT_REASONS.NETWORK_ERROR,
          ),
          DISCONNECT_REASONS.NETWORK_ERROR,
        ),
      );
    } else if (this.#stallTimer === undefined) {
      this.#stallTimer = this.#clock.setTimeout(() => {
        this.#stallTimer = undefined;
        if (this.#duplex.bufferedAmount < this.#duplex.highWaterMark) return;
        this.#fail(
          new TimeoutError(`send queue stalled for ${this.#writeStallTimeoutMs} ms`),
          DISCONNECT_REASONS.NETWORK_ERROR,
        );
      }, this.#writeStallTimeoutMs);
    }
    return ok;
  }

  #remoteDisconnect(payload: Uint8Array): void {
    const reason = decodeDisconnect(payload);
    this.#log.debug('peer disconnected', {
      reason: reason === undefined ? 'none' : disconnectReasonName(reason),
    });
    this.#finish(reason === undefined ? { local: false } : { reason, local: false }, true);
  }

  #fail(err: unknown, reason: number): void {
    if (this.#phase === 'closed') return;
    const error = err instanceof Error ? err : new StatuskitError('session failed', { cause: err });
    const typed = error instanceof StatuskitError || error instanceof RangeError;
    this.#log.warn('session failed', { error: error.name, message: error.message, typed });
    this.#sendDisconnect(reason);
    this.#finish({ reason, local: true, error }, true);
  }

  #sendDisconnect(reason: number): void {
    // A Disconnect can only be sent once the frame codec exists and the channel is sound.
    if (this.#codec === undefined || this.#duplex.closed) return;
    try {
      this.#sendFrame(P2P_CODES.DISCONNECT, encodeDisconnect(reason), this.#phase === 'ready' && this.snappy);
    } catch {
      // the carrier is gone; nothing more to tell the peer
    }
  }

  disconnect(reason: DisconnectReason = DISCONNECT_REASONS.REQUESTED): void {
    if (this.#phase === 'closed') return;
    this.#sendDisconnect(reason);
    this.#finish({ reason, local: true }, true);
  }

  #finish(info: DisconnectInfo, closeDuplex: boolean): void {
    if (this.#phase === 'closed') return;
    const wasReady = this.#phase === 'ready';
    this.#phase = 'closed';
    this.#handshakeTimer?.cancel();
    this.#pingTimer?.cancel();
    this.#idleTimer?.cancel();
    this.#stallTimer?.cancel();
    this.#o.signal?.removeEventListener('abort', this.#onAbort);
    this.#duplex.removeEventListener('data', this.#onData);
    this.#duplex.removeEventListener('close', this.#onClose);
    this.#duplex.removeEventListener('drain', this.#onDrain);
    if (closeDuplex) this.#duplex.close();
    const full: DisconnectInfo =
      info.reason === undefined ? info : { ...info, reasonName: disconnectReasonName(info.reason) };
    if (!wasReady)
      this.#rejectReady(
        full.error ??
          new HandshakeError(`session ended before it was ready (${full.reasonName ?? 'closed'})`),
      );
    for (const cap of this.#running) {
      try {
        cap.handler.onClose?.(full);
      } catch (err) {
        this.#log.error('protocol onClose threw', { error: String(err) });
      }
    }
    this.#resolveClosed(full);
    this.emit('disconnect', full);
  }
}

/**
 * Most bytes a peer may send before the handshake completes: an EIP-8 auth or ack is at most
 * 2 + 65535 bytes (16-bit size prefix, §2.2), and the first frames may follow it in the same chunk.
 */
const MAX_HANDSHAKE_BUFFER = 2 + 0xffff + 64 * 1024;

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function equal(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/**
 * Starts a devp2p session over `duplex`: dials when `remoteId` is given, accepts otherwise.
 * @example
 * const session = createPeerSession({ duplex, privateKey, remoteId, protocols: [waku] });
 * const peer = await session.ready;
 */
export function createPeerSession(options: PeerSessionOptions): PeerSession {
  if (options.remoteId !== undefined && options.remoteId.length !== 64)
    throw new RangeError('remoteId must be 64 bytes');
  if (!(options.privateKey instanceof Uint8Array) || options.privateKey.length !== 32) {
    throw new RangeError('privateKey must be 32 bytes');
  }
  const s = new Session(options);
  s.start();
  return s;
}
