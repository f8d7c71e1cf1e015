/**
 * Proof of work exactly as go-ethereum 1.9 / status-go compute it (STATUS-V1-FACTS §3.4, §11.4):
 *
 *     short = RLP[Expiry, TTL, Topic, Data]
 *     h     = keccak256(short ‖ uint64_be(Nonce))     (8 raw bytes, not RLP)
 *     lz    = leading zero bits of h
 *     PoW   = 2^lz / len(short) / (TTL + diff)
 *
 * Sealing searches nonces 0, 1, 2, … for the first one whose `lz` reaches
 * `max(1, ceil(log2(target · (20 + len(Data)) · TTL)))`; note the target uses `size()`, not
 * `len(short)` (§13 #2). The search runs in slices and yields a macrotask between them, so it never
 * holds an event loop for long, stops at its time budget, and is abortable.
 */
import {
  AbortError,
  type Clock,
  type CryptoProvider,
  nobleCrypto,
  systemClock,
  throwIfAborted,
} from '@statuskit/utils';
import { ENVELOPE } from './constants.js';
import { type Envelope, encodeEnvelopeWithoutNonce, type UnsealedEnvelope } from './envelope.js';
import { PowTimeoutError } from './errors.js';

/** Number of leading zero bits of a big-endian byte string (`256 − bitlen` for a 32-byte hash). */
export function leadingZeroBits(hash: Uint8Array): number {
  let n = 0;
  for (const byte of hash) {
    if (byte === 0) {
      n += 8;
      continue;
    }
    return n + Math.clz32(byte) - 24;
  }
  return n;
}

function powHash(short: Uint8Array, nonce: bigint, crypto: CryptoProvider): Uint8Array {
  const buf = new Uint8Array(short.length + 8);
  buf.set(short);
  new DataView(buf.buffer).setBigUint64(short.length, nonce);
  return crypto.keccak256(buf);
}

/**
 * The PoW of an envelope (§3.4). `diff` is the extra seconds a receiver adds for an envelope sent
 * slightly in its future (`sent − now + 1`, §3.7); 0 otherwise.
 * @example computePow({ expiry: 0, ttl: 1, topic: new Uint8Array(4), data: fromHex('deadbeef'), nonce: 276n })
 */
export function computePow(envelope: Envelope, diff = 0, crypto: CryptoProvider = nobleCrypto): number {
  const short = encodeEnvelopeWithoutNonce(envelope);
  return powOf(short, envelope.nonce, envelope.ttl, diff, crypto);
}

/** The PoW from an already encoded `rlpWithoutNonce`. */
export function powOf(
  short: Uint8Array,
  nonce: bigint,
  ttl: number,
  diff = 0,
  crypto: CryptoProvider = nobleCrypto,
): number {
  const lz = leadingZeroBits(powHash(short, nonce, crypto));
  // Same operation order and float64 rounding as Go: x = 2^lz; x /= len; x /= ttl + diff (uint32).
  let x = 2 ** lz;
  x /= short.length;
  x /= (ttl + diff) >>> 0;
  return x;
}

/** Offset just past the RLP string item at `o` of `raw`, or -1 when it is not a string item in bounds. */
function skipString(raw: Uint8Array, o: number, end: number): number {
  if (o >= end) return -1;
  const b = raw[o] as number;
  if (b < 0x80) return o + 1;
  if (b <= 0xb7) return o + 1 + (b - 0x80);
  if (b <= 0xbf) {
    const ll = b - 0xb7;
    if (o + 1 + ll > end || ll > 4) return -1;
    let len = 0;
    for (let i = 0; i < ll; i++) len = len * 256 + (raw[o + 1 + i] as number);
    return o + 1 + ll + len;
  }
  return -1; // a list
}

