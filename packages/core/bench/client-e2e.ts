/**
 * End-to-end client benchmarks over loopback TCP through a statuskit relay + mailserver, each beside
 * a reference measured in the same run (the machine is noisy: compare the ratios):
 *
 * 1. 1:1 messages between two clients at a fixed offered rate: delivered rate, p50 / p95 latency
 *    (send call → `message:received`), beside the secure transport's in-process build + handle rate.
 * 2. Catch-up on N public-chat envelopes from the mailserver by a fresh client: time to the last
 *    message and the longest event-loop stall of the client's process (the relay + mailserver runs
 *    in a child process, history-relay.ts), beside the same envelopes fetched by a bare Waku node
 *    with the mailserver client (transport only, no client pipeline).
 *
 * Each part runs once per provider (noble, then @statuskit/crypto-fast's node+wasm provider, for the
 * clients and the relay alike); `BENCH_CRYPTO=noble` or `=fast` runs one only, and
 * `BENCH_PART=1:1` or `=catchup` one part.
 *
 * Run: `pnpm bench:client` (or `node --conditions=@statuskit/source --import tsx
 * packages/core/bench/client-e2e.ts [rate] [count] [history]`). Never part of CI.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import { createPeerSession, parseEnode } from '@statuskit/devp2p';
import { encodeProtocolMessage } from '@statuskit/payloads';
import { tcp } from '@statuskit/transport-node';
import { type CryptoProvider, createRecoverPool, memoryStorage, nobleCrypto, toHex } from '@statuskit/utils';
import {
  createMailserverClient,
  createWhisperNode,
  MAILSERVER_PASSWORD,
  publicChatTopic,
  symKeyFromPassword,
} from '@statuskit/whisper';
import { type Chat, createClient, createIdentity, createSecureTransport } from '../src/index.js';
import { startTsWorker } from '../test/support/ts-worker.node.js';
import { epochMs, startChild } from './child.js';

const PROVIDERS: Array<[string, () => Promise<CryptoProvider>]> = [
  ['noble', async () => nobleCrypto],
  ['node+wasm', createNodeCrypto],
].filter(([name]) => {
  const only = process.env.BENCH_CRYPTO;
  return only === undefined || only === 'both' || (only === 'fast' ? name !== 'noble' : name === only);
}) as Array<[string, () => Promise<CryptoProvider>]>;
let crypto: CryptoProvider = nobleCrypto;
const RATE = Number(process.argv[2] ?? 200);
const COUNT = Number(process.argv[3] ?? 600);
const HISTORY = Number(process.argv[4] ?? 5000);
const PART = process.env.BENCH_PART;
const enodeId = (url: string) => toHex(parseEnode(url).id);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const pct = (xs: number[], p: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] ?? Number.NaN;
};
async function until(pred: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!pred()) {
    if (Date.now() > end) return false;
    await sleep(5);
  }
  return true;
}

async function client(enode: string) {
  const { identity } = await createIdentity();
  const c = await createClient({
    identity,
    crypto,
    transports: [tcp()],
    mailservers: [enode],
    minBackoffMs: 100,
  });
  await until(() => c.peers().length > 0, 10_000);
  return c;
}

/** Reference: in-process secure-transport build + handle of a 1:1 payload (no network, no PoW). */
async function secureTransportRate(n: number): Promise<number> {
  const a = createSecureTransport({
    identityPrivateKey: crypto.secp256k1GeneratePrivateKey(),
    installationId: 'a',
    crypto,
    storage: memoryStorage(),
  });
  const b = createSecureTransport({
    identityPrivateKey: crypto.secp256k1GeneratePrivateKey(),
    installationId: 'b',
    crypto,
    storage: memoryStorage(),
  });
  await a.processBundle(await b.getBundle());
  await b.processBundle(await a.getBundle());
  const payload = new Uint8Array(200).fill(1);
  const t0 = performance.now();
  for (let i = 0; i < n; i++) {
    const spec = await a.buildDirectMessage(b.publicKey, payload);
    const h = await b.handleMessage(a.publicKey, encodeProtocolMessage(spec.message));
    if (h.confirmation) await b.confirmMessageProcessed(h.confirmation);
  }
  return n / ((performance.now() - t0) / 1000);
}

/** Sends `count` 1:1 messages, one every `1000 / rate` ms (`rate` Infinity: all at once). */
async function sendBurst(
  chat: Chat,
  count: number,
  rate: number,
  recvAt: Map<string, number>,
): Promise<{ rate: number; received: number; latencies: number[] }> {
  recvAt.clear();
  const sentAt = new Map<string, number>();
  const t0 = epochMs();
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const wait = t0 + (i * 1000) / rate - epochMs();
    if (wait > 0) await sleep(wait);
    const start = epochMs();
    pending.push(chat.sendText(`m${i}`).then((m) => sentAt.set(m.id, start)));
  }
  await Promise.all(pending);
  await until(() => recvAt.size >= count, 60_000);
  const last = Math.max(...recvAt.values());
  const latencies = [...sentAt]
    .filter(([id]) => recvAt.has(id))
    .map(([id, t]) => (recvAt.get(id) as number) - t);
  return { rate: recvAt.size / ((last - t0) / 1000), received: recvAt.size, latencies };
}

