/**
 * The devp2p session driver: runs the RLPx handshake, framing and the p2p base protocol over any
 * utils `Duplex` (TCP in Node, WebSocket in browsers, memory in tests) and hosts the negotiated
 * subprotocols. Time comes from the injected clock; bytes from the peer never throw out of it:
 * any failure ends the session with a Disconnect (where one can still be sent), a typed error and
 * a `disconnect` event.
 */
import {
  type Clock,
  ClosedError,
  type CryptoProvider,
  type Duplex,
  type Logger,
  nobleCrypto,
  type RandomSource,
  StatuskitError,
  secureRandom,
  silentLogger,
  systemClock,
  TimeoutError,
  type TimerHandle,
  TypedEventTarget,
  toHex,
} from '@statuskit/utils';
import { HandshakeError, P2PProtocolError } from './errors.js';
import { type Frame, FrameCodec, MAX_FRAME_SIZE } from './frame.js';
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

/** geth's defaults (§2.2 "Timeouts"). */
export const SESSION_DEFAULTS = {
  HANDSHAKE_TIMEOUT_MS: 5_000,
  PING_INTERVAL_MS: 15_000,
  IDLE_TIMEOUT_MS: 30_000,
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
  /** The session ends when nothing arrives for this long (pings keep a healthy peer talking). */
  idleTimeoutMs?: number;
  maxFrameSize?: number;
  /** Aborting before the session is ready ends it. */
  signal?: AbortSignal;
  /** Pinned ephemeral key and nonce, for tests only. */
  ephemeralPrivateKey?: Uint8Array;
  nonce?: Uint8Array;
  /** The auth format we send when dialing (tests exercise legacy). Default `eip8`. */
  authFormat?: HandshakeFormat;
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
  #queue: Promise<void> = Promise.resolve();
  #handshakeTimer: TimerHandle | undefined;
  #pingTimer: TimerHandle | undefined;
  #idleTimer: TimerHandle | undefined;
  #resolveReady!: (p: PeerInfo) => void;
  #rejectReady!: (e: Error) => void;
  #resolveClosed!: (d: DisconnectInfo) => void;
  readonly #onData = (e: CustomEvent<Uint8Array>) => this.#receive(e.detail);
  readonly #onClose = (e: CustomEvent<{ error?: Error; local: boolean }>) => {
    if (this.#phase !== 'closed') {
      const error = e.detail.error ?? new ClosedError('the connection closed');
      this.#finish({ local: false, error }, false);
    }
  };
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
    if (this.#o.signal?.aborted) {
      this.#onAbort();
      return;
    }
    this.#o.signal?.addEventListener('abort', this.#onAbort, { once: true });
    this.#handshakeTimer = this.#clock.setTimeout(
      () => this.#fail(new TimeoutError('handshake timed out'), DISCONNECT_REASONS.PING_TIMEOUT),
      this.#o.handshakeTimeoutMs ?? SESSION_DEFAULTS.HANDSHAKE_TIMEOUT_MS,
    );
    this.#armIdle();
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
        this.#duplex.send(packet);
      } catch (err) {
        this.#fail(err, DISCONNECT_REASONS.INVALID_IDENTITY);
      }
    }
  }

  #armIdle(): void {
    this.#idleTimer?.cancel();
    this.#idleTimer = this.#clock.setTimeout(
      () => this.#fail(new TimeoutError('no data from the peer'), DISCONNECT_REASONS.PING_TIMEOUT),
      this.#o.idleTimeoutMs ?? SESSION_DEFAULTS.IDLE_TIMEOUT_MS,
    );
  }

  #receive(bytes: Uint8Array): void {
    if (this.#phase === 'closed') return;
    this.#armIdle();
    try {
      if (this.#phase === 'handshake') {
        this.#buffer = this.#buffer.length === 0 ? bytes : concat(this.#buffer, bytes);
        this.#handshake();
      } else {
        (this.#codec as FrameCodec).push(bytes);
      }
      this.#drainFrames();
    } catch (err) {
      this.#fail(err, errorReason(err));
    }
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
      this.#duplex.send(ackPacket);
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
      maxFrameSize: this.#o.maxFrameSize ?? MAX_FRAME_SIZE,
    });
    this.#phase = 'hello';
    this.#log.debug('rlpx handshake done', { initiator: this.#initiator });
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

  #drainFrames(): void {
    const codec = this.#codec;
    if (codec === undefined) return;
    for (;;) {
      if (this.#phase === 'closed') return;
      const frame = codec.next();
      if (frame === undefined) return;
      this.#frame(frame);
    }
  }

  #frame(frame: Frame): void {
    let payload = frame.payload;
    if (this.#phase === 'hello') {
      if (frame.code === P2P_CODES.DISCONNECT) {
        this.#remoteDisconnect(payload);
        return;
      }
      if (frame.code !== P2P_CODES.HELLO) {
        throw new P2PProtocolError(
          `expected Hello, got code ${frame.code}`,
          DISCONNECT_REASONS.PROTOCOL_BREACH,
        );
      }
      this.#hello(decodeHello(payload));
      return;
    }
    if (this.snappy) {
      try {
        payload = snappyDecompress(payload);
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
        return;
      case P2P_CODES.PING:
        this.#sendFrame(P2P_CODES.PONG, EMPTY_LIST, this.snappy);
        return;
      case P2P_CODES.PONG:
        return;
    }
    const cap = this.#running.find((c) => frame.code >= c.offset && frame.code < c.offset + c.length);
    if (cap === undefined) {
      if (frame.code < 16) return; // unknown base-protocol code: ignore, as geth does
      throw new P2PProtocolError(
        `message code ${frame.code} belongs to no capability`,
        DISCONNECT_REASONS.PROTOCOL_BREACH,
      );
    }
    const code = frame.code - cap.offset;
    this.#queue = this.#queue
      .then(() => (this.#phase === 'closed' ? undefined : cap.handler.onMessage(code, payload)))
      .catch((err: unknown) => this.#fail(err, errorReason(err)));
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
    return this.#duplex.send((this.#codec as FrameCodec).encode(code, body));
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
    this.#o.signal?.removeEventListener('abort', this.#onAbort);
    this.#duplex.removeEventListener('data', this.#onData);
    this.#duplex.removeEventListener('close', this.#onClose);
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
