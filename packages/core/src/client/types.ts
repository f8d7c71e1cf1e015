/**
 * The public types of the client: chats, messages, contacts, delivery status and events.
 */
import type { GroupState } from '../groups/group.js';

/** Where an outgoing message stands (§1.1, §6.4). */
export type MessageStatus = 'sending' | 'sent' | 'delivered' | 'failed';

/** The kinds of chat a client holds. */
export type ChatKind = 'public' | 'one-to-one' | 'private-group';

/** A chat as the client stores it. */
export interface ChatInfo {
  /**
   * The chat ID (§7.11): the name of a public chat, `0x04…` of the other party for 1:1,
   * `uuid-0x04…creator` for a private group (§9.1).
   */
  id: string;
  kind: ChatKind;
  /** The public chat's name, the other party's three-word name, or the group's name. */
  name: string;
  /** The other party's 65-byte key (1:1 only). */
  publicKey?: Uint8Array;
  /** Highest Lamport clock seen in this chat (§7.10). */
  lastClock: bigint;
  /** When the chat was joined, unix ms. */
  joinedAtMs: number;
}

/** What a chat message carries besides its text (the `payload` oneof of §7.2). */
export type MessageContent =
  | { type: 'text' }
  | { type: 'emoji' }
  | { type: 'sticker'; hash: string; pack: number }
  | { type: 'image'; imageType: number; payload: Uint8Array }
  | { type: 'audio'; audioType: number; payload: Uint8Array; durationMs: bigint };

/** What the application gives to send a chat message. */
export interface OutgoingMessage {
  /** The text; for stickers, images and audio the fallback text status-go requires (§7.12). */
  text: string;
  /** Default `{ type: 'text' }`. */
  content?: MessageContent;
  /** 0x-hex ID of the message this one answers. */
  replyTo?: string;
  /** An ENS name to show with the message. */
  ensName?: string;
}

/** A chat message, sent or received. */
export interface Message {
  /** The Status message ID, `0x` + hex (§7.1). */
  id: string;
  chatId: string;
  chatKind: ChatKind;
  /** The author's `0x04…` key. */
  author: string;
  /** True for our own messages. */
  outgoing: boolean;
  /** Lamport clock (the display order) and the sender's wall clock, unix ms. */
  clock: bigint;
  timestamp: bigint;
  text: string;
  content: MessageContent;
  replyTo?: string;
  ensName?: string;
  /** Outgoing only: where it stands. */
  status?: MessageStatus;
  /**
   * Outgoing private-group messages only: where it stands for each recipient (`0x04…` key); `status`
   * is then the aggregate (delivered once every recipient has it, failed once one failed and the
   * others are settled).
   */
  deliveries?: Record<string, MessageStatus>;
  /** Outgoing only: why it failed. */
  failure?: string;
  /** Received only: it came from a mailserver. */
  fromHistory?: boolean;
}

/** An emoji reaction, added or retracted (§7.5). */
export interface Reaction {
  /** The reaction's own message ID. */
  id: string;
  chatId: string;
  /** The message reacted to. */
  messageId: string;
  author: string;
  /** An `EMOJI_REACTION_TYPE` value. */
  emoji: number;
  retracted: boolean;
  clock: bigint;
}

/** A contact (§7.3). */
export interface Contact {
  /** `0x04…` key. */
  id: string;
  publicKey: Uint8Array;
  /** The three-word name. */
  alias: string;
  ensName: string;
  profileImage: string;
  /** We added them (sent or accepted a contact request). */
  added: boolean;
  /** They sent us a contact request or update. */
  hasAddedUs: boolean;
  blocked: boolean;
  /** Clock of the last contact update applied. */
  lastUpdateClock: bigint;
}

/** Why the client dropped something that came from the network. */
export type RejectionReason =
  | 'undecodable'
  | 'decrypt-failed'
  | 'replay'
  | 'signer-mismatch'
  | 'invalid'
  | 'clock'
  | 'unknown-chat'
  | 'blocked'
  | 'unsupported'
  /** Private groups: from (or to) someone who is not a joined member, or an event by a non-member. */
  | 'not-member'
  /** Private groups: an admin action signed by a member without admin rights. */
  | 'not-admin'
  /** Private groups: a chat ID not matching its creator, an event §9.3 forbids, a malformed event. */
  | 'group-invalid'
  /**
   * Multi-device: from an installation of ours that is not paired (enabled) here, or not addressed
   * to this installation (status-go `ErrNotPairedDevice`, §5.5).
   */
  | 'not-paired';

/**
 * A request to join a private group (GroupChatInvitation, §7.6), as status-go 0.62 sends it from an
 * invitation link: the requester asks an admin, who adds them (MEMBERS_ADDED) or rejects it.
 */
export interface GroupInvitation {
  chatId: string;
  /** The requester's `0x04…` key. */
  from: string;
  /** The admin asked, `0x04…`. */
  admin: string;
  introduction: string;
  state: 'request' | 'rejected';
  clock: bigint;
}

/** An installation of our identity (§5.2, §5.6): this device or another one sharing our keys. */
export interface InstallationInfo {
  /** The installation ID (a UUID). */
  id: string;
  /** Paired: our messages are mirrored to it, our bundle lists it and we accept its messages. */
  enabled: boolean;
  /** True for the installation this client runs. */
  thisDevice: boolean;
  /** Its secure-transport protocol version (§5.6). */
  version: number;
  /** What it calls itself (PairInstallation, §7.3). */
  name?: string;
  /** `ios`, `android` or `desktop` (§7.3). */
  deviceType?: string;
}

/** Events of a client. */
export interface ClientEvents {
  /** A new message arrived (live or from history), once per message ID. */
  'message:received': Message;
  /** One of our messages changed status. */
  'message:status': { id: string; chatId: string; status: MessageStatus; failure?: string };
  /** Something from the network was dropped: no state changed. */
  'message:rejected': {
    reason: RejectionReason;
    detail: string;
    /** The envelope hash, hex. */
    envelope?: string;
    /** The sender's `0x04…` key when known. */
    from?: string;
    error?: Error;
  };
  /** One recipient of an outgoing private-group message moved on (`message:status` has the aggregate). */
  'message:delivery': { id: string; chatId: string; member: string; status: MessageStatus; failure?: string };
  /** A private group's membership, admins or name changed (our own change or a received one). */
  'group:updated': GroupState;
  /** A join request arrived (we are the admin asked) or ours was rejected. */
  'group:invitation': GroupInvitation;
  'reaction:received': Reaction;
  'chat:updated': ChatInfo;
  'chat:removed': { id: string };
  'contact:updated': Contact;
  /** Another installation of ours was heard of for the first time (from its bundle). */
  'installation:discovered': InstallationInfo;
  /** One of our installations changed: paired, unpaired, or it sent its name and device type. */
  'installation:updated': InstallationInfo;
  'peer:connected': { id: string; capability: string; mailserver: boolean };
  'peer:disconnected': { id: string; reason?: number; mailserver: boolean };
  /** Mailserver catch-up progress. */
  'history:progress': {
    mailserver: string;
    /** Envelopes received so far in this sync, pages done, ranges left. */
    envelopes: number;
    pages: number;
    remainingRanges: number;
    done: boolean;
  };
  /** A failure inside the client that is not about one message (storage, a mailserver error…). */
  error: { error: Error; context: string };
}