async function oneToOne(provider: string): Promise<void> {
  // The relay and the receiving client each run in their own process, as on separate machines.
  const relay = await startChild('./relay-process.ts', ['0'], { BENCH_PROVIDER: provider });
  const enode = relay.hello.enode as string;
  const b = await startChild('./client-process.ts', [enode], { BENCH_PROVIDER: provider });
  const recvAt = new Map<string, number>();
  b.onLine((line) => recvAt.set(line.id as string, line.t as number));
  const a = await client(enode);
  let replies = 0;
  a.addEventListener('message:received', () => replies++);
  const ab = await a.openChat(b.hello.key as string);
  // Warm up: bundles, sessions, the negotiated topic.
  const w = await ab.sendText('warm-up');
  await until(() => recvAt.has(w.id) && replies > 0, 20_000);
  await sleep(1500);
  const burst = await sendBurst(ab, COUNT, Number.POSITIVE_INFINITY, recvAt);
  await sleep(1000);
  const paced = await sendBurst(ab, COUNT, RATE, recvAt);
  const ref = await secureTransportRate(200);
  console.log(
    `1:1 over loopback TCP, ${COUNT} sent at once: ${burst.received}/${COUNT} delivered at ${burst.rate.toFixed(0)}/s ` +
      `(each client and the relay in its own process)`,
  );
  console.log(
    `  offered ${RATE}/s × ${COUNT}: delivered ${paced.received}/${COUNT} at ${paced.rate.toFixed(0)}/s, ` +
      `latency p50 ${pct(paced.latencies, 50).toFixed(0)} ms, p95 ${pct(paced.latencies, 95).toFixed(0)} ms`,
  );
  console.log(
    `  reference (same run): secure-transport build + handle in process ${ref.toFixed(0)}/s → e2e is ${(burst.rate / ref).toFixed(2)}× of it`,
  );
  await a.close();
  await b.close();
  await relay.close();
}

/** A fresh client joins the chat and catches up; `workers` recover threads (0: all inline). */
async function fetchAsClient(enode: string, provider: string, workers: number): Promise<void> {
  const threads = Array.from({ length: workers }, () =>
    startTsWorker(new URL('./recover-worker.ts', import.meta.url), {
      env: { ...process.env, BENCH_PROVIDER: provider },
    }),
  );
  const recoverPool = workers > 0 ? createRecoverPool(threads) : undefined;
  const { identity } = await createIdentity();
  const c = await createClient({
    identity,
    crypto,
    transports: [tcp()],
    mailservers: [enode],
    autoStart: false,
    ...(recoverPool !== undefined ? { recoverPool } : {}),
  });
  let got = 0;
  let lastAt = 0;
  c.addEventListener('message:received', () => {
    got++;
    lastAt = performance.now();
  });
  const rejected = new Map<string, number>();
  c.addEventListener('message:rejected', (e) =>
    rejected.set(e.detail.reason, (rejected.get(e.detail.reason) ?? 0) + 1),
  );
  await c.joinPublicChat('bench-history');
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const t0 = performance.now();
  c.start();
  const ok = await until(() => got >= HISTORY, 120_000);
  h.disable();
  console.log(
    `catch-up on ${HISTORY} public envelopes by a fresh client${workers > 0 ? ` with ${workers} recover worker` : ''}: ` +
      `${ok ? '' : 'INCOMPLETE '}${got} messages in ${(lastAt - t0).toFixed(0)} ms ` +
      `(connect + history + pipeline), longest event-loop stall ${(h.max / 1e6).toFixed(0)} ms, p99 ${(h.percentile(99) / 1e6).toFixed(0)} ms`,
  );
  if (rejected.size > 0) console.log(`  rejected: ${JSON.stringify(Object.fromEntries(rejected))}`);
  await c.close();
  recoverPool?.close();
  for (const t of threads) await t.terminate();
}

async function catchUp(provider: string): Promise<void> {
  const relay = await startChild('./relay-process.ts', [String(HISTORY)], { BENCH_PROVIDER: provider });
  const r = { enode: relay.hello.enode as string };
  const from = relay.hello.from as number;
  const chat = await publicChatTopic('bench-history', crypto);
  // Reference: a bare node asks the mailserver for the same envelopes (transport and filter only).
  {
    const node = createWhisperNode({
      crypto,
      capabilities: ['waku/1'],
      lightNode: true,
      trustedPeers: [enodeId(r.enode)],
    });
    let got = 0;
    node.subscribe({ topics: [chat.topic], key: { kind: 'symmetric', key: chat.symKey }, allowP2P: true });
    node.addEventListener('message', () => got++);
    const nodeKey = crypto.secp256k1GeneratePrivateKey();
    const e = parseEnode(r.enode);
    const session = createPeerSession({
      duplex: await tcp().dial(e.host, e.tcpPort),
      privateKey: nodeKey,
      crypto,
      remoteId: e.id,
      protocols: node.protocols,
    });
    await session.ready;
    await until(() => node.peers().length > 0, 5000);
    const ms = createMailserverClient({
      node,
      crypto,
      signingKey: nodeKey,
      symKey: await symKeyFromPassword(MAILSERVER_PASSWORD, crypto),
    });
    const t0 = performance.now();
    await ms.requestAll(enodeId(r.enode), { from, to: from + 3600, topics: [chat.topic], limit: 1000 });
    await until(() => got >= HISTORY, 60_000);
    const ref = performance.now() - t0;
    console.log(
      `  reference (same run): a bare Waku node fetches and opens the ${got} envelopes in ${ref.toFixed(0)} ms`,
    );
    session.disconnect();
    node.close();
  }

  for (const workers of [0, 1]) await fetchAsClient(r.enode, provider, workers);
  await relay.close();
}

for (const [name, make] of PROVIDERS) {
  crypto = await make();
  console.log(`— provider: ${name}`);
  if (PART !== 'catchup') await oneToOne(name);
  if (PART !== '1:1') await catchUp(name);
}
process.exit(0);
