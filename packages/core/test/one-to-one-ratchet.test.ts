/**
 * status-one-to-one.json (a live capture between two status-go v0.62.18 nodes): the key material
 * and, for every direct message in every envelope, the Double Ratchet layer decrypted on the
 * recipient's side from the recipient's keys only.
 *
 * The recipient's chain keys are rebuilt from the key material: the X3DH secret (recomputed here
 * from the recipient's identity and signed pre-key), the recipient's ratchet private keys in the
 * order its node generated them and the sender's ratchet public keys from the headers. A Double
 * Ratchet alternates its DH steps (A0, B0, A1, B1, … after SPK_B), so the root chain is
 * `RK₀ = SK`, `RK₁ = KDF_RK(RK₀, DH(A0, SPK_B))`, `RK₂ = KDF_RK(RK₁, DH(B0, A0))`, `RK₃ =
 * KDF_RK(RK₂, DH(A1, B0))`, …, and chain `A_k` / `B_k` is the chain key of the step that introduced
 * it. This checks our KDF_RK / KDF_CK / DH / DECRYPT against status-go on real traffic, whatever
 * subset of the capture's envelopes is present. (The ProtocolMessage decoding of the same cases,
 * through the full handler, lives in the protocol tests.)
 */
import { nobleCrypto as crypto, fromHex, toHex } from '@statuskit/utils';
import { negotiatedTopic, partitionedTopic } from '@statuskit/whisper';
import { describe, expect, it } from 'vitest';
import { allCases, casesOf } from '../../../test/support/vectors.js';
import {
  encodeRatchetHeader,
  generateAlias,
  kdfCk,
  kdfRk,
  ratchetDh,
  ratchetOpen,
  x3dhActive,
  x3dhPassive,
} from '../src/index.js';

type Rec = Record<string, unknown>;
const h = (v: unknown) => fromHex(v as string);
const km = casesOf('status-one-to-one', 'key-material')[0]?.expected as Rec;
const party = (p: 'A' | 'B') => ({
  identityPrivateKey: h(km[`${p}_identity_privkey`]),
  identityPublicKey: h(km[`${p}_identity_pubkey`]),
  installationId: km[`${p}_installation_id`] as string,
  ratchetKeys: (km[`${p}_ratchet_keys_generated_in_order`] as Rec[]).map((k) => ({
    privateKey: h(k.private_key),
    publicKey: h(k.public_key),
  })),
  events: km[`${p}_x3dh_events`] as Rec[],
});
const A = party('A');
const B = party('B');
const event = (p: typeof A, name: string) => p.events.find((e) => e.event === name) as Rec;

const bundleB = event(B, 'x3dh_new_bundle');
const spkB = { privateKey: h(bundleB.signed_pre_key_private), publicKey: h(bundleB.signed_pre_key_public) };

/**
 * The chain key of the sender chain whose ratchet key is `dh`, computed by the recipient with its
 * own private keys. `aKeys`/`bKeys` are the public keys of both ratchet key lists (A initiates).
 */
function recipientChainKey(sk: Uint8Array, dh: Uint8Array, recipient: 'A' | 'B'): Uint8Array {
  const aPub = A.ratchetKeys.map((k) => k.publicKey);
  const bPub = B.ratchetKeys.map((k) => k.publicKey);
  // DH values of the alternating steps, each computed with one of the recipient's private keys.
  const stepDh = (i: number): Uint8Array => {
    // step 0: DH(A0, SPK_B); step 2k+1: DH(B_k, A_k); step 2k+2: DH(A_{k+1}, B_k).
    if (i === 0) {
      return recipient === 'B'
        ? ratchetDh(crypto, spkB.privateKey, aPub[0] as Uint8Array)
        : ratchetDh(crypto, (A.ratchetKeys[0] as { privateKey: Uint8Array }).privateKey, spkB.publicKey);
    }
    const k = Math.floor((i - 1) / 2);
    const a = i % 2 === 1 ? k : k + 1;
    const b = k;
    return recipient === 'B'
      ? ratchetDh(crypto, (B.ratchetKeys[b] as { privateKey: Uint8Array }).privateKey, aPub[a] as Uint8Array)
      : ratchetDh(crypto, (A.ratchetKeys[a] as { privateKey: Uint8Array }).privateKey, bPub[b] as Uint8Array);
  };
  const aIndex = aPub.findIndex((p) => toHex(p) === toHex(dh));
  const bIndex = bPub.findIndex((p) => toHex(p) === toHex(dh));
  const target = aIndex >= 0 ? (aIndex === 0 ? 0 : 2 * aIndex) : 2 * bIndex + 1;
  expect(aIndex >= 0 || bIndex >= 0, 'header key is one of the generated ratchet keys').toBe(true);
  let rk = sk;
  let chain = sk;
  for (let i = 0; i <= target; i++) {
    const step = kdfRk(crypto, rk, stepDh(i));
    rk = step.rootKey;
    chain = step.chainKey;
  }
  return chain;
}

