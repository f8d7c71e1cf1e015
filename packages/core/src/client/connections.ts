/**
 * The client's connections: static peers and mailservers dialed through the injected carriers, an
 * RLPx session each, reconnected by the devp2p peer manager (exponential backoff with full jitter,
 * a peer cap). Waku v1 is offered first; a peer that shares no capability with it (go-ethereum's
 * `shh/6` only) is redialed with Whisper v6, and the working choice is kept per peer.
 */
import {
  createPeerManager,
  createPeerSession,
  DISCONNECT_REASONS,
  type Enode,
  type PeerManager,
  type PeerSession,
  type Protocol,
  parseEnode,
} from '@statuskit/devp2p';
import type { Clock, CryptoProvider, Duplex, Logger, RandomSource } from '@statuskit/utils';
import type { WhisperNode } from '@statuskit/whisper';

/** A carrier that reaches `host:port` (e.g. `tcp()` of `@statuskit/transport-node`). */
export interface HostPortCarrier {
  dial(host: string, port: number, options?: { signal?: AbortSignal; timeoutMs?: number }): Promise<Duplex>;
}

/** A carrier that reaches a URL (e.g. `connectWebSocket` of `@statuskit/transport-ws`). */
export type UrlCarrier = (
  url: string,
  options: { signal?: AbortSignal; timeoutMs?: number },
) => Promise<Duplex>;

/** What `transports` accepts: host:port carriers for plain enodes, URL carriers for peers with a `url`. */
export type ClientTransport = HostPortCarrier | UrlCarrier;

/** A peer: an enode URL, or an enode reached through a WebSocket bridge at `url`. */
export type PeerAddress = string | { enode: string; url: string };

/** Options of {@link createConnections}. */
export interface ConnectionsOptions {
  node: WhisperNode;
  nodeKey: Uint8Array;
  peers: readonly PeerAddress[];
  transports: readonly ClientTransport[];
  maxPeers: number;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  dialTimeoutMs: number;
  clientId: string;
  clock: Clock;
  random: RandomSource;
  crypto: CryptoProvider;
  logger: Logger;
}

/** The running connections. */
export interface Connections {
  /** Connected sessions by enode URL. */
  readonly sessions: ReadonlyMap<string, PeerSession>;
  start(): void;
  stop(): Promise<void>;
}

const CAPABILITY_ORDER = ['waku', 'shh'] as const;

/** Parses the peer list; throws TypeError naming the bad entry. */
export function parsePeers(
  peers: readonly PeerAddress[],
  crypto: CryptoProvider,
): Map<string, { enode: Enode; url?: string }> {
  const out = new Map<string, { enode: Enode; url?: string }>();
  peers.forEach((p, i) => {
    const url = typeof p === 'string' ? p : p?.enode;
    if (typeof url !== 'string') throw new TypeError(`peers[${i}] must be an enode URL or { enode, url }`);
    const enode = parseEnode(url, crypto);
    const entry: { enode: Enode; url?: string } = { enode };
    if (typeof p !== 'string') {
      if (typeof p.url !== 'string') throw new TypeError(`peers[${i}].url must be a string`);
      entry.url = p.url;
    }
    out.set(url, entry);
  });
  return out;
}

/** Dials and keeps the client's peers. */
export function createConnections(o: ConnectionsOptions): Connections {
  const peers = parsePeers(o.peers, o.crypto);
  const hostPort = o.transports.filter(
    (t): t is HostPortCarrier => typeof t === 'object' && typeof t.dial === 'function',
  );
  const byUrl = o.transports.filter((t): t is UrlCarrier => typeof t === 'function');
  const idHex = (e: Enode) => Array.from(e.id, (b) => b.toString(16).padStart(2, '0')).join('');
  const byId = new Map([...peers.values()].map((p) => [idHex(p.enode), p]));
  /** Index into CAPABILITY_ORDER per peer id. */
  const capChoice = new Map<string, number>();
  const protocolsFor = (id: string): Protocol[] => {
    const want = CAPABILITY_ORDER[capChoice.get(id) ?? 0];
    const chosen = o.node.protocols.filter((p) => p.name === want);
    return chosen.length > 0 ? chosen : [...o.node.protocols];
  };
  const nextCapability = (id: string) =>
    capChoice.set(id, ((capChoice.get(id) ?? 0) + 1) % CAPABILITY_ORDER.length);

  const manager: PeerManager<PeerSession> = createPeerManager<PeerSession>({
    staticPeers: [...peers.values()].map((p) => p.enode),
    maxPeers: o.maxPeers,
    ...(o.minBackoffMs !== undefined ? { minBackoffMs: o.minBackoffMs } : {}),
    ...(o.maxBackoffMs !== undefined ? { maxBackoffMs: o.maxBackoffMs } : {}),
    clock: o.clock,
    random: o.random,
    logger: o.logger,
    async dial(enode, { signal }) {
      const entry = byId.get(idHex(enode));
      const opts = { signal, timeoutMs: o.dialTimeoutMs };
      if (entry?.url !== undefined) {
        const carrier = byUrl[0];
        if (carrier === undefined)
          throw new TypeError(`peer ${entry.url} needs a URL transport (connectWebSocket)`);
        return carrier(entry.url, opts);
      }
      const carrier = hostPort[0];
      if (carrier === undefined) throw new TypeError('no host:port transport (tcp()) for an enode peer');
      return carrier.dial(enode.host, enode.tcpPort, opts);
    },
    async connect(duplex, enode) {
      const id = idHex(enode);
      const session = createPeerSession({
        duplex,
        privateKey: o.nodeKey,
        remoteId: enode.id,
        protocols: protocolsFor(id),
        clientId: o.clientId,
        clock: o.clock,
        crypto: o.crypto,
        random: o.random,
        logger: o.logger,
      });
      try {
        await session.ready;
      } catch (err) {
        const info = await session.closed;
        // No shared capability: the next dial offers the other one (shh/6 ↔ waku/1).
        if (info.reason === DISCONNECT_REASONS.USELESS_PEER) nextCapability(id);
        throw err;
      }
      return session;
    },
  });
  return {
    get sessions() {
      return manager.sessions;
    },
    start: () => manager.start(),
    stop: () => manager.stop(),
  };
}
