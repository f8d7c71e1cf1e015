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
import { spawn } from 'node:child_process';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import { createPeerSession, parseEnode } from '@statuskit/devp2p';
import { encodeProtocolMessage } from '@statuskit/payloads';
import { tcp } from '@statuskit/transport-node';
import { type CryptoProvider, memoryStorage, nobleCrypto, toHex } from '@statuskit/utils';
import {
  createMailserverClient,
  createWhisperNode,
  MAILSERVER_PASSWORD,
  publicChatTopic,
  symKeyFromPassword,
} from '@statuskit/whisper';
import { createClient, createIdentity, createSecureTransport } from '../src/index.js';
import { startRelay } from '../test/support/relay.node.js';

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

async function oneToOne(): Promise<void> {
  const r = await startRelay({ crypto });
  const [a, b] = [await client(r.enode), await client(r.enode)];
  const recvAt = new Map<string, number>();
  b.addEventListener('message:received', (e) => recvAt.set(e.detail.id, performance.now()));
  const ab = await a.openChat(b.identity.publicKeyString);
  // Warm up: bundles, sessions, the negotiated topic.
  const w = await ab.sendText('warm-up');
  await until(() => recvAt.has(w.id), 20_000);
  const ba = b.getChat(a.identity.publicKeyString);
  await ba?.sendText('warm-up reply');
  await sleep(1500);
  recvAt.clear();
  const sentAt = new Map<string, number>();
  const t0 = performance.now();
  const pending: Promise<unknown>[] = [];
  for (let i = 0; i < COUNT; i++) {
    const due = t0 + (i * 1000) / RATE;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    const start = performance.now();
    pending.push(ab.sendText(`m${i}`).then((m) => sentAt.set(m.id, start)));
  }
  await Promise.all(pending);
  await until(() => recvAt.size >= COUNT, 60_000);
  const last = Math.max(...recvAt.values());
  const lat = [...sentAt].filter(([id]) => recvAt.has(id)).map(([id, t]) => (recvAt.get(id) as number) - t);
  const rate = recvAt.size / ((last - t0) / 1000);
  const ref = await secureTransportRate(200);
  console.log(
    `1:1 over loopback TCP, offered ${RATE}/s × ${COUNT}: delivered ${recvAt.size}/${COUNT} at ${rate.toFixed(0)}/s, ` +
      `latency p50 ${pct(lat, 50).toFixed(0)} ms, p95 ${pct(lat, 95).toFixed(0)} ms`,
  );
  console.log(
    `  reference (same run): secure-transport build + handle in process ${ref.toFixed(0)}/s → e2e is ${(rate / ref).toFixed(2)}× of it`,
  );
  for (const c of [a, b]) await c.close();
  await r.close();
}

/** Starts the history relay in a child process (see history-relay.ts). */
async function historyRelay(provider: string): Promise<{ enode: string; from: number; close(): void }> {
  const child = spawn(
    process.execPath,
    [
      '--conditions=@statuskit/source',
      '--import',
      'tsx',
      fileURLToPath(new URL('./history-relay.ts', import.meta.url)),
      String(HISTORY),
    ],
    { env: { ...process.env, BENCH_PROVIDER: provider }, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const line = await new Promise<string>((resolve, reject) => {
    let buf = '';
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      const i = buf.indexOf('\n');
      if (i >= 0) resolve(buf.slice(0, i));
    });
    child.once('exit', (code) => reject(new Error(`history relay exited with ${code}`)));
  });
  const { enode, from } = JSON.parse(line) as { enode: string; from: number };
  return { enode, from, close: () => child.stdin.end() };
}

async function catchUp(provider: string): Promise<void> {
  const r = await historyRelay(provider);
  const { from } = r;
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

  const { identity } = await createIdentity();
  const c = await createClient({
    identity,
    crypto,
    transports: [tcp()],
    mailservers: [r.enode],
    autoStart: false,
  });
  let got = 0;
  let lastAt = 0;
  c.addEventListener('message:received', () => {
    got++;
    lastAt = performance.now();
  });
  await c.joinPublicChat('bench-history');
  const h = monitorEventLoopDelay({ resolution: 5 });
  h.enable();
  const t0 = performance.now();
  c.start();
  const ok = await until(() => got >= HISTORY, 120_000);
  h.disable();
  console.log(
    `catch-up on ${HISTORY} public envelopes by a fresh client: ${ok ? '' : 'INCOMPLETE '}${got} messages in ${(lastAt - t0).toFixed(0)} ms ` +
      `(connect + history + pipeline), longest event-loop stall ${(h.max / 1e6).toFixed(0)} ms, p99 ${(h.percentile(99) / 1e6).toFixed(0)} ms`,
  );
  await c.close();
  r.close();
}

for (const [name, make] of PROVIDERS) {
  crypto = await make();
  console.log(`— provider: ${name}`);
  if (PART !== 'catchup') await oneToOne();
  if (PART !== '1:1') await catchUp(name);
}
process.exit(0);
