/**
 * The group event rules (STATUS-V1-FACTS §9.3) on fresh keys: the fold of a normal history, and
 * every kind of bad event rejected with its typed code while the state it was merged into stays
 * exactly as it was.
 */
import { MEMBERSHIP_EVENT_TYPE as T } from '@statuskit/payloads';
import { nobleCrypto, secureRandom, toHex } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import {
  applyOwnGroupEvent,
  foldGroupEvents,
  type GroupEvent,
  GroupEventError,
  type GroupState,
  mergeGroupEvents,
  newGroupChatId,
  openGroupEvent,
  openGroupEvents,
  signGroupEvent,
} from '../src/index.js';

function party() {
  let privateKey: Uint8Array;
  do privateKey = secureRandom(32);
  while (!nobleCrypto.secp256k1IsValidPrivateKey(privateKey));
  const publicKey = nobleCrypto.secp256k1PublicKey(privateKey, false);
  return { privateKey, publicKey, id: `0x${toHex(publicKey)}` };
}
type Party = ReturnType<typeof party>;

const NOW = 1_800_000_000_000n;
const [alice, bob, carol, mallory] = [party(), party(), party(), party()];
const chatId = newGroupChatId(alice.publicKey, secureRandom);

const ev = (by: Party, type: number, clock: bigint, members: string[] = [], name = '', id = chatId) =>
  signGroupEvent(id, { type, clock, members, name }, by.privateKey);

/** Alice creates, adds Bob and Carol, both join. */
function baseHistory(): GroupEvent[] {
  return [
    ev(alice, T.CHAT_CREATED, NOW - 100n, [], 'the group'),
    ev(alice, T.MEMBERS_ADDED, NOW - 99n, [bob.id, carol.id]),
    ev(bob, T.MEMBER_JOINED, NOW - 90n),
    ev(carol, T.MEMBER_JOINED, NOW - 80n),
  ];
}

function base(): GroupState {
  return mergeGroupEvents(undefined, chatId, baseHistory(), NOW).state;
}

/** Merges `bad` into a base state and expects the typed rejection, the state untouched. */
function expectRejected(bad: GroupEvent[], code: GroupEventError['code'], prior = base()): void {
  const before = structuredClone(prior);
  let error: unknown;
  try {
    mergeGroupEvents(prior, chatId, [...prior.events, ...bad], NOW);
  } catch (e) {
    error = e;
  }
  expect(error).toBeInstanceOf(GroupEventError);
  expect((error as GroupEventError).code).toBe(code);
  expect(prior).toEqual(before);
}

