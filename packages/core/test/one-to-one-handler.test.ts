/**
 * status-one-to-one.json through the full secure-transport handler: for every envelope captured
 * between two status-go v0.62.18 nodes, the recipient's statuskit transport handles the decrypted
 * Whisper payload (the ProtocolMessage bytes) with the recipient's keys from the vector and must
 * produce status-go's plaintext, the same bundles, installations and negotiated secret, and an
 * MVDS payload whose application messages decode to the captured chat messages.
 *
 * The recipient's state before each message comes from support/one-to-one-capture.ts.
 */
import {
  decodeChatMessage,
  decodeMvdsPayload,
  decodeProtocolMessage,
  encodeDirectMessageProtocol,
  unwrapApplicationMessage,
} from '@statuskit/payloads';
import { fromHex, memoryStorage, toHex } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { allCases } from '../../../test/support/vectors.js';
import { bundleSignatureMaterial, createSecureTransport, generateAlias, verifyBundle } from '../src/index.js';
import * as capture from './support/one-to-one-capture.js';
import { recipientSetup, scripted } from './support/one-to-one-capture.js';

type Rec = Record<string, unknown>;
const h = (v: unknown) => fromHex(v as string);
const km = capture.km;
const { A, B } = capture;

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

    const storage = memoryStorage();
    const setup = recipientSetup(installationId, dm);
    const transport = createSecureTransport({
      identityPrivateKey: recipient.identityPrivateKey,
      installationId: recipient.installationId,
      storage,
      random: scripted([setup.nextKey.privateKey]),
    });
    await setup.importInto(transport);

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
