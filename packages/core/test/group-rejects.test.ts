/**
 * Bad private-group input at the client level: crafted MembershipUpdateMessages reach the
 * client's receive pipeline through its Waku node (as public-topic envelopes, so no session is
 * needed: the AMM handling is the same), each gets a typed `message:rejected` and leaves every byte
 * of the client's storage as it was. Replays change nothing and are not errors.
 */
import {
  CONTENT_TYPE,
  encodeProtocolMessage,
  MESSAGE_TYPE,
  MEMBERSHIP_EVENT_TYPE as T,
} from '@statuskit/payloads';
import { memoryStorage, nobleCrypto, type Storage, toHex } from '@statuskit/utils';
import { createEnvelope, publicChatTopic } from '@statuskit/whisper';
import { describe, expect, it } from 'vitest';
import { membershipUpdateAmm } from '../src/client/group-chats.js';
import {
  type ClientEvents,
  createClient,
  foldGroupEvents,
  type GroupEvent,
  newGroupChatId,
  signGroupEvent,
} from '../src/index.js';

const CHAT = 'group-rejects-test';

async function snapshot(storage: Storage): Promise<string[]> {
  const out: string[] = [];
  for await (const [k, v] of storage.iterate()) out.push(`${toHex(k)}=${toHex(v)}`);
  return out;
}

function party() {
  const privateKey = nobleCrypto.secp256k1GeneratePrivateKey();
  const publicKey = nobleCrypto.secp256k1PublicKey(privateKey, false);
  return { privateKey, publicKey, id: `0x${toHex(publicKey)}` };
}
type Party = ReturnType<typeof party>;

let topicKey: ReturnType<typeof publicChatTopic> | undefined;

async function envelope(amm: Uint8Array, by: Party): Promise<Uint8Array> {
  topicKey ??= publicChatTopic(CHAT); // PBKDF2 once
  const { topic, symKey } = await topicKey;
  const payload = encodeProtocolMessage({
    installationId: 'x',
    bundles: [],
    directMessage: new Map(),
    publicMessage: amm,
  });
  return (
    await createEnvelope({ payload, topic, symKey, signingKey: by.privateKey, ttlSeconds: 15, powTarget: 0 })
  ).raw;
}

/** A MembershipUpdateMessage with `events`, sent by `by`, optionally carrying a chat message. */
function update(chatId: string, events: GroupEvent[], by: Party, text?: string): Uint8Array {
  const now = BigInt(Date.now());
  const state = { ...foldGroupEventsLoose(chatId, events), events };
  const entity =
    text === undefined
      ? undefined
      : {
          kind: 'message' as const,
          message: {
            clock: now,
            timestamp: now,
            text,
            responseTo: '',
            ensName: '',
            chatId,
            messageType: MESSAGE_TYPE.PRIVATE_GROUP,
            contentType: CONTENT_TYPE.TEXT_PLAIN,
            content: undefined,
            grant: new Uint8Array(0),
          },
        };
  return membershipUpdateAmm(state, entity, by.privateKey, nobleCrypto);
}

/** The state shape without validating (bad histories must still be sendable). */
function foldGroupEventsLoose(chatId: string, events: GroupEvent[]) {
  try {
    return foldGroupEvents(chatId, events);
  } catch {
    return { chatId, name: '', creator: '', members: [], joined: [], admins: [], events };
  }
}

async function setup() {
  const [alice, bob, carol, mallory] = [party(), party(), party(), party()];
  const storage = memoryStorage();
  const client = await createClient({ identity: { privateKey: bob.privateKey }, storage, autoStart: false });
  await client.joinPublicChat(CHAT);
  const rejected: ClientEvents['message:rejected'][] = [];
  const received: ClientEvents['message:received'][] = [];
  const updated: ClientEvents['group:updated'][] = [];
  client.addEventListener('message:rejected', (e) => rejected.push(e.detail));
  client.addEventListener('message:received', (e) => received.push(e.detail));
  client.addEventListener('group:updated', (e) => updated.push(e.detail));
  const chatId = newGroupChatId(alice.publicKey, nobleCrypto.randomBytes);
  const now = BigInt(Date.now()) - 10_000n;
  const ev = (by: Party, type: number, clock: bigint, members: string[] = [], name = '', id = chatId) =>
    signGroupEvent(id, { type, clock, members, name }, by.privateKey);
  const history = [
    ev(alice, T.CHAT_CREATED, now, [], 'group'),
    ev(alice, T.MEMBERS_ADDED, now + 1n, [bob.id, carol.id]),
    ev(carol, T.MEMBER_JOINED, now + 2n),
  ];
  const post = async (amm: Uint8Array, by: Party) => {
    client.node.post(await envelope(amm, by));
    await client.whenIdle();
  };
  await post(update(chatId, history, alice), alice);
  expect(client.group(chatId)?.members).toEqual([alice.id, bob.id, carol.id].sort());
  expect(client.getChat(chatId)?.info().kind).toBe('private-group');
  await client.joinGroup(chatId);
  const joined = client.group(chatId)?.events ?? [];
  expect(joined).toHaveLength(4);
  rejected.length = 0;
  updated.length = 0;
  return {
    storage,
    client,
    rejected,
    received,
    updated,
    chatId,
    history: joined,
    ev,
    post,
    alice,
    bob,
    carol,
    mallory,
    now,
  };
}

