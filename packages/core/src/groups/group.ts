/**
 * Private group chats, sans-IO (STATUS-V1-FACTS §9): the chat ID, signed membership-update events
 * and the fold of an event list into the group's state, with status-go v0.62's rules
 * (`protocol/v1/membership_update_message.go`):
 *
 * - every event blob is `signature(65) ‖ protobuf(MembershipUpdateEvent)`, the signature covering
 *   `keccak256(utf8(chatId) ‖ raw)`, so the author is recovered and an event cannot move to
 *   another chat;
 * - events are a set keyed by signature; they are applied in ascending clock order (a stable sort,
 *   as Go's sort does on lists this short), and the first must be CHAT_CREATED by the key the chat
 *   ID ends with;
 * - each event must be allowed by the state the earlier events built (who may do what, §9.3); one
 *   invalid event rejects the whole list, as status-go rejects the whole update;
 * - every clock must be non-zero and at most 120 s ahead of our clock.
 *
 * Nothing here does I/O: the caller passes the clock reading and the crypto provider.
 */
import {
  decodeMembershipUpdateEvent,
  EVENT_SIGNATURE_BYTES,
  encodeMembershipUpdateEvent,
  groupChatId,
  isPublicKeyChatString,
  MEMBERSHIP_EVENT_TYPE,
  type MembershipUpdateEvent,
  membershipEventDigest,
  publicKeyToChatString,
} from '@statuskit/payloads';
import {
  type CryptoProvider,
  concatBytes,
  nobleCrypto,
  type RandomSource,
  StatuskitError,
  toHex,
} from '@statuskit/utils';

/** status-go's bound on how far ahead of our clock an event clock may be (§7.10, §9.3). */
export const GROUP_EVENT_MAX_FUTURE_DRIFT_MS = 120_000n;
/** Most events a group may hold (a bound on what a peer can make us fold). */
export const MAX_GROUP_EVENTS = 5_000;
/** Most keys one event may name. */
export const MAX_GROUP_EVENT_MEMBERS = 1_000;

/** Why a membership update was refused. */
export type GroupRejection =
  /** A blob is too short, not a protobuf event, or its signature recovers no key. */
  | 'undecodable'
  /** A clock is 0, too far in the future, or orders an event before the chat's creation. */
  | 'clock'
  /** The chat ID does not end with its creator's key, or the first event is not CHAT_CREATED. */
  | 'chat-id'
  /** The signer is not a member (MEMBER_JOINED, or removing someone else without being admin). */
  | 'not-member'
  /** The signer is a member but the action needs admin rights. */
  | 'not-admin'
  /** Anything else §9.3 forbids: a second creation, an empty name, a bad target, a bad key. */
  | 'invalid-event'
  /** Too many events or members. */
  | 'too-large';

/** A membership update was refused; nothing it carried was applied. */
export class GroupEventError extends StatuskitError {
  override name = 'GroupEventError';
  /** The rule it broke. */
  readonly code: GroupRejection;
  /** The offending event, when one event is to blame. */
  readonly event: GroupEvent | undefined;
  constructor(code: GroupRejection, message: string, options: { event?: GroupEvent; cause?: unknown } = {}) {
    super(message, options.cause !== undefined ? { cause: options.cause } : undefined);
    this.code = code;
    this.event = options.event;
  }
}

/** A membership event, verified: its fields, author and the exact signed bytes. */
export interface GroupEvent {
  /** A `MEMBERSHIP_EVENT_TYPE` value. */
  type: number;
  clock: bigint;
  /** `"0x04…"` keys (targets of add/remove/admin events). */
  members: string[];
  name: string;
  /** The author, `"0x04…"`, recovered from the signature. */
  from: string;
  /** `signature(65) ‖ raw`, as carried in `MembershipUpdateMessage.events`. */
  blob: Uint8Array;
}

/** A group's state folded from its events. Key lists are `"0x04…"` strings, sorted. */
export interface GroupState {
  chatId: string;
  name: string;
  /** Who created it (the key the chat ID ends with). */
  creator: string;
  /** Everyone in the group, invited or joined. */
  members: string[];
  /** Members who accepted (the creator, and who sent MEMBER_JOINED). */
  joined: string[];
  admins: string[];
  /** The events in the order they were applied (ascending clock). */
  events: GroupEvent[];
}