/**
 * The PoW hash input `rlpWithoutNonce ‖ uint64_be(Nonce)` (§3.4) cut from the envelope's RLP bytes
 * as received: their items but the last under a new list header, then the nonce's bytes left-padded
 * to eight. One allocation and one copy, no decode and re-encode. Byte-identical to
 * `encodeEnvelopeWithoutNonce(decodeEnvelope(raw))` plus the nonce for every envelope
 * `decodeEnvelope` accepts (it admits canonical RLP only, and a canonical encoding is unique);
 * undefined when `raw` is not shaped like an envelope (the caller re-encodes instead).
 */
export function powInputOfRaw(raw: Uint8Array): { input: Uint8Array; shortLength: number } | undefined {
  return cutPowInput(raw, (n) => new Uint8Array(n));
}

/** Scratch space of {@link powOfRaw}: the hash input is garbage as soon as it is hashed. */
let scratch = new Uint8Array(0);
const SCRATCH_MAX = 64 * 1024;
function scratchOf(n: number): Uint8Array {
  if (n > SCRATCH_MAX) return new Uint8Array(n);
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, 2048));
  return scratch.subarray(0, n);
}

/** {@link powInputOfRaw} into a buffer from `alloc`, whose contents may be anything. */
function cutPowInput(
  raw: Uint8Array,
  alloc: (n: number) => Uint8Array,
): { input: Uint8Array; shortLength: number } | undefined {
  const b0 = raw[0];
  if (b0 === undefined || b0 < 0xc0) return undefined;
  let start = 1;
  let payload = b0 - 0xc0;
  if (b0 >= 0xf8) {
    const ll = b0 - 0xf7;
    if (ll > 4) return undefined;
    payload = 0;
    for (let i = 0; i < ll; i++) payload = payload * 256 + (raw[1 + i] as number);
    start = 1 + ll;
  }
  const end = raw.length;
  if (start + payload !== end) return undefined;
  let o = start;
  for (let i = 0; i < 4 && o >= 0; i++) o = skipString(raw, o, end);
  if (o < 0 || o >= end) return undefined;
  const nonceStart = o;
  if (skipString(raw, nonceStart, end) !== end) return undefined;
  const nb = raw[nonceStart] as number;
  const nonce = nb < 0x80 ? raw.subarray(nonceStart, end) : raw.subarray(nonceStart + 1, end);
  if (nonce.length > 8) return undefined;
  const items = nonceStart - start;
  const headerLength = items < 56 ? 1 : items < 0x100 ? 2 : items < 0x10000 ? 3 : items < 0x1000000 ? 4 : 5;
  const shortLength = headerLength + items;
  const input = alloc(shortLength + 8);
  input.fill(0, shortLength, shortLength + 8 - nonce.length);
  if (headerLength === 1) input[0] = 0xc0 + items;
  else {
    input[0] = 0xf7 + headerLength - 1;
    for (let i = headerLength - 1, v = items; i >= 1; i--, v = Math.floor(v / 256)) input[i] = v & 0xff;
  }
  input.set(raw.subarray(start, nonceStart), headerLength);
  input.set(nonce, shortLength + 8 - nonce.length);
  return { input, shortLength };
}

/**
 * The PoW of an envelope from its RLP bytes (see {@link powInputOfRaw}); undefined when `raw` is
 * not shaped like an envelope. `ttl` and `diff` as in {@link computePow}.
 */
export function powOfRaw(
  raw: Uint8Array,
  ttl: number,
  diff = 0,
  crypto: CryptoProvider = nobleCrypto,
): number | undefined {
  const cut = cutPowInput(raw, scratchOf);
  if (cut === undefined) return undefined;
  const lz = leadingZeroBits(crypto.keccak256(cut.input));
  let x = 2 ** lz;
  x /= cut.shortLength;
  x /= (ttl + diff) >>> 0;
  return x;
}

/** The leading zero bits `keccak256(short ‖ nonceBE)` has for `nonce` (§3.4). */
export function powLeadingZeroBits(envelope: Envelope, crypto: CryptoProvider = nobleCrypto): number {
  return leadingZeroBits(powHash(encodeEnvelopeWithoutNonce(envelope), envelope.nonce, crypto));
}

