/**
 * The client side of private group chats (STATUS-V1-FACTS §1.3, §9): what the client stores per
 * group, the membership changes it signs, the `MembershipUpdateMessage` it sends (the full signed
 * history plus an optional chat entity, AMM type 3), who receives what, who may write to the group,
 * and the aggregate of per-member delivery. The event rules themselves are in `groups/group.ts`.
 */
import {
  AMM_TYPE,
  encodeMembershipUpdateMessage,
  type MembershipChatEntity,
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
import type { MessageStatus, RejectionReason } from './types.js';

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
