/**
 * The key material of status-one-to-one.json (a live capture between two status-go v0.62.18 nodes)
 * and how to put a recipient's transport in the state status-go's was in before a captured message.
 *
 * A message that starts a session (X3DH header) is handled from scratch with the recipient's
 * signed pre-key imported. A message on a later ratchet chain needs the recipient's state just
 * before the DH step that chain caused: it is imported (as a status-go migration would) from the
 * key material, with the root key rebuilt along the alternating DH steps (see
 * one-to-one-ratchet.test.ts), and the handler performs the step itself, drawing the next ratchet
 * key from a scripted random source that yields the recipient's logged key.
 */
import { nobleCrypto as crypto, fromHex, type RandomSource, secureRandom, toHex } from '@statuskit/utils';
import { casesOf } from '../../../../test/support/vectors.js';
import { kdfRk, type RatchetState, ratchetDh, type SecureTransport } from '../../src/index.js';

type Rec = Record<string, unknown>;
export type Pair = { privateKey: Uint8Array; publicKey: Uint8Array };
const h = (v: unknown) => fromHex(v as string);

/** The `key-material` case's fields. */
export const km = casesOf('status-one-to-one', 'key-material')[0]?.expected as Rec;

export interface CaptureParty {
  name: 'A' | 'B';
  identityPrivateKey: Uint8Array;
  publicKey: Uint8Array;
  installationId: string;
  keys: Pair[];
  events: Rec[];
}

function partyOf(p: 'A' | 'B'): CaptureParty {
  return {
    name: p,
    identityPrivateKey: h(km[`${p}_identity_privkey`]),
    publicKey: h(km[`${p}_identity_pubkey`]),
    installationId: km[`${p}_installation_id`] as string,
    keys: (km[`${p}_ratchet_keys_generated_in_order`] as Rec[]).map(
      (k): Pair => ({ privateKey: h(k.private_key), publicKey: h(k.public_key) }),
    ),
    events: km[`${p}_x3dh_events`] as Rec[],
  };
}
export const A = partyOf('A');
export const B = partyOf('B');
const bundleEvent = B.events.find((e) => e.event === 'x3dh_new_bundle') as Rec;
export const spkB: Pair = {
  privateKey: h(bundleEvent.signed_pre_key_private),
  publicKey: h(bundleEvent.signed_pre_key_public),
};
export const sk = h((B.events.find((e) => e.event === 'x3dh_passive') as Rec).shared_secret);

/** DH of step i of the alternation SPK_B/A0, B0/A0, A1/B0, B1/A1, … from the recipient's keys. */
function stepDh(i: number, recipient: 'A' | 'B'): Uint8Array {
  if (i === 0) {
    return recipient === 'B'
      ? ratchetDh(crypto, spkB.privateKey, (A.keys[0] as Pair).publicKey)
      : ratchetDh(crypto, (A.keys[0] as Pair).privateKey, spkB.publicKey);
  }
  const b = Math.floor((i - 1) / 2);
  const a = i % 2 === 1 ? b : b + 1;
  return recipient === 'B'
    ? ratchetDh(crypto, (B.keys[b] as Pair).privateKey, (A.keys[a] as Pair).publicKey)
    : ratchetDh(crypto, (A.keys[a] as Pair).privateKey, (B.keys[b] as Pair).publicKey);
}

/** The root key before step `j` (RK₀ = SK). */
function rootBefore(j: number, recipient: 'A' | 'B'): Uint8Array {
  let rk = sk;
  for (let i = 0; i < j; i++) rk = kdfRk(crypto, rk, stepDh(i, recipient)).rootKey;
  return rk;
}

/**
 * A source that hands out `keys` for the next 32-byte draws (the ratchet keys the node generated),
 * then, with `fallback`, fresh randomness for anything else the caller draws later.
 */
export function scripted(keys: Uint8Array[], fallback?: RandomSource): RandomSource {
  const queue = [...keys];
  return (n) => {
    const next = queue.shift();
    if (next !== undefined && n === 32) return next;
    if (next === undefined && fallback !== undefined) return fallback(n);
    throw new Error(`unexpected random draw of ${n} bytes`);
  };
}

/** Who receives the direct message for `installationId`, and how to prepare its transport. */
export function recipientSetup(installationId: string, dm: Rec) {
  const recipient = installationId === A.installationId ? A : B;
  const sender = recipient === A ? B : A;
  const header = dm.dr_header as Rec;
  const dh = h(header.key);
  // Which chain the message is on, and the ratchet key the recipient draws when stepping into it.
  const senderIndex = sender.keys.findIndex((k) => toHex(k.publicKey) === toHex(dh));
  if (senderIndex < 0) throw new Error('the header key is none of the sender logged ratchet keys');
  const step = recipient === B ? 2 * senderIndex : 2 * senderIndex + 1;
  const nextKey = recipient === B ? (B.keys[senderIndex] as Pair) : (A.keys[senderIndex + 1] as Pair);
  const startsSession = dm.x3dh_header !== undefined && recipient === B && senderIndex === 0;
  return {
    recipient,
    sender,
    nextKey,
    /** A random source for the recipient: the logged ratchet key first, then fresh bytes. */
    random: () => scripted([nextKey.privateKey], secureRandom),
    async importInto(transport: SecureTransport): Promise<void> {
      if (recipient === B) await transport.importSignedPreKey({ privateKey: spkB.privateKey, version: 1 });
      if (startsSession) return;
      const prevRemote =
        recipient === B
          ? (A.keys[senderIndex - 1] as Pair).publicKey
          : senderIndex === 0
            ? spkB.publicKey
            : (B.keys[senderIndex - 1] as Pair).publicKey;
      const ours = recipient === B ? (B.keys[senderIndex - 1] as Pair) : (A.keys[senderIndex] as Pair);
      const state: RatchetState = {
        dhr: prevRemote,
        dhs: ours,
        rootKey: rootBefore(step, recipient.name),
        sendChainKey: new Uint8Array(32),
        sendN: 0,
        recvChainKey: new Uint8Array(32),
        recvN: header.pn as number,
        pn: 0,
        keysCount: 0,
      };
      await transport.importSession({
        theirPublicKey: sender.publicKey,
        installationId: sender.installationId,
        bundleId: h(header.id),
        role: recipient === B ? 'responder' : 'initiator',
        sharedSecret: sk,
        state,
      });
    },
  };
}
