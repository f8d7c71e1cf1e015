/**
 * Whisper asymmetric payloads interoperate with ecies-geth 1.8.0, an independent implementation of
 * go-ethereum's ECIES (s1 = s2 = empty), in both directions (STATUS-V1-FACTS §2.1, §3.6).
 */
import { nobleCrypto, toHex } from '@statuskit/utils';
import * as eciesGeth from 'ecies-geth';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildMessage,
  createEnvelope,
  decryptAsymmetric,
  encryptAsymmetric,
  openEnvelope,
  parseMessage,
} from '../src/index.js';

const c = nobleCrypto;
const priv = c.secp256k1GeneratePrivateKey();
const pub = c.secp256k1PublicKey(priv);
const buf = (b: Uint8Array) => Buffer.from(b);

describe('ECIES with ecies-geth', () => {
  it('ecies-geth decrypts what statuskit encrypts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 2000 }), async (m) => {
        const ct = encryptAsymmetric(pub, m);
        expect(toHex(await eciesGeth.decrypt(buf(priv), buf(ct)))).toBe(toHex(m));
      }),
      { numRuns: 60 },
    );
  });

  it('statuskit decrypts what ecies-geth encrypts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 2000 }), async (m) => {
        const ct = await eciesGeth.encrypt(buf(pub), buf(m));
        expect(toHex(decryptAsymmetric(priv, new Uint8Array(ct)))).toBe(toHex(m));
      }),
      { numRuns: 60 },
    );
  });

  it('produces identical bytes for the same ephemeral key and IV', async () => {
    const ephem = c.secp256k1GeneratePrivateKey();
    const iv = c.randomBytes(16);
    const m = c.randomBytes(300);
    const ours = encryptAsymmetric(pub, m, { ephemeralPrivateKey: ephem, iv });
    const theirs = await eciesGeth.encrypt(buf(pub), buf(m), { ephemPrivateKey: buf(ephem), iv: buf(iv) });
    expect(toHex(ours)).toBe(toHex(new Uint8Array(theirs)));
  });

  it('opens whole Whisper envelopes both ways', async () => {
    const signer = c.secp256k1GeneratePrivateKey();
    const env = await createEnvelope({
      payload: new TextEncoder().encode('to ecies-geth'),
      topic: Uint8Array.of(1, 2, 3, 4),
      publicKey: pub,
      signingKey: signer,
      powTarget: 0,
    });
    const plaintext = new Uint8Array(await eciesGeth.decrypt(buf(priv), buf(env.envelope.data)));
    const parsed = parseMessage(plaintext);
    expect(new TextDecoder().decode(parsed.payload)).toBe('to ecies-geth');
    expect(toHex(parsed.signer as Uint8Array)).toBe(toHex(c.secp256k1PublicKey(signer)));

    const pt = buildMessage({ payload: new TextEncoder().encode('from ecies-geth'), signingKey: signer });
    const data = new Uint8Array(await eciesGeth.encrypt(buf(pub), buf(pt)));
    const opened = openEnvelope({ data }, { kind: 'asymmetric', privateKey: priv });
    expect(new TextDecoder().decode(opened.payload)).toBe('from ecies-geth');
    expect(toHex(opened.signer as Uint8Array)).toBe(toHex(c.secp256k1PublicKey(signer)));
  });

  it('rejects a tampered ecies-geth ciphertext', async () => {
    const ct = new Uint8Array(await eciesGeth.encrypt(buf(pub), Buffer.from('x')));
    ct[ct.length - 1] = (ct[ct.length - 1] as number) ^ 1;
    expect(() => decryptAsymmetric(priv, ct)).toThrow(expect.objectContaining({ name: 'DecryptError' }));
  });
});
