/**
 * @statuskit/crypto-fast/node: the fastest provider for Node. Everything of the isomorphic root entry
 * (libsecp256k1 and Keccak-256 in WebAssembly) plus SHA-256, HMAC, HKDF, PBKDF2, scrypt, AES-GCM,
 * AES-CTR and AES-ECB through `node:crypto` (OpenSSL, AES-NI). Node-only: never import it from code
 * that also runs in browsers.
 */
import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  randomFillSync,
  scrypt,
} from 'node:crypto';
import {
  assertBytes,
  type CryptoProvider,
  concatBytes,
  DecryptError,
  equalBytes,
  nobleCrypto,
  type StreamCipher,
} from '@statuskit/utils';
import { createFastCrypto } from '../provider.js';

/**
 * A `Uint8Array` over a Buffer's bytes. Buffers of a few KiB come from Node's shared pool, so their
 * `.buffer` holds unrelated bytes: those are copied; a Buffer that owns its memory is viewed as is.
 */
function u8(b: Uint8Array): Uint8Array {
  return b.byteOffset === 0 && b.byteLength === b.buffer.byteLength
    ? new Uint8Array(b.buffer, 0, b.byteLength)
    : new Uint8Array(b);
}

function aesName(key: Uint8Array, mode: 'gcm' | 'ctr' | 'ecb'): string {
  if (key.length !== 16 && key.length !== 24 && key.length !== 32)
    throw new RangeError('key must be 16, 24 or 32 bytes');
  return `aes-${key.length * 8}-${mode}`;
}

/** A persistent OpenSSL CTR context: the key schedule is built once per stream, not per call. */
function ctrStream(key: Uint8Array, iv: Uint8Array): StreamCipher {
  assertBytes(iv, 16, 'iv');
  const cipher = createCipheriv(aesName(key, 'ctr'), key, iv);
  return { update: (data) => u8(cipher.update(data)) };
}

/**
 * AES-ECB single-block encryption with the last few key schedules cached: the RLPx MAC encrypts one
 * block per frame header and per frame body, always under the same MAC secret.
 */
function blockEncryptor(): (key: Uint8Array, block: Uint8Array) => Uint8Array {
  const cache: { key: Uint8Array; cipher: ReturnType<typeof createCipheriv> }[] = [];
  return (key, block) => {
    assertBytes(block, 16, 'block');
    let entry = cache.find((c) => equalBytes(c.key, key));
    if (!entry) {
      const cipher = createCipheriv(aesName(key, 'ecb'), key, null).setAutoPadding(false);
      entry = { key: key.slice(), cipher };
      cache.unshift(entry);
      if (cache.length > 8) cache.pop();
    }
    return u8(entry.cipher.update(block));
  };
}

/** The node:crypto half: hashes, KDFs and ciphers. secp256k1 and Keccak stay with the base. */
export function nodeCiphers(base: CryptoProvider = nobleCrypto): CryptoProvider {
  const sha256 = (data: Uint8Array) => u8(createHash('sha256').update(data).digest());
  return {
    ...base,
    name: 'node',
    randomBytes: (length) => randomFillSync(new Uint8Array(length)),
    sha256,
    hmacSha256: (key, data) => u8(createHmac('sha256', key).update(data).digest()),
    hkdfSha256: (ikm, salt, info, length) =>
      // RFC 5869 §2.2: an absent salt is HashLen zero bytes, which HMAC treats like an empty key.
      new Uint8Array(hkdfSync('sha256', ikm, salt ?? new Uint8Array(0), info, length)),
    pbkdf2Sha256: (password, salt, iterations, length) =>
      u8(pbkdf2Sync(password, salt, iterations, length, 'sha256')),
    pbkdf2Sha256Async: (password, salt, iterations, length) =>
      new Promise((resolve, reject) =>
        pbkdf2(password, salt, iterations, length, 'sha256', (err, key) =>
          err ? reject(err) : resolve(u8(key)),
        ),
      ),
    scryptAsync: (password, salt, { N, r, p, dkLen }) =>
      new Promise((resolve, reject) =>
        // OpenSSL refuses parameters needing more than `maxmem` (default 32 MiB): allow what they need.
        scrypt(password, salt, dkLen, { N, r, p, maxmem: 256 * N * r * p + (1 << 24) }, (err, key) =>
          err ? reject(err) : resolve(u8(key)),
        ),
      ),
    concatKdfSha256(z, s1, length) {
      const out = new Uint8Array(length);
      const counter = new Uint8Array(4);
      const view = new DataView(counter.buffer);
      for (let i = 1, o = 0; o < length; i++, o += 32) {
        view.setUint32(0, i);
        const block = createHash('sha256').update(counter).update(z).update(s1).digest();
        out.set(block.subarray(0, Math.min(32, length - o)), o);
      }
      return out;
    },
    aesGcmEncrypt(key, nonce, plaintext, aad) {
      const c = createCipheriv(aesName(key, 'gcm') as 'aes-256-gcm', key, nonce);
      if (aad) c.setAAD(aad);
      const body = c.update(plaintext);
      const tail = c.final();
      return concatBytes(body, tail, c.getAuthTag());
    },
    aesGcmDecrypt(key, nonce, ciphertext, aad) {
      if (ciphertext.length < 16) throw new DecryptError('AES-GCM authentication failed');
      const d = createDecipheriv(aesName(key, 'gcm') as 'aes-256-gcm', key, nonce);
      if (aad) d.setAAD(aad);
      d.setAuthTag(ciphertext.subarray(ciphertext.length - 16));
      const body = d.update(ciphertext.subarray(0, ciphertext.length - 16));
      try {
        return concatBytes(body, d.final());
      } catch (cause) {
        throw new DecryptError('AES-GCM authentication failed', { cause });
      }
    },
    aesCtr: (key, iv, data) => ctrStream(key, iv).update(data),
    createAesCtr: (key, iv) => ctrStream(key, iv),
    aesEncryptBlock: blockEncryptor(),
  };
}

/**
 * The fast provider for Node: WebAssembly secp256k1 and Keccak-256 on top of {@link nodeCiphers}.
 * Byte-identical to `nobleCrypto` (the same vectors and differential tests run on both).
 * @example
 * const crypto = await createNodeCrypto();
 * const client = await createClient({ crypto, ... });
 */
export function createNodeCrypto(): Promise<CryptoProvider> {
  return createFastCrypto({ base: nodeCiphers(), name: 'node+wasm' });
}

export { createFastCrypto, type FastCryptoOptions } from '../provider.js';
