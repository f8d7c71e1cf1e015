/**
 * The listening side of a node: turns each accepted carrier (a TCP socket, a bridged WebSocket)
 * into a {@link PeerSession}, with the admission bounds go-ethereum's p2p server keeps (issue 17):
 * at most `maxPendingHandshakes` RLPx handshakes at a time (each costs ~20 ms of ECDH and ECIES,
 * so an unbounded number of them is a CPU flood), a bounded queue of connections waiting for a
 * slot, and at most `maxPeers` admitted peers. A peer over the cap, already connected, or
 * ourselves is refused after the handshake with an encrypted Disconnect (`TooManyPeers`,
 * `AlreadyConnected`, `ConnectedToSelf`), as geth does; a connection that finds the waiting queue
 * full is closed at once (before a handshake nothing can be said to it).
 */
import { type Duplex, nobleCrypto, TypedEventTarget } from '@statuskit/utils';
import { DISCONNECT_REASONS, type DisconnectReason, type PeerInfo } from './protocol.js';
import {
  createPeerSession,
  type DisconnectInfo,
  type PeerSession,
  type PeerSessionOptions,
  SESSION_DEFAULTS,
} from './session.js';

/** Defaults of {@link createPeerServer} (reasons in the devp2p README, "Limits"). */
export const SERVER_DEFAULTS = {
  /** geth's default `MaxPeers` is 50. */
  MAX_PEERS: 50,
  /** Concurrent inbound handshakes (geth: `MaxPendingPeers`, default 50; ours cost more CPU). */
  MAX_PENDING_HANDSHAKES: 8,
  /** Connections waiting for a handshake slot before new ones are closed unanswered. */
  MAX_QUEUED_CONNECTIONS: 64,
} as const;

/** Events of a {@link PeerServer}. */
export interface PeerServerEvents {
  /** A session passed the Hello exchange. */
  'session:ready': { session: PeerSession; peer: PeerInfo };
  /** A session ended (whether or not it became ready). */
  'session:closed': { session: PeerSession; info: DisconnectInfo };
  /** A connection was turned away: `reason` when it was told why, `queue-full` when it was closed unanswered. */
  'connection:refused': { remoteAddress: string; reason: DisconnectReason | 'queue-full' };
}

/** Options of {@link createPeerServer}: session options for every inbound peer, plus the bounds. */
export interface PeerServerOptions
  extends Omit<
    PeerSessionOptions,
    'duplex' | 'remoteId' | 'signal' | 'admit' | 'ephemeralPrivateKey' | 'nonce'
  > {
  /** Admitted peers at most (default 50). */
  maxPeers?: number;
  /** RLPx handshakes in progress at most (default 8). */
  maxPendingHandshakes?: number;
  /** Connections waiting for a handshake slot at most (default 64); more are closed. */
  maxQueuedConnections?: number;
  /**
   * How long a connection may wait for a handshake slot (default 5 s, the dialer's own handshake
   * timeout in geth): older ones are closed rather than started.
   */
  maxQueueWaitMs?: number;
  /** Extra admission policy (bans, allow-lists), asked after the built-in checks pass. */
  admit?: (remoteId: Uint8Array) => DisconnectReason | undefined;
}

/** A running inbound server. */
export interface PeerServer extends TypedEventTarget<PeerServerEvents> {
  /** Hands a freshly accepted carrier to the server; pass it as a listener's `onConnection`. */
  readonly accept: (duplex: Duplex) => void;
  /** Every live session, handshaking or ready. */
  readonly sessions: ReadonlySet<PeerSession>;
  /** Admitted peers (authenticated, under the cap, not yet closed). */
  readonly peerCount: number;
  /** Handshakes in progress. */
  readonly pendingHandshakes: number;
  /** Connections waiting for a handshake slot. */
  readonly queuedConnections: number;
  /** Stops accepting, disconnects every session (default `CLIENT_QUITTING`) and waits for them. */
  close(reason?: DisconnectReason): Promise<void>;
}

