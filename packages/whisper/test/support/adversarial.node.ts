/**
 * The adversarial harness of issue #17, on loopback TCP: a relay built with default options (a
 * full waku/1 node with a memory mailserver, like the demo's), two honest clients exchanging a
 * public-chat envelope every 200 ms and measuring delivery and latency, an event-loop monitor,
 * and raw attacking peers that speak just enough devp2p and waku/1 to flood.
 *
 * The relay and the honest clients share the test's process; the attackers run in a process of
 * their own (`runAttack`, `attack-process.node.ts`), so the stall and RSS measured are the relay's
 * (plus two light clients sending five envelopes a second).
 */
import { fork } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import {
  createPeerServer,
  createPeerSession,
  type DisconnectInfo,
  type PeerSession,
  type Protocol,
  type ProtocolContext,
} from '@statuskit/devp2p';
import { tcp } from '@statuskit/transport-node';
import { type CryptoProvider, type Duplex, memoryStorage } from '@statuskit/utils';
import {
  createEnvelope,
  createMailserver,
  createWhisperNode,
  encodeWakuStatus,
  MAILSERVER_PASSWORD,
  type Mailserver,
  symKeyFromPassword,
  type WhisperNode,
} from '../../src/index.js';
import type { AttackConfig, AttackResult } from './attack-process.node.js';

export const transport = tcp();
export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

export interface Relay {
  node: WhisperNode;
  /** Longest synchronous run of the node's message handler (ms): what the Whisper layer blocks. */
  maxHandlerMs(): number;
  mailserver: Mailserver;
  port: number;
  id: Uint8Array;
  sessions: PeerSession[];
  /** Highest number of bytes seen queued on one inbound carrier (sampled every 100 ms). */
  maxQueuedBytes(): number;
  close(): Promise<void>;
}

/** A relay with default options: waku/1 full node + memory mailserver, on 127.0.0.1. */
export async function startRelay(
  crypto: CryptoProvider,
  options: {
    mailserver?: Partial<Parameters<typeof createMailserver>[0]>;
    node?: Partial<Parameters<typeof createWhisperNode>[0]>;
  } = {},
): Promise<Relay> {
  const privateKey = crypto.secp256k1GeneratePrivateKey();
  const mailserver = createMailserver({
    crypto,
    storage: memoryStorage(),
    symKey: await symKeyFromPassword(MAILSERVER_PASSWORD, crypto),
    ...options.mailserver,
  });
  const node = createWhisperNode({ crypto, capabilities: ['waku/1'], mailserver, ...options.node });
  let maxHandler = 0;
  const timed: Protocol[] = node.protocols.map((p) => ({
    ...p,
    create(ctx) {
      const h = p.create(ctx);
      return {
        ...h,
        onMessage(code, payload) {
          const t = performance.now();
          try {
            return h.onMessage(code, payload);
          } finally {
            maxHandler = Math.max(maxHandler, performance.now() - t);
          }
        },
      };
    },
  }));
  // Inbound sessions through devp2p's server, as a deployed relay takes them (peer and handshake caps).
  const server = createPeerServer({ privateKey, crypto, protocols: timed, clientId: 'relay' });
  const carriers = new Set<Duplex>();
  let maxQueued = 0;
  const sampler = setInterval(() => {
    for (const d of carriers) {
      if (d.closed) carriers.delete(d);
      else maxQueued = Math.max(maxQueued, d.bufferedAmount);
    }
  }, 100);
  const listener = await transport.listen({ host: '127.0.0.1', port: 0 }, (duplex) => {
    carriers.add(duplex);
    server.accept(duplex);
  });
  return {
    node,
    maxHandlerMs: () => Math.round(maxHandler),
    maxQueuedBytes: () => maxQueued,
    mailserver,
    port: listener.address().port,
    id: crypto.secp256k1PublicKey(privateKey).subarray(1),
    get sessions() {
      return [...server.sessions];
    },
    async close() {
      clearInterval(sampler);
      node.close();
      mailserver.close();
      await server.close();
      await listener.close();
    },
  };
}

/** Where a relay listens: enough to dial it (from this process or an attacker process). */
export type RelayAddress = Pick<Relay, 'port' | 'id'>;

export async function dialRelay(
  relay: RelayAddress,
  crypto: CryptoProvider,
  protocols: readonly Protocol[],
  port = relay.port,
): Promise<PeerSession> {
  const duplex = await transport.dial('127.0.0.1', port, { timeoutMs: 10_000 });
  const session = createPeerSession({
    duplex,
    privateKey: crypto.secp256k1GeneratePrivateKey(),
    remoteId: relay.id,
    crypto,
    protocols,
    clientId: 'peer',
  });
  await session.ready;
  return session;
}