describe('group events: the fold', () => {
  it('folds a history to its members, joined, admins and name', () => {
    const s = base();
    expect(s.creator).toBe(alice.id);
    expect(s.members).toEqual([alice.id, bob.id, carol.id].sort());
    expect(s.joined).toEqual([alice.id, bob.id, carol.id].sort());
    expect(s.admins).toEqual([alice.id]);
    expect(s.name).toBe('the group');
    // Updates carry the full history (§9.2): the received list must fold on its own.
    const more = mergeGroupEvents(
      s,
      chatId,
      [
        ...s.events,
        ev(alice, T.NAME_CHANGED, NOW - 70n, [], 'renamed'),
        ev(alice, T.ADMINS_ADDED, NOW - 60n, [bob.id]),
        ev(bob, T.MEMBER_REMOVED, NOW - 50n, [carol.id]),
        ev(bob, T.ADMIN_REMOVED, NOW - 40n, [bob.id]),
      ],
      NOW,
    );
    expect(more.added).toHaveLength(4);
    expect(more.state.name).toBe('renamed');
    expect(more.state.members).toEqual([alice.id, bob.id].sort());
    expect(more.state.admins).toEqual([alice.id]);
    // A member leaves: removes itself, whatever its rights.
    const left = mergeGroupEvents(
      more.state,
      chatId,
      [...more.state.events, ev(bob, T.MEMBER_REMOVED, NOW - 30n, [bob.id])],
      NOW,
    );
    expect(left.state.members).toEqual([alice.id]);
    expect(left.state.joined).toEqual([alice.id]);
  });

  it('applies events by clock, whatever order they come in', () => {
    const h = baseHistory();
    const shuffled = [h[3], h[1], h[0], h[2]] as GroupEvent[];
    expect(foldGroupEvents(chatId, shuffled)).toEqual(base());
  });

  it('an invited member is a member, not joined, until it joins', () => {
    const s = mergeGroupEvents(undefined, chatId, baseHistory().slice(0, 2), NOW).state;
    expect(s.members).toContain(bob.id);
    expect(s.joined).not.toContain(bob.id);
  });

  it('openGroupEvents reuses what the state already verified, and only for its own chat', () => {
    const s = base();
    const fresh = ev(alice, T.NAME_CHANGED, NOW, [], 'new');
    const blobs = [...s.events.map((e) => e.blob.slice()), fresh.blob];
    const opened = openGroupEvents(chatId, blobs, nobleCrypto, s);
    expect(opened.slice(0, -1).every((e, i) => e === s.events[i])).toBe(true);
    expect(opened.at(-1)).toEqual(fresh);
    expect(opened).toEqual(openGroupEvents(chatId, blobs));
    // Under another chat ID the stored events do not apply: every signer is recovered again.
    const other = newGroupChatId(alice.publicKey, secureRandom);
    expect(openGroupEvents(other, blobs, nobleCrypto, s).some((e, i) => e.from !== opened[i]?.from)).toBe(
      true,
    );
  });

  it('round-trips an event blob through openGroupEvent', () => {
    const e = ev(alice, T.NAME_CHANGED, NOW, [], 'x');
    expect(openGroupEvent(chatId, e.blob)).toEqual(e);
  });

  it('applyOwnGroupEvent refuses what the rules forbid, before anything is sent', () => {
    expect(() => applyOwnGroupEvent(base(), ev(bob, T.NAME_CHANGED, NOW, [], 'mine'))).toThrow(
      GroupEventError,
    );
    expect(applyOwnGroupEvent(base(), ev(alice, T.NAME_CHANGED, NOW, [], 'ok')).name).toBe('ok');
  });
});

