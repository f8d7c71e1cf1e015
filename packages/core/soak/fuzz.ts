/**
 * The fuzz soak (`pnpm soak`, stage `fuzz`; not in CI): `FUZZ_N` (default 1,000,000) mutated inputs
 * per decoder, from a corpus seeded by the golden vectors: every hex byte string of every vector
 * file (`$STATUSKIT_VECTORS`, default ../shared/vectors) is a seed, and the seeds a decoder accepts
 * are its own corpus (all seeds when it accepts none). Mutations: bit flips, byte sets, inserts,
 * deletions, truncation, duplicated runs and splices of two seeds. Every input must decode or throw
 * a `StatuskitError`; anything else is a crash. It prints inputs, accepted, typed errors, crashes
 * and time per decoder, and exits 1 on any crash. `FUZZ_SEED` replays a run; `FUZZ_ONLY` is a
 * regular expression on decoder names.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import { decodeDisconnect, decodeHello, readAck, readAuth, snappyDecompress } from '@statuskit/devp2p';
import { detectMvdsPayload } from '@statuskit/mvds';
import * as payloads from '@statuskit/payloads';
import { decodeDiscoveryPacket } from '@statuskit/transport-node';
import { concatBytes, decodeRlp, fromHex, StatuskitError, seededRandom } from '@statuskit/utils';
import {
  decodeBatchAck,
  decodeBloomPacket,
  decodeEnvelope,
  decodeEnvelopeList,
  decodeMessagesRequest,
  decodeMessagesRequestPayload,
  decodeMessagesResponse,
  decodeP2PMessages,
  decodePowRequirement,
  decodeRateLimitsPacket,
  decodeRequestCompletePacket,
  decodeShhStatus,
  decodeWakuStatus,
} from '@statuskit/whisper';

const N = Number(process.env.FUZZ_N ?? 1_000_000);
const SEED = Number(process.env.FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 32));
const ONLY = process.env.FUZZ_ONLY !== undefined ? new RegExp(process.env.FUZZ_ONLY) : undefined;
const VECTORS = resolve(process.env.STATUSKIT_VECTORS ?? join(process.cwd(), '..', 'shared', 'vectors'));

// ------------------------------------------------------------------ corpus

const corpus: Uint8Array[] = [];
const handshakeKeys: { auth: Uint8Array[]; ack: Uint8Array[] } = { auth: [], ack: [] };
const seen = new Set<string>();
function walk(v: unknown): void {
  if (typeof v === 'string') {
    const h = v.startsWith('0x') ? v.slice(2) : v;
    if (h.length >= 2 && h.length % 2 === 0 && /^[0-9a-fA-F]+$/.test(h) && !seen.has(h)) {
      seen.add(h);
      corpus.push(fromHex(h));
    }
  } else if (Array.isArray(v)) for (const x of v) walk(x);
  else if (v !== null && typeof v === 'object') for (const x of Object.values(v)) walk(x);
}
for (const f of readdirSync(VECTORS).filter((f) => f.endsWith('.json'))) {
  const doc = JSON.parse(readFileSync(join(VECTORS, f), 'utf8')) as { cases?: Record<string, unknown>[] };
  walk(doc);
  for (const c of doc.cases ?? []) {
    if (c.kind === 'auth-decode' && typeof c.recipient_static_privkey === 'string')
      handshakeKeys.auth.push(fromHex(c.recipient_static_privkey));
    if (c.kind === 'ack-decode' && typeof c.initiator_static_privkey === 'string')
      handshakeKeys.ack.push(fromHex(c.initiator_static_privkey));
  }
}

// ------------------------------------------------------------------ decoders

const crypto = await createNodeCrypto();
type Decoder = (b: Uint8Array) => unknown;
const allDecoders: Array<[string, Decoder]> = [
  ['rlp', (b) => decodeRlp(b)],
  ['snappy', (b) => snappyDecompress(b)],
  ['devp2p hello', decodeHello],
  ['devp2p disconnect', decodeDisconnect],
  ...handshakeKeys.auth
    .slice(0, 1)
    .map((k): [string, Decoder] => ['rlpx auth', (b) => readAuth(k, b, crypto)]),
  ...handshakeKeys.ack.slice(0, 1).map((k): [string, Decoder] => ['rlpx ack', (b) => readAck(k, b, crypto)]),
  ['discovery v4 packet', (b) => decodeDiscoveryPacket(b, crypto)],
  ['whisper envelope', (b) => decodeEnvelope(b)],
  ['whisper messages', (b) => decodeEnvelopeList(b)],
  ['whisper p2p messages', (b) => decodeP2PMessages(b)],
  ['whisper message response', decodeMessagesResponse],
  ['waku status', (b) => decodeWakuStatus(b, 1)],
  ['shh status', decodeShhStatus],
  ['rate limits', decodeRateLimitsPacket],
  ['batch ack', decodeBatchAck],
  ['request complete', decodeRequestCompletePacket],
  ['pow requirement', decodePowRequirement],
  ['bloom', decodeBloomPacket],
  ['mailserver request', decodeMessagesRequest],
  ['mailserver request payload', decodeMessagesRequestPayload],
  ['mvds detect', detectMvdsPayload],
  // Every protobuf of the payloads package (ChatMessage, the encryption layer, MVDS, membership
  // events, push notifications, transactions, …) and the transit encodings.
  ...Object.entries(payloads)
    .filter(
      ([name, fn]) => name.startsWith('decode') && name !== 'decodeGenerated' && typeof fn === 'function',
    )
    .map(([name, fn]): [string, Decoder] => [`payloads ${name.slice(6)}`, (b) => (fn as Decoder)(b)]),
];
const decoders = allDecoders.filter(([name]) => ONLY === undefined || ONLY.test(name));

// ------------------------------------------------------------------ mutation

const rnd = seededRandom(SEED);
let state = SEED >>> 0 || 0x9e3779b9;
/** Uniform-ish integer in [0, n): xorshift32. */
function int(n: number): number {
  state ^= state << 13;
  state >>>= 0;
  state ^= state >>> 17;
  state ^= state << 5;
  state >>>= 0;
  return state % Math.max(1, n);
}
function mutate(seed: Uint8Array, pool: Uint8Array[]): Uint8Array {
  let x: Uint8Array = seed.slice();
  for (let k = 1 + int(4); k > 0; k--) {
    const at = int(x.length + 1);
    switch (int(8)) {
      case 0:
        if (x.length > 0) x[at % x.length] = (x[at % x.length] as number) ^ (1 << int(8));
        break;
      case 1:
        if (x.length > 0) x[at % x.length] = int(256);
        break;
      case 2: {
        const ins = rnd(1 + int(8));
        x = concatBytes(x.subarray(0, at), ins, x.subarray(at));
        break;
      }
      case 3:
        x = concatBytes(x.subarray(0, at), x.subarray(Math.min(x.length, at + 1 + int(16))));
        break;
      case 4:
        x = x.slice(0, at);
        break;
      case 5: {
        const run = x.subarray(at, at + 1 + int(32));
        x = concatBytes(x.subarray(0, at), run, run, x.subarray(at + run.length));
        break;
      }
      case 6: {
        const other = pool[int(pool.length)] as Uint8Array;
        x = concatBytes(x.subarray(0, at), other.subarray(int(other.length + 1)));
        break;
      }
      default:
        // Interesting values: lengths and RLP/protobuf prefixes.
        if (x.length > 0)
          x[at % x.length] = [0x00, 0x7f, 0x80, 0xb7, 0xb8, 0xbf, 0xc0, 0xf7, 0xf8, 0xff][int(10)] as number;
    }
  }
  return x;
}