const TOPIC = Uint8Array.of(0x9c, 0x22, 0xff, 0x5f);

/** Two honest chat clients exchanging one envelope every 200 ms each way through the relay. */
export interface HonestPair {
  /** Stops sending; waits `graceMs` for stragglers; returns what was measured. */
  stop(graceMs?: number): Promise<HonestReport>;
  sessions: PeerSession[];
}

export interface HonestReport {
  sent: number;
  delivered: number;
  deliveryRatio: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export async function honestPair(relay: Relay, crypto: CryptoProvider): Promise<HonestPair> {
  const key = crypto.keccak256(new TextEncoder().encode('adversarial public chat'));
  const nodes = [0, 1].map(() => createWhisperNode({ crypto, capabilities: ['waku/1'], lightNode: true }));
  const latencies: number[] = [];
  const got = new Set<string>();
  const sentIds: string[] = [];
  for (const [i, n] of nodes.entries()) {
    n.subscribe({ topics: [TOPIC], key: { kind: 'symmetric', key } });
    n.addEventListener('message', (e) => {
      const p = e.detail.message.payload;
      const view = new DataView(p.buffer, p.byteOffset, p.byteLength);
      const from = view.getUint8(0);
      if (from === i) return; // our own (not expected: deliverLocally false)
      const id = `${from}:${view.getUint32(1)}`;
      if (got.has(id)) return;
      got.add(id);
      latencies.push(Date.now() - view.getFloat64(5));
    });
  }
  const sessions = await Promise.all(nodes.map((n) => dialRelay(relay, crypto, n.protocols)));
  // wait for both status handshakes on the relay
  for (let t = 0; t < 200 && relay.node.peers().filter((p) => p.lightNode).length < 2; t++) await sleep(25);
  let seq = 0;
  let stopped = false;
  const pending = new Set<Promise<unknown>>();
  const timer = setInterval(() => {
    if (stopped) return;
    const n = seq++;
    for (const [i, node] of nodes.entries()) {
      const payload = new Uint8Array(64);
      const view = new DataView(payload.buffer);
      view.setUint8(0, i);
      view.setUint32(1, n);
      view.setFloat64(5, Date.now());
      sentIds.push(`${i}:${n}`);
      const p = node
        .send({ payload, topic: TOPIC, symKey: key, ttlSeconds: 15, powTarget: 0.002, deliverLocally: false })
        .catch(() => undefined)
        .finally(() => pending.delete(p));
      pending.add(p);
    }
  }, 200);
  return {
    sessions,
    async stop(graceMs = 2500) {
      stopped = true;
      clearInterval(timer);
      await Promise.allSettled([...pending]);
      await sleep(graceMs);
      for (const n of nodes) n.close();
      for (const s of sessions) s.disconnect();
      const sorted = [...latencies].sort((a, b) => a - b);
      const pct = (q: number) =>
        sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Infinity;
      return {
        sent: sentIds.length,
        delivered: got.size,
        deliveryRatio: got.size / Math.max(1, sentIds.length),
        p50Ms: pct(0.5),
        p99Ms: pct(0.99),
        maxMs: sorted.at(-1) ?? Infinity,
      };
    },
  };
}

/**
 * Longest event-loop stall and highest RSS while running. `maxStallMs` is the wall-clock delay
 * (perf_hooks, 10 ms resolution): on a shared machine it includes the time the process waited for
 * a core. `maxBusyStallMs` counts only the time the process itself ran: between two ticks of a
 * 5 ms timer, the smaller of the gap and the process's CPU time (`process.cpuUsage`, all threads)
 * — how long the relay's own work held the loop.
 */
export function monitor(): {
  stop(): { maxStallMs: number; maxBusyStallMs: number; rssMaxMiB: number; rssStartMiB: number };
} {
  const h = monitorEventLoopDelay({ resolution: 10 });
  h.enable();
  const rssStart = process.memoryUsage().rss;
  let rssMax = rssStart;
  const t = setInterval(() => {
    rssMax = Math.max(rssMax, process.memoryUsage().rss);
  }, 100);
  let last = performance.now();
  let lastCpu = process.cpuUsage();
  let busy = 0;
  const ticker = setInterval(() => {
    const now = performance.now();
    const cpu = process.cpuUsage();
    const cpuMs = (cpu.user - lastCpu.user + cpu.system - lastCpu.system) / 1000;
    busy = Math.max(busy, Math.min(now - last, cpuMs));
    last = now;
    lastCpu = cpu;
  }, 5);
  return {
    stop() {
      clearInterval(t);
      clearInterval(ticker);
      h.disable();
      rssMax = Math.max(rssMax, process.memoryUsage().rss);
      return {
        // the histogram records the delay beyond the resolution, in ns
        maxStallMs: Math.round(h.max / 1e6),
        maxBusyStallMs: Math.round(busy),
        rssMaxMiB: Math.round(rssMax / 2 ** 20),
        rssStartMiB: Math.round(rssStart / 2 ** 20),
      };
    },
  };
}

/** A raw waku/1 peer: sends its status, ignores what it gets, and exposes the context to flood with. */
export interface Attacker {
  session: PeerSession;
  ctx: ProtocolContext;
  closed: Promise<DisconnectInfo>;
  /** Sends `code`/`payload`, waiting for the carrier when it is backed up; false once closed. */
  send(code: number, payload: Uint8Array): Promise<boolean>;
  isClosed(): boolean;
}

export async function attacker(
  relay: RelayAddress,
  crypto: CryptoProvider,
  port = relay.port,
  onMessage: (code: number, payload: Uint8Array) => void = () => undefined,
): Promise<Attacker> {
  let ctx: ProtocolContext | undefined;
  const protocol: Protocol = {
    name: 'waku',
    version: 1,
    length: 128,
    create(c) {
      ctx = c;
      c.send(0, encodeWakuStatus({ powRequirement: 0.000002 }, 1));
      return { onMessage };
    },
  };
  const session = await dialRelay(relay, crypto, [protocol], port);
  for (let t = 0; t < 200 && ctx === undefined; t++) await sleep(10);
  if (ctx === undefined) throw new Error('waku/1 was not negotiated');
  const c = ctx;
  let closed = false;
  const closedP = session.closed.then((info) => {
    closed = true;
    return info;
  });
  return {
    session,
    ctx: c,
    closed: closedP,
    isClosed: () => closed,
    async send(code, payload) {
      if (closed) return false;
      try {
        if (!c.send(code, payload)) await Promise.race([c.drained(), closedP]);
      } catch {
        return false;
      }
      // One packet per task: the attacker's own encryption and compression (in this process)
      // must not be what stalls the event loop being measured.
      await new Promise((r) => setImmediate(r));
      return !closed;
    },
  };
}

/** A zero-work tiny envelope: `len × TTL ≤ 500,000` passes the default minimum PoW with nonce 0. */
export function tinyEnvelopeData(i: number): Uint8Array {
  return Uint8Array.of(i & 0xff, (i >>> 8) & 0xff, (i >>> 16) & 0xff, (i >>> 24) & 0xff);
}

export type { AttackConfig, AttackResult };
export { createEnvelope, TOPIC };

/** An attack running in its own process (see `attack-process.node.ts`). */
export interface RunningAttack {
  /** Resolves once the attackers' material is prepared; they wait for {@link RunningAttack.go}. */
  started: Promise<void>;
  /** Lets the attackers loose. */
  go(): void;
  /** Resolves with what the attackers counted once they are done (the child has exited). */
  done: Promise<AttackResult>;
}

const hexOf = (b: Uint8Array) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

/** Forks the attacker process against `relay` (loopback TCP) with `config`. */
export function runAttack(relay: RelayAddress, config: Omit<AttackConfig, 'port' | 'id'>): RunningAttack {
  const child = fork(fileURLToPath(new URL('./attack-process.node.ts', import.meta.url)), [], {
    execArgv: ['--conditions=@statuskit/source', '--import', 'tsx'],
    cwd: fileURLToPath(new URL('../../../..', import.meta.url)), // the repo root, where tsx resolves
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  let onStarted: () => void = () => undefined;
  let onFailed: (e: Error) => void = () => undefined;
  const started = new Promise<void>((resolve, reject) => {
    onStarted = resolve;
    onFailed = reject;
  });
  const done = new Promise<AttackResult>((resolve, reject) => {
    let result: AttackResult | undefined;
    child.on('message', (m: { type: string; result?: AttackResult; message?: string }) => {
      if (m.type === 'ready') onStarted();
      else if (m.type === 'done') result = m.result;
      else if (m.type === 'error') {
        const e = new Error(`attacker process: ${m.message}`);
        onFailed(e);
        reject(e);
      }
    });
    child.on('exit', (code) => {
      if (result !== undefined) resolve(result);
      else {
        const e = new Error(`attacker process exited with ${code} and no result`);
        onFailed(e);
        reject(e);
      }
    });
  });
  // a failure before `ready` rejects both; keep the unobserved one quiet
  done.catch(() => undefined);
  child.send({ ...config, port: relay.port, id: hexOf(relay.id) });
  return { started, done, go: () => child.send({ type: 'go' }) };
}
