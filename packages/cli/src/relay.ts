/**
 * `statuskit relay`: one process that is a full Whisper v6 + Waku v1 node on one RLPx TCP port, a
 * mailserver with a SQLite archive, and (optionally) the WebSocket bridge listener in in-process
 * mode, so browsers speak RLPx to this node end to end.
 *
 * Bridging (STATUS-V1-FACTS §3.9) comes from the node itself: it keeps one envelope pool for every
 * capability and gossips each pooled envelope to every peer that has not seen it, whatever the
 * capability it arrived on, so an envelope from a `waku/1` peer reaches the `shh/6` peers and back.
 * The pool de-duplicates by envelope hash and a peer's "known" set stops echoes, so nothing loops;
 * P2P (mailserver) deliveries are never pooled and so never bridged, as the facts require.
 *
 * Around the node: a persistent node key, static peers kept connected, limits (max peers, allowed
 * node ids, per-peer rates, envelope size, PoW, bridge connections and byte rates), retention of
 * the archive by age and size on a schedule, metrics and health over HTTP on loopback, structured
 * logs, and a graceful shutdown that disconnects every peer with a reason and flushes the archive.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpsServer, type Server as HttpsServer } from 'node:https';
import { join } from 'node:path';
import {
  createPeerManager,
  createPeerServer,
  createPeerSession,
  DISCONNECT_REASONS,
  disconnectReasonName,
  type Enode,
  formatEnode,
  type PeerManager,
  type PeerSession,
  parseEnode,
} from '@statuskit/devp2p';
import { sqliteStorage } from '@statuskit/storage-sqlite';
import { startDiscovery, type TcpListener, tcp, type UdpDiscovery } from '@statuskit/transport-node';
import { type Bridge, createBridge } from '@statuskit/transport-ws/bridge';
import {
  type CryptoProvider,
  type Duplex,
  type Logger,
  nobleCrypto,
  type Storage,
  silentLogger,
  toHex,
} from '@statuskit/utils';
import {
  createMailserver,
  createWhisperNode,
  symKeyFromPassword,
  type WhisperCapability,
  type WhisperNode,
} from '@statuskit/whisper';
import { createRelayArchive, type RelayArchive } from './archive.js';
import type { RelaySettings } from './config.js';
import { CliError, ConfigError } from './errors.js';
import { type MetricFamily, type MetricsServer, serveMetrics } from './metrics.js';
import { loadOrCreateNodeKey } from './node-key.js';
import { createSyncService, type SyncService } from './sync.js';

/** A running relay. */
export interface Relay {
  /** The enode URL peers dial. */
  readonly enode: string;
  /** The node id, hex (64 bytes). */
  readonly id: string;
  readonly node: WhisperNode;
  /** The archive, when the mailserver is on. */
  readonly archive: RelayArchive | undefined;
  /** Mailserver sync (serving and fetching), when the mailserver and shh/6 are on. */
  readonly sync: SyncService | undefined;
  /** Bound addresses. */
  readonly addresses: {
    tcp: { host: string; port: number };
    ws?: { host: string; port: number; url: string };
    metrics?: { host: string; port: number };
  };
  /** Metric families as `/metrics` renders them. */
  metrics(): MetricFamily[];
  /** Open devp2p sessions (TCP and WebSocket, handshaking included). */
  readonly sessionCount: number;
  /**
   * Graceful shutdown: stops accepting, disconnects every peer with CLIENT_QUITTING, waits for
   * the archive writes in flight, closes the archive. Idempotent.
   */
  close(reason?: string): Promise<void>;
  /** Resolves when `close` has finished. */
  readonly closed: Promise<void>;
}

/** Extra wiring for {@link startRelay}, mostly for tests and embedding. */
export interface StartRelayOptions {
  logger?: Logger;
  crypto?: CryptoProvider;
  /** Extra metric families. */
  extraMetrics?: () => MetricFamily[];
}

const SHUTDOWN_PEER_TIMEOUT_MS = 5_000;

function listenError(what: string, host: string, port: number, err: unknown): CliError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code;
  const text =
    code === 'EADDRINUSE'
      ? 'address already in use'
      : code === 'EACCES'
        ? 'permission denied (ports below 1024 need privileges)'
        : code === 'EADDRNOTAVAIL'
          ? 'address not available on this host'
          : ((err as Error | undefined)?.message ?? String(err));
  return new CliError(`cannot listen for ${what} on ${host}:${port}: ${text}`, { cause: err });
}

