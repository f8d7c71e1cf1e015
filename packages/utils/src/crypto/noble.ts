import { unsafe as aesInternals, ctr, ecb, gcm } from '@noble/ciphers/aes.js';
import { secp256k1 } from '@noble/curves/secp256k1.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac } from '@noble/hashes/hmac.js';
import { pbkdf2, pbkdf2Async } from '@noble/hashes/pbkdf2.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { randomBytes } from '@noble/hashes/utils.js';
import { assertBytes, bytesToBigInt, concatBytes } from '../bytes.js';
import { CryptoError, DecryptError, SignatureError } from '../errors.js';
import type { CryptoProvider, StreamCipher, StreamingHash } from './provider.js';

/** The secp256k1 group order, a literal so that importing any utils export never runs noble. */
const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;

type NobleHash = ReturnType<typeof keccak_256.create>;

class KeccakStream implements StreamingHash {
  constructor(private readonly h: NobleHash = keccak_256.create()) {}
  update(data: Uint8Array): this {
    this.h.update(data);
    return this;
  }
  digest(): Uint8Array {
    return this.h.clone().digest();
  }
  clone(): StreamingHash {
    return new KeccakStream(this.h.clone());
  }
}

/**
 * A continuing AES-CTR keystream. The key schedule is expanded once per stream (RLPx runs one stream
 * per direction for the whole session); noble's internal `ctrCounter` advances the 16-byte big-endian
 * counter block in place, wrapping at 2^128 like Go's cipher.NewCTR. @noble/ciphers is pinned exactly
 * because `unsafe` is not a stable API.
 */
