/**
 * `statuskit bench-relay`: how fast one relay process moves envelopes between N peers on
 * loopback, and how much memory it holds afterwards. The relay runs as a child process (this very
 * bin, `statuskit relay`, PoW minimum 0, rate limits off, archive on as in production); the peers
 * are in-process Whisper/Waku nodes over TCP, half on `waku/1` and half on `shh/6` so the bridging
 * path is part of what is measured. Every peer posts the same number of pre-sealed envelopes; the
 * run ends when every peer holds every other peer's envelopes, or at the time bound.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createPeerSession, type PeerSession, parseEnode } from '@statuskit/devp2p';
import { tcp } from '@statuskit/transport-node';
import { nobleCrypto, secureRandom } from '@statuskit/utils';
import {
  createEnvelope,
  createWhisperNode,
  type WhisperCapability,
  type WhisperNode,
} from '@statuskit/whisper';
import { CliError, ConfigError } from './errors.js';

/** Options of {@link benchRelay}. */
export interface BenchRelayOptions {
  peers: number;
  envelopes: number;
  payloadBytes: number;
  timeoutMs: number;
  /** The `statuskit` bin to start the relay with. */
  bin: string;
  log: (line: string) => void;
}

/** What a run measured. */
export interface BenchRelayResult {
  peers: number;
  envelopesPerPeer: number;
  deliveries: number;
  expected: number;
  seconds: number;
  deliveriesPerSecond: number;
  relayRssBytes: number;
  relayArchived: number;
}

function positiveInt(name: string, text: string | undefined, fallback: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new ConfigError(`${name}: expected a positive integer`);
  return n;
}

/** Reads the command's flags. */
export function benchOptions(
  flags: { peers?: string; envelopes?: string; payloadBytes?: string; timeout?: string },
  bin: string,
  log: (line: string) => void,
): BenchRelayOptions {
  const peers = positiveInt('peers', flags.peers, 8);
  if (peers < 2) throw new ConfigError('peers: at least 2');
  return {
    peers,
    envelopes: positiveInt('envelopes', flags.envelopes, 500),
    payloadBytes: positiveInt('payloadBytes', flags.payloadBytes, 256),
    timeoutMs: positiveInt('timeout', flags.timeout, 120) * 1000,
    bin,
    log,
  };
}

async function scrape(url: string): Promise<Map<string, number>> {
  const text = await (await fetch(url)).text();
  const out = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const i = line.lastIndexOf(' ');
    out.set(line.slice(0, i), Number(line.slice(i + 1)));
  }
  return out;
}

/** A relay under test: where to dial it and how to read its memory. */
export interface BenchTarget {
  readonly name: string;
  readonly enode: string;
  /** Resident set size of the relay process, bytes. */
  rssBytes(): Promise<number>;
  /** Envelopes the relay archived, when it has an archive. */
  archived(): Promise<number | undefined>;
  stop(): Promise<void>;
}

/**
 * Starts `statuskit relay` from `bin` as a child process tuned for the benchmark: PoW minimum 0,
 * rate limits off, archive on.
 * @throws CliError when it does not start.
 */
export async function startBenchRelay(
  bin: string,
  peers: number,
  execArgv: readonly string[] = [],
): Promise<BenchTarget> {
  const data = mkdtempSync(join(tmpdir(), 'statuskit-bench-'));
  const child = spawn(
    process.execPath,
    [
      ...execArgv,
      bin,
      'relay',
      '--data',
      data,
      '--listen',
      '127.0.0.1:0',
      '--metrics',
      '127.0.0.1:0',
      '--min-pow',
      '0',
      '--peer-packets-per-second',
      '0',
      '--peer-bytes-per-second',
      '0',
      '--max-peers',
      String(peers + 4),
      '--log-level',
      'info',
    ],
    { stdio: ['ignore', 'ignore', 'pipe'] },
  );
  const stop = async () => {
    child.kill('SIGTERM');
    await new Promise((r) => {
      if (child.exitCode !== null || child.signalCode !== null) r(undefined);
      else child.once('exit', r);
    });
    rmSync(data, { recursive: true, force: true });
  };
  try {
    const ready = await new Promise<{ enode: string; metrics: string }>((resolve, reject) => {
      let buf = '';
      const timer = setTimeout(() => reject(new CliError('the relay did not start in 20 s')), 20_000);
      child.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
        buf += chunk;
        for (const line of buf.split('\n')) {
          if (!line.includes('"relay ready"')) continue;
          clearTimeout(timer);
          const l = JSON.parse(line) as { enode: string; metrics: string };
          resolve({ enode: l.enode, metrics: l.metrics });
        }
      });
      child.once('exit', (code) => {
        clearTimeout(timer);
        reject(new CliError(`the relay exited (${code}): ${buf.trim().split('\n').pop() ?? ''}`));
      });
    });
    return {
      name: 'statuskit relay',
      enode: ready.enode,
      rssBytes: async () =>
        (await scrape(ready.metrics)).get('statuskit_process_resident_memory_bytes') ?? Number.NaN,
      archived: async () => (await scrape(ready.metrics)).get('statuskit_archive_envelopes'),
      stop,
    };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Pre-sealed envelopes, one batch per peer (PoW 0, one symmetric key and topic). */
