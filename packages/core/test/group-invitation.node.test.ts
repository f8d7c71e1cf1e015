/**
 * Join requests to a private group (GroupChatInvitation, AMM type 23, §7.6) end to end over
 * loopback TCP, as status-go 0.62 uses them from an invitation link: a non-member asks the admin,
 * the admin rejects, the non-member asks again and the admin adds them. Requests to a non-admin,
 * rejections from someone not asked and requests with a bad chat ID are refused and change nothing.
 */
import { describe, expect, it } from 'vitest';
import { waitUntil } from '../../../test/support/wait.js';
import type { Client, ClientEvents, GroupInvitation } from '../src/index.js';
import { useLoopback } from './support/loopback.node.js';

const { relay, client } = useLoopback();
const T = 30_000;

function observe(c: Client) {
  const invitations: GroupInvitation[] = [];
  const rejected: ClientEvents['message:rejected'][] = [];
  c.addEventListener('group:invitation', (e) => invitations.push(e.detail));
  c.addEventListener('message:rejected', (e) => rejected.push(e.detail));
  return { invitations, rejected };
}

describe('group join requests over loopback TCP', () => {
  it('request, reject, request again, added; bad requests refused', async () => {
    const r = await relay();
    const [admin, member, outsider] = [await client(r), await client(r), await client(r)];
    const [oa, om, oo] = [observe(admin), observe(member), observe(outsider)];
    const key = (x: Client) => x.identity.publicKeyString;
    const chat = await admin.createGroup('by link', [key(member)]);
    await waitUntil(() => member.group(chat.id) !== undefined, 'the member learning of the group', T);

    // 1. The outsider asks the admin, with an introduction.
    const sent = await outsider.requestToJoinGroup(chat.id, key(admin), 'let me in');
    expect(sent).toMatchObject({ chatId: chat.id, from: key(outsider), admin: key(admin), state: 'request' });
    await waitUntil(() => oa.invitations.length === 1, 'the admin receiving the request', T);
    expect(oa.invitations[0]).toMatchObject({
      chatId: chat.id,
      from: key(outsider),
      admin: key(admin),
      introduction: 'let me in',
      state: 'request',
    });
    expect(await admin.groupInvitations()).toEqual([oa.invitations[0]]);

    // 2. The admin rejects it: the outsider learns so.
    await admin.rejectGroupInvitation(chat.id, key(outsider));
    await waitUntil(() => oo.invitations.some((i) => i.state === 'rejected'), 'the rejection', T);
    expect((await outsider.groupInvitations())[0]).toMatchObject({
      state: 'rejected',
      introduction: 'let me in',
    });

    // 3. Asking a member who is no admin is refused there, and changes nothing.
    await outsider.requestToJoinGroup(chat.id, key(member), 'psst');
    await waitUntil(() => om.rejected.some((x) => x.reason === 'not-admin'), 'the member refusing', T);
    expect(await member.groupInvitations()).toEqual([]);

    // 4. A second request (a newer clock) reaches the admin, who adds the outsider.
    await outsider.requestToJoinGroup(chat.id, key(admin), 'please');
    await waitUntil(() => oa.invitations.some((i) => i.introduction === 'please'), 'the second request', T);
    await admin.addMembers(chat.id, [key(outsider)]);
    await waitUntil(
      () => outsider.group(chat.id)?.members.includes(key(outsider)) === true,
      'being added',
      T,
    );
    expect(oa.rejected).toEqual([]);
    expect(oo.rejected).toEqual([]);
  }, 60_000);

  it('throws on rejecting a request never received and on asking to join a chat that is not a group', async () => {
    const r = await relay();
    const [admin, outsider, stranger] = [await client(r), await client(r), await client(r)];
    const [oa, oo] = [observe(admin), observe(outsider)];
    const chat = await admin.createGroup('g', []);
    await outsider.requestToJoinGroup(chat.id, admin.identity.publicKeyString);
    await waitUntil(() => oa.invitations.length === 1, 'the request', T);
    // API misuse throws and sends nothing (wire-level refusals: group-invitation-rejects.test.ts).
    await expect(stranger.rejectGroupInvitation(chat.id, outsider.identity.publicKeyString)).rejects.toThrow(
      RangeError,
    );
    await expect(outsider.requestToJoinGroup('not-a-group', admin.identity.publicKeyString)).rejects.toThrow(
      RangeError,
    );
    expect(oo.invitations).toEqual([]);
    expect(oo.rejected).toEqual([]);
  }, 60_000);
});
