/**
 * Envelope-layer speed, each subject beside a same-run reference that measures the raw primitive
 * it is built on, so vitest prints the ratio:
 *
 * - sealing at PoW 0.002 and 0.2 vs. hashing the expected number of nonces (2^targetBits) with
 *   plain keccak256;
 * - opening symmetric envelopes vs. one AES-256-GCM decryption of the same Data;
 * - opening asymmetric envelopes vs. one secp256k1 ECDH (the dominant cost);
 * - rejecting asymmetric envelopes not meant for us (a filter match that fails the ECIES MAC)
 *   vs. one ECDH;
 * - relaying a batch of 200 envelopes between two nodes over loopback devp2p TCP vs. sending the
 *   same bytes over the same kind of session with a no-op protocol.
 *
 * Every subject runs with the default noble provider and with @statuskit/crypto-fast's Node provider
 * (`node+wasm`), and each reference with the provider of its subject, so both ratios print.
 */
import { Worker } from 'node:worker_threads';
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import { createPeerSession, type Protocol, type ProtocolContext } from '@statuskit/devp2p';
import { tcp } from '@statuskit/transport-node';
import { type CryptoProvider, nobleCrypto as c } from '@statuskit/utils';
import { bench, describe } from 'vitest';
import {
  createEnvelope,
  createFilterSet,
  createWhisperNode,
  createWorkerSealer,
  type EnvelopeRecord,
  encodeEnvelopeWithoutNonce,
  encodeRawList,
  openEnvelope,
  type PowWorkerLike,
  powTargetBits,
  sealEnvelope,
} from '../src/index.js';
import { longestStall } from '../test/support/stall.js';

const fast = await createNodeCrypto();
const providers: CryptoProvider[] = [c, fast];

const symKey = c.keccak256(Uint8Array.of(42));
const topic = Uint8Array.of(0xcd, 0x42, 0x37, 0x60);
const signer = c.secp256k1GeneratePrivateKey();
const recipient = c.secp256k1GeneratePrivateKey();
const recipientPub = c.secp256k1PublicKey(recipient);
const stranger = c.secp256k1GeneratePrivateKey();
const payload = new Uint8Array(150).fill(7); // a typical chat message: a 512-byte plaintext

const sym = await createEnvelope({
  payload,
  topic,
  symKey,
  signingKey: signer,
  ttlSeconds: 15,
  powTarget: 0.002,
});
const asym = await createEnvelope({
  payload,
  topic,
  publicKey: recipientPub,
  signingKey: signer,
  ttlSeconds: 15,
  powTarget: 0.002,
});
const data = sym.envelope.data;

let expiry = 1_700_000_000;
/** Seal a fresh envelope (a new expiry changes every nonce's hash). */
function sealAt(pow: number, crypto: CryptoProvider = c) {
  expiry++;
  return sealEnvelope(
    { expiry, ttl: 15, topic, data },
    { powTarget: pow, workTimeMs: 60_000, sliceSize: 4096, crypto },
  );
}
/** The same number of plain keccak256 calls the sealer needs on average. */
function hashes(pow: number, crypto: CryptoProvider = c) {
  const n = 2 ** powTargetBits(pow, data.length, 15);
  const short = encodeEnvelopeWithoutNonce({ expiry, ttl: 15, topic, data });
  const buf = new Uint8Array(short.length + 8);
  buf.set(short);
  const view = new DataView(buf.buffer);
  for (let i = 0; i < n; i++) {
    view.setBigUint64(short.length, BigInt(i));
    crypto.keccak256(buf);
  }
}

describe(`seal at PoW 0.002 (${powTargetBits(0.002, data.length, 15)} bits, ${data.length}-byte data)`, () => {
  bench('sealEnvelope 0.002', async () => {
    await sealAt(0.002);
  });
  bench('keccak256 × 2^bits (reference)', () => hashes(0.002));
});

describe(`seal at PoW 0.2 (${powTargetBits(0.2, data.length, 15)} bits, ${data.length}-byte data)`, () => {
  for (const p of providers) {
    bench(
      `${p.name}: sealEnvelope 0.2`,
      async () => {
        await sealAt(0.2, p);
      },
      { time: 2000 },
    );
    bench(`${p.name}: keccak256 × 2^bits (reference)`, () => hashes(0.2, p), { time: 2000 });
  }
});