const F64 = new DataView(new ArrayBuffer(8));

/** Go's `math.Frexp` for a finite positive `x`: `x = frac · 2^exp`, `frac ∈ [0.5, 1)`. */
function frexp(x: number): [number, number] {
  let scale = 0;
  let v = x;
  if (v < 2 ** -1022) {
    v *= 2 ** 64; // subnormal: normalise first
    scale = -64;
  }
  F64.setFloat64(0, v);
  const hi = F64.getUint32(0);
  const exp = ((hi >>> 20) & 0x7ff) - 1022;
  F64.setUint32(0, (hi & 0x800fffff) | (1022 << 20));
  return [F64.getFloat64(0), exp + scale];
}

/** Go's `math.Log2`: exact for powers of two, `Log(frac)·(1/Ln2) + exp` otherwise. */
function goLog2(x: number): number {
  const [frac, exp] = frexp(x);
  if (frac === 0.5) return exp - 1;
  return Math.log(frac) * Math.LOG2E + exp;
}

/**
 * The sealing target in leading zero bits (go-ethereum `powToFirstBit`):
 * `max(1, ceil(log2(pow · (20 + dataLength) · ttl)))` (§3.4).
 * @example powTargetBits(0.002, 512, 15) // 4
 */
export function powTargetBits(pow: number, dataLength: number, ttl: number): number {
  if (!(pow > 0) || !Number.isFinite(pow)) throw new RangeError('pow must be a positive finite number');
  if (!Number.isInteger(dataLength) || dataLength < 0)
    throw new RangeError('dataLength must be a non-negative integer');
  if (!Number.isInteger(ttl) || ttl < 1) throw new RangeError('ttl must be a positive integer');
  let x = pow;
  x *= ENVELOPE.HEADER_LENGTH + dataLength; // size() = 20 + len(Data), not len(short) (§13 #2)
  x *= ttl;
  const bits = Math.ceil(goLog2(x));
  return Math.max(1, bits);
}

