/**
 * The client side of private group chats (STATUS-V1-FACTS §1.3, §9): what the client stores per
 * group, the membership changes it signs, the `MembershipUpdateMessage` it sends (the full signed
 * history plus an optional chat entity, AMM type 3), who receives what, who may write to the group,
 * and the aggregate of per-member delivery. The event rules themselves are in `groups/group.ts`.
 */
import {
  AMM_TYPE,
  encodeGroupChatInvitation,
  encodeMembershipUpdateMessage,
  GROUP_CHAT_INVITATION_STATE,
  type GroupChatInvitation,
  isValidGroupChatId,
  MAX_WHISPER_FUTURE_DRIFT_MS,
  type MembershipChatEntity,
  nextClockAndTimestamp,
  MEMBERSHIP_EVENT_TYPE as T,
  wrapApplicationMessage,
} from '@statuskit/payloads';
import type { CryptoProvider, RandomSource } from '@statuskit/utils';
import {
  applyOwnGroupEvent,
  foldGroupEvents,
  type GroupEvent,
  type GroupEventError,
  type GroupState,
  newGroupChatId,
  signGroupEvent,
} from '../groups/group.js';
import { CLIENT_TABLE, clientKey } from './store.js';
import type { GroupInvitation, MessageStatus, RejectionReason } from './types.js';

/** Where a join request lives: by chat and requester. */
export const invitationKey = (chatId: string, from: string): Uint8Array =>
  clientKey(CLIENT_TABLE.GROUP_INVITATION, chatId, from);

/** A group chat ID as §9.1 makes them: `<uuid>-0x04…creator`. */
export function isGroupChatId(chatId: unknown): chatId is string {
  if (typeof chatId !== 'string') return false;
  const creator = chatId.slice(-132);
  return /^0x04[0-9a-f]{128}$/.test(creator) && chatId.length > 133 && isValidGroupChatId(chatId, creator);
}

/** The signed AMM (type 23) of a join request or its rejection. */
export function invitationAmm(
  inv: GroupInvitation,
  privateKey: Uint8Array,
  crypto: CryptoProvider,
): Uint8Array {
  const payload = encodeGroupChatInvitation({
    clock: inv.clock,
    chatId: inv.chatId,
    introductionMessage: inv.introduction,
    state:
      inv.state === 'request' ? GROUP_CHAT_INVITATION_STATE.REQUEST : GROUP_CHAT_INVITATION_STATE.REJECTED,
  });
  return wrapApplicationMessage(payload, AMM_TYPE.GROUP_CHAT_INVITATION, privateKey, crypto);
}

/**
 * status-go's `ValidateReceivedGroupChatInvitation` (a chat ID) made strict: a group chat ID
 * (§9.1), a clock within the rules (§7.10), and a state status-go 0.62 sends (request, rejected).
 */
export function invitationRefusal(
  inv: GroupChatInvitation,
  sentMs: bigint,
): { reason: RejectionReason; detail: string } | undefined {
  if (!isGroupChatId(inv.chatId))
    return { reason: 'invalid', detail: 'GroupChatInvitation chat ID is not a group' };
  if (inv.clock === 0n || inv.clock > sentMs + MAX_WHISPER_FUTURE_DRIFT_MS)
    return { reason: 'clock', detail: 'GroupChatInvitation clock' };
  if (inv.state !== GROUP_CHAT_INVITATION_STATE.REQUEST && inv.state !== GROUP_CHAT_INVITATION_STATE.REJECTED)
    return { reason: 'unsupported', detail: `GroupChatInvitation state ${inv.state}` };
  return undefined;
}

/**
 * What we send for `requestToJoinGroup` (no `introduction` given: a rejection, `rejectGroupInvitation`)
 * and where it is stored; the clock follows the stored one (§7.10).
 * @throws RangeError for a chat ID that is not a group's, or a rejection of a request never received.
 */
