/**
 * libsecp256k1 (bitcoin-core) in WebAssembly, driven through its documented C API (`secp256k1.h`,
 * `secp256k1_recovery.h`). The binary is @solar-republic/wasm-secp256k1's emscripten build, inlined
 * as base64 (src/gen) and instantiated from bytes: no `fetch`, no `eval`; a page or an extension
 * needs `'wasm-unsafe-eval'` in its `script-src` CSP (MV3's default extension CSP allows it).
 *
 * Memory: one context and fixed scratch buffers are allocated once; every call copies its inputs in,
 * calls one or two C functions and copies the result out. Secret inputs are zeroed after use.
 *
 * Semantics chosen to match the noble provider byte for byte (STATUS-V1-FACTS §0.2):
 * - signatures: `secp256k1_ecdsa_sign_recoverable` with `noncefp = NULL, ndata = NULL`, i.e. plain
 *   RFC 6979 with no extra entropy, low S (libsecp256k1 always normalises);
 * - ECDH: the X coordinate of `d·P`. libsecp256k1's own ECDH module hashes the point and its hash
 *   callback cannot be supplied from JS (the function table is not exported), so the point is computed
 *   with `secp256k1_ec_pubkey_tweak_mul`. That path is not constant-time in the scalar (see README).
 * - public keys: only `02`/`03` (33 B) and `04` (65 B) prefixes; libsecp256k1 would also accept the
 *   "hybrid" `06`/`07` encodings, which noble and go-ethereum reject, so they are refused before parsing.
 */
import { SECP256K1_WASM_BASE64 } from './gen/secp256k1-wasm.js';

/**
 * The slice of the WebAssembly JS API used here, typed locally: isomorphic packages compile without
 * the DOM and Node type libraries, which are where TypeScript declares `WebAssembly`.
 */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
}
type WasmImports = Record<string, Record<string, (...args: number[]) => number>>;
interface WasmApi {
  instantiate(
    bytes: Uint8Array,
    imports: WasmImports,
  ): Promise<{ instance: { exports: Record<string, unknown> } }>;
}
const wasmApi = (): WasmApi => {
  const api = (globalThis as { WebAssembly?: WasmApi }).WebAssembly;
  if (!api) throw new Error('secp256k1 wasm: WebAssembly is not available here');
  return api;
};

/** The libsecp256k1 functions the build exports, under the minified names of that exact build. */
interface Exports {
  memory: WasmMemory;
  init(): void;
  malloc(size: number): number;
  contextCreate(flags: number): number;
  contextRandomize(ctx: number, seed32: number): number;
  pubkeyParse(ctx: number, pubkey: number, input: number, inputLen: number): number;
  pubkeySerialize(ctx: number, output: number, outputLen: number, pubkey: number, flags: number): number;
  pubkeyCreate(ctx: number, pubkey: number, seckey: number): number;
  pubkeyTweakMul(ctx: number, pubkey: number, tweak32: number): number;
  seckeyVerify(ctx: number, seckey: number): number;
  signatureParseCompact(ctx: number, sig: number, input64: number): number;
  verify(ctx: number, sig: number, msg32: number, pubkey: number): number;
  recoverableParseCompact(ctx: number, sig: number, input64: number, recid: number): number;
  recoverableSerializeCompact(ctx: number, output64: number, recid: number, sig: number): number;
  signRecoverable(
    ctx: number,
    sig: number,
    msg32: number,
    seckey: number,
    noncefp: number,
    ndata: number,
  ): number;
  recover(ctx: number, pubkey: number, sig: number, msg32: number): number;
}

// secp256k1.h flag values.
const CONTEXT_NONE = 1;
const EC_COMPRESSED = (1 << 1) | (1 << 8);
const EC_UNCOMPRESSED = 1 << 1;

function decodeBase64(b64: string): Uint8Array {
  const bin = atob(b64);
  const out = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) out[i] = bin.charCodeAt(i);
  return out;
}