function readFileOrFail(path: string, what: string): Buffer {
  try {
    return readFileSync(path);
  } catch (err) {
    throw new CliError(`cannot read ${what} ${path}: ${(err as Error).message}`, { cause: err });
  }
}

/**
 * Starts a relay from resolved settings.
 * @throws CliError or ConfigError on a bad key file, an address in use, an unreadable certificate.
 */
export async function startRelay(settings: RelaySettings, options: StartRelayOptions = {}): Promise<Relay> {
  const log = options.logger ?? silentLogger;
  const crypto = options.crypto ?? nobleCrypto;
  const keyPath = settings.nodeKey ?? join(settings.data, 'nodekey');
  const { privateKey, created } = loadOrCreateNodeKey(keyPath, crypto);
  if (created) log.info('created a node key', { path: keyPath });
  const idBytes = crypto.secp256k1PublicKey(privateKey).subarray(1);
  const id = toHex(idBytes);

  if (settings.syncFrom !== undefined && !settings.capabilities.includes('shh/6'))
    throw new ConfigError('syncFrom needs the shh/6 capability (the sync packets are Whisper packets)');
  const peerUrls = [...settings.peer];
  if (settings.syncFrom !== undefined && !peerUrls.includes(settings.syncFrom))
    peerUrls.push(settings.syncFrom);
  const staticPeers: Enode[] = peerUrls.map((url) => {
    try {
      return parseEnode(url, crypto);
    } catch (err) {
      throw new ConfigError(`peer: ${(err as Error).message}: ${url}`, { cause: err });
    }
  });
  const allowed = new Set(settings.allowPeer.map((s) => s.replace(/^0x/, '').toLowerCase()));
  // Static peers are always allowed back in.
  if (allowed.size > 0) for (const p of staticPeers) allowed.add(toHex(p.id));

  // Everything opened so far is closed again if a later step fails.
  const undo: (() => Promise<void> | void)[] = [];
  const unwind = async () => {
    for (const f of undo.reverse()) await Promise.resolve(f()).catch(() => {});
  };

  try {
    let storage: Storage | undefined;
    let archive: RelayArchive | undefined;
    if (settings.mailserver) {
      const path = join(settings.data, 'archive.sqlite');
      try {
        storage = sqliteStorage({ path });
      } catch (err) {
        throw new CliError(`cannot open the archive ${path}: ${(err as Error).message}`, { cause: err });
      }
      const opened = storage;
      undo.push(() => opened.close());
      const mailserver = createMailserver({
        storage,
        crypto,
        logger: log.child({ component: 'mailserver' }),
        symKey: await symKeyFromPassword(settings.mailserverPassword, crypto),
        privateKey,
        maxMessageSize: settings.maxMessageSize,
      });
      archive = createRelayArchive({ mailserver, storage, logger: log.child({ component: 'archive' }) });
      await archive.load();
      log.info('archive opened', { path, envelopes: archive.stats.envelopes, bytes: archive.stats.bytes });
    }

    const node = createWhisperNode({
      crypto,
      logger: log.child({ component: 'node' }),
      capabilities: settings.capabilities as WhisperCapability[],
      minPow: settings.minPow,
      maxMessageSize: settings.maxMessageSize,
      confirmations: settings.confirmations,
      rateLimits: {
        packetsPerSecond: settings.peerPacketsPerSecond,
        bytesPerSecond: settings.peerBytesPerSecond,
      },
      ...(archive !== undefined ? { mailserver: archive } : {}),
      ...(settings.syncFrom !== undefined
        ? { trustedPeers: [toHex(parseEnode(settings.syncFrom, crypto).id)] }
        : {}),
    });
    undo.push(() => node.close());
    // Mailserver-to-mailserver sync rides on shh/6 (§3.1 codes 123/124).
    const sync =
      archive !== undefined && storage !== undefined && settings.capabilities.includes('shh/6')
        ? createSyncService({
            node,
            archive,
            storage,
            maxMessageSize: settings.maxMessageSize,
            crypto,
            logger: log.child({ component: 'sync' }),
          })
        : undefined;
    const protocols = sync?.wrap(node.protocols) ?? node.protocols;

    node.addEventListener('peer:connected', (e) =>
      log.info('peer connected', {
        peer: e.detail.id,
        protocol: e.detail.capability,
        light: e.detail.lightNode,
      }),
    );
    node.addEventListener('peer:disconnected', (e) =>
      log.info('peer disconnected', {
        peer: e.detail.id,
        protocol: e.detail.capability,
        ...(e.detail.reason !== undefined ? { reason: disconnectReasonName(e.detail.reason) } : {}),
      }),
    );
    node.addEventListener('peer:penalized', (e) => log.warn('peer penalized', { ...e.detail }));
    node.addEventListener('envelope:dropped', (e) =>
      log.debug('envelope dropped', { reason: e.detail.reason, peer: e.detail.peer, hash: e.detail.hashHex }),
    );

    let closing = false;
    // Outbound sessions (static peers, discovered nodes); inbound ones live in `server.sessions`.
    const outbound = new Set<PeerSession>();
    const sessionsByVia = { tcp: 0, ws: 0 };
    const connectedIds = new Set<string>(); // node ids of ready sessions
    const sessionCount = () => outbound.size + server.sessions.size;
    const track = (s: PeerSession) => {
      let peerId: string | undefined;
      void s.ready.then(
        (p) => {
          peerId = toHex(p.id);
          connectedIds.add(peerId);
        },
        () => {},
      );
      void s.closed.then(() => {
        if (peerId !== undefined) connectedIds.delete(peerId);
      });
    };
    const session = (duplex: Duplex, via: 'tcp' | 'ws', remoteId: Uint8Array): PeerSession => {
      const s = createPeerSession({
        duplex,
        privateKey,
        crypto,
        protocols,
        clientId: 'statuskit/relay',
        listenPort: settings.listen.port,
        logger: log.child({ component: 'session', via }),
        remoteId,
      });
      outbound.add(s);
      sessionsByVia[via]++;
      track(s);
      void s.closed.then(() => {
        outbound.delete(s);
        sessionsByVia[via]--;
      });
      return s;
    };
    // Inbound sessions go through devp2p's server: its handshake-concurrency cap and waiting queue,
    // its peer cap (--max-peers, inbound and outbound together through `admit`) and the allow-list.
    const server = createPeerServer({
      privateKey,
      crypto,
      protocols,
      clientId: 'statuskit/relay',
      listenPort: settings.listen.port,
      logger: log.child({ component: 'session', via: 'in' }),
      maxPeers: settings.maxPeers,
      admit: (remoteId) => {
        const peer = toHex(remoteId);
        // inbound and outbound together (the server's own cap counts inbound only); logged below
        if (connectedIds.size >= settings.maxPeers) return DISCONNECT_REASONS.TOO_MANY_PEERS;
        if (allowed.size > 0 && !allowed.has(peer)) {
          log.info('peer refused', { peer, reason: 'not in allowPeer' });
          return DISCONNECT_REASONS.USELESS_PEER;
        }
        return undefined;
      },
    });
    server.addEventListener('session:ready', (e) => track(e.detail.session));
    server.addEventListener('connection:refused', (e) => {
      if (e.detail.reason === DISCONNECT_REASONS.TOO_MANY_PEERS || e.detail.reason === 'queue-full')
        log.info('peer refused', {
          address: e.detail.remoteAddress,
          reason: e.detail.reason === 'queue-full' ? 'handshake queue full' : 'too many peers',
        });
    });
    const accept = (duplex: Duplex, via: 'tcp' | 'ws') => {
      if (closing) {
        void duplex.close();
        return;
      }
      sessionsByVia[via]++;
      duplex.addEventListener('close', () => sessionsByVia[via]--, { once: true });
      server.accept(duplex);
    };

    const transport = tcp();
    let listener: TcpListener;
    try {
      listener = await transport.listen(settings.listen, (duplex) => accept(duplex, 'tcp'));
    } catch (err) {
      throw listenError('RLPx', settings.listen.host, settings.listen.port, err);
    }
    undo.push(() => listener.close());
    const tcpAddress = listener.address();
    const wildcard = tcpAddress.host === '0.0.0.0' || tcpAddress.host === '::';
    const enode = formatEnode({
      id: idBytes,
      host: settings.publicHost ?? (wildcard ? '127.0.0.1' : tcpAddress.host),
      tcpPort: tcpAddress.port,
      udpPort: tcpAddress.port,
    });

    let bridge: Bridge | undefined;
    let bridgeConnectionsTotal = 0;
    const bridgeRefused: Record<string, number> = {};
    let wsAddress: { host: string; port: number; url: string } | undefined;
    if (settings.ws !== undefined) {
      const { host, port } = settings.ws;
      const limits = {
        maxConnections: settings.wsMaxConnections,
        maxConnectionsPerAddress: settings.wsMaxPerAddress,
        maxBytesPerSecond: settings.wsBytesPerSecond,
      };
      const origins = settings.wsOrigins.includes('*') ? ('*' as const) : settings.wsOrigins;
      const common = {
        origins,
        upstreams: [],
        limits,
        logger: log.child({ component: 'bridge' }),
        onConnection: (duplex: Duplex) => accept(duplex, 'ws'),
      };
      try {
        if (settings.tlsCert !== undefined && settings.tlsKey !== undefined) {
          const server: HttpsServer = createHttpsServer({
            cert: readFileOrFail(settings.tlsCert, 'TLS certificate'),
            key: readFileOrFail(settings.tlsKey, 'TLS key'),
          });
          try {
            await new Promise<void>((resolve, reject) => {
              server.once('error', reject);
              server.listen(port, host, () => {
                server.off('error', reject);
                resolve();
              });
            });
          } catch (err) {
            throw listenError('the WebSocket bridge', host, port, err);
          }
          undo.push(() => new Promise<void>((r) => server.close(() => r())));
          bridge = await createBridge({ ...common, server });
        } else {
          bridge = await createBridge({ ...common, host, port });
        }
      } catch (err) {
        if (err instanceof CliError) throw err;
        if ((err as NodeJS.ErrnoException).code !== undefined)
          throw listenError('the WebSocket bridge', host, port, err);
        throw new ConfigError(`ws: ${(err as Error).message}`, { cause: err });
      }
      const b = bridge;
      undo.push(() => b.close({ reason: 'relay stopped' }));
      b.addEventListener('connection', (e) => {
        bridgeConnectionsTotal++;
        log.debug('bridge connection', { id: e.detail.id, remote: e.detail.remoteAddress });
      });
      b.addEventListener('refused', (e) => {
        bridgeRefused[e.detail.reason] = (bridgeRefused[e.detail.reason] ?? 0) + 1;
        log.info('bridge refused', {
          remote: e.detail.remoteAddress,
          code: e.detail.code,
          reason: e.detail.reason,
        });
      });
      const a = b.address();
      const scheme = settings.tlsCert !== undefined ? 'wss' : 'ws';
      const urlHost =
        a.host === '0.0.0.0' || a.host === '::' ? '127.0.0.1' : a.host.includes(':') ? `[${a.host}]` : a.host;
      wsAddress = { host: a.host, port: a.port, url: `${scheme}://${urlHost}:${a.port}/` };
    }

    let peerManager: PeerManager<PeerSession> | undefined;
    if (staticPeers.length > 0) {
      const pm = createPeerManager<PeerSession>({
        staticPeers,
        maxPeers: settings.maxPeers,
        logger: log.child({ component: 'peers' }),
        dial: (e, { signal }) => transport.dial(e.host, e.tcpPort, { signal, timeoutMs: 10_000 }),
        connect: async (duplex, e) => {
          const s = session(duplex, 'tcp', e.id);
          await s.ready;
          return s;
        },
      });
      pm.addEventListener('dial:failed', (e) =>
        log.warn('static peer dial failed', {
          enode: e.detail.enode,
          error: e.detail.error.message,
          retryInMs: e.detail.retryInMs,
        }),
      );
      pm.start();
      peerManager = pm;
      undo.push(() => pm.stop());
    }

    // Discovery v4 (§2.5): off unless asked. Found nodes are dialled once each (again after a
    // minute) while fewer than half of maxPeers sessions are open, as geth's dial ratio does.
    let discovery: UdpDiscovery | undefined;
    let discoveryTimer: NodeJS.Timeout | undefined;
    if (settings.discovery) {
      const bootnodes = settings.bootnode.map((url) => {
        try {
          return parseEnode(url, crypto);
        } catch (err) {
          throw new ConfigError(`bootnode: ${(err as Error).message}: ${url}`, { cause: err });
        }
      });
      try {
        discovery = await startDiscovery({
          privateKey,
          host: settings.listen.host,
          port: tcpAddress.port,
          tcpPort: tcpAddress.port,
          crypto,
          logger: log.child({ component: 'discovery' }),
        });
      } catch (err) {
        throw listenError('discovery (UDP)', settings.listen.host, tcpAddress.port, err);
      }
      const d = discovery;
      undo.push(() => d.close());
      const lastDial = new Map<string, number>();
      const maybeDial = (n: { id: Uint8Array; host: string; tcpPort: number }) => {
        const idHex = toHex(n.id);
        if (closing || n.tcpPort === 0 || idHex === id || connectedIds.has(idHex)) return;
        if (sessionCount() >= Math.max(1, Math.floor(settings.maxPeers / 2))) return;
        if (allowed.size > 0 && !allowed.has(idHex)) return;
        const last = lastDial.get(idHex);
        if (last !== undefined && Date.now() - last < 60_000) return;
        lastDial.set(idHex, Date.now());
        void transport
          .dial(n.host, n.tcpPort, { timeoutMs: 10_000 })
          .then((duplex) => {
            if (closing) return void duplex.close();
            const s = session(duplex, 'tcp', n.id);
            return s.ready.then(() => log.info('discovered peer connected', { peer: idHex }));
          })
          .catch((err: unknown) =>
            log.debug('discovered peer dial failed', { peer: idHex, error: String(err) }),
          );
      };
      d.node.addEventListener('peer:added', (e) => maybeDial(e.detail));
      const round = async () => {
        await d.node.lookup(crypto.randomBytes(64)).catch(() => []);
        for (const n of d.node.table.closest(crypto.randomBytes(64), 32)) maybeDial(n);
      };
      void d.node
        .bootstrap(bootnodes.map((b) => ({ host: b.host, udpPort: b.udpPort, tcpPort: b.tcpPort })))
        .catch((err: unknown) => log.warn('discovery bootstrap failed', { error: String(err) }))
        .then(round);
      discoveryTimer = setInterval(() => void round(), 30_000);
      discoveryTimer.unref();
    }

    let lastPrune: { at: number; error?: string } | undefined;
    const pruneNow = async () => {
      if (archive === undefined) return;
      const now = Math.floor(Date.now() / 1000);
      try {
        const r = await archive.prune({
          ...(settings.retentionDays > 0
            ? { beforeSeconds: now - Math.floor(settings.retentionDays * 86400) }
            : {}),
          ...(settings.retentionBytes > 0 ? { maxBytes: settings.retentionBytes } : {}),
        });
        lastPrune = { at: now };
        if (r.byAge + r.bySize > 0)
          log.info('archive pruned', {
            ...r,
            envelopes: archive.stats.envelopes,
            bytes: archive.stats.bytes,
          });
      } catch (err) {
        lastPrune = { at: now, error: String(err) };
        log.error('archive pruning failed', { error: String(err) });
      }
    };
    let pruneTimer: NodeJS.Timeout | undefined;
    let pruning: Promise<void> = Promise.resolve();
    if (archive !== undefined) {
      pruning = pruneNow();
      pruneTimer = setInterval(() => {
        pruning = pruning.then(pruneNow);
      }, settings.pruneIntervalSeconds * 1000);
      pruneTimer.unref();
    }

    const startedAt = Date.now();
    const metrics = (): MetricFamily[] =>
      collectMetrics({
        node,
        archive,
        bridge,
        bridgeConnectionsTotal,
        bridgeRefused,
        sessions: sessionCount(),
        sessionsByVia,
        startedAt,
        sync,
        extra: options.extraMetrics?.() ?? [],
      });
    let metricsServer: MetricsServer | undefined;
    if (settings.metrics !== undefined) {
      metricsServer = await serveMetrics({
        host: settings.metrics.host,
        port: settings.metrics.port,
        collect: metrics,
        healthy: () => {
          if (closing) return { ok: false, detail: 'shutting down' };
          if (lastPrune?.error !== undefined)
            return { ok: false, detail: `archive pruning failed: ${lastPrune.error}` };
          return { ok: true, detail: `peers=${node.peers().length}` };
        },
      });
      const m = metricsServer;
      undo.push(() => m.close());
    }

    let closeResolve!: () => void;
    const closed = new Promise<void>((r) => {
      closeResolve = r;
    });
    let closingPromise: Promise<void> | undefined;
    const close = (reason = 'shutting down'): Promise<void> => {
      closingPromise ??= (async () => {
        closing = true;
        log.info('relay stopping', { reason });
        if (pruneTimer !== undefined) clearInterval(pruneTimer);
        if (discoveryTimer !== undefined) clearInterval(discoveryTimer);
        await discovery?.close();
        // Stops accepting now; the close completes once the sessions below have ended.
        const listenerClosed = listener.close();
        await peerManager?.stop();
        await bridge?.close({ reason: 'relay stopped', timeoutMs: 3_000 });
        node.close(); // every peer: Disconnect CLIENT_QUITTING
        const serverClosed = server.close(DISCONNECT_REASONS.CLIENT_QUITTING);
        for (const s of outbound) s.disconnect(DISCONNECT_REASONS.CLIENT_QUITTING);
        await Promise.race([
          Promise.allSettled([serverClosed, ...[...outbound].map((s) => s.closed)]),
          new Promise((r) => setTimeout(r, SHUTDOWN_PEER_TIMEOUT_MS).unref()),
        ]);
        await Promise.race([listenerClosed, new Promise((r) => setTimeout(r, 1_000).unref())]);
        await pruning.catch(() => {});
        if (archive !== undefined) await archive.flush();
        await storage?.close();
        await metricsServer?.close();
        log.info('relay stopped', {
          archived: archive?.stats.envelopes,
          received: node.stats.envelopesReceived,
          relayed: node.stats.relayed,
        });
        closeResolve();
      })();
      return closingPromise;
    };

    return {
      enode,
      id,
      node,
      archive,
      sync,
      addresses: {
        tcp: tcpAddress,
        ...(wsAddress !== undefined ? { ws: wsAddress } : {}),
        ...(metricsServer !== undefined ? { metrics: metricsServer.address() } : {}),
      },
      metrics,
      get sessionCount() {
        return sessionCount();
      },
      close,
      closed,
    };
  } catch (err) {
    await unwind();
    throw err;
  }
}

