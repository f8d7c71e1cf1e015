/**
 * Secure transport and keystore costs, each group with the primitive it is built on measured in
 * the same run as a reference (vitest prints how many times faster the fastest entry is):
 *
 * - Double Ratchet encrypt / decrypt of 1 KiB in one chain vs AES-256-CTR + HMAC-SHA256 of 1 KiB;
 * - a decrypt that performs a DH ratchet step vs one secp256k1 ECDH;
 * - X3DH session setup (3 ECDH + the first ratchet step) vs one ECDH;
 * - a full 1:1 round (buildDirectMessage + protobuf + handleMessage on memory storage) vs one ECDSA
 *   recovery (the bundle check every received message costs);
 * - keystore unlock at the default cost (scrypt N=2^18, r=8, p=1) vs that scrypt alone.
 *
 * Every subject and reference runs once with the default noble provider and once with
 * @statuskit/crypto-fast's Node provider (`node+wasm`); entries are prefixed with the provider.
 */
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import { encodeProtocolMessage } from '@statuskit/payloads';
import {
  type CryptoProvider,
  concatBytes,
  manualClock,
  memoryStorage,
  nobleCrypto,
  seededRandom,
} from '@statuskit/utils';
import { bench, describe } from 'vitest';
import {
  createSecureTransport,
  initiateRatchet,
  KEYSTORE_DEFAULT_SCRYPT,
  openKeystore,
  type RatchetKeySource,
  type RatchetState,
  randomRatchetKeys,
  ratchetDecrypt,
  ratchetEncrypt,
  respondRatchet,
  sealKeystore,
  x3dhActive,
  x3dhPassive,
} from '../src/index.js';

const providers: CryptoProvider[] = [nobleCrypto, await createNodeCrypto()];
const msg1k = new Uint8Array(1024).fill(7);
const key32 = new Uint8Array(32).fill(1);
const iv16 = new Uint8Array(16).fill(2);
const aliceId = nobleCrypto.secp256k1GeneratePrivateKey();
const bobId = nobleCrypto.secp256k1GeneratePrivateKey();
const bobIdPub = nobleCrypto.secp256k1PublicKey(bobId, true);
const aliceIdPub = nobleCrypto.secp256k1PublicKey(aliceId, true);
const ephemeral = nobleCrypto.secp256k1GeneratePrivateKey();

/** Ratchet states for one provider: a long sending chain for Alice, Bob's state before each step. */
function ratchetRig(crypto: CryptoProvider) {
  const keys: RatchetKeySource = randomRatchetKeys(crypto);
  const bobSpk = keys();
  const sk = x3dhActive(
    {
      identityPrivateKey: aliceId,
      ephemeralPrivateKey: ephemeral,
      theirIdentityKey: bobIdPub,
      theirSignedPreKey: bobSpk.publicKey,
    },
    crypto,
  ).sharedSecret;
  let alice: RatchetState = initiateRatchet(crypto, sk, bobSpk.publicKey, keys);
  const inChain: ReturnType<typeof ratchetEncrypt>[] = [];
  for (let i = 0; i < 64; i++) {
    const out = ratchetEncrypt(crypto, alice, msg1k);
    inChain.push(out);
    alice = out.state;
  }
  const bobBefore: RatchetState[] = [];
  let bob = respondRatchet(sk, bobSpk);
  for (const m of inChain) {
    bobBefore.push(bob);
    bob = ratchetDecrypt(crypto, bob, m.header, m.ciphertext, { newKeyPair: keys }).state;
  }
  return { crypto, keys, bobSpk, alice, inChain, bobBefore, bobFresh: respondRatchet(sk, bobSpk) };
}
const rigs = providers.map(ratchetRig);

describe('Double Ratchet encrypt, 1 KiB', () => {
  for (const { crypto, alice } of rigs) {
    let state = alice;
    bench(`${crypto.name}: ratchetEncrypt (KDF_CK + HKDF + AES-256-CTR + HMAC)`, () => {
      state = ratchetEncrypt(crypto, state, msg1k).state;
    });
    bench(`${crypto.name}: reference: AES-256-CTR + HMAC-SHA256 of 1 KiB`, () => {
      crypto.hmacSha256(key32, concatBytes(iv16, crypto.aesCtr(key32, iv16, msg1k)));
    });
  }
});

describe('Double Ratchet decrypt, 1 KiB, same chain', () => {
  for (const { crypto, keys, inChain, bobBefore } of rigs) {
    let i = 1;
    bench(`${crypto.name}: ratchetDecrypt (no DH step)`, () => {
      const m = inChain[i] as (typeof inChain)[number];
      ratchetDecrypt(crypto, bobBefore[i] as RatchetState, m.header, m.ciphertext, { newKeyPair: keys });
      i = i === inChain.length - 1 ? 1 : i + 1;
    });
    bench(`${crypto.name}: reference: HMAC-SHA256 + AES-256-CTR of 1 KiB`, () => {
      crypto.aesCtr(key32, iv16, msg1k);
      crypto.hmacSha256(key32, msg1k);
    });
  }
});