interface Waiting {
  duplex: Duplex;
  since: number;
  /** Bytes that arrived while waiting (the dialer sends its auth at once), replayed on start. */
  chunks: Uint8Array[];
  bytes: number;
  onClose: () => void;
  onData: (e: CustomEvent<Uint8Array>) => void;
}

/** A waiting dialer may send its auth (at most 2 + 65535 bytes, §2.2) and nothing more. */
const MAX_WAITING_BYTES = 2 + 0xffff;

class Server extends TypedEventTarget<PeerServerEvents> implements PeerServer {
  readonly sessions = new Set<PeerSession>();
  readonly #o: PeerServerOptions;
  readonly #admitted = new Map<PeerSession, string>(); // session → node id hex
  readonly #ids = new Set<string>();
  readonly #waiting: Waiting[] = [];
  readonly #selfId: string;
  #pending = 0;
  #closed = false;

  constructor(o: PeerServerOptions) {
    super();
    this.#o = o;
    this.#selfId = hex((o.crypto ?? nobleCrypto).secp256k1PublicKey(o.privateKey).subarray(1));
  }

  get peerCount(): number {
    return this.#admitted.size;
  }

  get pendingHandshakes(): number {
    return this.#pending;
  }

  get queuedConnections(): number {
    return this.#waiting.length;
  }

