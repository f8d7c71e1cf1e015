import {
  assertBytes,
  CryptoError,
  type CryptoProvider,
  concatBytes,
  nobleCrypto,
  SignatureError,
} from '@statuskit/utils';
import { loadKeccakWasm } from './keccak-wasm.js';
import { loadSecp256k1Wasm, type Secp256k1Wasm } from './secp256k1-wasm.js';

/** Options of {@link createFastCrypto}. */
export interface FastCryptoOptions {
  /**
   * The provider whose hashes, KDFs and ciphers are kept (the root entry replaces only secp256k1 and
   * Keccak). Defaults to {@link nobleCrypto}; the `./node` entry passes its node:crypto provider.
   */
  base?: CryptoProvider;
  /** Name for logs and benches; defaults to `wasm` (or `<base>+wasm` with a base). */
  name?: string;
}

/** A 33/65-byte key from a 33, 64 (node id) or 65-byte input, as the noble provider accepts them. */
function keyBytes(publicKey: Uint8Array): Uint8Array {
  assertBytes(publicKey, undefined, 'publicKey');
  if (publicKey.length === 64) return concatBytes(Uint8Array.of(4), publicKey);
  if (publicKey.length !== 33 && publicKey.length !== 65)
    throw new CryptoError('public key must be 33, 64 or 65 bytes');
  return publicKey;
}

function secp256k1Methods(w: Secp256k1Wasm, base: CryptoProvider) {
  const checkPrivate = (privateKey: Uint8Array): void => {
    assertBytes(privateKey, 32, 'privateKey');
    if (!w.isValidSecret(privateKey)) throw new CryptoError('invalid secp256k1 private key');
  };
  const reformat = (publicKey: Uint8Array, compressed: boolean): Uint8Array => {
    const out = w.serialize(keyBytes(publicKey), compressed);
    if (!out) throw new CryptoError('invalid secp256k1 public key');
    return out;
  };
  return {
    secp256k1GeneratePrivateKey(): Uint8Array {
      // Rejection sampling, as noble does: a uniformly random 32-byte string is out of [1, n-1]
      // with probability about 2^-128.
      for (;;) {
        const d = base.randomBytes(32);
        if (w.isValidSecret(d)) return d;
      }
    },
    secp256k1IsValidPrivateKey: (privateKey: Uint8Array): boolean =>
      privateKey instanceof Uint8Array && privateKey.length === 32 && w.isValidSecret(privateKey),
    secp256k1PublicKey(privateKey: Uint8Array, compressed = false): Uint8Array {
      checkPrivate(privateKey);
      const out = w.publicKey(privateKey, compressed);
      if (!out) throw new CryptoError('invalid secp256k1 private key');
      return out;
    },
    secp256k1IsValidPublicKey(publicKey: Uint8Array): boolean {
      try {
        return w.isValidPoint(keyBytes(publicKey));
      } catch {
        return false;
      }
    },
    secp256k1Compress: (publicKey: Uint8Array): Uint8Array => reformat(publicKey, true),
    secp256k1Decompress: (publicKey: Uint8Array): Uint8Array => reformat(publicKey, false),
    secp256k1Ecdh(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
      checkPrivate(privateKey);
      const out = w.ecdhX(privateKey, keyBytes(publicKey));
      if (!out) throw new CryptoError('invalid secp256k1 public key');
      return out;
    },
    secp256k1Sign(digest32: Uint8Array, privateKey: Uint8Array): Uint8Array {
      assertBytes(digest32, 32, 'digest32');
      checkPrivate(privateKey);
      const sig = w.sign(digest32, privateKey);
      if (!sig) throw new CryptoError('invalid secp256k1 private key');
      const out = new Uint8Array(65);
      out.set(sig.rs);
      out[64] = sig.recid;
      return out;
    },
    secp256k1Recover(digest32: Uint8Array, signature65: Uint8Array): Uint8Array {
      assertBytes(digest32, 32, 'digest32');
      assertBytes(signature65, 65, 'signature65');
      const v = signature65[64] as number;
      if (v > 1) throw new SignatureError('signature recovery id must be 0 or 1');
      const out = w.recover(digest32, signature65.subarray(0, 64), v);
      if (!out) throw new SignatureError('no public key can be recovered from the signature');
      return out;
    },
    secp256k1Verify(digest32: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean {
      assertBytes(digest32, 32, 'digest32');
      assertBytes(signature, undefined, 'signature');
      if (signature.length !== 64 && signature.length !== 65) return false;
      let key: Uint8Array;
      try {
        key = keyBytes(publicKey);
      } catch {
        return false;
      }
      return w.verify(digest32, signature.subarray(0, 64), key);
    },
  };
}

/**
 * A {@link CryptoProvider} with secp256k1 (libsecp256k1) and Keccak-256 in WebAssembly, byte-identical
 * to `nobleCrypto`. Runs in Node, browsers, web workers and MV3 service workers; asynchronous only
 * because WebAssembly compiles asynchronously (browsers refuse large synchronous compiles on the main
 * thread). Create it once and pass it wherever statuskit takes `crypto`.
 *
 * @example
 * const crypto = await createFastCrypto();
 * const node = createWhisperNode({ crypto, ... });
 * @throws Error when WebAssembly is unavailable or refused by the page's CSP
 *   (`script-src 'wasm-unsafe-eval'` is needed).
 */
export async function createFastCrypto(options: FastCryptoOptions = {}): Promise<CryptoProvider> {
  const base = options.base ?? nobleCrypto;
  const [secp, keccak] = await Promise.all([loadSecp256k1Wasm(base.randomBytes(32)), loadKeccakWasm()]);
  return {
    ...base,
    name: options.name ?? (options.base ? `${base.name}+wasm` : 'wasm'),
    keccak256: keccak.keccak256,
    createKeccak256: keccak.createKeccak256,
    ...secp256k1Methods(secp, base),
  };
}