function collectMetrics(s: {
  node: WhisperNode;
  archive: RelayArchive | undefined;
  bridge: Bridge | undefined;
  bridgeConnectionsTotal: number;
  bridgeRefused: Record<string, number>;
  sessions: number;
  sessionsByVia: { tcp: number; ws: number };
  startedAt: number;
  sync: SyncService | undefined;
  extra: MetricFamily[];
}): MetricFamily[] {
  const { node } = s;
  const byCap = new Map<string, number>();
  for (const cap of node.protocols.map((p) => `${p.name}/${p.version}`)) byCap.set(cap, 0);
  for (const p of node.peers()) byCap.set(p.capability, (byCap.get(p.capability) ?? 0) + 1);
  const st = node.stats;
  const families: MetricFamily[] = [
    {
      name: 'statuskit_peers',
      help: 'Peers with a completed Whisper/Waku handshake, by protocol.',
      type: 'gauge',
      samples: [...byCap].map(([protocol, value]) => ({ labels: { protocol }, value })),
    },
    {
      name: 'statuskit_sessions',
      help: 'Open devp2p sessions (handshaking included), by carrier.',
      type: 'gauge',
      samples: [
        { labels: { carrier: 'tcp' }, value: s.sessionsByVia.tcp },
        { labels: { carrier: 'ws' }, value: s.sessionsByVia.ws },
      ],
    },
    {
      name: 'statuskit_envelopes_received_total',
      help: 'Envelopes received from peers in Messages packets (duplicates included).',
      type: 'counter',
      samples: [{ value: st.envelopesReceived }],
    },
    {
      name: 'statuskit_envelopes_accepted_total',
      help: 'New envelopes admitted to the pool (from peers and local).',
      type: 'counter',
      samples: [{ value: st.envelopesAccepted }],
    },
    {
      name: 'statuskit_envelopes_duplicate_total',
      help: 'Envelopes received again after the first copy.',
      type: 'counter',
      samples: [{ value: st.duplicates }],
    },
    {
      name: 'statuskit_envelopes_relayed_total',
      help: 'Envelopes sent to peers (one per envelope per peer).',
      type: 'counter',
      samples: [{ value: st.relayed }],
    },
    {
      name: 'statuskit_envelopes_dropped_total',
      help: 'Envelopes or packets dropped, by reason.',
      type: 'counter',
      samples: Object.entries(st.dropped).map(([reason, value]) => ({
        labels: { reason },
        value: value ?? 0,
      })),
    },
    {
      name: 'statuskit_envelopes_p2p_total',
      help: 'Envelopes received from trusted mailservers (P2P Message), never relayed.',
      type: 'counter',
      samples: [{ value: st.p2pEnvelopes }],
    },
    {
      name: 'statuskit_batches_sent_total',
      help: 'Messages packets sent to peers.',
      type: 'counter',
      samples: [{ value: st.batchesSent }],
    },
    {
      name: 'statuskit_peer_penalties_total',
      help: 'Rule violations by peers (disconnecting or not).',
      type: 'counter',
      samples: [{ value: st.penalties }],
    },
    {
      name: 'statuskit_start_time_seconds',
      help: 'When the relay started, unix seconds.',
      type: 'gauge',
      samples: [{ value: Math.floor(s.startedAt / 1000) }],
    },
    {
      name: 'statuskit_process_resident_memory_bytes',
      help: 'Resident set size of the relay process.',
      type: 'gauge',
      samples: [{ value: process.memoryUsage().rss }],
    },
  ];
  if (s.archive !== undefined) {
    const a = s.archive.stats;
    const m = s.archive.mailserver.stats;
    families.push(
      {
        name: 'statuskit_archive_envelopes',
        help: 'Envelopes in the mailserver archive.',
        type: 'gauge',
        samples: [{ value: a.envelopes }],
      },
      {
        name: 'statuskit_archive_bytes',
        help: 'Bytes of envelopes in the mailserver archive.',
        type: 'gauge',
        samples: [{ value: a.bytes }],
      },
      {
        name: 'statuskit_archive_pruned_total',
        help: 'Envelopes deleted by retention, by rule.',
        type: 'counter',
        samples: [
          { labels: { rule: 'age' }, value: a.prunedByAge },
          { labels: { rule: 'size' }, value: a.prunedBySize },
        ],
      },
      {
        name: 'statuskit_archive_write_failures_total',
        help: 'Archive writes that failed.',
        type: 'counter',
        samples: [{ value: a.writeFailures }],
      },
      {
        name: 'statuskit_mailserver_requests_total',
        help: 'History requests received, by outcome (served, failed; the rest were undecodable).',
        type: 'counter',
        samples: [
          { labels: { outcome: 'all' }, value: m.requests },
          { labels: { outcome: 'served' }, value: m.served },
          { labels: { outcome: 'failed' }, value: m.failures },
        ],
      },
      {
        name: 'statuskit_mailserver_envelopes_sent_total',
        help: 'Archived envelopes sent to history requesters.',
        type: 'counter',
        samples: [{ value: m.envelopesSent }],
      },
    );
  }
  if (s.bridge !== undefined) {
    families.push(
      {
        name: 'statuskit_bridge_connections',
        help: 'Open WebSocket bridge connections.',
        type: 'gauge',
        samples: [{ value: s.bridge.connectionCount }],
      },
      {
        name: 'statuskit_bridge_connections_total',
        help: 'WebSocket bridge connections accepted.',
        type: 'counter',
        samples: [{ value: s.bridgeConnectionsTotal }],
      },
      {
        name: 'statuskit_bridge_refused_total',
        help: 'WebSocket requests the bridge refused, by reason.',
        type: 'counter',
        samples: Object.entries(s.bridgeRefused).map(([reason, value]) => ({ labels: { reason }, value })),
      },
    );
  }
  if (s.sync !== undefined) {
    const y = s.sync.stats;
    families.push(
      {
        name: 'statuskit_sync_served_envelopes_total',
        help: 'Envelopes sent to other mailservers in sync responses.',
        type: 'counter',
        samples: [{ value: y.envelopesServed }],
      },
      {
        name: 'statuskit_sync_received_envelopes_total',
        help: 'Envelopes received by syncing from another mailserver, and how many were new.',
        type: 'counter',
        samples: [
          { labels: { outcome: 'all' }, value: y.envelopesReceived },
          { labels: { outcome: 'new' }, value: y.envelopesArchived },
        ],
      },
    );
  }
  return [...families, ...s.extra];
}