/** The operations the provider needs; inputs are validated by the caller unless stated. */
export interface Secp256k1Wasm {
  /** 1 when `seckey` (32 B) is in [1, n-1]. */
  isValidSecret(seckey: Uint8Array): boolean;
  /** Parses a 33/65-byte key with a 02/03/04 prefix; false when not a valid point. */
  isValidPoint(publicKey: Uint8Array): boolean;
  /** Re-serialises a valid 33/65-byte key; undefined when invalid. */
  serialize(publicKey: Uint8Array, compressed: boolean): Uint8Array | undefined;
  /** Public key of a valid secret; undefined when invalid. */
  publicKey(seckey: Uint8Array, compressed: boolean): Uint8Array | undefined;
  /** X coordinate of `seckey·publicKey`; undefined when either is invalid. */
  ecdhX(seckey: Uint8Array, publicKey: Uint8Array): Uint8Array | undefined;
  /** 64-byte R‖S and recovery id; undefined when the secret is invalid. */
  sign(digest32: Uint8Array, seckey: Uint8Array): { rs: Uint8Array; recid: number } | undefined;
  /** Uncompressed public key; undefined when nothing can be recovered. */
  recover(digest32: Uint8Array, rs64: Uint8Array, recid: number): Uint8Array | undefined;
  /** libsecp256k1 verification (rejects high S and r, s out of range). */
  verify(digest32: Uint8Array, rs64: Uint8Array, publicKey: Uint8Array): boolean;
}

/** Imports of the emscripten build (abort, heap resize and three WASI stubs it never needs here). */
function imports(): WasmImports {
  const fail = (what: string) => () => {
    throw new Error(`secp256k1 wasm: ${what}`);
  };
  return {
    a: {
      a: () => 0, // fd_write: the library only writes from its abort path
      b: fail('out of memory'),
      c: () => 70, // fd_seek: ESPIPE
      d: () => 52, // fd_close: ENOSYS
      e: fail('abort'),
    },
  };
}

/**
 * Instantiates the WASM and returns the bound operations. `seed32` randomises the context once
 * (libsecp256k1's blinding of its generator multiplication against side channels).
 */