describe('group events: rejections change nothing', () => {
  it('signed by a non-member', () => {
    expectRejected([ev(mallory, T.MEMBER_JOINED, NOW - 10n)], 'not-member');
    expectRejected([ev(mallory, T.MEMBERS_ADDED, NOW - 10n, [mallory.id])], 'not-member');
    expectRejected([ev(mallory, T.MEMBER_REMOVED, NOW - 10n, [bob.id])], 'not-member');
  });

  it('a member without admin rights doing an admin action', () => {
    expectRejected([ev(bob, T.NAME_CHANGED, NOW - 10n, [], 'hijacked')], 'not-admin');
    expectRejected([ev(bob, T.MEMBERS_ADDED, NOW - 10n, [mallory.id])], 'not-admin');
    expectRejected([ev(bob, T.ADMINS_ADDED, NOW - 10n, [bob.id])], 'not-admin');
    expectRejected([ev(bob, T.MEMBER_REMOVED, NOW - 10n, [carol.id])], 'not-admin');
    expectRejected([ev(bob, T.ADMIN_REMOVED, NOW - 10n, [bob.id])], 'not-admin');
  });

  it('what even an admin may not do', () => {
    const withBobAdmin = mergeGroupEvents(
      base(),
      chatId,
      [...baseHistory(), ev(alice, T.ADMINS_ADDED, NOW - 70n, [bob.id])],
      NOW,
    ).state;
    // An admin cannot remove another admin, nor take another's admin right.
    expectRejected([ev(alice, T.MEMBER_REMOVED, NOW - 10n, [bob.id])], 'invalid-event', withBobAdmin);
    expectRejected([ev(alice, T.ADMIN_REMOVED, NOW - 10n, [bob.id])], 'invalid-event', withBobAdmin);
    expectRejected([ev(alice, T.NAME_CHANGED, NOW - 10n, [], '')], 'invalid-event');
    expectRejected([ev(alice, T.CHAT_CREATED, NOW - 10n, [], 'again')], 'invalid-event');
    expectRejected([ev(alice, T.MEMBER_REMOVED, NOW - 10n, [bob.id, carol.id])], 'invalid-event');
    expectRejected([ev(alice, T.MEMBERS_ADDED, NOW - 10n, ['0xnot-a-key'])], 'invalid-event');
    expectRejected([ev(alice, T.ADMINS_ADDED, NOW - 10n, [mallory.id])], 'invalid-event');
  });

  it('a chat ID that does not match its creator', () => {
    // Mallory makes a chat whose ID claims Alice as its creator.
    const forged = newGroupChatId(alice.publicKey, secureRandom);
    const events = [ev(mallory, T.CHAT_CREATED, NOW - 5n, [], 'fake', forged)];
    expect(() => mergeGroupEvents(undefined, forged, events, NOW)).toThrow(
      expect.objectContaining({ code: 'chat-id' }),
    );
    // The bare key as the chat ID is not a group ID either.
    const bare = [ev(alice, T.CHAT_CREATED, NOW - 5n, [], 'x', alice.id)];
    expect(() => mergeGroupEvents(undefined, alice.id, bare, NOW)).toThrow(
      expect.objectContaining({ code: 'chat-id' }),
    );
    // No creation at all.
    expect(() => mergeGroupEvents(undefined, chatId, [ev(alice, T.NAME_CHANGED, NOW, [], 'n')], NOW)).toThrow(
      expect.objectContaining({ code: 'chat-id' }),
    );
  });

  it('an event signed for another chat recovers another key: a non-member', () => {
    const other = newGroupChatId(alice.publicKey, secureRandom);
    const moved = ev(alice, T.NAME_CHANGED, NOW - 10n, [], 'moved', other);
    const opened = openGroupEvent(chatId, moved.blob);
    expect(opened.from).not.toBe(alice.id);
    expectRejected([opened], 'not-member');
  });

  it('a replayed event is merged as the same event: nothing changes', () => {
    const prior = base();
    const before = structuredClone(prior);
    const replay = prior.events.map((e) => openGroupEvent(chatId, e.blob));
    const r = mergeGroupEvents(prior, chatId, [...replay, ...replay], NOW);
    expect(r.added).toEqual([]);
    expect(r.state).toBe(prior);
    expect(prior).toEqual(before);
  });

  it('clocks that break the ordering rules', () => {
    const h = baseHistory();
    // Zero, and more than 120 s ahead of our clock.
    expectRejected([ev(alice, T.NAME_CHANGED, 0n, [], 'zero')], 'clock');
    expectRejected([ev(alice, T.NAME_CHANGED, NOW + 120_001n, [], 'future')], 'clock');
    // Exactly 120 s ahead is allowed.
    expect(
      mergeGroupEvents(base(), chatId, [...h, ev(alice, T.NAME_CHANGED, NOW + 120_000n, [], 'edge')], NOW)
        .state.name,
    ).toBe('edge');
    // Ordered before the chat's creation.
    expectRejected([ev(alice, T.NAME_CHANGED, NOW - 1000n, [], 'early')], 'clock');
    // Bob joining with a clock before he was added: at its place in the order he is no member.
    const early = [h[0], ev(bob, T.MEMBER_JOINED, NOW - 100n), h[1]] as GroupEvent[];
    expect(() => mergeGroupEvents(undefined, chatId, early, NOW)).toThrow(
      expect.objectContaining({ code: 'not-member' }),
    );
    // An admin action clocked before the grant that allows it.
    const grant = ev(alice, T.ADMINS_ADDED, NOW - 50n, [bob.id]);
    expectRejected([grant, ev(bob, T.NAME_CHANGED, NOW - 60n, [], 'too early')], 'not-admin');
  });

  it('undecodable blobs', () => {
    expect(() => openGroupEvent(chatId, new Uint8Array(65))).toThrow(
      expect.objectContaining({ code: 'undecodable' }),
    );
    const e = ev(alice, T.NAME_CHANGED, NOW, [], 'x');
    const bad = e.blob.slice();
    bad[64] = 7; // recovery id out of range
    expect(() => openGroupEvent(chatId, bad)).toThrow(expect.objectContaining({ code: 'undecodable' }));
  });
});
