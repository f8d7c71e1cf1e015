/**
 * The status-go v0.62.18 captures (status-public-message.json, status-one-to-one.json) through the
 * client's whole receive pipeline: each captured envelope is posted to the recipient client's Waku
 * node, whose filters open it, then the ProtocolMessage, secure transport, MVDS, AMM and payload
 * layers run as for live traffic. Every application message must surface once as a
 * `message:received` with status-go's chat, author, text and message ID; nothing may be rejected.
 */
import { fromHex, manualClock, toHex } from '@statuskit/utils';
import { envelopeRecord } from '@statuskit/whisper';
import { describe, expect, it } from 'vitest';
import { allCases, casesOf } from '../../../test/support/vectors.js';
import { type Client, type ClientEvents, createClient, type Message } from '../src/index.js';
import { km, recipientSetup } from './support/one-to-one-capture.js';

type Rec = Record<string, unknown>;
const h = (v: unknown) => fromHex(v as string);

/** A client that records what it surfaces. */
function observe(c: Client) {
  const received: Message[] = [];
  const rejected: ClientEvents['message:rejected'][] = [];
  const errors: ClientEvents['error'][] = [];
  c.addEventListener('message:received', (e) => received.push(e.detail));
  c.addEventListener('message:rejected', (e) => rejected.push(e.detail));
  c.addEventListener('error', (e) => errors.push(e.detail));
  return { received, rejected, errors };
}

/** The clock at the envelope's send time (its expiry is checked against it). */
const clockAt = (envelopeRlp: Uint8Array) => {
  const { envelope } = envelopeRecord(envelopeRlp);
  return manualClock((envelope.expiry - envelope.ttl) * 1000);
};

function expectApplicationMessages(got: Message[], apps: Rec[], chatId: string): void {
  const chats = apps.filter((a) => a.type_name === 'CHAT_MESSAGE');
  expect(got).toHaveLength(chats.length);
  chats.forEach((app, i) => {
    const m = got[i] as Message;
    const cm = app.chat_message as Rec;
    expect(m.id).toBe(`0x${app.message_id}`);
    expect(m.author).toBe(`0x${app.author_pubkey}`);
    expect(m.chatId).toBe(chatId);
    expect(m.text).toBe(cm.text);
    expect(m.clock.toString()).toBe(cm.clock);
    expect(m.timestamp.toString()).toBe(cm.timestamp);
    expect(m.outgoing).toBe(false);
  });
}

describe('status-public-message.json through the client', () => {
  const pkm = casesOf('status-public-message', 'key-material')[0]?.expected as Rec;
  const envelopes = allCases('status-public-message').filter((c) => c.kind === undefined);
  it('has captured envelopes', () => expect(envelopes.length).toBeGreaterThan(0));

  it.each(envelopes.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
    const raw = h(c.envelope_rlp);
    const e = c.expected as Rec;
    const recipient = c.sender === 'A' ? 'B' : 'A';
    const client = await createClient({
      identity: { privateKey: h(pkm[`${recipient}_identity_privkey`]) },
      clock: clockAt(raw),
      autoStart: false,
    });
    const seen = observe(client);
    const chatName = pkm.chat_name as string;
    await client.joinPublicChat(chatName);
    client.node.post(raw);
    await client.whenIdle();
    expect(seen.rejected).toEqual([]);
    expect(seen.errors).toEqual([]);
    expectApplicationMessages(seen.received, (e.application_messages as Rec[] | null) ?? [], chatName);
    // A second copy (relay gossip, mailserver) is the same message: nothing twice.
    client.node.post(raw);
    await client.whenIdle();
    expect(seen.received.length).toBe(((e.application_messages as Rec[] | null) ?? []).length);
    await client.close();
  });

  it('a public message for a chat we never joined is rejected and changes nothing', async () => {
    const c = envelopes.find((x) => ((x.expected as Rec).application_messages as Rec[] | null)?.length);
    if (c === undefined) throw new Error('no public capture with a chat message');
    const raw = h(c.envelope_rlp);
    const recipient = c.sender === 'A' ? 'B' : 'A';
    const client = await createClient({
      identity: { privateKey: h(pkm[`${recipient}_identity_privkey`]) },
      clock: clockAt(raw),
      autoStart: false,
    });
    const seen = observe(client);
    // The filter is there (we follow the topic) but the chat is not joined any more.
    await client.joinPublicChat(pkm.chat_name as string);
    await client.leaveChat(pkm.chat_name as string);
    client.node.subscribe({
      topics: [h(pkm.topic)],
      key: { kind: 'symmetric', key: h(pkm.sym_key) },
      allowP2P: true,
    });
    client.node.post(raw);
    await client.whenIdle();
    expect(seen.received).toEqual([]);
    expect(seen.rejected.map((r) => r.reason)).toEqual(['unknown-chat']);
    expect(client.chats()).toEqual([]);
    await client.close();
  });
});

describe('status-one-to-one.json through the client', () => {
  const envelopes = allCases('status-one-to-one').filter((c) => c.kind !== 'key-material');
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
    // Every shared capture travels on the negotiated topic: before it, the recipient had agreed the
    // secret and followed that topic (status-go installs the filter when the secret is generated).
    const senderKey = `0x${toHex(setup.sender.publicKey)}`;
    const transport = e.transport as Rec;
    if (transport.encryption === 'symmetric') {
      expect(transport.sym_key_password).toBe(km.static_shared_secret_A_B);
      client.node.subscribe({
        id: `${senderKey}-negotiated`,
        topics: [h(km.negotiated_topic)],
        key: { kind: 'symmetric', key: h(km.negotiated_sym_key) },
        allowP2P: true,
      });
    }
    const seen = observe(client);
    client.node.post(raw);
    await client.whenIdle();
    expect(seen.rejected).toEqual([]);
    expect(seen.errors).toEqual([]);
    expectApplicationMessages(seen.received, (e.application_messages as Rec[] | null) ?? [], senderKey);
    // A 1:1 message opens (or finds) the sender's chat; the message recorded the shared secret.
    if (seen.received.length > 0) expect(client.getChat(senderKey)?.kind).toBe('one-to-one');
    expect((await client.secureTransport.getSharedSecrets()).map((x) => toHex(x.key))).toEqual([
      km.static_shared_secret_A_B,
    ]);
    await client.close();
  });
});