// ------------------------------------------------------------------ run

console.log(
  `fuzz soak: seed ${SEED}, ${N.toLocaleString('en')} inputs per decoder, ${decoders.length} decoders, ${corpus.length} vector seeds`,
);
let crashes = 0;
const t0 = Date.now();
for (const [name, decode] of decoders) {
  const own = corpus.filter((s) => {
    try {
      decode(s);
      return true;
    } catch {
      return false;
    }
  });
  const pool = own.length > 0 ? own : corpus;
  let ok = 0;
  let typed = 0;
  let crashed = 0;
  let sample = '';
  const start = Date.now();
  for (let i = 0; i < N; i++) {
    const input = mutate(pool[int(pool.length)] as Uint8Array, corpus);
    try {
      decode(input);
      ok++;
    } catch (error) {
      if (error instanceof StatuskitError) typed++;
      else {
        crashed++;
        if (sample === '')
          sample = `${(error as Error)?.name}: ${(error as Error)?.message} on ${Buffer.from(input).toString('hex').slice(0, 200)}`;
      }
    }
  }
  crashes += crashed;
  console.log(
    `${name.padEnd(44)} seeds ${String(own.length).padStart(4)}  inputs ${N}  decoded ${String(ok).padStart(8)}  typed errors ${String(typed).padStart(8)}  crashes ${crashed}  ${((Date.now() - start) / 1000).toFixed(1)} s`,
  );
  if (sample !== '') console.log(`  first crash: ${sample}`);
}
console.log(
  `fuzz soak: ${decoders.length} decoders × ${N} inputs, crashes ${crashes}, ${((Date.now() - t0) / 1000).toFixed(0)} s`,
);
process.exit(crashes === 0 ? 0 : 1);
