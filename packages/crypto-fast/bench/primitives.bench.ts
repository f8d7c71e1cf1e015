/**
 * The five primitives every layer spends its time in, for each provider beside node:crypto in the
 * same run (vitest prints how many times faster the fastest entry of a group is than each other):
 * `noble` (the default), `wasm` (this package's isomorphic entry: what browsers get), `node+wasm` (the
 * `./node` entry) and a node:crypto reference. node:crypto has no legacy Keccak: SHA3-256 (the same
 * Keccak-f[1600] sponge and rate) stands in. Its secp256k1 is OpenSSL's generic EC code.
 */
import {
  createCipheriv,
  createDecipheriv,
  createECDH,
  createHash,
  createPrivateKey,
  sign,
} from 'node:crypto';
import { type CryptoProvider, nobleCrypto } from '@statuskit/utils';
import { bench, describe } from 'vitest';
import { createFastCrypto } from '../src/index.js';
import { createNodeCrypto } from '../src/node/index.js';

const providers: CryptoProvider[] = [nobleCrypto, await createFastCrypto(), await createNodeCrypto()];

const msg64 = new Uint8Array(64).fill(7);
const msg1k = new Uint8Array(1024).fill(7);
const priv = new Uint8Array(32).fill(3);
const pub = nobleCrypto.secp256k1PublicKey(priv);
const peerPub = nobleCrypto.secp256k1PublicKey(new Uint8Array(32).fill(5));
const digest = nobleCrypto.keccak256(msg1k);
const sig = nobleCrypto.secp256k1Sign(digest, priv);
const key = new Uint8Array(32).fill(1);
const nonce = new Uint8Array(12).fill(2);
const sealed = nobleCrypto.aesGcmEncrypt(key, nonce, msg1k);

const b64u = (b: Uint8Array) => Buffer.from(b).toString('base64url');
const nodePriv = createPrivateKey({
  key: {
    kty: 'EC',
    crv: 'secp256k1',
    x: b64u(pub.subarray(1, 33)),
    y: b64u(pub.subarray(33)),
    d: b64u(priv),
  },
  format: 'jwk',
});
const ecdh = createECDH('secp256k1');
ecdh.setPrivateKey(priv);

function group(title: string, run: (c: CryptoProvider) => void, reference: [string, () => void]): void {
  describe(title, () => {
    for (const c of providers) bench(c.name, () => run(c));
    bench(`node:crypto ${reference[0]} (reference)`, reference[1]);
  });
}

group('secp256k1 ECDH', (c) => c.secp256k1Ecdh(priv, peerPub), ['ECDH', () => ecdh.computeSecret(peerPub)]);
group('secp256k1 sign (RFC 6979, recoverable)', (c) => c.secp256k1Sign(digest, priv), [
  'ECDSA sign',
  () => sign('sha256', msg1k, nodePriv),
]);
group('secp256k1 recover', (c) => c.secp256k1Recover(digest, sig), [
  'ECDH (no recovery in node:crypto)',
  () => ecdh.computeSecret(peerPub),
]);
group('keccak256 64 B', (c) => c.keccak256(msg64), [
  'sha3-256',
  () => createHash('sha3-256').update(msg64).digest(),
]);
group('keccak256 1 KiB', (c) => c.keccak256(msg1k), [
  'sha3-256',
  () => createHash('sha3-256').update(msg1k).digest(),
]);
group('AES-256-GCM encrypt 1 KiB', (c) => c.aesGcmEncrypt(key, nonce, msg1k), [
  'AES-256-GCM',
  () => {
    const ci = createCipheriv('aes-256-gcm', key, nonce);
    ci.update(msg1k);
    ci.final();
    ci.getAuthTag();
  },
]);
group('AES-256-GCM decrypt 1 KiB', (c) => c.aesGcmDecrypt(key, nonce, sealed), [
  'AES-256-GCM decrypt',
  () => {
    const d = createDecipheriv('aes-256-gcm', key, nonce);
    d.setAuthTag(sealed.subarray(1024));
    d.update(sealed.subarray(0, 1024));
    d.final();
  },
]);
group('HMAC-SHA256 1 KiB', (c) => c.hmacSha256(key, msg1k), [
  'SHA-256',
  () => createHash('sha256').update(msg1k).digest(),
]);
