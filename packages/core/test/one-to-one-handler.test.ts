/**
 * status-one-to-one.json through the full secure-transport handler: for every envelope captured
 * between two status-go v0.62.18 nodes, the recipient's statuskit transport handles the decrypted
 * Whisper payload (the ProtocolMessage bytes) with the recipient's keys from the vector and must
 * produce status-go's plaintext, the same bundles, installations and negotiated secret, and an
 * MVDS payload whose application messages decode to the captured chat messages.
 *
 * A message that starts a session (X3DH header) is handled from scratch with the recipient's
 * signed pre-key imported. A message on a later ratchet chain needs the recipient's state just
 * before the DH step that chain caused: it is imported (as a status-go migration would) from the
 * key material, with the root key rebuilt along the alternating DH steps (see
 * one-to-one-ratchet.test.ts), and the handler performs the step itself, drawing the next ratchet
 * key from a scripted random source that yields the recipient's logged key.
 */
import {
  decodeChatMessage,
  decodeMvdsPayload,
  decodeProtocolMessage,
  encodeDirectMessageProtocol,
  unwrapApplicationMessage,
} from '@statuskit/payloads';
import { nobleCrypto as crypto, fromHex, memoryStorage, type RandomSource, toHex } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { allCases, casesOf } from '../../../test/support/vectors.js';
import {
  bundleSignatureMaterial,
  createSecureTransport,
  generateAlias,
  kdfRk,
  type RatchetState,
  ratchetDh,
  verifyBundle,
} from '../src/index.js';

type Rec = Record<string, unknown>;
type Pair = { privateKey: Uint8Array; publicKey: Uint8Array };
const h = (v: unknown) => fromHex(v as string);
const km = casesOf('status-one-to-one', 'key-material')[0]?.expected as Rec;