export async function outgoingInvitation(
  chatId: string,
  to: string,
  introduction: string | undefined,
  me: string,
  nowMs: number,
  get: (key: Uint8Array) => Promise<GroupInvitation | undefined>,
): Promise<{ key: Uint8Array; inv: GroupInvitation }> {
  if (!isGroupChatId(chatId)) throw new RangeError('chatId must be a group chat ID');
  const request = introduction !== undefined;
  if (request && typeof introduction !== 'string') throw new TypeError('introduction must be a string');
  const key = invitationKey(chatId, request ? me : to);
  const old = await get(key);
  if (!request && old?.state !== 'request') throw new RangeError(`no join request of ${to} for ${chatId}`);
  const { clock } = nextClockAndTimestamp(old?.clock ?? 0n, BigInt(nowMs));
  const inv: GroupInvitation = request
    ? { chatId, from: me, admin: to, introduction, state: 'request', clock }
    : { ...(old as GroupInvitation), state: 'rejected', clock };
  return { key, inv };
}

/**
 * A received join request (we must be an admin of the group) or the rejection of ours (from the
 * admin we asked), as status-go's HandleGroupChatInvitation keeps them: once per chat and
 * requester, newer clocks only. Returns what to store, a refusal, or nothing (old news).
 */
export async function receivedInvitation(
  inv: GroupChatInvitation,
  sentMs: bigint,
  signer: string,
  me: string,
  group: (chatId: string) => GroupState | undefined,
  get: (key: Uint8Array) => Promise<GroupInvitation | undefined>,
): Promise<
  { key: Uint8Array; next: GroupInvitation } | { reason: RejectionReason; detail: string } | undefined
> {
  const refusal = invitationRefusal(inv, sentMs);
  if (refusal !== undefined) return refusal;
  const request = inv.state === GROUP_CHAT_INVITATION_STATE.REQUEST;
  const key = invitationKey(inv.chatId, request ? signer : me);
  const old = await get(key);
  if (request) {
    const g = group(inv.chatId);
    if (g === undefined) return { reason: 'unknown-chat', detail: `group ${inv.chatId} is unknown` };
    if (!g.admins.includes(me)) return { reason: 'not-admin', detail: 'a join request to a non-admin' };
  } else if (old === undefined || old.admin !== signer) {
    return { reason: 'unknown-chat', detail: 'a rejection of a request we did not send to its signer' };
  }
  if (old !== undefined && old.clock >= inv.clock) return undefined;
  const next: GroupInvitation = request
    ? {
        chatId: inv.chatId,
        from: signer,
        admin: me,
        introduction: inv.introductionMessage,
        state: 'request',
        clock: inv.clock,
      }
    : ({ ...old, state: 'rejected', clock: inv.clock } as GroupInvitation);
  return { key, next };
}

/** Where a group's state lives in the client namespace. */
export const groupKey = (chatId: string): Uint8Array => clientKey(CLIENT_TABLE.GROUP, chatId);

/** A membership change our user asks for. */
export type GroupChange =
  | { kind: 'create'; name: string; members: string[] }
  | { kind: 'add'; members: string[] }
  | { kind: 'remove'; member: string }
  | { kind: 'admin'; members: string[] }
  | { kind: 'rename'; name: string }
  | { kind: 'join' }
  | { kind: 'leave' };

/** The client's rejection reason for a refused membership update. */
export function rejectionOf(error: GroupEventError): RejectionReason {
  switch (error.code) {
    case 'not-member':
      return 'not-member';
    case 'not-admin':
      return 'not-admin';
    case 'clock':
      return 'clock';
    case 'undecodable':
      return 'undecodable';
    default:
      return 'group-invalid';
  }
}

/**
 * Signs the events of a change at `clock` and returns the group with them, as status-go's
 * `Group.ProcessEvent` checks them before sending: a change the rules refuse throws.
 * @throws GroupEventError; RangeError on a bad argument.
 */
