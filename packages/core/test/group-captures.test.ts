/**
 * group-chat.json (status-go v0.62.18 live capture) through the client's whole receive pipeline:
 * each captured envelope is posted to the recipient client's Waku node, whose negotiated-topic
 * filter opens it; then the secure transport (the recipient's ratchet state imported as in
 * client-captures.test.ts; group-chat.json continues the same two sessions), MVDS, the AMM and the
 * MembershipUpdateMessage run as for live traffic. A fresh recipient must come out holding
 * status-go's group state, with any chat message surfaced once; nothing may be rejected.
 */
import { fromHex, manualClock, toHex } from '@statuskit/utils';
import { envelopeRecord } from '@statuskit/whisper';
import { describe, expect, it } from 'vitest';
import { allCases, casesOf } from '../../../test/support/vectors.js';
import { type ClientEvents, createClient, type Message } from '../src/index.js';
import { km, recipientSetup } from './support/one-to-one-capture.js';

type Rec = Record<string, unknown>;
const h = (v: unknown) => fromHex(v as string);
const gkm = casesOf('group-chat', 'key-material')[0]?.expected as Rec;

const clockAt = (envelopeRlp: Uint8Array) => {
  const { envelope } = envelopeRecord(envelopeRlp);
  return manualClock((envelope.expiry - envelope.ttl) * 1000);
};

describe('group-chat.json through the client', () => {
  it('continues the sessions of status-one-to-one.json', () => {
    const session = gkm.session as Rec;
    for (const k of [
      'A_identity_privkey',
      'B_identity_privkey',
      'negotiated_sym_key',
      'static_shared_secret_A_B',
    ])
      expect(session[k]).toBe(km[k]);
  });

  const envelopes = allCases('group-chat').filter((c) => c.kind === undefined);
  const rows = envelopes.flatMap((c) =>
    Object.entries(((c.expected as Rec).protocol_message as Rec).direct_message as Record<string, Rec>).map(
      ([installationId, dm]) => [`${c.id} → ${installationId}`, c, installationId, dm] as const,
    ),
  );
  it('has direct messages', () => expect(rows.length).toBeGreaterThan(0));

  it.each(rows)('%s', async (_name, c, installationId, dm) => {
    const raw = h(c.envelope_rlp);
    const e = c.expected as Rec;
    const setup = recipientSetup(installationId, dm);
    const client = await createClient({
      identity: { privateKey: setup.recipient.identityPrivateKey },
      installationId: setup.recipient.installationId,
      nodeKey: new Uint8Array(32).fill(7),
      clock: clockAt(raw),
      random: setup.random(),
      autoStart: false,
    });
    await setup.importInto(client.secureTransport);
    const transport = e.transport as Rec;
    expect(transport.encryption).toBe('symmetric');
    client.node.subscribe({
      id: `0x${toHex(setup.sender.publicKey)}-negotiated`,
      topics: [h(km.negotiated_topic)],
      key: { kind: 'symmetric', key: h(km.negotiated_sym_key) },
      allowP2P: true,
    });
    const received: Message[] = [];
    const rejected: ClientEvents['message:rejected'][] = [];
    const errors: ClientEvents['error'][] = [];
    client.addEventListener('message:received', (ev) => received.push(ev.detail));
    client.addEventListener('message:rejected', (ev) => rejected.push(ev.detail));
    client.addEventListener('error', (ev) => errors.push(ev.detail));
    client.node.post(raw);
    await client.whenIdle();
    expect(rejected).toEqual([]);
    expect(errors).toEqual([]);
    const apps = (e.application_messages as Rec[] | null) ?? [];
    const chatId = gkm.group_chat_id as string;
    if (apps.length === 0) expect(client.groups()).toEqual([]);
    const chats: Rec[] = [];
    for (const app of apps) {
      const mu = app.membership_update_message as Rec;
      const gs = mu.group_state as Rec;
      const sorted = (v: unknown) => [...((v as string[] | null) ?? [])].sort();
      const g = client.group(chatId);
      expect(g?.name).toBe(gs.name);
      expect(g?.members).toEqual(sorted(gs.members));
      expect(g?.joined).toEqual(sorted(gs.joined));
      expect(g?.admins).toEqual(sorted(gs.admins));
      expect(g?.events.map((x) => toHex(x.blob)).sort()).toEqual(
        (mu.events as Rec[]).map((x) => `${x.signature}${x.event_proto}`).sort(),
      );
      expect(client.getChat(chatId)?.info()).toMatchObject({ kind: 'private-group', name: gs.name });
      if (mu.chat_message !== undefined && mu.chat_message !== null)
        chats.push({ ...app, cm: mu.chat_message });
    }
    // Every chat message inside surfaces once, with status-go's ID and author.
    expect(received.map((m) => m.id)).toEqual(chats.map((a) => `0x${a.message_id}`));
    received.forEach((m, i) => {
      const a = chats[i] as Rec;
      expect(m.chatId).toBe(chatId);
      expect(m.chatKind).toBe('private-group');
      expect(m.author).toBe(`0x${a.author_pubkey}`);
      expect(m.text).toBe((a.cm as Rec).text);
    });
    await client.close();
  });
});
