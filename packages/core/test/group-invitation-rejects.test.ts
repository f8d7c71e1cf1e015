/**
 * Bad join requests (GroupChatInvitation, AMM type 23, §7.6) at the client level: crafted ones reach
 * the receive pipeline through the client's Waku node as public-topic envelopes (the AMM handling is
 * the same as over a session), each gets a typed `message:rejected` and leaves every byte of the
 * client's storage as it was; a good one is stored once, and a replay or an older clock changes nothing.
 */
import {
  AMM_TYPE,
  encodeGroupChatInvitation,
  encodeProtocolMessage,
  GROUP_CHAT_INVITATION_STATE as S,
  wrapApplicationMessage,
} from '@statuskit/payloads';
import { memoryStorage, nobleCrypto, type Storage, toHex } from '@statuskit/utils';
import { createEnvelope, publicChatTopic } from '@statuskit/whisper';
import { describe, expect, it } from 'vitest';
import { type ClientEvents, createClient, type GroupInvitation, newGroupChatId } from '../src/index.js';

const CHAT = 'group-invitation-rejects';

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

async function envelope(
  fields: { clock: bigint; chatId: string; state: number },
  by: Party,
): Promise<Uint8Array> {
  topicKey ??= publicChatTopic(CHAT);
  const { topic, symKey } = await topicKey;
  const amm = wrapApplicationMessage(
    encodeGroupChatInvitation({ ...fields, introductionMessage: 'hi' }),
    AMM_TYPE.GROUP_CHAT_INVITATION,
    by.privateKey,
    nobleCrypto,
  );
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

describe('GroupChatInvitation refusals', () => {
  it('refuses bad requests and rejections, changing nothing; keeps a good request once', async () => {
    const storage = memoryStorage();
    const admin = party();
    const client = await createClient({
      identity: { privateKey: admin.privateKey },
      storage,
      autoStart: false,
    });
    await client.joinPublicChat(CHAT);
    const chat = await client.createGroup('g', []);
    const rejected: ClientEvents['message:rejected'][] = [];
    const invitations: GroupInvitation[] = [];
    client.addEventListener('message:rejected', (e) => rejected.push(e.detail));
    client.addEventListener('group:invitation', (e) => invitations.push(e.detail));
    const post = async (raw: Uint8Array) => {
      client.node.post(raw);
      await client.whenIdle();
    };
    const asker = party();
    const now = BigInt(Date.now());
    const otherGroup = newGroupChatId(asker.publicKey, nobleCrypto.randomBytes);
    const before = await snapshot(storage);
    const cases: Array<[string, { clock: bigint; chatId: string; state: number }, string]> = [
      ['a chat ID that is not a group', { clock: now, chatId: 'nope', state: S.REQUEST }, 'invalid'],
      ['clock 0', { clock: 0n, chatId: chat.id, state: S.REQUEST }, 'clock'],
      ['a clock far ahead', { clock: now + 3_600_000n, chatId: chat.id, state: S.REQUEST }, 'clock'],
      [
        'state APPROVED (status-go 0.62 never sends it)',
        { clock: now, chatId: chat.id, state: S.APPROVED },
        'unsupported',
      ],
      [
        'a request for a group we do not hold',
        { clock: now, chatId: otherGroup, state: S.REQUEST },
        'unknown-chat',
      ],
      [
        'a rejection of a request we never sent',
        { clock: now, chatId: chat.id, state: S.REJECTED },
        'unknown-chat',
      ],
    ];
    for (const [what, fields, reason] of cases) {
      await post(await envelope(fields, asker));
      expect(rejected.at(-1)?.reason, what).toBe(reason);
    }
    expect(rejected).toHaveLength(cases.length);
    expect(await snapshot(storage)).toEqual(before);
    expect(invitations).toEqual([]);

    // A good request is kept; the same one again, or an older one, changes nothing.
    await post(await envelope({ clock: now, chatId: chat.id, state: S.REQUEST }, asker));
    expect(invitations).toHaveLength(1);
    const kept = await snapshot(storage);
    await post(await envelope({ clock: now - 5n, chatId: chat.id, state: S.REQUEST }, asker));
    expect(invitations).toHaveLength(1);
    expect(await snapshot(storage)).toEqual(kept);
    expect(await client.groupInvitations()).toEqual([
      {
        chatId: chat.id,
        from: asker.id,
        admin: client.identity.publicKeyString,
        introduction: 'hi',
        state: 'request',
        clock: now,
      },
    ]);
    await client.close();
  });
});
