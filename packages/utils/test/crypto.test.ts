import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { casesOf } from '../../../test/support/vectors.js';
import { bytesToBigInt, concatBytes, fromHex, toHex, utf8ToBytes } from '../src/bytes.js';
import { nobleCrypto as c } from '../src/crypto/noble.js';

const N = 0xfffffffffffffffffffffffffffffffebaaedce6af48a03bbfd25e8cd0364141n;
const privKey = fc.uint8Array({ minLength: 32, maxLength: 32 }).filter((k) => {
  const d = bytesToBigInt(k);
  return d > 0n && d < N;
});
const digest = fc.uint8Array({ minLength: 32, maxLength: 32 });

describe('crypto facade: published known answers (STATUS-V1-FACTS §11)', () => {
  it('§11.7 RFC 6979 deterministic nonce, low S, recovery id', () => {
    const one = new Uint8Array(32);
    one[31] = 1;
    const sig = c.secp256k1Sign(c.sha256(utf8ToBytes('Satoshi Nakamoto')), one);
    expect(toHex(sig)).toBe(
      '934b1ea10a4b3c1757e2b0c017d0b6143ce3c9a7e6a4a49860d7a6ab210ee3d8' +
        '2442ce9d2b916064108014783e923ec36b49743e2ffa1c4496f01a512aafd9e5' +
        '01',
    );
  });

  it('§11.7 go-ethereum signature_test recovery', () => {
    const msg = fromHex('ce0677bb30baa8cf067c88db9811f4333d131bf8bcf12fe7065d211dce971008');
    const sig = fromHex(
      '90f27b8b488db00b00606796d2987f6a5f59ae62ea05effe84fef5b8b0e549984a691139ad57a3f0b906637673aa2f63d1f55cb1a69199d4009eea23ceaddc9301',
    );
    const pub =
      '04e32df42865e97135acfb65f3bae71bdc86f4d49150ad6a440b6f15878109880a0a2b2667f7e725ceea70c673093bf67663e0312623c8e091b13cf2c0f11ef652';
    expect(toHex(c.secp256k1Recover(msg, sig))).toBe(pub);
    expect(c.secp256k1Verify(msg, sig, fromHex(pub))).toBe(true);
    const wrongV = sig.slice();
    wrongV[64] = 27;
    expect(() => c.secp256k1Recover(msg, wrongV)).toThrow(
      expect.objectContaining({ name: 'SignatureError' }),
    );
  });

  it('§11.6 compressed public key', () => {
    const un = fromHex(
      '04261c55675e55ff25edb50b345cfb3a3f35f60712d251cbaaab97bd50054c6ebc3cd4e22200c68daf7493e1f8da6a190a68a671e2d3977809612424c7c3888bc6',
    );
    const comp = '02261c55675e55ff25edb50b345cfb3a3f35f60712d251cbaaab97bd50054c6ebc';
    expect(toHex(c.secp256k1Compress(un))).toBe(comp);
    expect(c.secp256k1Decompress(fromHex(comp))).toEqual(un);
    expect(c.secp256k1Compress(un.subarray(1))).toEqual(fromHex(comp));
  });

  it('keccak256 is legacy Keccak, not SHA3-256', () => {
    expect(toHex(c.keccak256(new Uint8Array(0)))).toBe(
      'c5d2460186f7233c927e7db2dcc703c0e500b653ca82273b7bfad8045d85a470',
    );
    const h = c.createKeccak256().update(utf8ToBytes('ab'));
    const copy = h.clone();
    h.update(utf8ToBytes('c'));
    expect(h.digest()).toEqual(c.keccak256(utf8ToBytes('abc')));
    expect(h.digest()).toEqual(c.keccak256(utf8ToBytes('abc')));
    expect(copy.digest()).toEqual(c.keccak256(utf8ToBytes('ab')));
  });

  it('HKDF-SHA256 RFC 5869 test case 1 and HMAC-SHA256 RFC 4231 case 2', () => {
    const okm = c.hkdfSha256(
      fromHex('0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b'),
      fromHex('000102030405060708090a0b0c'),
      fromHex('f0f1f2f3f4f5f6f7f8f9'),
      42,
    );
    expect(toHex(okm)).toBe(
      '3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf34007208d5b887185865',
    );
    expect(toHex(c.hmacSha256(utf8ToBytes('Jefe'), utf8ToBytes('what do ya want for nothing?')))).toBe(
      '5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843',
    );
  });

  it('AES-CTR streams continue the keystream across calls of any size', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 16, maxLength: 16 }),
        fc.array(fc.uint8Array({ maxLength: 50 }), { maxLength: 8 }),
        (key, iv, parts) => {
          const s = c.createAesCtr(key, iv);
          const streamed = concatBytes(...parts.map((p) => s.update(p)));
          expect(streamed).toEqual(c.aesCtr(key, iv, concatBytes(...parts)));
        },
      ),
      { numRuns: 200 },
    );
    // Counter wrap-around: the counter block is one 128-bit big-endian integer.
    const key = new Uint8Array(16).fill(7);
    const iv = new Uint8Array(16).fill(0xff);
    const s = c.createAesCtr(key, iv);
    const first = s.update(new Uint8Array(16));
    const second = s.update(new Uint8Array(16));
    expect(first).toEqual(c.aesEncryptBlock(key, iv));
    expect(second).toEqual(c.aesEncryptBlock(key, new Uint8Array(16)));
  });

  it('NIST concat KDF matches the §2.1 single-block form', () => {
    const z = new Uint8Array(32).fill(9);
    expect(c.concatKdfSha256(z, new Uint8Array(0), 32)).toEqual(
      c.sha256(concatBytes(Uint8Array.of(0, 0, 0, 1), z)),
    );
    const long = c.concatKdfSha256(z, Uint8Array.of(1), 40);
    expect(long.subarray(32)).toEqual(
      c.sha256(concatBytes(Uint8Array.of(0, 0, 0, 2), z, Uint8Array.of(1))).subarray(0, 8),
    );
  });
});