// PoW 0.2 on a 1 KiB payload: on the main thread with each provider, and in a worker_threads worker
// (node+wasm) while the main thread measures its longest event-loop stall.
const data1k = new Uint8Array(1024).fill(3);
const bits1k = powTargetBits(0.2, data1k.length, 15);
const worker = new Worker(new URL('../test/support/pow-worker-boot.node.mjs', import.meta.url), {
  execArgv: ['--conditions=@statuskit/source'],
});
worker.unref();
const workerSealer = createWorkerSealer(worker as unknown as PowWorkerLike);
await workerSealer.seal({ expiry: 1, ttl: 15, topic, data: data1k }, { powTarget: 0.002 }); // worker ready
let worstStallMs = 0;
async function sealInWorker(): Promise<void> {
  expiry++;
  const { stallMs } = await longestStall(
    workerSealer.seal({ expiry, ttl: 15, topic, data: data1k }, { powTarget: 0.2, workTimeMs: 60_000 }),
  );
  worstStallMs = Math.max(worstStallMs, stallMs);
}
let worstIdleStallMs = 0;
async function idleProbe(): Promise<void> {
  const { stallMs } = await longestStall(new Promise((r) => setTimeout(r, 20)));
  worstIdleStallMs = Math.max(worstIdleStallMs, stallMs);
}
function keccak1k(crypto: CryptoProvider) {
  const short = encodeEnvelopeWithoutNonce({ expiry, ttl: 15, topic, data: data1k });
  const buf = new Uint8Array(short.length + 8);
  buf.set(short);
  const view = new DataView(buf.buffer);
  for (let i = 0; i < 2 ** bits1k; i++) {
    view.setBigUint64(short.length, BigInt(i));
    crypto.keccak256(buf);
  }
}
describe(`seal at PoW 0.2 on 1 KiB (${bits1k} bits)`, () => {
  for (const p of providers) {
    bench(
      `${p.name}: sealEnvelope 0.2, main thread`,
      async () => {
        expiry++;
        await sealEnvelope(
          { expiry, ttl: 15, topic, data: data1k },
          { powTarget: 0.2, workTimeMs: 60_000, sliceSize: 4096, crypto: p },
        );
      },
      { time: 2000 },
    );
    bench(`${p.name}: keccak256 × 2^bits (reference)`, () => keccak1k(p), { time: 2000 });
  }
  bench(`${fast.name}: createWorkerSealer (worker_threads)`, sealInWorker, {
    time: 2000,
    teardown: () =>
      console.log(`longest main-thread stall while sealing in the worker: ${worstStallMs.toFixed(1)} ms`),
  });
  // Reference for the stall: the same probe on an idle main thread for as long (the worker's thread
  // is idle too), which is what the OS's scheduling alone costs on this machine at this load.
  bench('idle main thread, same probe (stall reference)', idleProbe, {
    time: 2000,
    teardown: () => console.log(`longest stall of an idle main thread: ${worstIdleStallMs.toFixed(1)} ms`),
  });
});

const gcmNonce = data.subarray(data.length - 12);
const gcmBody = data.subarray(0, data.length - 12);
describe('open a symmetric envelope (signed, 512-byte plaintext)', () => {
  for (const p of providers) {
    bench(`${p.name}: openEnvelope symmetric (GCM + parse + signer recovery)`, () => {
      openEnvelope(sym.envelope, { kind: 'symmetric', key: symKey }, p);
    });
    bench(`${p.name}: AES-256-GCM decrypt (reference)`, () => {
      p.aesGcmDecrypt(symKey, gcmNonce, gcmBody);
    });
  }
});

const ephemeral = asym.envelope.data.subarray(0, 65);
describe('open an asymmetric envelope (signed, 512-byte plaintext)', () => {
  for (const p of providers) {
    bench(`${p.name}: openEnvelope asymmetric (ECIES + parse + signer recovery)`, () => {
      openEnvelope(asym.envelope, { kind: 'asymmetric', privateKey: recipient }, p);
    });
    bench(`${p.name}: secp256k1 ECDH (reference)`, () => {
      p.secp256k1Ecdh(recipient, ephemeral);
    });
  }
});

describe('reject asymmetric envelopes not for us', () => {
  for (const p of providers) {
    const filters = createFilterSet({ crypto: p });
    filters.add({ topics: [topic], key: { kind: 'asymmetric', privateKey: stranger } });
    bench(`${p.name}: filters.match (ECIES MAC fails)`, () => {
      filters.match(asym, asym.pow);
    });
    bench(`${p.name}: secp256k1 ECDH (reference)`, () => {
      p.secp256k1Ecdh(stranger, ephemeral);
    });
  }
});

