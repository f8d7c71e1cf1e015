/**
 * Golden vectors from status-go v0.62.18 protocol/encryption and the vendored doubleratchet
 * (x3dh-dr.json), plus the derived Double Ratchet values of STATUS-V1-FACTS §12, which the vectors
 * README states status-go reproduced byte for byte.
 */
import {
  decodeBundle,
  decodeProtocolMessage,
  encodeBundle,
  encodeDirectMessageProtocol,
  encodeProtocolMessage,
} from '@statuskit/payloads';
import { nobleCrypto as crypto, fromHex, memoryStorage, toHex, utf8ToBytes } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { casesOf } from '../../../test/support/vectors.js';
import {
  bundleSignatureMaterial,
  createSecureTransport,
  decryptDhOnly,
  encodeRatchetHeader,
  encryptDhOnly,
  initiateRatchet,
  kdfCk,
  kdfRk,
  messageKeys,
  NO_INSTALLATION_ID,
  ratchetDecrypt,
  ratchetDh,
  ratchetEncrypt,
  respondRatchet,
  type SignedPreKey,
  signBundle,
  verifyBundle,
  x3dhActive,
  x3dhPassive,
} from '../src/index.js';

type Rec = Record<string, unknown>;
const h = (v: unknown) => fromHex(v as string);
const exp = (c: Rec) => c.expected as Rec;
const inp = (c: Rec) => c.input as Rec;
const ascii = (ch: string) => utf8ToBytes(ch.repeat(32));
const pair = (privateKey: Uint8Array) => ({
  privateKey,
  publicKey: crypto.secp256k1PublicKey(privateKey, true),
});

describe('x3dh-dr.json', () => {
  // `double-ratchet` sessions are replayed step by step in double-ratchet-vectors.test.ts.

  it.each(casesOf('x3dh-dr', 'x3dh').map((c) => [c.id, c] as const))('x3dh %s', (_id, c) => {
    const i = inp(c);
    const e = exp(c);
    expect(toHex(crypto.secp256k1PublicKey(h(i.alice_ephemeral_privkey), true))).toBe(
      i.alice_ephemeral_compressed,
    );
    const active = x3dhActive({
      identityPrivateKey: h(i.alice_identity_privkey),
      ephemeralPrivateKey: h(i.alice_ephemeral_privkey),
      theirIdentityKey: h(i.bob_identity_compressed),
      theirSignedPreKey: h(i.bob_signed_pre_key_compressed),
    });
    expect(toHex(active.dh1)).toBe(e.dh1);
    expect(toHex(active.dh2)).toBe(e.dh2);
    expect(toHex(active.dh3)).toBe(e.dh3);
    expect(toHex(active.sharedSecret)).toBe(e.shared_secret_active);
    const alicePub = crypto.secp256k1PublicKey(h(i.alice_identity_privkey), true);
    const passive = x3dhPassive({
      identityPrivateKey: h(i.bob_identity_privkey),
      signedPreKeyPrivateKey: h(i.bob_signed_pre_key_privkey),
      theirIdentityKey: alicePub,
      theirEphemeralKey: h(i.alice_ephemeral_compressed),
    });
    expect(toHex(passive.sharedSecret)).toBe(e.shared_secret_passive);
  });

  it.each(casesOf('x3dh-dr', 'dh-only').map((c) => [c.id, c] as const))('dh-only %s', async (_id, c) => {
    const i = inp(c);
    const e = exp(c);
    const recipientPriv = h(i.recipient_identity_privkey);
    const recipientPub = crypto.secp256k1PublicKey(recipientPriv, false);
    const msg = encryptDhOnly(recipientPub, h(i.plaintext), {
      ephemeralPrivateKey: h(i.ephemeral_privkey),
      nonce: h(i.aes_gcm_nonce),
    });
    expect(toHex(crypto.secp256k1Ecdh(h(i.ephemeral_privkey), recipientPub))).toBe(e.symmetric_key);
    expect(toHex(msg.payload)).toBe(e.ciphertext_tag_nonce);
    expect(toHex(decryptDhOnly(recipientPriv, msg.ephemeralPublicKey, h(e.ciphertext_tag_nonce)))).toBe(
      i.plaintext,
    );
    // The DirectMessageProtocol and ProtocolMessage status-go wrote around it.
    const dm = { payload: msg.payload, dhHeader: { key: msg.ephemeralPublicKey } };
    expect(toHex(encodeDirectMessageProtocol(dm))).toBe(e.direct_message_protocol_proto);
    const pm = decodeProtocolMessage(h(e.protocol_message_proto));
    expect([...pm.directMessage.keys()]).toEqual([NO_INSTALLATION_ID]);
    expect(toHex(encodeProtocolMessage({ ...pm, directMessage: new Map([[NO_INSTALLATION_ID, dm]]) }))).toBe(
      e.protocol_message_proto,
    );
    // And the recipient's secure transport opens it.
    const transport = createSecureTransport({
      identityPrivateKey: recipientPriv,
      installationId: 'recipient',
      storage: memoryStorage(),
    });
    const sender = crypto.secp256k1PublicKey(h(i.ephemeral_privkey), false);
    const handled = await transport.handleMessage(sender, h(e.protocol_message_proto));
    expect(handled.kind).toBe('dh');
    expect(toHex(handled.payload)).toBe(i.plaintext);
  });

  it.each(casesOf('x3dh-dr', 'bundle').map((c) => [c.id, c] as const))('bundle %s', (_id, c) => {
    const i = inp(c);
    const e = exp(c);
    const spks = new Map<string, SignedPreKey>(
      Object.entries(i.signed_pre_keys as Record<string, Rec>).map(([id, s]) => {
        expect(toHex(crypto.secp256k1PublicKey(h(s.private_key), true))).toBe(s.signed_pre_key);
        return [
          id,
          {
            signedPreKey: h(s.signed_pre_key),
            version: s.version as number,
            protocolVersion: s.protocol_version as number,
          },
        ];
      }),
    );
    const ts = BigInt(i.timestamp_ns as string);
    expect(toHex(bundleSignatureMaterial(spks, ts))).toBe(e.signature_material);
    const bundle = signBundle(h(i.identity_privkey), spks, ts);
    expect(toHex(bundle.identity)).toBe(e.identity_compressed);
    // RFC 6979 signing is deterministic: the same signature as status-go.
    expect(toHex(bundle.signature)).toBe(e.signature);
    expect(toHex(verifyBundle(bundle))).toBe(e.recovered_identity);
    expect(e.verify).toBe(true);
    // status-go's encoding (map order is random in Go: compare decoded bundles).
    const theirs = decodeBundle(h(e.bundle_proto_one_ordering));
    expect(theirs).toEqual(bundle);
    if (bundle.signedPreKeys.size === 1)
      expect(toHex(encodeBundle(bundle))).toBe(e.bundle_proto_one_ordering);
  });

  it.each(casesOf('x3dh-dr', 'bundle-invalid').map((c) => [c.id, c] as const))(
    'bundle-invalid %s',
    (_id, c) => {
      const e = exp(c);
      expect(e.verify).toBe(false);
      const bundle = decodeBundle(h(inp(c).bundle_proto));
      expect(() => verifyBundle(bundle)).toThrow(
        expect.objectContaining({ name: 'BundleError', message: e.error }),
      );
    },
  );
});

