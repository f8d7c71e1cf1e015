/**
 * The noble provider beside node:crypto, measured in the same run. vitest prints, per group, how
 * many times faster the fastest entry is: read it as the ratio noble / node:crypto.
 * keccak256 has no node:crypto twin; SHA3-256 (the same Keccak-f[1600] sponge) stands in.
 */
import {
  createCipheriv,
  createECDH,
  createHash,
  createPrivateKey,
  createPublicKey,
  sign,
  verify,
} from 'node:crypto';
import { bench, describe } from 'vitest';
import { nobleCrypto as c } from '../src/crypto/noble.js';

const msg1k = new Uint8Array(1024).fill(7);
const priv = new Uint8Array(32).fill(3);
const pub = c.secp256k1PublicKey(priv);
const peerPriv = new Uint8Array(32).fill(5);
const peerPub = c.secp256k1PublicKey(peerPriv);
const digest = c.keccak256(msg1k);
const sig = c.secp256k1Sign(digest, priv);
const key = new Uint8Array(32).fill(1);
const nonce = new Uint8Array(12).fill(2);

// node:crypto keys in JWK form for the same secp256k1 key pair.
const b64u = (b: Uint8Array) => Buffer.from(b).toString('base64url');
const jwk = {
  kty: 'EC',
  crv: 'secp256k1',
  x: b64u(pub.subarray(1, 33)),
  y: b64u(pub.subarray(33)),
  d: b64u(priv),
};
const nodePriv = createPrivateKey({ key: jwk, format: 'jwk' });
const nodePub = createPublicKey(nodePriv);
const nodeSig = sign('sha256', msg1k, nodePriv);
const ecdh = createECDH('secp256k1');
ecdh.setPrivateKey(priv);

describe('keccak256 1 KiB', () => {
  bench('noble keccak256', () => {
    c.keccak256(msg1k);
  });
  bench('node:crypto sha3-256 (reference)', () => {
    createHash('sha3-256').update(msg1k).digest();
  });
});

describe('secp256k1 sign', () => {
  bench('noble sign (RFC 6979, recoverable)', () => {
    c.secp256k1Sign(digest, priv);
  });
  bench('node:crypto sign (reference)', () => {
    sign('sha256', msg1k, nodePriv);
  });
});

describe('secp256k1 verify', () => {
  bench('noble verify', () => {
    c.secp256k1Verify(digest, sig, pub);
  });
  bench('node:crypto verify (reference)', () => {
    verify('sha256', msg1k, nodePub, nodeSig);
  });
});

describe('secp256k1 ECDH', () => {
  bench('noble ECDH', () => {
    c.secp256k1Ecdh(priv, peerPub);
  });
  bench('node:crypto ECDH (reference)', () => {
    ecdh.computeSecret(peerPub);
  });
});

describe('AES-256-GCM encrypt 1 KiB', () => {
  bench('noble AES-GCM', () => {
    c.aesGcmEncrypt(key, nonce, msg1k);
  });
  bench('node:crypto AES-GCM (reference)', () => {
    const ci = createCipheriv('aes-256-gcm', key, nonce);
    ci.update(msg1k);
    ci.final();
    ci.getAuthTag();
  });
});