// ---------------------------------------------------------------- relay over loopback TCP

const BATCH = 200;
const transport = tcp();
let serial = 0;
async function batch(): Promise<EnvelopeRecord[]> {
  const out: EnvelopeRecord[] = [];
  const now = Math.floor(Date.now() / 1000);
  for (let i = 0; i < BATCH; i++) {
    serial++;
    const p = new Uint8Array(150);
    new DataView(p.buffer).setUint32(0, serial);
    out.push(
      await createEnvelope({ payload: p, topic, symKey, ttlSeconds: 300, powTarget: 0, expiry: now + 300 }),
    );
  }
  return out;
}
const batches: EnvelopeRecord[][] = [];
for (let i = 0; i < 30; i++) batches.push(await batch());

async function pair(
  protocolsA: readonly Protocol[],
  protocolsB: readonly Protocol[],
  crypto: CryptoProvider,
) {
  const aKey = c.secp256k1GeneratePrivateKey();
  const bKey = c.secp256k1GeneratePrivateKey();
  const listener = await transport.listen({ host: '127.0.0.1', port: 0 }, (duplex) => {
    createPeerSession({ duplex, privateKey: bKey, protocols: protocolsB, crypto });
  });
  const duplex = await transport.dial('127.0.0.1', listener.address().port);
  const session = createPeerSession({
    duplex,
    privateKey: aKey,
    remoteId: c.secp256k1PublicKey(bKey).subarray(1),
    protocols: protocolsA,
    crypto,
  });
  await session.ready;
  return { session, listener };
}

/** Two whisper nodes on one session, and a no-op protocol on an identical session beside them. */
async function relayRig(crypto: CryptoProvider) {
  // The per-peer admission limits (200 envelopes/s, 1/8 of the pool by default) are policy, not
  // work: lifted here, or the receiver would drop batches (every batch is new and stays pooled for
  // its TTL) and disconnect the sender.
  const opts = {
    minPow: 0,
    crypto,
    rateLimits: { packetsPerSecond: 0, envelopesPerSecond: 0, bytesPerSecond: 0 },
    maxPoolBytesPerPeer: 1024 * 1024 * 1024,
  };
  const sender = createWhisperNode(opts);
  const receiver = createWhisperNode(opts);
  await pair(sender.protocols, receiver.protocols, crypto);
  while (sender.peers().length === 0 || receiver.peers().length === 0)
    await new Promise((r) => setTimeout(r, 10));

  let received = 0;
  const waiters: Array<() => void> = [];
  receiver.addEventListener('envelope', () => {
    received++;
    if (received % BATCH === 0) waiters.shift()?.();
  });

  // Reference: the same Messages payloads through a no-op capability on an identical session.
  let rawCtx: ProtocolContext | undefined;
  const rawWaiters: Array<() => void> = [];
  const rawA: Protocol = {
    name: 'raw',
    version: 1,
    length: 8,
    create(ctx) {
      rawCtx = ctx;
      return { onMessage() {} };
    },
  };
  const rawB: Protocol = {
    name: 'raw',
    version: 1,
    length: 8,
    create: () => ({
      onMessage() {
        rawWaiters.shift()?.();
      },
    }),
  };
  await pair([rawA], [rawB], crypto);
  let next = 0;
  return {
    async relay() {
      // Never resend: duplicates are not relayed. 30 batches cover the bench's 22 iterations.
      const b = batches[next++] ?? (await batch());
      const done = new Promise<void>((r) => waiters.push(r));
      for (const e of b) sender.post(e);
      sender.flush();
      await done;
    },
    async raw() {
      const b = batches[0] as EnvelopeRecord[];
      const done = new Promise<void>((r) => rawWaiters.push(r));
      rawCtx?.send(1, encodeRawList(b.map((e) => e.raw)));
      await done;
    },
  };
}

const rigs = await Promise.all(providers.map(async (p) => ({ p, rig: await relayRig(p) })));

describe(`relay ${BATCH} envelopes between two nodes over loopback TCP`, () => {
  const opts = { iterations: 20, time: 0, warmupIterations: 2 };
  for (const { p, rig } of rigs) {
    bench(`${p.name}: whisper node → node (validate, pool, gossip, validate, pool)`, rig.relay, opts);
    bench(`${p.name}: devp2p session, same bytes, no-op protocol (reference)`, rig.raw, opts);
  }
});