class AesCtrStream implements StreamCipher {
  readonly #xk: Uint32Array;
  readonly #counter: Uint8Array;
  #keystream: Uint8Array = new Uint8Array(0); // unused keystream bytes of the current block
  constructor(key: Uint8Array, iv: Uint8Array) {
    this.#xk = aesInternals.expandKeyLE(key);
    this.#counter = iv.slice();
  }
  update(data: Uint8Array): Uint8Array {
    const out = new Uint8Array(data.length);
    let i = 0;
    // Use up leftover keystream from a previous partial block.
    const carried = Math.min(data.length, this.#keystream.length);
    for (; i < carried; i++) out[i] = (data[i] as number) ^ (this.#keystream[i] as number);
    this.#keystream = this.#keystream.subarray(carried);
    const rest = data.length - i;
    if (rest === 0) return out;
    const blocks = Math.ceil(rest / 16);
    // Encrypting zeros yields the keystream; ctrCounter advances the counter by `blocks`.
    const stream = aesInternals.ctrCounter(this.#xk, this.#counter, new Uint8Array(blocks * 16));
    for (let j = 0; j < rest; j++) out[i + j] = (data[i + j] as number) ^ (stream[j] as number);
    this.#keystream = stream.subarray(rest);
    return out;
  }
}

function point(publicKey: Uint8Array): InstanceType<typeof secp256k1.Point> {
  assertBytes(publicKey, undefined, 'publicKey');
  const bytes = publicKey.length === 64 ? concatBytes(Uint8Array.of(4), publicKey) : publicKey;
  if (bytes.length !== 33 && bytes.length !== 65)
    throw new CryptoError('public key must be 33, 64 or 65 bytes');
  try {
    const p = secp256k1.Point.fromBytes(bytes);
    p.assertValidity();
    return p;
  } catch (cause) {
    throw new CryptoError('invalid secp256k1 public key', { cause });
  }
}

function checkPrivate(privateKey: Uint8Array): void {
  assertBytes(privateKey, 32, 'privateKey');
  const d = bytesToBigInt(privateKey);
  if (d === 0n || d >= N) throw new CryptoError('invalid secp256k1 private key');
}

/** The default provider: @noble/hashes, @noble/ciphers and @noble/curves. */
export const nobleCrypto: CryptoProvider = {
  name: 'noble',
  randomBytes: (length) => randomBytes(length),
  keccak256: (data) => keccak_256(data),
  createKeccak256: () => new KeccakStream(),
  sha256: (data) => sha256(data),
  hmacSha256: (key, data) => hmac(sha256, key, data),
  hkdfSha256: (ikm, salt, info, length) => hkdf(sha256, ikm, salt, info, length),
  pbkdf2Sha256: (password, salt, c, dkLen) => pbkdf2(sha256, password, salt, { c, dkLen }),
  pbkdf2Sha256Async: (password, salt, c, dkLen) => pbkdf2Async(sha256, password, salt, { c, dkLen }),
  // scrypt only opens keystores: imported on first use, so it stays out of a bundle's first chunk.
  scryptAsync: async (password, salt, { N: n, r, p, dkLen }) =>
    (await import('@noble/hashes/scrypt.js')).scryptAsync(password, salt, { N: n, r, p, dkLen }),
  concatKdfSha256(z, s1, length) {
    const out = new Uint8Array(length);
    const ctrBytes = new Uint8Array(4);
    const view = new DataView(ctrBytes.buffer);
    for (let counter = 1, o = 0; o < length; counter++, o += 32) {
      view.setUint32(0, counter);
      const block = sha256(concatBytes(ctrBytes, z, s1));
      out.set(block.subarray(0, Math.min(32, length - o)), o);
    }
    return out;
  },
  aesGcmEncrypt: (key, nonce, plaintext, aad) => gcm(key, nonce, aad).encrypt(plaintext),
  aesGcmDecrypt(key, nonce, ciphertext, aad) {
    try {
      return gcm(key, nonce, aad).decrypt(ciphertext);
    } catch (cause) {
      throw new DecryptError('AES-GCM authentication failed', { cause });
    }
  },
  aesCtr: (key, iv, data) => ctr(key, iv).encrypt(data),
  createAesCtr: (key, iv) => {
    assertBytes(iv, 16, 'iv');
    if (![16, 24, 32].includes(key.length)) throw new RangeError('key must be 16, 24 or 32 bytes');
    return new AesCtrStream(key, iv);
  },
  aesEncryptBlock: (key, block) => {
    assertBytes(block, 16, 'block');
    return ecb(key, { disablePadding: true }).encrypt(block);
  },
  secp256k1GeneratePrivateKey: () => secp256k1.utils.randomSecretKey(),
  secp256k1IsValidPrivateKey: (privateKey) => {
    try {
      checkPrivate(privateKey);
      return true;
    } catch {
      return false;
    }
  },
  secp256k1PublicKey(privateKey, compressed = false) {
    checkPrivate(privateKey);
    return secp256k1.getPublicKey(privateKey, compressed);
  },
  secp256k1IsValidPublicKey(publicKey) {
    try {
      point(publicKey);
      return true;
    } catch {
      return false;
    }
  },
  secp256k1Compress: (publicKey) => point(publicKey).toBytes(true),
  secp256k1Decompress: (publicKey) => point(publicKey).toBytes(false),
  secp256k1Ecdh(privateKey, publicKey) {
    checkPrivate(privateKey);
    const shared = point(publicKey).multiply(bytesToBigInt(privateKey));
    return shared.toBytes(true).subarray(1);
  },
  secp256k1Sign(digest32, privateKey) {
    assertBytes(digest32, 32, 'digest32');
    checkPrivate(privateKey);
    // noble's 'recovered' format is rec ‖ R ‖ S; go-ethereum's is R ‖ S ‖ V.
    const sig = secp256k1.sign(digest32, privateKey, { prehash: false, lowS: true, format: 'recovered' });
    return concatBytes(sig.subarray(1, 65), sig.subarray(0, 1));
  },
  secp256k1Recover(digest32, signature65) {
    assertBytes(digest32, 32, 'digest32');
    assertBytes(signature65, 65, 'signature65');
    const v = signature65[64] as number;
    if (v > 1) throw new SignatureError('signature recovery id must be 0 or 1');
    try {
      const sig = concatBytes(Uint8Array.of(v), signature65.subarray(0, 64));
      return secp256k1.Point.fromBytes(secp256k1.recoverPublicKey(sig, digest32, { prehash: false })).toBytes(
        false,
      );
    } catch (cause) {
      throw new SignatureError('no public key can be recovered from the signature', { cause });
    }
  },
  secp256k1Verify(digest32, signature, publicKey) {
    assertBytes(digest32, 32, 'digest32');
    assertBytes(signature, undefined, 'signature');
    if (signature.length !== 64 && signature.length !== 65) return false;
    try {
      return secp256k1.verify(signature.subarray(0, 64), digest32, point(publicKey).toBytes(false), {
        prehash: false,
        lowS: true,
      });
    } catch {
      return false;
    }
  },
};