function partyOf(p: 'A' | 'B') {
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
const A = partyOf('A');
const B = partyOf('B');
const bundleEvent = B.events.find((e) => e.event === 'x3dh_new_bundle') as Rec;
const spkB: Pair = {
  privateKey: h(bundleEvent.signed_pre_key_private),
  publicKey: h(bundleEvent.signed_pre_key_public),
};
const sk = h((B.events.find((e) => e.event === 'x3dh_passive') as Rec).shared_secret);

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

/** A source that hands out `key` for the next 32-byte draw (the ratchet key the node generated). */
function scripted(keys: Uint8Array[]): RandomSource {
  const queue = [...keys];
  return (n) => {
    const next = queue.shift();
    if (next === undefined || n !== 32) throw new Error(`unexpected random draw of ${n} bytes`);
    return next;
  };
}

const envelopes = allCases('status-one-to-one').filter((c) => c.kind !== 'key-material');
const rows = envelopes.flatMap((c) =>
  Object.entries(((c.expected as Rec).protocol_message as Rec).direct_message as Record<string, Rec>).map(
    ([installationId, dm]) => [`${c.id} → ${installationId}`, c, installationId, dm] as const,
  ),
);

describe('status-one-to-one.json through the secure-transport handler', () => {
  it('has direct messages to replay', () => {
    expect(rows.length).toBeGreaterThan(0);
  });

  it.each(rows)('%s', async (_name, c, installationId, dm) => {
    const e = c.expected as Rec;
    const recipient = installationId === A.installationId ? A : B;
    const sender = recipient === A ? B : A;
    expect(toHex(h(e.transport_signer_pubkey))).toBe(toHex(sender.publicKey));
    const pmBytes = h(e.decrypted_payload);
    const header = dm.dr_header as Rec;
    const dh = h(header.key);

    // Which chain the message is on, and the ratchet key the recipient draws when stepping into it.
    const senderIndex = sender.keys.findIndex((k) => toHex(k.publicKey) === toHex(dh));
    expect(senderIndex).toBeGreaterThanOrEqual(0);
    const step = recipient === B ? 2 * senderIndex : 2 * senderIndex + 1;
    const nextKey = recipient === B ? (B.keys[senderIndex] as Pair) : (A.keys[senderIndex + 1] as Pair);

    const storage = memoryStorage();
    const transport = createSecureTransport({
      identityPrivateKey: recipient.identityPrivateKey,
      installationId: recipient.installationId,
      storage,
      random: scripted([nextKey.privateKey]),
    });
    if (recipient === B) await transport.importSignedPreKey({ privateKey: spkB.privateKey, version: 1 });
    const startsSession = dm.x3dh_header !== undefined && recipient === B && senderIndex === 0;
    if (!startsSession) {
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
        rootKey: rootBefore(step, recipient.name as 'A' | 'B'),
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
    }

    const handled = await transport.handleMessage(sender.publicKey, pmBytes, h(e.envelope_hash));
    expect(handled.kind).toBe('ratchet');
    expect(toHex(handled.payload)).toBe(dm.plaintext);
    expect(handled.installationId).toBe(sender.installationId);
    expect(handled.newInstallations.map((i) => [i.id, toHex(i.identity), i.enabled])).toEqual([
      [sender.installationId, toHex(sender.publicKey), true],
    ]);
    expect(handled.sharedSecrets.map((s) => toHex(s.key))).toEqual([km.static_shared_secret_A_B]);
    await transport.confirmMessageProcessed(h(e.envelope_hash));

    // The ProtocolMessage as status-go built it.
    const pm = decodeProtocolMessage(pmBytes);
    const expectedPm = e.protocol_message as Rec;
    expect(pm.installationId).toBe(expectedPm.installation_id);
    expect(pm.publicMessage.length).toBe(0);
    const bundles = expectedPm.bundles as Rec[];
    expect(pm.bundles).toHaveLength(bundles.length);
    pm.bundles.forEach((bundle, i) => {
      const eb = bundles[i] as Rec;
      expect(toHex(bundle.identity)).toBe(eb.identity);
      expect(toHex(bundle.signature)).toBe(eb.signature);
      expect(bundle.timestamp.toString()).toBe(eb.timestamp_ns);
      expect(toHex(bundleSignatureMaterial(bundle.signedPreKeys, bundle.timestamp))).toBe(
        eb.signature_material,
      );
      expect(eb.verifies).toBe(true);
      expect(toHex(verifyBundle(bundle))).toBe(toHex(sender.publicKey));
      const spks = Object.fromEntries(
        [...bundle.signedPreKeys].map(([id, s]) => [
          id,
          { protocol_version: s.protocolVersion, signed_pre_key: toHex(s.signedPreKey), version: s.version },
        ]),
      );
      expect(spks).toEqual(eb.signed_pre_keys);
    });
    const ours = pm.directMessage.get(installationId);
    expect(ours).toBeDefined();
    expect(toHex(encodeDirectMessageProtocol(ours as never))).toBe(dm.proto);
    expect(toHex(ours?.drHeader?.key as Uint8Array)).toBe(header.key);

    // Above the secure transport: the MVDS payload and the application messages in it.
    if (dm.mvds_payload !== undefined) {
      const mvds = decodeMvdsPayload(handled.payload);
      const em = dm.mvds_payload as Rec;
      expect(mvds.acks.map(toHex)).toEqual(em.acks ?? []);
      const apps = (e.application_messages as Rec[] | null) ?? [];
      const bodies = mvds.messages.map((m) => m.body);
      expect(bodies.map(toHex)).toEqual(((em.messages as Rec[] | null) ?? []).map((m) => m.body));
      apps.forEach((app, i) => {
        const amm = unwrapApplicationMessage(bodies[i] as Uint8Array, { transportSigner: sender.publicKey });
        expect(toHex(amm.author)).toBe(app.author_pubkey);
        expect(generateAlias(amm.author)).toBe(app.author_alias);
        expect(toHex(amm.messageId)).toBe(app.message_id);
        expect(amm.type).toBe(app.type);
        const chat = decodeChatMessage(amm.payload);
        const ec = app.chat_message as Rec;
        expect(chat.text).toBe(ec.text);
        expect(chat.chatId).toBe(ec.chat_id);
        expect(chat.clock.toString()).toBe(ec.clock);
      });
    }
  });
});