describe('client: bad group input gets a typed event and changes nothing', () => {
  it('events signed by a non-member, by a member without admin rights', async () => {
    const s = await setup();
    const before = await snapshot(s.storage);
    const cases: Array<[Party, GroupEvent, string]> = [
      [s.mallory, s.ev(s.mallory, T.NAME_CHANGED, s.now + 10n, [], 'pwned'), 'not-member'],
      [s.mallory, s.ev(s.mallory, T.MEMBER_JOINED, s.now + 10n), 'not-member'],
      [s.carol, s.ev(s.carol, T.NAME_CHANGED, s.now + 10n, [], 'mine'), 'not-admin'],
      [s.carol, s.ev(s.carol, T.MEMBERS_ADDED, s.now + 10n, [s.mallory.id]), 'not-admin'],
      [s.carol, s.ev(s.carol, T.MEMBER_REMOVED, s.now + 10n, [s.bob.id]), 'not-admin'],
    ];
    for (const [by, bad] of cases) await s.post(update(s.chatId, [...s.history, bad], by), by);
    expect(s.rejected.map((r) => r.reason)).toEqual(cases.map((c) => c[2]));
    expect(s.rejected.every((r) => r.error?.name === 'GroupEventError')).toBe(true);
    expect(s.updated).toEqual([]);
    expect(await snapshot(s.storage)).toEqual(before);
    await s.client.close();
  });

  it('a chat ID that does not match its creator', async () => {
    const s = await setup();
    const before = await snapshot(s.storage);
    // Mallory makes a group whose ID claims Alice created it, with us in it.
    const forged = newGroupChatId(s.alice.publicKey, nobleCrypto.randomBytes);
    const events = [
      s.ev(s.mallory, T.CHAT_CREATED, s.now, [], 'trust me', forged),
      s.ev(s.mallory, T.MEMBERS_ADDED, s.now + 1n, [s.bob.id], '', forged),
    ];
    await s.post(update(forged, events, s.mallory), s.mallory);
    expect(s.rejected.map((r) => r.reason)).toEqual(['group-invalid']);
    expect(s.client.group(forged)).toBeUndefined();
    expect(await snapshot(s.storage)).toEqual(before);
    await s.client.close();
  });

  it('a replayed update changes nothing and is no error', async () => {
    const s = await setup();
    const before = await snapshot(s.storage);
    await s.post(update(s.chatId, s.history, s.alice), s.alice);
    await s.post(update(s.chatId, [...s.history].reverse(), s.carol), s.carol);
    expect(s.rejected).toEqual([]);
    expect(s.updated).toEqual([]);
    expect(await snapshot(s.storage)).toEqual(before);
    await s.client.close();
  });

  it('clocks that break the rules: zero, too far ahead, before the creation', async () => {
    const s = await setup();
    const before = await snapshot(s.storage);
    for (const clock of [0n, BigInt(Date.now()) + 600_000n, s.now - 1n]) {
      const bad = s.ev(s.alice, T.NAME_CHANGED, clock, [], 'renamed');
      await s.post(update(s.chatId, [...s.history, bad], s.alice), s.alice);
    }
    expect(s.rejected.map((r) => r.reason)).toEqual(['clock', 'clock', 'clock']);
    expect(s.client.group(s.chatId)?.name).toBe('group');
    expect(await snapshot(s.storage)).toEqual(before);
    await s.client.close();
  });

  it('chat messages from a non-member, a member not joined, and a removed member are dropped', async () => {
    const s = await setup();
    // Carol writes while a member: accepted.
    await s.post(update(s.chatId, s.history, s.carol, 'hi'), s.carol);
    expect(s.received.map((m) => m.text)).toEqual(['hi']);
    // Alice removes Carol.
    const removal = s.ev(s.alice, T.MEMBER_REMOVED, s.now + 100n, [s.carol.id]);
    await s.post(update(s.chatId, [...s.history, removal], s.alice), s.alice);
    expect(s.client.group(s.chatId)?.members).toEqual([s.alice.id, s.bob.id].sort());
    const before = await snapshot(s.storage);
    // Carol, with the history she knew; Mallory with the full one.
    await s.post(update(s.chatId, s.history, s.carol, 'still here'), s.carol);
    await s.post(update(s.chatId, [...s.history, removal], s.mallory, 'let me in'), s.mallory);
    expect(s.rejected.map((r) => r.reason)).toEqual(['not-member', 'not-member']);
    expect(await snapshot(s.storage)).toEqual(before);
    // Dave is invited but has not joined: his messages are not accepted yet.
    const dave = party();
    const invite = s.ev(s.alice, T.MEMBERS_ADDED, s.now + 200n, [dave.id]);
    const withDave = [...s.history, removal, invite];
    await s.post(update(s.chatId, withDave, s.alice), s.alice);
    expect(s.client.group(s.chatId)?.members).toContain(dave.id);
    const invited = await snapshot(s.storage);
    await s.post(update(s.chatId, withDave, dave, 'not joined yet'), dave);
    expect(s.rejected.map((r) => r.reason)).toEqual(['not-member', 'not-member', 'not-member']);
    expect(await snapshot(s.storage)).toEqual(invited);
    // Once joined, he is.
    const joins = s.ev(dave, T.MEMBER_JOINED, s.now + 300n);
    await s.post(update(s.chatId, [...withDave, joins], dave, 'joined now'), dave);
    expect(s.received.map((m) => m.text)).toEqual(['hi', 'joined now']);
    await s.client.close();
  });
});