export async function benchEnvelopes(
  o: Pick<BenchRelayOptions, 'peers' | 'envelopes' | 'payloadBytes' | 'timeoutMs'>,
): Promise<Uint8Array[][]> {
  const symKey = secureRandom(32);
  const topic = Uint8Array.of(0xbe, 0x9c, 0x00, 0x01);
  const batches: Uint8Array[][] = [];
  for (let p = 0; p < o.peers; p++) {
    const raws: Uint8Array[] = [];
    for (let i = 0; i < o.envelopes; i++) {
      const env = await createEnvelope({
        payload: secureRandom(o.payloadBytes),
        topic,
        symKey,
        ttlSeconds: Math.ceil(o.timeoutMs / 1000) + 600,
        powTarget: 0,
      });
      raws.push(env.raw);
    }
    batches.push(raws);
  }
  return batches;
}

/**
 * Runs `batches` (one per peer) through `target`: N in-process peers (half waku/1, half shh/6
 * unless `capabilities` says otherwise) post their batch, and the run ends when every peer holds
 * every other peer's envelopes or at the time bound.
 */
export async function runBench(
  target: BenchTarget,
  batches: readonly Uint8Array[][],
  o: Pick<BenchRelayOptions, 'timeoutMs' | 'log'> & { capabilities?: (i: number) => WhisperCapability },
): Promise<BenchRelayResult> {
  const nodes: WhisperNode[] = [];
  const sessions: PeerSession[] = [];
  const peers = batches.length;
  const perPeer = batches[0]?.length ?? 0;
  try {
    const e = parseEnode(target.enode);
    const received: number[] = [];
    for (let p = 0; p < peers; p++) {
      const cap: WhisperCapability = o.capabilities?.(p) ?? (p % 2 === 0 ? 'waku/1' : 'shh/6');
      const node = createWhisperNode({ capabilities: [cap], minPow: 0, maxPoolBytes: 512 * 1024 * 1024 });
      received.push(0);
      node.addEventListener('envelope', (ev) => {
        if (ev.detail.origin === 'peer') received[p] = (received[p] ?? 0) + 1;
      });
      const session = createPeerSession({
        duplex: await tcp().dial(e.host, e.tcpPort, { timeoutMs: 5_000 }),
        privateKey: nobleCrypto.secp256k1GeneratePrivateKey(),
        remoteId: e.id,
        protocols: node.protocols,
      });
      await session.ready;
      nodes.push(node);
      sessions.push(session);
    }
    const handshakes = Date.now() + 10_000;
    while (nodes.some((n) => n.peers().length === 0)) {
      if (Date.now() > handshakes) throw new CliError('peers did not finish the handshake in 10 s');
      await new Promise((r) => setTimeout(r, 20));
    }
    const expected = peers * (peers - 1) * perPeer;
    o.log(`${target.name}: ${peers} peers connected; posting ${peers * perPeer} envelopes`);
    const t0 = performance.now();
    nodes.forEach((node, p) => {
      for (const raw of batches[p] as Uint8Array[]) node.post(raw, { deliverLocally: false });
      node.flush();
    });
    const deadline = Date.now() + o.timeoutMs;
    const total = () => received.reduce((a, b) => a + b, 0);
    while (total() < expected && Date.now() < deadline) await new Promise((r) => setTimeout(r, 10));
    const seconds = (performance.now() - t0) / 1000;
    const deliveries = total();
    await new Promise((r) => setTimeout(r, 500));
    return {
      peers,
      envelopesPerPeer: perPeer,
      deliveries,
      expected,
      seconds,
      deliveriesPerSecond: deliveries / seconds,
      relayRssBytes: await target.rssBytes(),
      relayArchived: (await target.archived()) ?? Number.NaN,
    };
  } finally {
    for (const n of nodes) n.close();
    for (const s of sessions) s.disconnect();
  }
}

/** Runs the benchmark against a statuskit relay started from `o.bin`. @throws CliError. */
export async function benchRelay(o: BenchRelayOptions): Promise<BenchRelayResult> {
  const batches = await benchEnvelopes(o);
  const target = await startBenchRelay(o.bin, o.peers);
  try {
    o.log(`relay ${target.enode.slice(0, 24)}…`);
    return await runBench(target, batches, o);
  } finally {
    await target.stop();
  }
}

/** The result as the command prints it. */
export function formatBench(r: BenchRelayResult): string {
  const mib = (b: number) => (b / 1024 / 1024).toFixed(1);
  return [
    `peers                 ${r.peers} (half waku/1, half shh/6)`,
    `envelopes posted      ${r.peers * r.envelopesPerPeer} (${r.envelopesPerPeer} per peer)`,
    `deliveries            ${r.deliveries} of ${r.expected}${r.deliveries < r.expected ? ' (time bound hit)' : ''}`,
    `time                  ${r.seconds.toFixed(2)} s`,
    `envelopes relayed/s   ${Math.round(r.deliveriesPerSecond)}`,
    `relay RSS after run   ${mib(r.relayRssBytes)} MiB${Number.isNaN(r.relayArchived) ? '' : ` (archive: ${r.relayArchived} envelopes)`}`,
    '',
  ].join('\n');
}