describe('status-one-to-one.json key material', () => {
  it('X3DH on both sides gives the logged secret', () => {
    const active = event(A, 'x3dh_active');
    const passive = event(B, 'x3dh_passive');
    const a = x3dhActive({
      identityPrivateKey: A.identityPrivateKey,
      ephemeralPrivateKey: h(active.ephemeral_private_key),
      theirIdentityKey: h(active.their_identity),
      theirSignedPreKey: h(active.their_signed_pre_key),
    });
    expect(toHex(a.sharedSecret)).toBe(active.shared_secret);
    expect(toHex(crypto.secp256k1PublicKey(h(active.ephemeral_private_key), true))).toBe(
      passive.their_ephemeral,
    );
    const b = x3dhPassive({
      identityPrivateKey: B.identityPrivateKey,
      signedPreKeyPrivateKey: spkB.privateKey,
      theirIdentityKey: h(passive.their_identity),
      theirEphemeralKey: h(passive.their_ephemeral),
    });
    expect(toHex(b.sharedSecret)).toBe(passive.shared_secret);
  });

  it('identities, aliases, ratchet key pairs, partitioned and negotiated topics', async () => {
    for (const [p, name] of [
      [A, 'A'],
      [B, 'B'],
    ] as const) {
      expect(toHex(crypto.secp256k1PublicKey(p.identityPrivateKey, false))).toBe(toHex(p.identityPublicKey));
      expect(generateAlias(p.identityPublicKey)).toBe(km[`${name}_alias`]);
      expect(toHex(partitionedTopic(p.identityPublicKey).topic)).toBe(km[`${name}_partitioned_topic`]);
      for (const k of p.ratchetKeys)
        expect(toHex(crypto.secp256k1PublicKey(k.privateKey, true))).toBe(toHex(k.publicKey));
    }
    const n = await negotiatedTopic(A.identityPrivateKey, B.identityPublicKey);
    expect(toHex(n.sharedSecret)).toBe(km.static_shared_secret_A_B);
    expect(toHex(n.topic)).toBe(km.negotiated_topic);
    expect(toHex(n.symKey)).toBe(km.negotiated_sym_key);
  });
});

const envelopes = allCases('status-one-to-one').filter((c) => c.kind !== 'key-material');

describe('status-one-to-one.json Double Ratchet layer, recipient side', () => {
  const sk = fromHex(event(B, 'x3dh_passive').shared_secret as string);
  const rows = envelopes.flatMap((c) =>
    Object.entries(((c.expected as Rec).protocol_message as Rec).direct_message as Record<string, Rec>).map(
      ([installationId, dm]) => [`${c.id} → ${installationId}`, installationId, dm] as const,
    ),
  );
  expect(rows.length).toBeGreaterThan(0);

  it.each(rows)('%s', (_name, installationId, dm) => {
    const recipient = installationId === A.installationId ? 'A' : 'B';
    expect(dm.decrypted_by).toBe(recipient);
    const header = dm.dr_header as Rec;
    const dh = h(header.key);
    const ad = encodeRatchetHeader({ dh, n: header.n as number, pn: header.pn as number });
    expect(toHex(ad)).toBe((dm.dr as Rec).associated_data);
    let ck = recipientChainKey(sk, dh, recipient);
    let mk: Uint8Array = new Uint8Array(0);
    for (let i = 0; i <= (header.n as number); i++) ({ chainKey: ck, messageKey: mk } = kdfCk(crypto, ck));
    expect(toHex(mk)).toBe((dm.dr as Rec).message_key);
    expect(toHex(ratchetOpen(crypto, mk, h(dm.payload), ad))).toBe(dm.plaintext);
    // The bundle ID in the header is B's signed pre-key: the session's X3DH bundle.
    expect(header.id).toBe(bundleB.signed_pre_key_public);
  });
});
