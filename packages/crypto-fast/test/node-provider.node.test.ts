// The Node provider (node:crypto + WASM) against noble.
import { nobleCrypto } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { createNodeCrypto, nodeCiphers } from '../src/node/index.js';
import { differentialSuite } from './support/differential.js';

const provider = createNodeCrypto();
differentialSuite('createNodeCrypto()', () => provider);
// node:crypto alone (noble secp256k1 and Keccak), so a WASM fault cannot mask a cipher difference.
differentialSuite('nodeCiphers()', async () => nodeCiphers());

describe('node provider outputs', () => {
  it('returns plain Uint8Arrays that own their bytes, never views into Node’s shared Buffer pool', async () => {
    const c = await provider;
    for (const out of [c.sha256(new Uint8Array(3)), c.hmacSha256(new Uint8Array(1), new Uint8Array(1))]) {
      expect(out.byteLength).toBe(out.buffer.byteLength);
    }
  });
  it('scrypt runs the Status keystore parameters (N = 2^18, r = 8) that exceed OpenSSL’s default maxmem', async () => {
    const c = await provider;
    const params = { N: 2 ** 18, r: 8, p: 1, dkLen: 32 };
    const pw = new Uint8Array([1, 2, 3]);
    const salt = new Uint8Array(32);
    // noble's scrypt at these parameters takes seconds; a single equality check keeps it bounded.
    expect(await c.scryptAsync(pw, salt, params)).toEqual(await nobleCrypto.scryptAsync(pw, salt, params));
  }, 60_000);
});