export function applyGroupChange(
  prior: GroupState | undefined,
  change: GroupChange,
  clock: bigint,
  me: { privateKey: Uint8Array; publicKeyString: string; publicKey: Uint8Array },
  crypto: CryptoProvider,
  random: RandomSource,
): { state: GroupState; events: GroupEvent[] } {
  if (change.kind === 'create') {
    const chatId = newGroupChatId(me.publicKey, random);
    const events = [
      signGroupEvent(chatId, { type: T.CHAT_CREATED, clock, name: change.name }, me.privateKey, crypto),
    ];
    // status-go signs the invitation right after the creation, one clock later.
    const others = change.members.filter((m) => m !== me.publicKeyString);
    if (others.length > 0) {
      events.push(
        signGroupEvent(
          chatId,
          { type: T.MEMBERS_ADDED, clock: clock + 1n, members: others },
          me.privateKey,
          crypto,
        ),
      );
    }
    return { state: foldGroupEvents(chatId, events), events };
  }
  if (prior === undefined) throw new RangeError('no such group');
  const sign = (type: number, fields: { members?: string[]; name?: string } = {}) =>
    signGroupEvent(prior.chatId, { type, clock, ...fields }, me.privateKey, crypto);
  let event: GroupEvent;
  switch (change.kind) {
    case 'add':
      event = sign(T.MEMBERS_ADDED, { members: change.members.filter((m) => !prior.members.includes(m)) });
      if (event.members.length === 0) throw new RangeError('every key given is already a member');
      break;
    case 'remove':
      event = sign(T.MEMBER_REMOVED, { members: [change.member] });
      break;
    case 'admin':
      event = sign(T.ADMINS_ADDED, { members: change.members });
      break;
    case 'rename':
      event = sign(T.NAME_CHANGED, { name: change.name });
      break;
    case 'join':
      event = sign(T.MEMBER_JOINED);
      break;
    case 'leave':
      event = sign(T.MEMBER_REMOVED, { members: [me.publicKeyString] });
      break;
  }
  return { state: applyOwnGroupEvent(prior, event), events: [event] };
}

/**
 * Who a group payload goes to (§1.3, §9.3): chat content to the joined members, membership changes
 * to every member before and after the change (a removed member learns of its removal); never to
 * ourselves (no paired devices yet).
 */
export function groupRecipients(
  before: GroupState | undefined,
  after: GroupState,
  me: string,
  content: 'chat' | 'membership',
): string[] {
  const set = new Set(content === 'chat' ? after.joined : [...(before?.members ?? []), ...after.members]);
  set.delete(me);
  return [...set].sort();
}

/** The AMM (type 3) carrying the group's full event history and an optional entity (§9.2). */
export function membershipUpdateAmm(
  state: GroupState,
  entity: MembershipChatEntity | undefined,
  privateKey: Uint8Array,
  crypto: CryptoProvider,
): Uint8Array {
  const payload = encodeMembershipUpdateMessage({
    chatId: state.chatId,
    events: state.events.map((e) => e.blob),
    chatEntity: entity,
  });
  return wrapApplicationMessage(payload, AMM_TYPE.MEMBERSHIP_UPDATE_MESSAGE, privateKey, crypto);
}

/**
 * Whether a group chat message (or reaction) from `signer` is accepted (status-go's
 * `matchChatEntity`): the sender and we must both have joined.
 */
export function groupMessageRefusal(
  state: GroupState,
  signer: string,
  me: string,
): { reason: RejectionReason; detail: string } | undefined {
  if (!state.joined.includes(signer)) {
    return {
      reason: 'not-member',
      detail: state.members.includes(signer)
        ? 'the sender has not joined the group'
        : 'the sender is not a member of the group',
    };
  }
  if (!state.joined.includes(me)) return { reason: 'not-member', detail: 'we are not a joined member' };
  return undefined;
}

/** Order in which statuses move forward (failed can still become delivered). */
export const STATUS_RANK: Record<MessageStatus, number> = { sending: 0, sent: 1, failed: 1.5, delivered: 2 };

/**
 * The aggregate status of a message sent to several members: delivered when all have it, failed
 * when one failed and the rest are settled, sent when it left for all, sending otherwise.
 */
export function aggregateDelivery(deliveries: Record<string, MessageStatus>): MessageStatus {
  const all = Object.values(deliveries);
  if (all.length === 0) return 'sent';
  if (all.every((s) => s === 'delivered')) return 'delivered';
  if (all.some((s) => s === 'failed') && all.every((s) => s === 'failed' || s === 'delivered'))
    return 'failed';
  if (all.every((s) => s !== 'sending')) return 'sent';
  return 'sending';
}
