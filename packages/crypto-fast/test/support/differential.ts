/**
 * Differential property tests: a candidate provider against `nobleCrypto` on random inputs, one block
 * per primitive of the `CryptoProvider` contract. Outputs must be byte-identical; where noble throws,
 * the candidate must throw an error of the same `name` (or both return false for predicates).
 */
import { bigIntToBytes, bytesToBigInt, type CryptoProvider, nobleCrypto as noble } from '@statuskit/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const P = 0xfffffffffffffffffffffffffffffffffffffffffffffffffffffffefffffc2fn;

const bytes = (min: number, max: number) => fc.uint8Array({ minLength: min, maxLength: max });
/** Valid and edge-case scalars: random, 0, 1, n-1, n, n+1, 2^256-1. */
const scalar = fc.oneof(
  bytes(32, 32),
  fc.constantFrom(0n, 1n, N - 1n, N, N + 1n, 2n ** 256n - 1n).map((v) => bigIntToBytes(v, 32)),
);
const validPriv = bytes(32, 32).filter((k) => {
  const d = bytesToBigInt(k);
  return d > 0n && d < N;
});
const aesKey = fc.oneof(bytes(16, 16), bytes(24, 24), bytes(32, 32));

/** What a call did: its bytes / value, or the name of the error it threw. */
function outcome(f: () => unknown): unknown {
  try {
    const v = f();
    return v instanceof Uint8Array ? { bytes: Array.from(v) } : { value: v };
  } catch (err) {
    return { threw: (err as Error).name };
  }
}

/** Public keys in every form the contract accepts, plus mutations and malformed encodings. */
const publicKey = fc.oneof(
  validPriv.map((k) => noble.secp256k1PublicKey(k, false)),
  validPriv.map((k) => noble.secp256k1PublicKey(k, true)),
  validPriv.map((k) => noble.secp256k1PublicKey(k, false).subarray(1)),
  fc.tuple(validPriv, fc.nat(64), fc.integer({ min: 1, max: 255 })).map(([k, i, x]) => {
    const pk = noble.secp256k1PublicKey(k, false);
    pk[i % 65] = (pk[i % 65] as number) ^ x;
    return pk;
  }),
  // The "hybrid" 06/07 prefixes libsecp256k1 would parse and noble rejects.
  validPriv.map((k) => {
    const pk = noble.secp256k1PublicKey(k, false);
    pk[0] = 6 + ((pk[64] as number) & 1);
    return pk;
  }),
  // X at or above the field prime.
  fc.constantFrom(P, P + 1n, 2n ** 256n - 1n).map((x) => Uint8Array.of(2, ...bigIntToBytes(x, 32))),
  bytes(0, 70),
);