/** Resolves after one macrotask, so other tasks (I/O, timers, UI) run between PoW slices. */
export function yieldToEventLoop(): Promise<void> {
  const MC = (globalThis as { MessageChannel?: typeof MessageChannel }).MessageChannel;
  if (MC !== undefined) {
    return new Promise((resolve) => {
      const channel = new MC();
      channel.port1.addEventListener('message', () => {
        channel.port1.close();
        resolve();
      });
      channel.port1.start();
      channel.port2.postMessage(null);
    });
  }
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Options of {@link sealEnvelope}. */
export interface SealOptions {
  /**
   * The PoW target. 0 (default): no sealing, the nonce stays 0. Negative: work for the whole budget,
   * keep the best nonce, and add the budget (in whole seconds) to the expiry, as go-ethereum does.
   */
  powTarget?: number;
  /** Time budget in milliseconds (default 5000, the Status work time). */
  workTimeMs?: number;
  signal?: AbortSignal;
  /** Source of time for the budget (default the system clock). */
  clock?: Clock;
  crypto?: CryptoProvider;
  /** Nonces tried between two yields (default 1024). */
  sliceSize?: number;
  /** How to give the event loop back between slices (default: one macrotask). */
  yield?: () => Promise<void>;
}

/** A sealed envelope and the work it took. */
export interface SealResult {
  envelope: Envelope;
  /** Leading zero bits reached (0 when no sealing was asked). */
  leadingZeroBits: number;
  /** The target in bits (0 when no target). */
  targetBits: number;
  /** Nonces tried. */
  attempts: number;
}

/**
 * Finds the nonce for `envelope`: the first nonce counting from 0 whose hash reaches the target, as
 * go-ethereum's `Envelope.Seal` picks it.
 * @throws PowTimeoutError when the budget runs out before the target is reached.
 * @throws AbortError (or the signal's reason) when aborted.
 * @example const { envelope } = await sealEnvelope(unsealed, { powTarget: 0.002 });
 */
export async function sealEnvelope(
  envelope: UnsealedEnvelope,
  options: SealOptions = {},
): Promise<SealResult> {
  const powTarget = options.powTarget ?? 0;
  if (typeof powTarget !== 'number' || Number.isNaN(powTarget) || !Number.isFinite(powTarget)) {
    throw new RangeError('powTarget must be a finite number');
  }
  const workTimeMs = options.workTimeMs ?? 5000;
  if (!Number.isFinite(workTimeMs) || workTimeMs < 0) throw new RangeError('workTimeMs must be non-negative');
  const sliceSize = options.sliceSize ?? 1024;
  if (!Number.isInteger(sliceSize) || sliceSize < 1)
    throw new RangeError('sliceSize must be a positive integer');
  const crypto = options.crypto ?? nobleCrypto;
  const clock = options.clock ?? systemClock;
  const pause = options.yield ?? yieldToEventLoop;
  throwIfAborted(options.signal);
  if (powTarget === 0) {
    encodeEnvelopeWithoutNonce(envelope); // validates the fields
    return { envelope: { ...envelope, nonce: 0n }, leadingZeroBits: 0, targetBits: 0, attempts: 0 };
  }
  let unsealed = envelope;
  let target = 0;
  if (powTarget < 0) {
    unsealed = { ...envelope, expiry: envelope.expiry + Math.ceil(workTimeMs / 1000) };
  } else {
    target = powTargetBits(powTarget, envelope.data.length, envelope.ttl);
  }
  const short = encodeEnvelopeWithoutNonce(unsealed);
  const next = nonceHasher(short, crypto);
  const finish = clock.now() + workTimeMs;
  let best = 0;
  let bestNonce = 0n;
  let nonce = 0n;
  let attempts = 0;
  for (;;) {
    if (options.signal?.aborted) {
      const reason = options.signal.reason;
      throw reason instanceof Error ? reason : new AbortError(undefined, { cause: reason });
    }
    if (clock.now() >= finish) break;
    for (let i = 0; i < sliceSize; i++) {
      const lz = leadingZeroBits(next(nonce));
      attempts++;
      if (lz > best) {
        best = lz;
        bestNonce = nonce;
        if (target > 0 && best >= target) {
          return {
            envelope: { ...unsealed, nonce: bestNonce },
            leadingZeroBits: best,
            targetBits: target,
            attempts,
          };
        }
      }
      nonce++;
    }
    await pause();
  }
  if (target > 0) {
    throw new PowTimeoutError(`PoW target of ${target} bits not reached in ${workTimeMs} ms (best ${best})`);
  }
  return { envelope: { ...unsealed, nonce: bestNonce }, leadingZeroBits: best, targetBits: 0, attempts };
}

/**
 * A function hashing `short ‖ nonceBE8` for successive nonces. Long prefixes are absorbed once and
 * the sponge state is cloned per nonce (only the tail block is permuted again); short ones are
 * hashed in one go from a reused buffer.
 */
function nonceHasher(short: Uint8Array, crypto: CryptoProvider): (nonce: bigint) => Uint8Array {
  const RATE = 136; // keccak256 absorbs 136-byte blocks
  if (short.length >= 2 * RATE) {
    const cut = short.length - (short.length % RATE);
    const base = crypto.createKeccak256().update(short.subarray(0, cut));
    const tail = new Uint8Array(short.length - cut + 8);
    tail.set(short.subarray(cut));
    const view = new DataView(tail.buffer);
    return (nonce) => {
      view.setBigUint64(tail.length - 8, nonce);
      return base.clone().update(tail).digest();
    };
  }
  const buf = new Uint8Array(short.length + 8);
  buf.set(short);
  const view = new DataView(buf.buffer);
  return (nonce) => {
    view.setBigUint64(short.length, nonce);
    return crypto.keccak256(buf);
  };
}
