/**
 * Keeps a node connected to its static peers: dials each, reconnects after a disconnect or a
 * failed dial with exponential backoff and jitter, and never holds more than `maxPeers` sessions.
 * It knows nothing of RLPx: `dial` yields a carrier and `connect` turns it into a session, so the
 * same manager runs over TCP here and over WebSocket elsewhere.
 */
import {
  type Clock,
  type Duplex,
  type Logger,
  type RandomSource,
  secureRandom,
  silentLogger,
  systemClock,
  type TimerHandle,
  TypedEventTarget,
} from '@statuskit/utils';
import { type Enode, formatEnode } from './enode.js';

/** What the manager needs of a session: a way to end it and to learn that it ended. */
export interface ManagedSession {
  readonly closed: Promise<{ reason?: number; local: boolean; error?: Error }>;
  disconnect(reason?: number): void;
}

/** Events of a {@link PeerManager}. */
export interface PeerManagerEvents {
  'peer:connected': { enode: string };
  'peer:disconnected': { enode: string; reason?: number; error?: Error; local: boolean };
  'dial:failed': { enode: string; error: Error; retryInMs: number };
}

/** Options of {@link createPeerManager}. */
export interface PeerManagerOptions<S extends ManagedSession> {
  staticPeers: readonly Enode[];
  dial(enode: Enode, options: { signal: AbortSignal }): Promise<Duplex>;
  connect(duplex: Duplex, enode: Enode): Promise<S>;
  maxPeers?: number;
  /** First retry delay. Default 1 s. */
  minBackoffMs?: number;
  /** Largest retry delay. Default 60 s. */
  maxBackoffMs?: number;
  clock?: Clock;
  random?: RandomSource;
  logger?: Logger;
}

/** A running peer manager. */
export interface PeerManager<S extends ManagedSession> extends TypedEventTarget<PeerManagerEvents> {
  /** Connected sessions by enode URL. */
  readonly sessions: ReadonlyMap<string, S>;
  start(): void;
  /** Stops dialing and disconnects every session. */
  stop(): Promise<void>;
}

interface PeerState {
  enode: Enode;
  url: string;
  attempts: number;
  timer?: TimerHandle;
  busy: boolean;
}

class Manager<S extends ManagedSession>
  extends TypedEventTarget<PeerManagerEvents>
  implements PeerManager<S>
{
  readonly sessions = new Map<string, S>();
  readonly #o: PeerManagerOptions<S>;
  readonly #clock: Clock;
  readonly #random: RandomSource;
  readonly #log: Logger;
  readonly #peers: PeerState[];
  #running = false;
  #abort = new AbortController();

  constructor(o: PeerManagerOptions<S>) {
    super();
    this.#o = o;
    this.#clock = o.clock ?? systemClock;
    this.#random = o.random ?? secureRandom;
    this.#log = o.logger ?? silentLogger;
    this.#peers = o.staticPeers.map((enode) => ({
      enode,
      url: formatEnode(enode),
      attempts: 0,
      busy: false,
    }));
  }

  get #max(): number {
    return this.#o.maxPeers ?? 25;
  }

  start(): void {
    if (this.#running) return;
    this.#running = true;
    this.#abort = new AbortController();
    for (const p of this.#peers) this.#schedule(p, 0);
  }

  /** Exponential backoff with full jitter: uniform in [d/2, d], d = min(max, min·2^attempts). */
  #backoff(attempts: number): number {
    const min = this.#o.minBackoffMs ?? 1_000;
    const max = this.#o.maxBackoffMs ?? 60_000;
    const d = Math.min(max, min * 2 ** Math.min(attempts, 30));
    const r = this.#random(4);
    const u =
      (((r[0] as number) << 24) | ((r[1] as number) << 16) | ((r[2] as number) << 8) | (r[3] as number)) >>>
      0;
    return Math.round(d / 2 + (d / 2) * (u / 0xffffffff));
  }

  #schedule(p: PeerState, delayMs: number): void {
    p.timer?.cancel();
    p.timer = this.#clock.setTimeout(() => void this.#dial(p), delayMs);
  }

  async #dial(p: PeerState): Promise<void> {
    if (!this.#running || p.busy || this.sessions.has(p.url)) return;
    if (this.sessions.size >= this.#max) {
      this.#schedule(p, this.#backoff(p.attempts));
      return;
    }
    p.busy = true;
    try {
      const duplex = await this.#o.dial(p.enode, { signal: this.#abort.signal });
      const session = await this.#o.connect(duplex, p.enode);
      if (!this.#running || this.sessions.size >= this.#max) {
        session.disconnect(this.#running ? 0x04 : 0x08); // too many peers / quitting
        return;
      }
      p.attempts = 0;
      this.sessions.set(p.url, session);
      this.emit('peer:connected', { enode: p.url });
      void session.closed.then((info) => {
        this.sessions.delete(p.url);
        this.emit('peer:disconnected', { enode: p.url, ...info });
        if (this.#running) this.#schedule(p, this.#backoff(p.attempts++));
      });
    } catch (err) {
      if (!this.#running) return;
      const retryInMs = this.#backoff(p.attempts++);
      this.#log.debug('dial failed', { enode: p.url, error: String(err), retryInMs });
      this.emit('dial:failed', { enode: p.url, error: err as Error, retryInMs });
      this.#schedule(p, retryInMs);
    } finally {
      p.busy = false;
    }
  }

  async stop(): Promise<void> {
    this.#running = false;
    this.#abort.abort();
    for (const p of this.#peers) p.timer?.cancel();
    const closing = [...this.sessions.values()].map((s) => {
      s.disconnect(0x08);
      return s.closed;
    });
    await Promise.allSettled(closing);
  }
}

/**
 * Creates a peer manager for static peers.
 * @example
 * const pm = createPeerManager({ staticPeers: [parseEnode(url)], dial: (e) => tcp().dial(e.host, e.tcpPort),
 *   connect: async (duplex, e) => { const s = createPeerSession({ duplex, privateKey, remoteId: e.id, protocols }); await s.ready; return s; } });
 * pm.start();
 */
export function createPeerManager<S extends ManagedSession>(options: PeerManagerOptions<S>): PeerManager<S> {
  return new Manager(options);
}
