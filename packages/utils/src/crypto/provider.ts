/**
 * The `CryptoProvider` contract: every hash, KDF, cipher and secp256k1 operation statuskit performs
 * goes through one of these, so a faster implementation (WASM, native) can be plugged in. The default
 * is {@link nobleCrypto} (audited @noble libraries, pure JS, runs everywhere). Any other provider must
 * give byte-identical results; the same vectors run against both.
 *
 * Conventions (STATUS-V1-FACTS §0.2):
 * - keccak256 is legacy Keccak-256 (0x01 padding), not FIPS SHA3-256.
 * - Public keys are 65-byte uncompressed `04‖X‖Y` unless a name says compressed (33 bytes).
 * - Signatures are 65 bytes `R‖S‖V`, V ∈ {0,1}, RFC 6979 deterministic nonces, low S.
 * - ECDH returns the 32-byte X coordinate of `priv·Pub`.
 */

/** An incremental hash whose state can be copied (RLPx MACs digest a running state). */
export interface StreamingHash {
  update(data: Uint8Array): this;
  /** The digest of everything so far; the hash stays usable. */
  digest(): Uint8Array;
  /** An independent copy of the current state. */
  clone(): StreamingHash;
}

/** A stateful AES-CTR keystream: successive `update` calls continue the same stream. */
export interface StreamCipher {
  /** Any length; returns a new array the caller owns (callers keep views into it). */
  update(data: Uint8Array): Uint8Array;
}

/** Every primitive statuskit needs. All inputs and outputs are `Uint8Array`. */
export interface CryptoProvider {
  /** Name for logs and benches, e.g. `noble`. */
  readonly name: string;

  randomBytes(length: number): Uint8Array;

  keccak256(data: Uint8Array): Uint8Array;
  createKeccak256(): StreamingHash;
  sha256(data: Uint8Array): Uint8Array;
  hmacSha256(key: Uint8Array, data: Uint8Array): Uint8Array;
  /** RFC 5869 HKDF-SHA256. */
  hkdfSha256(ikm: Uint8Array, salt: Uint8Array | undefined, info: Uint8Array, length: number): Uint8Array;
  /** PBKDF2-HMAC-SHA256. Slow by design: prefer the async form off the critical path. */
  pbkdf2Sha256(password: Uint8Array, salt: Uint8Array, iterations: number, length: number): Uint8Array;
  pbkdf2Sha256Async(
    password: Uint8Array,
    salt: Uint8Array,
    iterations: number,
    length: number,
  ): Promise<Uint8Array>;
  /** scrypt (RFC 7914), async so it can yield to the event loop. */
  scryptAsync(
    password: Uint8Array,
    salt: Uint8Array,
    params: { N: number; r: number; p: number; dkLen: number },
  ): Promise<Uint8Array>;
  /**
   * NIST SP 800-56 concatenation KDF with SHA-256 as go-ethereum's ECIES uses it:
   * `SHA256(BE32(counter) ‖ z ‖ s1)` for counter = 1, 2, …, truncated to `length` (§2.1).
   */
  concatKdfSha256(z: Uint8Array, s1: Uint8Array, length: number): Uint8Array;

  /** AES-GCM with a 16-byte tag appended to the ciphertext. Key 16, 24 or 32 bytes. */
  aesGcmEncrypt(key: Uint8Array, nonce: Uint8Array, plaintext: Uint8Array, aad?: Uint8Array): Uint8Array;
  /** @throws DecryptError when the tag does not verify. */
  aesGcmDecrypt(key: Uint8Array, nonce: Uint8Array, ciphertext: Uint8Array, aad?: Uint8Array): Uint8Array;
  /** One-shot AES-CTR with a 16-byte big-endian counter block `iv` (encrypt = decrypt). */
  aesCtr(key: Uint8Array, iv: Uint8Array, data: Uint8Array): Uint8Array;
  /** A continuing AES-CTR stream starting at counter block `iv`. */
  createAesCtr(key: Uint8Array, iv: Uint8Array): StreamCipher;
  /** AES-ECB encryption of one 16-byte block (the RLPx MAC update uses it). */
  aesEncryptBlock(key: Uint8Array, block: Uint8Array): Uint8Array;

  /** A new random secp256k1 private key (32 bytes, in [1, n-1]). */
  secp256k1GeneratePrivateKey(): Uint8Array;
  /** True when `privateKey` is 32 bytes in [1, n-1]. */
  secp256k1IsValidPrivateKey(privateKey: Uint8Array): boolean;
  /** Public key of `privateKey`, uncompressed (65 B) unless `compressed`. @throws CryptoError */
  secp256k1PublicKey(privateKey: Uint8Array, compressed?: boolean): Uint8Array;
  /** True when `publicKey` (33 or 65 bytes, or a 64-byte node id) is a point on the curve, not infinity. */
  secp256k1IsValidPublicKey(publicKey: Uint8Array): boolean;
  /** 33-byte compressed form of a 33/64/65-byte public key. @throws CryptoError */
  secp256k1Compress(publicKey: Uint8Array): Uint8Array;
  /** 65-byte uncompressed form of a 33/64/65-byte public key. @throws CryptoError */
  secp256k1Decompress(publicKey: Uint8Array): Uint8Array;
  /** X coordinate (32 B) of `privateKey·publicKey`. @throws CryptoError on an invalid key. */
  secp256k1Ecdh(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array;
  /** 65-byte `R‖S‖V` (V ∈ {0,1}) signature of a 32-byte digest, RFC 6979, low S. */
  secp256k1Sign(digest32: Uint8Array, privateKey: Uint8Array): Uint8Array;
  /**
   * The uncompressed public key that produced a 65-byte `R‖S‖V` signature over `digest32`.
   * @throws SignatureError when V is not 0/1 or no key can be recovered.
   */
  secp256k1Recover(digest32: Uint8Array, signature65: Uint8Array): Uint8Array;
  /** Verifies a 64-byte `R‖S` (or 65-byte, V ignored) signature; rejects high S. */
  secp256k1Verify(digest32: Uint8Array, signature: Uint8Array, publicKey: Uint8Array): boolean;
}