describe('Double Ratchet decrypt with a DH ratchet step', () => {
  for (const { crypto, keys, inChain, bobFresh } of rigs) {
    const first = inChain[0] as (typeof inChain)[number];
    bench(`${crypto.name}: ratchetDecrypt (2 ECDH + key generation + 2 KDF_RK)`, () => {
      ratchetDecrypt(crypto, bobFresh, first.header, first.ciphertext, { newKeyPair: keys });
    });
    bench(`${crypto.name}: reference: one secp256k1 ECDH`, () => {
      crypto.secp256k1Ecdh(bobId, aliceIdPub);
    });
  }
});

describe('X3DH session setup', () => {
  for (const { crypto, keys, bobSpk } of rigs) {
    bench(
      `${crypto.name}: active: X3DH (3 ECDH + keccak) + NewWithRemoteKey (keygen + ECDH + KDF_RK)`,
      () => {
        const eph = crypto.secp256k1GeneratePrivateKey();
        const r = x3dhActive(
          {
            identityPrivateKey: aliceId,
            ephemeralPrivateKey: eph,
            theirIdentityKey: bobIdPub,
            theirSignedPreKey: bobSpk.publicKey,
          },
          crypto,
        );
        initiateRatchet(crypto, r.sharedSecret, bobSpk.publicKey, keys);
      },
    );
    bench(`${crypto.name}: passive: X3DH (3 ECDH + keccak) + New`, () => {
      const r = x3dhPassive(
        {
          identityPrivateKey: bobId,
          signedPreKeyPrivateKey: bobSpk.privateKey,
          theirIdentityKey: aliceIdPub,
          theirEphemeralKey: crypto.secp256k1PublicKey(ephemeral, true),
        },
        crypto,
      );
      respondRatchet(r.sharedSecret, bobSpk);
    });
    bench(`${crypto.name}: reference: one secp256k1 ECDH`, () => {
      crypto.secp256k1Ecdh(bobId, aliceIdPub);
    });
  }
});

describe('Secure transport 1:1 message (memory storage, protobuf, bundle signed and checked)', async () => {
  for (const crypto of providers) {
    const clock = manualClock();
    const common = { storage: memoryStorage(), clock, crypto };
    const a = createSecureTransport({
      ...common,
      identityPrivateKey: aliceId,
      installationId: 'a',
      random: seededRandom(1),
    });
    const b = createSecureTransport({
      ...common,
      storage: memoryStorage(),
      identityPrivateKey: bobId,
      installationId: 'b',
      random: seededRandom(2),
    });
    await b.handleMessage(a.publicKey, encodeProtocolMessage(await a.buildPublicMessage(msg1k)));
    await a.handleMessage(b.publicKey, encodeProtocolMessage(await b.buildPublicMessage(msg1k)));
    const digest = crypto.keccak256(msg1k);
    const sig = crypto.secp256k1Sign(digest, aliceId);
    bench(`${crypto.name}: buildDirectMessage + encode + handleMessage + confirm, 1 KiB`, async () => {
      const spec = await a.buildDirectMessage(b.publicKey, msg1k);
      const r = await b.handleMessage(a.publicKey, encodeProtocolMessage(spec.message));
      await b.confirmMessageProcessed(r.confirmation as Uint8Array);
    });
    bench(`${crypto.name}: reference: one ECDSA public-key recovery`, () => {
      crypto.secp256k1Recover(digest, sig);
    });
  }
});

describe('Keystore unlock at the default cost (scrypt N=2^18, r=8, p=1)', async () => {
  const blob = await sealKeystore(
    { kind: 'private-key', privateKey: aliceId },
    'correct horse battery staple',
  );
  const salt = blob.slice(9, 41);
  const opts = { iterations: 3, warmupIterations: 0, time: 0, warmupTime: 0 };
  for (const crypto of providers) {
    bench(
      `${crypto.name}: openKeystore`,
      async () => {
        await openKeystore(blob, 'correct horse battery staple', { crypto });
      },
      opts,
    );
    bench(
      `${crypto.name}: reference: scrypt alone`,
      async () => {
        const { logN, r, p } = KEYSTORE_DEFAULT_SCRYPT;
        await crypto.scryptAsync(new TextEncoder().encode('correct horse battery staple'), salt, {
          N: 2 ** logN,
          r,
          p,
          dkLen: 32,
        });
      },
      opts,
    );
  }
});