describe('crypto facade: golden vectors', () => {
  it.each(casesOf('identity', 'public-key'))('$id compressed key and address', (v) => {
    const input = v.input as { public_key: string };
    const expected = v.expected as { compressed_public_key: string; address: string };
    const pub = fromHex(input.public_key);
    expect(c.secp256k1IsValidPublicKey(pub)).toBe(true);
    expect(toHex(c.secp256k1Compress(pub))).toBe(expected.compressed_public_key);
    expect(toHex(c.secp256k1Decompress(fromHex(expected.compressed_public_key)))).toBe(input.public_key);
    expect(toHex(c.keccak256(pub.subarray(1)).subarray(12))).toBe(expected.address);
  });

  it.each(casesOf('status-topics-keys', 'negotiated'))('$id ECDH shared secret (X coordinate)', (v) => {
    const input = v.input as { my_private_key: string; their_public_key: string };
    const expected = v.expected as { shared_secret: string };
    expect(toHex(c.secp256k1Ecdh(fromHex(input.my_private_key), fromHex(input.their_public_key)))).toBe(
      expected.shared_secret,
    );
  });

  it.each(casesOf('status-topics-keys', 'public-chat'))(
    '$id PBKDF2-SHA256 with 65356 iterations',
    async (v) => {
      const input = v.input as { chat_name_utf8: string };
      const expected = v.expected as { sym_key: string };
      const key = await c.pbkdf2Sha256Async(fromHex(input.chat_name_utf8), new Uint8Array(0), 65356, 32);
      expect(toHex(key)).toBe(expected.sym_key);
    },
  );
});

describe('crypto facade: properties', () => {
  it('sign → recover → verify, deterministic and low-S', () => {
    fc.assert(
      fc.property(privKey, digest, (k, d) => {
        const sig = c.secp256k1Sign(d, k);
        expect(sig.length).toBe(65);
        expect(sig[64]).toBeLessThanOrEqual(1);
        expect(bytesToBigInt(sig.subarray(32, 64))).toBeLessThanOrEqual(N / 2n);
        expect(c.secp256k1Sign(d, k)).toEqual(sig);
        const pub = c.secp256k1PublicKey(k);
        expect(c.secp256k1Recover(d, sig)).toEqual(pub);
        expect(c.secp256k1Verify(d, sig, pub)).toBe(true);
        const other = d.slice();
        other[0] = (other[0] as number) ^ 1;
        expect(c.secp256k1Verify(other, sig, pub)).toBe(false);
      }),
      { numRuns: 50 },
    );
  });

  it('compress/decompress round trip and symmetric ECDH', () => {
    fc.assert(
      fc.property(privKey, privKey, (a, b) => {
        const A = c.secp256k1PublicKey(a);
        const B = c.secp256k1PublicKey(b);
        expect(c.secp256k1Decompress(c.secp256k1Compress(A))).toEqual(A);
        expect(c.secp256k1PublicKey(a, true)).toEqual(c.secp256k1Compress(A));
        expect(c.secp256k1Ecdh(a, B)).toEqual(c.secp256k1Ecdh(b, A));
        expect(c.secp256k1Ecdh(a, B).length).toBe(32);
      }),
      { numRuns: 30 },
    );
  });

  it('AES-GCM round trip; any flipped bit fails with DecryptError', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        fc.uint8Array({ minLength: 12, maxLength: 12 }),
        fc.uint8Array({ maxLength: 300 }),
        fc.nat(),
        (key, nonce, pt, flip) => {
          const ct = c.aesGcmEncrypt(key, nonce, pt);
          expect(ct.length).toBe(pt.length + 16);
          expect(c.aesGcmDecrypt(key, nonce, ct)).toEqual(pt);
          const bad = ct.slice();
          const i = flip % bad.length;
          bad[i] = (bad[i] as number) ^ (1 << (flip % 8));
          expect(() => c.aesGcmDecrypt(key, nonce, bad)).toThrow(
            expect.objectContaining({ name: 'DecryptError' }),
          );
        },
      ),
      { numRuns: 100 },
    );
  });

  it('rejects invalid keys: off-curve points, infinity, zero and n', () => {
    const offCurve = concatBytes(Uint8Array.of(4), new Uint8Array(63).fill(1));
    expect(c.secp256k1IsValidPublicKey(offCurve)).toBe(false);
    expect(c.secp256k1IsValidPublicKey(new Uint8Array(65))).toBe(false);
    expect(c.secp256k1IsValidPublicKey(Uint8Array.of(0))).toBe(false);
    expect(c.secp256k1IsValidPublicKey(concatBytes(Uint8Array.of(5), new Uint8Array(32)))).toBe(false);
    expect(() => c.secp256k1Ecdh(new Uint8Array(32).fill(1), offCurve)).toThrow(
      expect.objectContaining({ name: 'CryptoError' }),
    );
    expect(c.secp256k1IsValidPrivateKey(new Uint8Array(32))).toBe(false);
    expect(c.secp256k1IsValidPrivateKey(fromHex(N.toString(16)))).toBe(false);
    expect(() => c.secp256k1PublicKey(new Uint8Array(32))).toThrow(
      expect.objectContaining({ name: 'CryptoError' }),
    );
    expect(() => c.secp256k1Sign(new Uint8Array(31), new Uint8Array(32).fill(1))).toThrow(RangeError);
  });
});