describe('STATUS-V1-FACTS §12 Double Ratchet (confirmed by status-go per the vectors README)', () => {
  const SK = fromHex('a4e923d0af8fe78a056363be20e71c0a58e569ea8fc1f79289eca10d9f68133a');
  const spkB = ascii('3');
  const drA = ascii('5');

  it('X3DH of the ASCII keys gives the published secret', () => {
    const r = x3dhActive({
      identityPrivateKey: ascii('0'),
      ephemeralPrivateKey: ascii('1'),
      theirIdentityKey: crypto.secp256k1PublicKey(ascii('2'), true),
      theirSignedPreKey: crypto.secp256k1PublicKey(spkB, true),
    });
    expect(r.sharedSecret).toEqual(SK);
  });

  it('KDF chains, message keys, AD and ciphertext of Alice first message', () => {
    const spkBPub = crypto.secp256k1PublicKey(spkB, true);
    expect(toHex(ratchetDh(crypto, drA, spkBPub))).toBe(
      '2365aa16983bed84fe46925bfe82660a4dc611dbb32dee2027678780fd563d15',
    );
    const root = kdfRk(crypto, SK, ratchetDh(crypto, drA, spkBPub));
    expect(toHex(root.rootKey)).toBe('8dfdfe7f7f95816bfc192a95bcbd15212aea359ccaf632c640a17f5e8afd9f3e');
    expect(toHex(root.chainKey)).toBe('165de829504f4990516af117e3445cf1cfefa88ac0a91d501b7dae0be58b3741');
    const ck = kdfCk(crypto, root.chainKey);
    expect(toHex(ck.messageKey)).toBe('d9b31b4ad7c44dc1d4f8c9ab06caa2efc2ae8d4c896cf5b7e15c6b3cc271740f');
    expect(toHex(ck.chainKey)).toBe('413e1ac4b98697ecf924176260ad7eebeca30e44945eb2636cd2e9a754cd0ba9');
    const mk = messageKeys(crypto, ck.messageKey);
    expect(toHex(mk.encKey)).toBe('d031c527b136ab1166bb0da839e72632f81fd15e3a2da4a2a6d5b92deb54f2b8');
    expect(toHex(mk.authKey)).toBe('e88896ddb4d9c576f25ecc29159ff3df89c2bda061161717b6543a60212df9e2');
    expect(toHex(mk.iv)).toBe('8c6fe95ea43edcd15f0095b2bfce65a3');

    const alice = initiateRatchet(crypto, SK, spkBPub, () => pair(drA));
    const sent = ratchetEncrypt(crypto, alice, utf8ToBytes('hello'));
    expect(toHex(encodeRatchetHeader(sent.header))).toBe(
      '000000000000000002b21db47a75ceee5c010f69f66d48d5a017e4e2f46b47b496ddf03498c26e1cec',
    );
    expect(toHex(sent.ciphertext)).toBe(
      '8c6fe95ea43edcd15f0095b2bfce65a3fb20b480bd4abd9f3e437652de81b5abbc2f097857eda4984fa13c7952aad9052ba1cd1f5b',
    );
    const bob = respondRatchet(SK, pair(spkB));
    const got = ratchetDecrypt(crypto, bob, sent.header, sent.ciphertext, {
      newKeyPair: () => pair(ascii('6')),
    });
    expect(got.plaintext).toEqual(utf8ToBytes('hello'));
    expect(got.keptKeys.map((k) => [toHex(k.messageKey), k.n])).toEqual([
      ['d9b31b4ad7c44dc1d4f8c9ab06caa2efc2ae8d4c896cf5b7e15c6b3cc271740f', 0],
    ]);
  });
});