export async function loadSecp256k1Wasm(seed32: Uint8Array): Promise<Secp256k1Wasm> {
  const { instance } = await wasmApi().instantiate(decodeBase64(SECP256K1_WASM_BASE64), imports());
  const e = instance.exports as Record<string, unknown>;
  const fn = (name: string) => e[name] as (...args: number[]) => number;
  const x: Exports = {
    memory: e['f'] as WasmMemory,
    init: fn('g'),
    malloc: fn('h'),
    contextCreate: fn('j'),
    pubkeyParse: fn('k'),
    pubkeySerialize: fn('l'),
    signatureParseCompact: fn('m'),
    verify: fn('n'),
    seckeyVerify: fn('o'),
    pubkeyCreate: fn('p'),
    pubkeyTweakMul: fn('t'),
    contextRandomize: fn('u'),
    recoverableParseCompact: fn('w'),
    recoverableSerializeCompact: fn('x'),
    signRecoverable: fn('y'),
    recover: fn('z'),
  };
  x.init();
  const ctx = x.contextCreate(CONTEXT_NONE);
  // Scratch: opaque structs (pubkey 64, signature 64, recoverable signature 65) and byte buffers.
  const pPub = x.malloc(64);
  const pSig = x.malloc(72);
  const pKey = x.malloc(32);
  const pMsg = x.malloc(32);
  const pIn = x.malloc(72); // 65-byte keys or 64-byte signatures
  const pOut = x.malloc(72);
  const pLen = x.malloc(4);
  const pRecid = x.malloc(4);
  // The heap never grows (resize aborts), so one view stays valid.
  const heap = new Uint8Array(x.memory.buffer);
  const lenView = new DataView(x.memory.buffer, pLen, 4);

  heap.set(seed32, pKey);
  const randomized = x.contextRandomize(ctx, pKey);
  heap.fill(0, pKey, pKey + 32);
  if (randomized !== 1) throw new Error('secp256k1 wasm: context randomisation failed');

  const withSecret = <T>(seckey: Uint8Array, f: () => T): T => {
    heap.set(seckey, pKey);
    try {
      return f();
    } finally {
      heap.fill(0, pKey, pKey + 32);
    }
  };
  const parse = (publicKey: Uint8Array): boolean => {
    const n = publicKey.length;
    const prefix = publicKey[0];
    if (n === 33 ? prefix !== 2 && prefix !== 3 : n !== 65 || prefix !== 4) return false;
    heap.set(publicKey, pIn);
    return x.pubkeyParse(ctx, pPub, pIn, n) === 1;
  };
  const serialize = (compressed: boolean): Uint8Array => {
    const n = compressed ? 33 : 65;
    lenView.setUint32(0, n, true);
    x.pubkeySerialize(ctx, pOut, pLen, pPub, compressed ? EC_COMPRESSED : EC_UNCOMPRESSED);
    return heap.slice(pOut, pOut + n);
  };

  const api: Secp256k1Wasm = {
    isValidSecret: (seckey) => withSecret(seckey, () => x.seckeyVerify(ctx, pKey) === 1),
    isValidPoint: (publicKey) => parse(publicKey),
    serialize: (publicKey, compressed) => (parse(publicKey) ? serialize(compressed) : undefined),
    publicKey: (seckey, compressed) =>
      withSecret(seckey, () => (x.pubkeyCreate(ctx, pPub, pKey) === 1 ? serialize(compressed) : undefined)),
    ecdhX(seckey, publicKey) {
      if (!parse(publicKey)) return undefined;
      return withSecret(seckey, () => {
        if (x.pubkeyTweakMul(ctx, pPub, pKey) !== 1) return undefined;
        return serialize(true).subarray(1);
      });
    },
    sign(digest32, seckey) {
      heap.set(digest32, pMsg);
      return withSecret(seckey, () => {
        if (x.signRecoverable(ctx, pSig, pMsg, pKey, 0, 0) !== 1) return undefined;
        x.recoverableSerializeCompact(ctx, pOut, pRecid, pSig);
        return { rs: heap.slice(pOut, pOut + 64), recid: heap[pRecid] as number };
      });
    },
    recover(digest32, rs64, recid) {
      heap.set(rs64, pIn);
      if (x.recoverableParseCompact(ctx, pSig, pIn, recid) !== 1) return undefined;
      heap.set(digest32, pMsg);
      if (x.recover(ctx, pPub, pSig, pMsg) !== 1) return undefined;
      return serialize(false);
    },
    verify(digest32, rs64, publicKey) {
      if (!parse(publicKey)) return false;
      heap.set(rs64, pIn);
      if (x.signatureParseCompact(ctx, pSig, pIn) !== 1) return false;
      heap.set(digest32, pMsg);
      return x.verify(ctx, pSig, pMsg, pPub) === 1;
    },
  };
  selfTest(api);
  return api;
}

/**
 * Known answers checked once at load, so a binary whose export names moved fails loudly instead of
 * computing garbage: 1·G is the generator G, and the ECDH of 1 with G is G's X coordinate.
 */
function selfTest(api: Secp256k1Wasm): void {
  const one = new Uint8Array(32);
  one[31] = 1;
  const g = api.publicKey(one, true);
  const gx = '79be667ef9dcbbac55a06295ce870b07029bfcdb2dce28d959f2815b16f81798';
  const hex = (b: Uint8Array | undefined) =>
    b ? Array.from(b, (v) => v.toString(16).padStart(2, '0')).join('') : '';
  if (hex(g) !== `02${gx}` || !g || hex(api.ecdhX(one, g)) !== gx)
    throw new Error('secp256k1 wasm: self-test failed');
}