  readonly accept = (duplex: Duplex): void => {
    if (this.#closed) {
      duplex.close();
      return;
    }
    if (this.#pending < (this.#o.maxPendingHandshakes ?? SERVER_DEFAULTS.MAX_PENDING_HANDSHAKES)) {
      this.#start(duplex);
      return;
    }
    if (this.#waiting.length >= (this.#o.maxQueuedConnections ?? SERVER_DEFAULTS.MAX_QUEUED_CONNECTIONS)) {
      duplex.close();
      this.emit('connection:refused', { remoteAddress: duplex.remoteAddress, reason: 'queue-full' });
      return;
    }
    const w: Waiting = {
      duplex,
      since: (this.#o.clock ?? { now: Date.now }).now(),
      chunks: [],
      bytes: 0,
      onClose: () => {
        const i = this.#waiting.indexOf(w);
        if (i >= 0) this.#waiting.splice(i, 1);
        duplex.removeEventListener('data', w.onData);
      },
      onData: (e) => {
        w.chunks.push(e.detail);
        w.bytes += e.detail.length;
        if (w.bytes > MAX_WAITING_BYTES) duplex.close();
      },
    };
    duplex.addEventListener('close', w.onClose, { once: true });
    duplex.addEventListener('data', w.onData);
    // Where the carrier can hold the dialer back (TCP), do not even read while it waits.
    duplex.pauseReading?.();
    this.#waiting.push(w);
  };

  #next(): void {
    const maxWaitMs = this.#o.maxQueueWaitMs ?? SESSION_DEFAULTS.HANDSHAKE_TIMEOUT_MS;
    const now = (this.#o.clock ?? { now: Date.now }).now();
    const limit = this.#o.maxPendingHandshakes ?? SERVER_DEFAULTS.MAX_PENDING_HANDSHAKES;
    while (this.#pending < limit && this.#waiting.length > 0) {
      const w = this.#waiting.shift() as Waiting;
      w.duplex.removeEventListener('close', w.onClose);
      w.duplex.removeEventListener('data', w.onData);
      if (w.duplex.closed) continue;
      // The dialer's own handshake timer has run out: it is gone or about to go.
      if (now - w.since >= maxWaitMs) {
        w.duplex.close();
        this.emit('connection:refused', { remoteAddress: w.duplex.remoteAddress, reason: 'queue-full' });
        continue;
      }
      this.#start(w.duplex);
      // the session listens now: hand it what arrived while waiting, in order
      for (const chunk of w.chunks) w.duplex.emit('data', chunk);
      w.duplex.resumeReading?.();
    }
  }

  #admit(session: PeerSession, remoteId: Uint8Array): DisconnectReason | undefined {
    const id = hex(remoteId);
    if (id === this.#selfId) return DISCONNECT_REASONS.CONNECTED_TO_SELF;
    if (this.#ids.has(id)) return DISCONNECT_REASONS.ALREADY_CONNECTED;
    if (this.#admitted.size >= (this.#o.maxPeers ?? SERVER_DEFAULTS.MAX_PEERS))
      return DISCONNECT_REASONS.TOO_MANY_PEERS;
    const extra = this.#o.admit?.(remoteId);
    if (extra !== undefined) return extra;
    this.#admitted.set(session, id);
    this.#ids.add(id);
    return undefined;
  }

  #start(duplex: Duplex): void {
    const {
      maxPeers: _a,
      maxPendingHandshakes: _b,
      maxQueuedConnections: _c,
      maxQueueWaitMs: _e,
      admit: _d,
      ...sessionOptions
    } = this.#o;
    this.#pending++;
    let handshaking = true;
    const release = () => {
      if (!handshaking) return;
      handshaking = false;
      this.#pending--;
      this.#next();
    };
    let refusal: DisconnectReason | undefined;
    // `admit` runs inside createPeerSession's pump, after the constructor returned.
    const holder: { session?: PeerSession } = {};
    const session = createPeerSession({
      ...sessionOptions,
      duplex,
      admit: (remoteId) => {
        refusal = this.#admit(holder.session as PeerSession, remoteId);
        return refusal;
      },
    });
    holder.session = session;
    this.sessions.add(session);
    session.ready.then(
      (peer) => {
        release();
        this.emit('session:ready', { session, peer });
      },
      () => release(),
    );
    void session.closed.then((info) => {
      release();
      this.sessions.delete(session);
      const id = this.#admitted.get(session);
      if (id !== undefined) {
        this.#admitted.delete(session);
        this.#ids.delete(id);
      }
      if (refusal !== undefined)
        this.emit('connection:refused', { remoteAddress: duplex.remoteAddress, reason: refusal });
      this.emit('session:closed', { session, info });
    });
  }

  async close(reason: DisconnectReason = DISCONNECT_REASONS.CLIENT_QUITTING): Promise<void> {
    this.#closed = true;
    for (const w of this.#waiting.splice(0)) {
      w.duplex.removeEventListener('close', w.onClose);
      w.duplex.removeEventListener('data', w.onData);
      w.duplex.close();
    }
    const all = [...this.sessions];
    for (const s of all) s.disconnect(reason);
    await Promise.allSettled(all.map((s) => s.closed));
  }
}

function hex(b: Uint8Array): string {
  let s = '';
  for (const x of b) s += x.toString(16).padStart(2, '0');
  return s;
}

/**
 * Creates an inbound server: hand its `accept` to every listener (TCP, the WebSocket bridge).
 * @throws {RangeError} for a private key that is not 32 bytes or a bound out of range.
 * @example
 * const server = createPeerServer({ privateKey, protocols: node.protocols, maxPeers: 50 });
 * await tcp().listen({ port: 30303 }, server.accept);
 */
export function createPeerServer(options: PeerServerOptions): PeerServer {
  if (!(options.privateKey instanceof Uint8Array) || options.privateKey.length !== 32)
    throw new RangeError('privateKey must be 32 bytes');
  // 0 peers or 0 queued connections are meaningful (refuse all, queue none); 0 handshake slots or
  // 0 ms of waiting would strand every connection.
  for (const [name, v, min] of [
    ['maxPeers', options.maxPeers, 0],
    ['maxPendingHandshakes', options.maxPendingHandshakes, 1],
    ['maxQueuedConnections', options.maxQueuedConnections, 0],
    ['maxQueueWaitMs', options.maxQueueWaitMs, 1],
  ] as const) {
    if (v !== undefined && (!Number.isInteger(v) || v < min))
      throw new RangeError(`${name} must be an integer ≥ ${min}`);
  }
  return new Server(options);
}