/** What applying an update did. */
export interface GroupMerge {
  state: GroupState;
  /** Events that were new (already-known events, by signature, are ignored). */
  added: GroupEvent[];
}

const sigHex = (e: GroupEvent) => toHex(e.blob.subarray(0, EVENT_SIGNATURE_BYTES));
const TYPE_NAMES = Object.fromEntries(Object.entries(MEMBERSHIP_EVENT_TYPE).map(([k, v]) => [v, k]));
const describe = (e: GroupEvent) => `${TYPE_NAMES[e.type] ?? `type ${e.type}`} at clock ${e.clock}`;

function uuidV4(random: RandomSource): string {
  const b = random(16);
  b[6] = ((b[6] as number) & 0x0f) | 0x40;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const h = toHex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A fresh group chat ID: `uuidV4 + "-0x" + hex(pub65(creator))` (§9.1). */
export function newGroupChatId(creator: Uint8Array, random: RandomSource): string {
  return groupChatId(uuidV4(random), creator);
}

/**
 * Signs an event for `chatId` with `privateKey` and returns it verified (§9.2).
 * @throws TypeError / RangeError on bad fields.
 */
export function signGroupEvent(
  chatId: string,
  fields: { type: number; clock: bigint; members?: string[]; name?: string },
  privateKey: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): GroupEvent {
  const event: MembershipUpdateEvent = {
    type: fields.type,
    clock: fields.clock,
    members: fields.members ?? [],
    name: fields.name ?? '',
  };
  const raw = encodeMembershipUpdateEvent(event);
  const signature = crypto.secp256k1Sign(membershipEventDigest(chatId, raw, crypto), privateKey);
  const from = publicKeyToChatString(crypto.secp256k1PublicKey(privateKey, false));
  return { ...event, from, blob: concatBytes(signature, raw) };
}

/**
 * Verifies one blob of `MembershipUpdateMessage.events`: decodes it and recovers its author over
 * `chatId` (§9.2). A blob signed for another chat recovers another key.
 * @throws GroupEventError `undecodable`
 */
export function openGroupEvent(
  chatId: string,
  blob: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): GroupEvent {
  if (!(blob instanceof Uint8Array) || blob.length <= EVENT_SIGNATURE_BYTES) {
    throw new GroupEventError(
      'undecodable',
      `an event blob must be longer than ${EVENT_SIGNATURE_BYTES} bytes`,
    );
  }
  const raw = blob.subarray(EVENT_SIGNATURE_BYTES);
  let event: MembershipUpdateEvent;
  let signer: Uint8Array;
  try {
    event = decodeMembershipUpdateEvent(raw);
    signer = crypto.secp256k1Recover(
      membershipEventDigest(chatId, raw, crypto),
      blob.subarray(0, EVENT_SIGNATURE_BYTES),
    );
  } catch (cause) {
    throw new GroupEventError('undecodable', 'an event blob does not decode or recover a signer', { cause });
  }
  if (event.members.length > MAX_GROUP_EVENT_MEMBERS) {
    throw new GroupEventError('too-large', `an event names ${event.members.length} keys`);
  }
  return { ...event, from: publicKeyToChatString(signer), blob: blob.slice() };
}

/**
 * Every blob opened (§9.2). Every update carries the group's whole history, so blobs already
 * verified for this chat (`known`, usually the stored state) are taken from it byte for byte
 * instead of recovering their signer again.
 * @throws GroupEventError
 */
export function openGroupEvents(
  chatId: string,
  blobs: readonly Uint8Array[],
  crypto: CryptoProvider = nobleCrypto,
  known?: GroupState,
): GroupEvent[] {
  if (blobs.length > MAX_GROUP_EVENTS) throw new GroupEventError('too-large', `${blobs.length} events`);
  const verified =
    known !== undefined && known.chatId === chatId
      ? new Map(known.events.map((e) => [toHex(e.blob), e]))
      : undefined;
  return blobs.map((b) => verified?.get(toHex(b)) ?? openGroupEvent(chatId, b, crypto));
}

/**
 * status-go's `ValidateMembershipUpdateMessage`: every clock ≠ 0 and ≤ now + 120 s.
 * @throws GroupEventError `clock`
 */
export function checkGroupEventClocks(events: readonly GroupEvent[], nowMs: bigint): void {
  for (const e of events) {
    if (e.clock === 0n) throw new GroupEventError('clock', `${describe(e)}: clock 0`, { event: e });
    if (e.clock > nowMs + GROUP_EVENT_MAX_FUTURE_DRIFT_MS) {
      throw new GroupEventError('clock', `${describe(e)}: more than 120 s ahead of our clock`, { event: e });
    }
  }
}

interface Sets {
  name: string;
  members: Set<string>;
  joined: Set<string>;
  admins: Set<string>;
}

/** §9.3 "valid if", with the rejection named. `undefined` when the event is allowed. */
function refusal(s: Sets, e: GroupEvent): GroupRejection | undefined {
  const isMember = s.members.has(e.from);
  const isAdmin = s.admins.has(e.from);
  const adminOnly = (): GroupRejection | undefined =>
    isAdmin ? undefined : isMember ? 'not-admin' : 'not-member';
  const target = e.members[0];
  switch (e.type) {
    case MEMBERSHIP_EVENT_TYPE.CHAT_CREATED:
      return s.admins.size === 0 && s.members.size === 0 ? undefined : 'invalid-event';
    case MEMBERSHIP_EVENT_TYPE.NAME_CHANGED:
      return adminOnly() ?? (e.name.length > 0 ? undefined : 'invalid-event');
    case MEMBERSHIP_EVENT_TYPE.MEMBERS_ADDED:
      // Keys we would send to must be keys (status-go fails later, on sending, otherwise).
      return adminOnly() ?? (e.members.every(isPublicKeyChatString) ? undefined : 'invalid-event');
    case MEMBERSHIP_EVENT_TYPE.MEMBER_JOINED:
      return isMember ? undefined : 'not-member';
    case MEMBERSHIP_EVENT_TYPE.MEMBER_REMOVED:
      if (e.members.length !== 1 || target === undefined) return 'invalid-event';
      if (target === e.from) return undefined; // leaving
      if (!isAdmin) return isMember ? 'not-admin' : 'not-member';
      return s.admins.has(target) ? 'invalid-event' : undefined; // an admin cannot remove an admin
    case MEMBERSHIP_EVENT_TYPE.ADMINS_ADDED:
      // status-go's stringSliceSubset accepts as soon as one key overlaps the members.
      return adminOnly() ?? (e.members.some((m) => s.members.has(m)) ? undefined : 'invalid-event');
    case MEMBERSHIP_EVENT_TYPE.ADMIN_REMOVED:
      if (e.members.length !== 1) return 'invalid-event';
      return adminOnly() ?? (target === e.from ? undefined : 'invalid-event');
    default:
      return 'invalid-event';
  }
}

/** §9.3 "effect". */
function apply(s: Sets, e: GroupEvent): void {
  const target = e.members[0] as string;
  switch (e.type) {
    case MEMBERSHIP_EVENT_TYPE.CHAT_CREATED:
      s.name = e.name;
      s.members.add(e.from);
      s.joined.add(e.from);
      s.admins.add(e.from);
      break;
    case MEMBERSHIP_EVENT_TYPE.NAME_CHANGED:
      s.name = e.name;
      break;
    case MEMBERSHIP_EVENT_TYPE.MEMBERS_ADDED:
      for (const m of e.members) s.members.add(m);
      break;
    case MEMBERSHIP_EVENT_TYPE.MEMBER_JOINED:
      s.joined.add(e.from);
      break;
    case MEMBERSHIP_EVENT_TYPE.MEMBER_REMOVED:
      s.admins.delete(target);
      s.joined.delete(target);
      s.members.delete(target);
      break;
    case MEMBERSHIP_EVENT_TYPE.ADMINS_ADDED:
      for (const m of e.members) s.admins.add(m);
      break;
    case MEMBERSHIP_EVENT_TYPE.ADMIN_REMOVED:
      s.admins.delete(target);
      break;
  }
}

/**
 * Folds an event list into the group's state exactly as status-go's `NewGroupWithEvents` does:
 * duplicates (same signature) dropped, a stable sort by clock, each event checked against the
 * state before it, then the chat ID checked against the creator. Clocks are not compared to the
 * wall clock here (see {@link checkGroupEventClocks}).
 * @throws GroupEventError naming the first rule broken; nothing is returned then.
 */
export function foldGroupEvents(chatId: string, events: readonly GroupEvent[]): GroupState {
  if (events.length === 0) throw new GroupEventError('chat-id', 'a group needs its CHAT_CREATED event');
  const seen = new Set<string>();
  const unique = events.filter((e) => {
    const k = sigHex(e);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
  if (unique.length > MAX_GROUP_EVENTS) throw new GroupEventError('too-large', `${unique.length} events`);
  const sorted = [...unique].sort((a, b) => (a.clock < b.clock ? -1 : a.clock > b.clock ? 1 : 0));
  const first = sorted[0] as GroupEvent;
  if (!sorted.some((e) => e.type === MEMBERSHIP_EVENT_TYPE.CHAT_CREATED)) {
    throw new GroupEventError('chat-id', 'the events hold no CHAT_CREATED', { event: first });
  }
  if (first.type !== MEMBERSHIP_EVENT_TYPE.CHAT_CREATED) {
    // status-go would find no creator; the spec says such events are discarded (§9.3).
    throw new GroupEventError('clock', `${describe(first)} is ordered before the chat's creation`, {
      event: first,
    });
  }
  const s: Sets = { name: '', members: new Set(), joined: new Set(), admins: new Set() };
  for (const e of sorted) {
    const why = refusal(s, e);
    if (why !== undefined) {
      const what =
        why === 'not-member'
          ? 'is signed by a non-member'
          : why === 'not-admin'
            ? 'needs an admin'
            : 'is not allowed';
      throw new GroupEventError(why, `${describe(e)} from ${e.from.slice(0, 12)}… ${what}`, { event: e });
    }
    apply(s, e);
  }
  const creator = first.from;
  if (!(chatId !== creator && chatId.endsWith(creator))) {
    throw new GroupEventError('chat-id', `chat ID ${chatId} does not end with its creator's key`, {
      event: first,
    });
  }
  const sortedList = (x: Set<string>) => [...x].sort();
  return {
    chatId,
    name: s.name,
    creator,
    members: sortedList(s.members),
    joined: sortedList(s.joined),
    admins: sortedList(s.admins),
    events: sorted,
  };
}

/**
 * Merges received events into a group (status-go's `MergeMembershipUpdateEvents` then
 * `NewGroupWithEvents`): the received list must be valid on its own, and the union with what we
 * hold must fold. With no prior state the received list is the whole group.
 * @throws GroupEventError; the prior state is then unchanged.
 */
export function mergeGroupEvents(
  prior: GroupState | undefined,
  chatId: string,
  incoming: readonly GroupEvent[],
  nowMs: bigint,
): GroupMerge {
  if (prior !== undefined && prior.chatId !== chatId) {
    throw new GroupEventError('chat-id', `events for ${chatId} merged into ${prior.chatId}`);
  }
  checkGroupEventClocks(incoming, nowMs);
  const alone = foldGroupEvents(chatId, incoming);
  if (prior === undefined) return { state: alone, added: alone.events };
  const known = new Set(prior.events.map(sigHex));
  const added: GroupEvent[] = [];
  for (const e of incoming) {
    const k = sigHex(e);
    if (!known.has(k)) {
      known.add(k);
      added.push(e);
    }
  }
  if (added.length === 0) return { state: prior, added };
  return { state: foldGroupEvents(chatId, [...prior.events, ...added]), added };
}

/**
 * Checks that our own new event is allowed on `state` (status-go's `Group.ProcessEvent`) and
 * returns the state with it.
 * @throws GroupEventError
 */
export function applyOwnGroupEvent(state: GroupState, event: GroupEvent): GroupState {
  return foldGroupEvents(state.chatId, [...state.events, event]);
}

/** Whether `key` (`"0x04…"`) is in the group (invited or joined). */
export const isGroupMember = (state: GroupState, key: string): boolean => state.members.includes(key);
/** Whether `key` has joined. */
export const hasJoinedGroup = (state: GroupState, key: string): boolean => state.joined.includes(key);
/** Whether `key` is an admin. */
export const isGroupAdmin = (state: GroupState, key: string): boolean => state.admins.includes(key);
/** The highest event clock of a group (0 when empty). */
export function lastGroupEventClock(state: GroupState): bigint {
  let max = 0n;
  for (const e of state.events) if (e.clock > max) max = e.clock;
  return max;
}
