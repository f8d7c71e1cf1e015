/**
 * The private-group code the client reaches through a dynamic `import()` (see `loadGroups` in
 * `client.ts`): the event rules, signing and folding, and the MembershipUpdateMessage codec load the
 * first time a group is created, changed, written to or heard from, so a client that never touches
 * a group never loads them. Bundlers that cannot split (an MV3 service worker) inline them.
 */
export { decodeGroupChatInvitation, decodeMembershipUpdateMessage } from '@statuskit/payloads';
export {
  GroupEventError,
  lastGroupEventClock,
  mergeGroupEvents,
  openGroupEvents,
} from '../groups/group.js';
export {
  aggregateDelivery,
  applyGroupChange,
  groupKey,
  groupMessageRefusal,
  groupRecipients,
  invitationAmm,
  membershipUpdateAmm,
  outgoingInvitation,
  receivedInvitation,
  rejectionOf,
  STATUS_RANK,
} from './group-chats.js';