export function differentialSuite(label: string, load: () => Promise<CryptoProvider>): void {
  describe(`${label} is byte-identical to noble on random inputs`, () => {
    const runs = { numRuns: 60 };
    const same = (f: (c: CryptoProvider) => unknown, fast: CryptoProvider): void => {
      expect(outcome(() => f(fast))).toEqual(outcome(() => f(noble)));
    };

    it('keccak256 and streaming Keccak (chunks, clone, digest mid-stream)', async () => {
      const fast = await load();
      fc.assert(
        fc.property(bytes(0, 600), (d) => same((c) => c.keccak256(d), fast)),
        { numRuns: 200 },
      );
      fc.assert(
        fc.property(fc.array(bytes(0, 300), { maxLength: 8 }), bytes(0, 50), (chunks, extra) => {
          const run = (c: CryptoProvider) => {
            const h = c.createKeccak256();
            const digests: number[][] = [];
            for (const ch of chunks) digests.push(Array.from(h.update(ch).digest()));
            const copy = h.clone();
            // Interleave a one-shot hash and a second stream: state must not leak between users.
            c.keccak256(extra);
            const other = c.createKeccak256().update(extra);
            copy.update(extra);
            digests.push(Array.from(copy.digest()), Array.from(h.digest()), Array.from(other.digest()));
            return digests;
          };
          expect(run(fast)).toEqual(run(noble));
        }),
        runs,
      );
    });

    it('sha256, hmacSha256, hkdfSha256, concatKdfSha256', async () => {
      const fast = await load();
      fc.assert(
        fc.property(
          bytes(0, 300),
          bytes(0, 100),
          fc.option(bytes(0, 64), { nil: undefined }),
          fc.nat(300),
          (a, b, salt, n) => {
            same((c) => c.sha256(a), fast);
            same((c) => c.hmacSha256(b, a), fast);
            same((c) => c.hkdfSha256(a, salt, b, Math.min(n, 255 * 32)), fast);
            same((c) => c.concatKdfSha256(a, b, n), fast);
          },
        ),
        runs,
      );
    });

    it('pbkdf2Sha256 (sync and async) and scryptAsync', async () => {
      const fast = await load();
      await fc.assert(
        fc.asyncProperty(
          bytes(0, 40),
          bytes(0, 40),
          fc.integer({ min: 1, max: 40 }),
          fc.integer({ min: 1, max: 80 }),
          async (pw, salt, c, len) => {
            same((p) => p.pbkdf2Sha256(pw, salt, c, len), fast);
            expect(await fast.pbkdf2Sha256Async(pw, salt, c, len)).toEqual(
              await noble.pbkdf2Sha256Async(pw, salt, c, len),
            );
            const params = { N: 16, r: 1 + (c % 3), p: 1 + (len % 2), dkLen: len };
            expect(await fast.scryptAsync(pw, salt, params)).toEqual(
              await noble.scryptAsync(pw, salt, params),
            );
          },
        ),
        { numRuns: 15 },
      );
    });

    it('AES-GCM encrypt/decrypt (tampered input fails with DecryptError on both)', async () => {
      const fast = await load();
      fc.assert(
        fc.property(
          aesKey,
          bytes(12, 12),
          bytes(0, 300),
          fc.option(bytes(0, 40), { nil: undefined }),
          fc.nat(),
          (key, nonce, pt, aad, at) => {
            same((c) => c.aesGcmEncrypt(key, nonce, pt, aad), fast);
            const ct = noble.aesGcmEncrypt(key, nonce, pt, aad);
            same((c) => c.aesGcmDecrypt(key, nonce, ct, aad), fast);
            const bad = ct.slice();
            bad[at % bad.length] = (bad[at % bad.length] as number) ^ 1;
            same((c) => c.aesGcmDecrypt(key, nonce, bad, aad), fast);
            same((c) => c.aesGcmDecrypt(key, nonce, ct.subarray(0, at % 16), aad), fast);
          },
        ),
        runs,
      );
    });

    it('AES-CTR one-shot, streaming in arbitrary chunks (counter wrap included), and one ECB block', async () => {
      const fast = await load();
      const iv = fc.oneof(bytes(16, 16), fc.constant(new Uint8Array(16).fill(0xff)));
      fc.assert(
        fc.property(
          aesKey,
          iv,
          fc.array(bytes(0, 70), { maxLength: 8 }),
          bytes(16, 16),
          (key, ivb, chunks, block) => {
            const all = new Uint8Array(chunks.reduce((n, ch) => n + ch.length, 0));
            let offset = 0;
            for (const ch of chunks) {
              all.set(ch, offset);
              offset += ch.length;
            }
            same((c) => c.aesCtr(key, ivb, all), fast);
            const run = (c: CryptoProvider) => {
              const s = c.createAesCtr(key, ivb);
              return chunks.map((ch) => Array.from(s.update(ch)));
            };
            expect(run(fast)).toEqual(run(noble));
            same((c) => c.aesEncryptBlock(key, block), fast);
          },
        ),
        runs,
      );
    });

    it('secp256k1 key checks, public keys, compression', async () => {
      const fast = await load();
      fc.assert(
        fc.property(scalar, fc.boolean(), publicKey, (d, compressed, pk) => {
          same((c) => c.secp256k1IsValidPrivateKey(d), fast);
          same((c) => c.secp256k1PublicKey(d, compressed), fast);
          same((c) => c.secp256k1IsValidPublicKey(pk), fast);
          same((c) => c.secp256k1Compress(pk), fast);
          same((c) => c.secp256k1Decompress(pk), fast);
        }),
        { numRuns: 150 },
      );
      const k = fast.secp256k1GeneratePrivateKey();
      expect(noble.secp256k1IsValidPrivateKey(k)).toBe(true);
    });

    it('secp256k1 ECDH', async () => {
      const fast = await load();
      fc.assert(
        fc.property(scalar, publicKey, (d, pk) => same((c) => c.secp256k1Ecdh(d, pk), fast)),
        { numRuns: 150 },
      );
    });

    it('secp256k1 sign (RFC 6979, low S), recover and verify, on valid and mutated signatures', async () => {
      const fast = await load();
      fc.assert(
        fc.property(
          bytes(32, 32),
          scalar,
          fc.nat(64),
          fc.integer({ min: 0, max: 255 }),
          publicKey,
          (digest, d, at, x, pk) => {
            same((c) => c.secp256k1Sign(digest, d), fast);
            if (!noble.secp256k1IsValidPrivateKey(d)) return;
            const sig = noble.secp256k1Sign(digest, d);
            const pub = noble.secp256k1PublicKey(d);
            same((c) => c.secp256k1Recover(digest, sig), fast);
            same((c) => c.secp256k1Verify(digest, sig, pub), fast);
            same((c) => c.secp256k1Verify(digest, sig.subarray(0, 64), pk), fast);
            const bad = sig.slice();
            bad[at] = x;
            same((c) => c.secp256k1Recover(digest, bad), fast);
            same((c) => c.secp256k1Verify(digest, bad, pub), fast);
            // High S: s' = n - s verifies for neither.
            const high = sig.slice();
            high.set(bigIntToBytes(N - bytesToBigInt(sig.subarray(32, 64)), 32), 32);
            same((c) => c.secp256k1Verify(digest, high, pub), fast);
            same((c) => c.secp256k1Recover(digest, high), fast);
          },
        ),
        { numRuns: 100 },
      );
    });

    it('edge signatures: r or s zero or at least n, r not an x coordinate', async () => {
      const fast = await load();
      const digest = noble.keccak256(new Uint8Array(1));
      const pub = noble.secp256k1PublicKey(bigIntToBytes(7n, 32));
      for (const r of [0n, 1n, 5n, N - 1n, N, P - 1n, 2n ** 256n - 1n]) {
        for (const s of [0n, 1n, N / 2n, N - 1n, N]) {
          for (const v of [0, 1, 2]) {
            const sig = Uint8Array.of(...bigIntToBytes(r, 32), ...bigIntToBytes(s, 32), v);
            same((c) => c.secp256k1Recover(digest, sig), fast);
            same((c) => c.secp256k1Verify(digest, sig, pub), fast);
          }
        }
      }
    });
  });
}
