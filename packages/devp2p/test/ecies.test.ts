import { fromHex, nobleCrypto, toHex } from '@statuskit/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { casesOf } from '../../../test/support/vectors.js';
import { ECIES_OVERHEAD, eciesDecrypt, eciesEncrypt } from '../src/ecies.js';

interface EciesCase {
  input: {
    s1: string;
    s2: string;
    message: string;
    iv: string;
    ephemeral_privkey: string;
    recipient_pubkey: string;
    recipient_privkey: string;
  };
  expected: Record<string, string | number>;
}

describe('ECIES golden vectors (go-ethereum 1.9.7 crypto/ecies)', () => {
  it.each(casesOf('ecies', 'encrypt'))('$id $name', (v) => {
    const { input, expected } = v as unknown as EciesCase;
    const s1 = fromHex(input.s1);
    const s2 = fromHex(input.s2);
    const ct = eciesEncrypt(fromHex(input.recipient_pubkey), fromHex(input.message), {
      s1,
      s2,
      ephemeralPrivateKey: fromHex(input.ephemeral_privkey),
      iv: fromHex(input.iv),
    });
    expect(toHex(ct)).toBe(expected.ciphertext);
    const priv = fromHex(input.recipient_privkey);
    if (expected.decrypted === undefined) {
      expect(() => eciesDecrypt(priv, ct, { s1, s2 })).toThrow(expected.decrypt_error as string);
      return;
    }
    expect(toHex(eciesDecrypt(priv, ct, { s1, s2 }))).toBe(expected.decrypted);
    const first05 = ct.slice();
    first05[0] = 5;
    expect(() => eciesDecrypt(priv, first05, { s1, s2 })).toThrow(
      expected.decrypt_with_first_byte_05 as string,
    );
    const flipped = ct.slice();
    flipped[flipped.length - 1] = (flipped[flipped.length - 1] as number) ^ 1;
    expect(() => eciesDecrypt(priv, flipped, { s1, s2 })).toThrow(
      expected.decrypt_with_flipped_mac_bit as string,
    );
    const wrongS2 = Uint8Array.from([...s2, 0xff]);
    expect(() => eciesDecrypt(priv, ct, { s1, s2: wrongS2 })).toThrow(
      expected.decrypt_with_wrong_s2 as string,
    );
  });
});

describe('ECIES properties', () => {
  const priv = nobleCrypto.secp256k1GeneratePrivateKey();
  const pub = nobleCrypto.secp256k1PublicKey(priv);
  it('round-trips and adds exactly 113 bytes', () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ minLength: 1, maxLength: 600 }),
        fc.uint8Array({ maxLength: 4 }),
        (m, s2) => {
          const ct = eciesEncrypt(pub, m, { s2 });
          expect(ct.length).toBe(m.length + ECIES_OVERHEAD);
          expect(eciesDecrypt(priv, ct, { s2 })).toEqual(m);
        },
      ),
      { numRuns: 40 },
    );
  });
  it('rejects any single flipped byte with EciesError', () => {
    const ct = eciesEncrypt(pub, new Uint8Array(40).fill(1));
    for (let i = 0; i < ct.length; i++) {
      const bad = ct.slice();
      bad[i] = (bad[i] as number) ^ 0x80;
      expect(() => eciesDecrypt(priv, bad)).toThrow(expect.objectContaining({ name: 'EciesError' }));
    }
  });
  it('rejects truncated input with EciesError', () => {
    const ct = eciesEncrypt(pub, Uint8Array.of(1, 2, 3));
    for (const n of [0, 1, 65, 97, 112, 113]) {
      expect(() => eciesDecrypt(priv, ct.subarray(0, n))).toThrow(
        expect.objectContaining({ name: 'EciesError' }),
      );
    }
  });
});
