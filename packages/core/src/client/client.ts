/**
 * `createClient`: one Status identity on the network, composing every layer as status-go 0.62 does
 * (STATUS-V1-FACTS §1): RLPx sessions to static peers and mailservers, a light Waku v1 node (Whisper
 * v6 for peers that only speak it), the secure transport, MVDS for 1:1 messages, the signed
 * ApplicationMetadataMessage and the chat payloads. State (chats, messages, contacts, outbox, synced
 * ranges, sessions, MVDS) lives in the injected `Storage`, so a client reopened on it carries on.
 *
 * Send: public chats (§1.2) go out as a ProtocolMessage `public_message` on the chat's topic and key;
 * 1:1 messages (§1.1) are appended to MVDS, whose payloads are encrypted per installation by the
 * secure transport and sent on the recipient's partitioned topic, or on the negotiated topic once
 * the secret is agreed. Private groups (§1.3, §9; rules in groups/group.ts, client side in
 * group-chats.ts) send a MembershipUpdateMessage to each member over that same 1:1 path.
 * Receive (§1.4): envelope signer → ProtocolMessage → bundles and decryption → MVDS → AMM author
 * and ID → payload validation → chat, in one serial queue.
 */
import {
  createMvdsNode,
  detectMvdsPayload,
  type MvdsNode,
  mvdsMessageId,
  oneToOneGroupId,
} from '@statuskit/mvds';
import {
  AMM_TYPE,
  type ChatMessage,
  decodeApplicationMetadataMessage,
  decodeChatMessage,
  decodeContactUpdate,
  decodeEmojiReaction,
  type decodeMembershipUpdateMessage,
  decodeProtocolMessage,
  EMOJI_REACTION_TYPE,
  encodeChatMessage,
  encodeContactUpdate,
  encodeEmojiReaction,
  encodeProtocolMessage,
  isPublicKeyChatString,
  MESSAGE_TYPE,
  type MembershipChatEntity,
  messageIdToHex,
  nextClockAndTimestamp,
  oneToOneChatId,
  type ProtocolMessage,
  type RecoveredSignature,
  statusMessageId,
  unwrapApplicationMessage,
  updatedLastClock,
  validateReceivedChatMessage,
  whisperTimestampMs,
  wrapApplicationMessage,
} from '@statuskit/payloads';
import {
  type Clock,
  ClosedError,
  type CryptoProvider,
  createTimeSlicer,
  equalBytes,
  fromHex,
  type Logger,
  memoryStorage,
  nobleCrypto,
  prefixedStorage,
  type RandomSource,
  type RecoverPool,
  type Storage,
  secureRandom,
  serialQueue,
  silentLogger,
  systemClock,
  TypedEventTarget,
  toHex,
  utf8ToBytes,
} from '@statuskit/utils';
import {
  contactCodeTopicString,
  createLightWhisperNode,
  createMailserverClient,
  discoveryTopic,
  MAILSERVER_PASSWORD,
  negotiatedFilterId,
  partitionedTopic,
  personalDiscoveryTopic,
  type ReceivedMessage,
  symKeyFromPassword,
  toTopic,
  type WhisperCapability,
  type WhisperNode,
} from '@statuskit/whisper';
import { createSecureTransport, type SecureTransport } from '../encryption/secure-transport.js';
import type { SharedSecretInfo } from '../encryption/shared-secret.js';
import type { GroupState, mergeGroupEvents } from '../groups/group.js';
import {
  type AliasWordLists,
  aliasFromSeedWith,
  aliasSeedWith,
  loadStatusAliasWords,
} from '../identity/alias-lfsr.js';
import type { Identity } from '../identity/identity.js';
import { identityWithWords } from '../identity/identity-core.js';
import {
  type ClientTransport,
  type Connections,
  createConnections,
  type PeerAddress,
  parsePeers,
} from './connections.js';
import { contentFields, contentOf } from './content.js';
import type { DeviceManager } from './devices.js';
import type { GroupChange } from './group-chats.js';
import { planHistory, runHistory } from './history.js';
import { CLIENT_TABLE, ClientTx, clientKey, clockKey, iterateRecords } from './store.js';
import type {
  ChatInfo,
  ChatKind,
  ClientEvents,
  Contact,
  GroupInvitation,
  InstallationInfo,
  Message,
  MessageStatus,
  OutgoingMessage,
  Reaction,
  RejectionReason,
} from './types.js';

/** Options of {@link createClient}. */
export interface ClientOptions {
  /** Who we are: an identity (`createIdentity`, `identityFromMnemonic`, …) or its private key. */
  identity: Identity | { privateKey: Uint8Array };
  /** Where everything lives. Default: memory (lost on exit); `sqliteStorage`, `idbStorage` plug in. */
  storage?: Storage;
  /** Carriers: `tcp()` in Node for enode peers, `connectWebSocket` (a URL carrier) for bridged peers. */
  transports?: readonly ClientTransport[];
  /** Static peers (relays). */
  peers?: readonly PeerAddress[];
  /** Trusted mailservers, in order of preference; also dialed as peers. */
  mailservers?: readonly PeerAddress[];
  /** Mailserver password (default `status-offline-inbox`, the Status fleets'). */
  mailserverPassword?: string;
  /** Capabilities offered (default `['waku/1', 'shh/6']`; Waku first, Whisper for shh-only peers). */
  capabilities?: readonly WhisperCapability[];
  /** Most connected peers (default 10). */
  maxPeers?: number;
  /** Reconnection backoff bounds (defaults 1 s and 60 s). */
  minBackoffMs?: number;
  maxBackoffMs?: number;
  /** Dial timeout (default 10 s). */
  dialTimeoutMs?: number;
  /** Envelope TTL (default 15 s, status-go's) and PoW target (default the Status sender rule). */
  ttlSeconds?: number;
  powTarget?: number;
  /** History: window asked for on first sync (default 24 h), per-page timeout (default 10 s), page size (default 1000). */
  historyWindowSeconds?: number;
  historyTimeoutMs?: number;
  historyPageLimit?: number;
  /**
   * Our installation ID (default: a UUID made on first start and kept in storage). Give it when
   * migrating an installation from status-go.
   */
  installationId?: string;
  /** Our devp2p node key (default: made on first start and kept in storage). */
  nodeKey?: Uint8Array;
  /** Start connecting at once (default true). */
  autoStart?: boolean;
  clock?: Clock;
  random?: RandomSource;
  crypto?: CryptoProvider;
  /**
   * Workers for signature recovery (`createRecoverPool` over workers running
   * `serveRecoverRequests`): the envelope signature (symmetric-key topics: public chats, negotiated
   * topics) and the application-layer signature of each received public message are recovered
   * there while the client works on the messages before it. Default: none, every recovery on the
   * calling thread. The pool is the caller's to close.
   */
  recoverPool?: RecoverPool;
  logger?: Logger;
}

/** A chat the client holds; `message`, `reaction` and `status` events concern it only. */
export interface Chat
  extends TypedEventTarget<{
    message: Message;
    reaction: Reaction;
    status: ClientEvents['message:status'];
  }> {
  readonly id: string;
  readonly kind: ChatKind;
  /** The current record (name, clock…). */
  info(): ChatInfo;
  /** Sends a message; resolves with it once stored and handed to the network (`sending` or `sent`). */
  send(message: OutgoingMessage): Promise<Message>;
  /** `send({ text })`. */
  sendText(text: string, options?: Omit<OutgoingMessage, 'text'>): Promise<Message>;
  /** Adds (or with `retract`, withdraws) an emoji reaction to a message of this chat (§7.5). */
  react(messageId: string, emoji: number, options?: { retract?: boolean }): Promise<Reaction>;
  /** Stored messages in Lamport order, oldest first; `before` pages back from a clock. */
  messages(options?: { limit?: number; before?: bigint }): Promise<Message[]>;
}

/** A running client. */
export interface Client extends TypedEventTarget<ClientEvents> {
  readonly identity: Identity;
  readonly installationId: string;
  /** Our devp2p node id (64 bytes hex) — the key mailservers and peers see. */
  readonly nodeId: string;
  /** The Whisper/Waku node (for diagnostics and advanced use). */
  readonly node: WhisperNode;
  /** The secure transport (bundles, installations, sessions). */
  readonly secureTransport: SecureTransport;
  /** Starts dialing (done by `createClient` unless `autoStart: false`). */
  start(): void;
  /** Joins (or returns) a public chat. */
  joinPublicChat(name: string): Promise<Chat>;
  /** Opens (or returns) the 1:1 chat with a key (`0x04…` string or 33/65 bytes). */
  openChat(publicKey: string | Uint8Array): Promise<Chat>;
  /**
   * Creates a private group (§9) with us as creator and admin and `members` invited: signs
   * CHAT_CREATED and MEMBERS_ADDED and sends the history to each member pairwise (§1.3).
   */
  createGroup(name: string, members: ReadonlyArray<string | Uint8Array>): Promise<Chat>;
  /** Invites keys into a group (admins only; MEMBERS_ADDED). */
  addMembers(chatId: string, members: ReadonlyArray<string | Uint8Array>): Promise<GroupState>;
  /** Removes a member (admins only, and not another admin; MEMBER_REMOVED). */
  removeMember(chatId: string, member: string | Uint8Array): Promise<GroupState>;
  /** Makes members admins (admins only; ADMINS_ADDED). */
  makeAdmin(chatId: string, members: ReadonlyArray<string | Uint8Array>): Promise<GroupState>;
  /** Renames a group (admins only; NAME_CHANGED). */
  renameGroup(chatId: string, name: string): Promise<GroupState>;
  /** Accepts the invitation into a group we were added to (MEMBER_JOINED): chat messages then reach us. */
  joinGroup(chatId: string): Promise<GroupState>;
  /** Leaves a group (MEMBER_REMOVED of ourselves, sent to every member); its history stays. */
  leaveGroup(chatId: string): Promise<GroupState>;
  /**
   * Asks a group's admin to be added (GroupChatInvitation REQUEST, §7.6), as status-go does from an
   * invitation link (which carries the chat ID and the admin's key). The admin answers by adding us
   * (we then receive the group) or with {@link Client.rejectGroupInvitation}.
   */
  requestToJoinGroup(
    chatId: string,
    admin: string | Uint8Array,
    introduction?: string,
  ): Promise<GroupInvitation>;
  /** Rejects a join request we received as admin (GroupChatInvitation REJECTED, sent to the requester). */
  rejectGroupInvitation(chatId: string, from: string | Uint8Array): Promise<GroupInvitation>;
  /** Join requests we sent or received, with their state. */
  groupInvitations(): Promise<GroupInvitation[]>;
  /** A group's state (members, joined, admins, name, signed event log), or `undefined`. */
  group(chatId: string): GroupState | undefined;
  /** Every group we hold. */
  groups(): GroupState[];
  /**
   * Leaves a chat: its filters go, its messages stay until `deleteChat`-style cleanup. For a
   * private group this only forgets it locally (call `leaveGroup` first to tell the members).
   */
  leaveChat(chatId: string): Promise<void>;
  getChat(chatId: string): Chat | undefined;
  chats(): ChatInfo[];
  /** Stored messages of a chat in Lamport order. */
  messages(chatId: string, options?: { limit?: number; before?: bigint }): Promise<Message[]>;
  /** Adds a contact and sends them a contact request (ContactUpdate, §7.3). */
  addContact(publicKey: string | Uint8Array, options?: { ensName?: string }): Promise<Contact>;
  /** Blocks a key: its messages and contact updates are dropped and reported. */
  blockContact(publicKey: string | Uint8Array): Promise<Contact>;
  unblockContact(publicKey: string | Uint8Array): Promise<Contact>;
  contacts(): Contact[];
  /** Our profile as ContactUpdates carry it. */
  setProfile(profile: { ensName?: string; profileImage?: string }): void;
  /**
   * Names this installation for our other devices (§7.3: `deviceType` is `ios`, `android` or
   * `desktop`); kept in storage and sent by {@link Client.pairDevices}.
   */
  setInstallationMetadata(metadata: { name: string; deviceType: string }): Promise<void>;
  /** Our installations, this one first (§5.6). */
  installations(): Promise<InstallationInfo[]>;
  /**
   * Advertises this installation to our other devices: a PairInstallation (AMM type 4) sent DH-only
   * to our own key (§5.5). They list it (`installation:updated`) and may then enable it.
   * @throws RangeError when no installation metadata was set.
   */
  pairDevices(): Promise<void>;
  /**
   * Pairs with another installation of ours (§5.6): our bundle lists it (at most 3 in all), our
   * 1:1 and group sends, contacts and joined chats are mirrored to it, and its messages are accepted.
   * @throws RangeError for an installation we never heard of.
   */
  enableInstallation(installationId: string): Promise<InstallationInfo>;
  /** Unpairs an installation: nothing more is mirrored to it and its messages are refused. */
  disableInstallation(installationId: string): Promise<InstallationInfo>;
  /**
   * Sends everything our paired devices should hold (status-go `SyncDevices`): joined public chats,
   * added and blocked contacts, and the signed history of each group.
   */
  syncDevices(): Promise<void>;
  /** Syncs history now from the trusted mailservers (also done on every mailserver connect). */
  syncHistory(options?: { signal?: AbortSignal }): Promise<{ envelopes: number; pages: number }>;
  /** Resolves once everything received so far has been handled (and sends queued so far have left). */
  whenIdle(): Promise<void>;
  /** Connected peers. */
  peers(): Array<{ id: string; capability: string; mailserver: boolean }>;
  /** Async iterator over `message:received` events until `signal` fires or the client closes. */
  receivedMessages(options?: { signal?: AbortSignal }): AsyncIterable<Message>;
  /** Disconnects, stops timers and waits for pending work; the storage stays open (it is the caller's). */
  close(): Promise<void>;
}

interface OutboxEntry {
  id: string;
  chatId: string;
  kind: ChatKind;
  amm: Uint8Array;
  /** 1:1: the MVDS message ID once appended. */
  mvdsId?: string;
  /** Public: the payload was sent at least once. */
  sent?: boolean;
  /** Private group: the members it goes to, each over its own 1:1 MVDS channel (§1.3). */
  recipients?: string[];
  /** Private group: member → MVDS message ID, once appended. */
  mvdsIds?: Record<string, string>;
  /** Private group: members for which it is settled (delivered or given up). */
  settled?: string[];
  /** Multi-device: appended for our paired devices already, or not to be (contact requests). */
  mirrored?: boolean;
}

/** What the receive pipeline knows of a message; `device` when our own key signed it (another installation of ours). */
interface ReceiveContext {
  signer: Uint8Array;
  sentMs: bigint;
  envelope: string | undefined;
  fromHistory: boolean;
  device?: { id: string; enabled: boolean };
  /** With a recover pool: the AMM signature's recovery, started as the envelope arrived. */
  ahead?: Promise<RecoveredSignature | undefined> | undefined;
}

interface StoredMessage extends Omit<Message, 'content'> {
  content: Message['content'];
}

const STORE_PREFIX = {
  SECURE: utf8ToBytes('st/'),
  MVDS: utf8ToBytes('mv/'),
  CLIENT: utf8ToBytes('cl/'),
} as const;

const DEFAULTS = {
  TTL_SECONDS: 15,
  MAX_PEERS: 10,
  DIAL_TIMEOUT_MS: 10_000,
  HISTORY_WINDOW_S: 24 * 3600,
  HISTORY_TIMEOUT_MS: 10_000,
  HISTORY_PAGE_LIMIT: 1000,
  /**
   * The newest seconds of a sync are not recorded as synced, so the next sync asks them again: the
   * mobile client moves `from` back by TTL + drift for the same reason (§4.7).
   */
  HISTORY_OVERLAP_S: 30,
  /** status-go's contact-code advertisement schedule (§4.5): check every 120 s, publish every 6 h. */
  CONTACT_CODE_TICK_MS: 120_000,
  CONTACT_CODE_INTERVAL_MS: 21_600_000,
} as const;

/**
 * The longest the receive queue runs before giving the event loop back (a 5,000-envelope catch-up
 * is seconds of crypto: in slices, timers, sockets and the UI keep running meanwhile).
 */
const RECEIVE_SLICE_MS = 8;

const pubString = (k: Uint8Array) => `0x${toHex(k)}`;

type Groups = typeof import('./groups-lazy.js');
let groupsModule: Promise<Groups> | undefined;
/** The private-group code, loaded on first use: an app that never touches a group never loads it. */
const loadGroups = (): Promise<Groups> => (groupsModule ??= import('./groups-lazy.js'));
let devicesModule: Promise<typeof import('./devices.js')> | undefined;
/** The multi-device code, loaded on first use likewise. */
const loadDevices = () => (devicesModule ??= import('./devices.js'));

function uuidFrom(random: RandomSource): string {
  const b = random(16);
  b[6] = ((b[6] as number) & 0x0f) | 0x40;
  b[8] = ((b[8] as number) & 0x3f) | 0x80;
  const h = toHex(b);
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

class ChatHandle
  extends TypedEventTarget<{ message: Message; reaction: Reaction; status: ClientEvents['message:status'] }>
  implements Chat
{
  readonly id: string;
  readonly kind: ChatKind;
  readonly #client: ClientImpl;
  constructor(client: ClientImpl, id: string, kind: ChatKind) {
    super();
    this.#client = client;
    this.id = id;
    this.kind = kind;
  }
  info(): ChatInfo {
    const c = this.#client.chatInfo(this.id);
    if (c === undefined) throw new ClosedError(`chat ${this.id} was left`);
    return c;
  }
  send(message: OutgoingMessage): Promise<Message> {
    return this.#client.sendMessage(this.id, message);
  }
  sendText(text: string, options: Omit<OutgoingMessage, 'text'> = {}): Promise<Message> {
    return this.send({ ...options, text });
  }
  react(messageId: string, emoji: number, options: { retract?: boolean } = {}): Promise<Reaction> {
    return this.#client.sendReaction(this.id, messageId, emoji, options.retract ?? false);
  }
  messages(options?: { limit?: number; before?: bigint }): Promise<Message[]> {
    return this.#client.messages(this.id, options);
  }
}

class ClientImpl extends TypedEventTarget<ClientEvents> implements Client {
  readonly identity: Identity;
  readonly installationId: string;
  readonly nodeId: string;
  readonly node: WhisperNode;
  readonly secureTransport: SecureTransport;
  readonly #o: ClientOptions;
  readonly #clock: Clock;
  readonly #random: RandomSource;
  readonly #crypto: CryptoProvider;
  readonly #log: Logger;
  readonly #store: Storage;
  readonly #mvds: MvdsNode;
  readonly #connections: Connections;
  readonly #mailserverIds: string[];
  readonly #mailserverKey: Uint8Array;
  readonly #nodeKey: Uint8Array;
  readonly #aliasWords: AliasWordLists;
  readonly #queue = serialQueue();
  /** Cuts a long run of received messages (a history catch-up) into slices of the event loop. */
  readonly #receiveSlicer = createTimeSlicer(RECEIVE_SLICE_MS);
  #receivesPending = 0;
  readonly #sendQueue = serialQueue();
  readonly #chats = new Map<string, ChatInfo>();
  readonly #handles = new Map<string, ChatHandle>();
  readonly #contacts = new Map<string, Contact>();
  readonly #groups = new Map<string, GroupState>();
  readonly #topicKeys = new Map<string, { topic: Uint8Array; symKey: Uint8Array }>();
  readonly #negotiated = new Set<string>();
  #timer: { cancel(): void } | undefined;
  #profile: { ensName: string; profileImage: string } = { ensName: '', profileImage: '' };
  #closed = false;
  #started = false;
  #syncing: Promise<{ envelopes: number; pages: number }> | undefined;
  #resync = false;
  #badMailservers = new Map<string, number>();
  /** Our public envelopes still in the pool: the outbox entry and the sessions that carried them. */
  readonly #pendingPublic = new Map<string, { entryId: string; sentOn: Map<string, number> }>();
  readonly #pendingEntries = new Set<string>();
  /** Per peer key, how many sessions with it have ended. */
  readonly #peerGen = new Map<string, number>();
  /** Our other installations we know of, and those of them that are enabled (paired). */
  readonly #ownKnown = new Set<string>();
  readonly #paired = new Set<string>();
  #dm: Promise<DeviceManager> | undefined;

  constructor(
    o: ClientOptions,
    parts: {
      identity: Identity;
      installationId: string;
      nodeKey: Uint8Array;
      store: Storage;
      secure: SecureTransport;
      mvds: MvdsNode;
      node: WhisperNode;
      mailserverKey: Uint8Array;
      mailserverIds: string[];
      aliasWords: AliasWordLists;
      clock: Clock;
      random: RandomSource;
      crypto: CryptoProvider;
      logger: Logger;
    },
  ) {
    super();
    this.#o = o;
    this.identity = parts.identity;
    this.installationId = parts.installationId;
    this.#store = parts.store;
    this.secureTransport = parts.secure;
    this.#mvds = parts.mvds;
    this.node = parts.node;
    this.#mailserverKey = parts.mailserverKey;
    this.#nodeKey = parts.nodeKey;
    this.#mailserverIds = parts.mailserverIds;
    this.#aliasWords = parts.aliasWords;
    this.#clock = parts.clock;
    this.#random = parts.random;
    this.#crypto = parts.crypto;
    this.#log = parts.logger;
    this.nodeId = toHex(this.#crypto.secp256k1PublicKey(parts.nodeKey, false).subarray(1));
    this.#connections = createConnections({
      node: this.node,
      nodeKey: parts.nodeKey,
      peers: [...(o.peers ?? []), ...(o.mailservers ?? [])],
      transports: o.transports ?? [],
      maxPeers: o.maxPeers ?? DEFAULTS.MAX_PEERS,
      ...(o.minBackoffMs !== undefined ? { minBackoffMs: o.minBackoffMs } : {}),
      ...(o.maxBackoffMs !== undefined ? { maxBackoffMs: o.maxBackoffMs } : {}),
      dialTimeoutMs: o.dialTimeoutMs ?? DEFAULTS.DIAL_TIMEOUT_MS,
      clientId: 'statuskit/v0.1.0',
      clock: this.#clock,
      random: this.#random,
      crypto: this.#crypto,
      logger: this.#log,
    });
  }

  // ---------------------------------------------------------------- setup

  async init(): Promise<void> {
    for await (const [, chat] of iterateRecords<ChatInfo>(this.#store, Uint8Array.of(CLIENT_TABLE.CHAT))) {
      this.#chats.set(chat.id, chat);
      this.#handles.set(chat.id, new ChatHandle(this, chat.id, chat.kind));
    }
    for await (const [, c] of iterateRecords<Contact>(this.#store, Uint8Array.of(CLIENT_TABLE.CONTACT))) {
      this.#contacts.set(c.id, c);
    }
    for await (const [, g] of iterateRecords<GroupState>(this.#store, Uint8Array.of(CLIENT_TABLE.GROUP))) {
      this.#groups.set(g.chatId, g);
    }
    const me = this.identity;
    // Our partitioned topic, the personal and the generic discovery topics: asymmetric (§4.1).
    this.node.subscribe({
      id: 'private',
      topics: [
        partitionedTopic(me.publicKey, this.#crypto).topic,
        personalDiscoveryTopic(me.publicKey, this.#crypto).topic,
        discoveryTopic(this.#crypto).topic,
      ],
      key: { kind: 'asymmetric', privateKey: me.privateKey },
      allowP2P: true,
    });
    // Our contact code (bundle advertisements of our other devices) and each contact's.
    await this.#subscribeSymmetric(
      `contact-code:${pubString(me.publicKey)}`,
      contactCodeTopicString(me.publicKey, this.#crypto),
    );
    for (const c of this.#contacts.values())
      if (c.added && !c.blocked) await this.#subscribeContactCode(c.publicKey);
    for (const chat of this.#chats.values()) if (chat.kind === 'public') await this.#subscribePublic(chat.id);
    for (const s of await this.secureTransport.getSharedSecrets()) await this.#subscribeNegotiated(s);
    for (const inst of await this.secureTransport.getOurInstallations()) {
      if (inst.id === this.installationId) continue;
      this.#ownKnown.add(inst.id);
      if (inst.enabled) this.#paired.add(inst.id);
    }
    if (this.#ownKnown.size > 0) await (await this.#dev()).selfNegotiated();

    this.node.addEventListener('message', (e) => {
      const { message } = e.detail;
      if (this.#receivesPending++ === 0) this.#receiveSlicer.reset();
      const ahead = this.#recoverAhead(message);
      void this.#queue(async () => {
        try {
          // Each receive settles in microtasks: without this, thousands of them run as one task.
          if (this.#receiveSlicer.shouldYield()) await this.#receiveSlicer.maybeYield();
          await this.#receive(message, ahead);
        } finally {
          this.#receivesPending--;
        }
      }).catch((error) => this.emit('error', { error: error as Error, context: 'receive' }));
    });
    this.node.addEventListener('peer:connected', (e) => {
      const id = e.detail.id;
      const mailserver = this.#mailserverIds.includes(id);
      this.emit('peer:connected', { id, capability: e.detail.capability, mailserver });
      void this.#flushOutbox();
      void this.#mvds.tick().catch(() => undefined);
      // Our bundle on our contact-code topic, as status-go publishes it (at most every 6 h).
      void this.#advertiseContactCode().catch((error) =>
        this.emit('error', { error: error as Error, context: 'contact-code' }),
      );
      if (mailserver) this.#requestSync();
    });
    this.node.addEventListener('batch:sent', (e) => {
      for (const h of e.detail.hashes)
        this.#pendingPublic.get(h)?.sentOn.set(e.detail.peer, this.#peerGen.get(e.detail.peer) ?? 0);
    });
    this.node.addEventListener('envelope:expired', (e) => {
      if (!this.#pendingPublic.has(e.detail.hashHex)) return;
      void this.#publicExpired(e.detail.hashHex).catch((error) =>
        this.emit('error', { error: error as Error, context: 'outbox' }),
      );
    });
    this.node.addEventListener('peer:disconnected', (e) => {
      this.#peerGen.set(e.detail.key, (this.#peerGen.get(e.detail.key) ?? 0) + 1);
      this.emit('peer:disconnected', {
        id: e.detail.id,
        ...(e.detail.reason !== undefined ? { reason: e.detail.reason } : {}),
        mailserver: this.#mailserverIds.includes(e.detail.id),
      });
    });
    this.#mvds.addEventListener('delivered', (e) => {
      void this.#mvdsStatus(toHex(e.detail.messageId), 'delivered');
    });
    this.#mvds.addEventListener('given-up', (e) => {
      void this.#mvdsStatus(toHex(e.detail.messageId), 'failed', `MVDS gave up: ${e.detail.reason}`);
    });
    // Deliveries MVDS handed us before a crash but that we never stored: handle them again.
    for (const d of await this.#mvds.unconfirmedDeliveries()) {
      await this.#queue(async () => {
        const ctx = {
          signer: d.peerId,
          sentMs: d.timestamp * 1000n,
          envelope: undefined,
          fromHistory: false,
        };
        await this.#application(d.body, ctx);
        await this.#mvds.confirm([d.messageId]);
      });
    }
    // 1:1 outbox entries that never reached MVDS (a crash between our write and the append), and
    // ones whose acknowledgement MVDS stored but whose `delivered` we never wrote (a crash between
    // the two): MVDS no longer waits for them.
    for await (const [, entry] of iterateRecords<OutboxEntry>(
      this.#store,
      Uint8Array.of(CLIENT_TABLE.OUTBOX),
    )) {
      if (entry.kind === 'private-group') {
        await this.#appendToMvds(entry); // members not appended yet
        continue;
      }
      if (entry.kind !== 'one-to-one') continue;
      if (entry.mvdsId === undefined) await this.#appendToMvds(entry);
      else if (!this.#mvds.isPending(fromHex(entry.mvdsId)))
        await this.#mvdsStatus(entry.mvdsId, 'delivered');
    }
  }

  start(): void {
    if (this.#started || this.#closed) return;
    this.#started = true;
    this.#connections.start();
    this.#mvds.start();
    // status-go's publisher: a tick every 120 s publishes our contact code when 6 h have passed.
    const tick = () => {
      if (this.#closed) return;
      void this.#advertiseContactCode().catch(() => undefined);
      this.#timer = this.#clock.setTimeout(tick, DEFAULTS.CONTACT_CODE_TICK_MS);
    };
    this.#timer = this.#clock.setTimeout(tick, DEFAULTS.CONTACT_CODE_TICK_MS);
  }

  async #topicKey(name: string): Promise<{ topic: Uint8Array; symKey: Uint8Array }> {
    const cached = this.#topicKeys.get(name);
    if (cached !== undefined) return cached;
    // PBKDF2 with 65,356 iterations is dear: derive once, keep it in storage. The record is keyed
    // by a hash of the name: a negotiated topic's name is the shared secret (§4.4), and record
    // keys stay readable under encryptedStorage (records of older versions are moved).
    const key = clientKey(CLIENT_TABLE.TOPIC_KEY, toHex(this.#crypto.keccak256(utf8ToBytes(name))));
    const legacy = clientKey(CLIENT_TABLE.TOPIC_KEY, name);
    const tx = new ClientTx(this.#store);
    let symKey = await tx.get<Uint8Array>(key);
    if (symKey === undefined) {
      symKey = (await tx.get<Uint8Array>(legacy)) ?? (await symKeyFromPassword(name, this.#crypto));
      tx.put(key, symKey);
      tx.delete(legacy);
      await tx.commit();
    }
    const out = { topic: toTopic(name, this.#crypto), symKey };
    this.#topicKeys.set(name, out);
    return out;
  }

  async #subscribeSymmetric(id: string, name: string): Promise<void> {
    const { topic, symKey } = await this.#topicKey(name);
    this.node.unsubscribe(id);
    this.node.subscribe({ id, topics: [topic], key: { kind: 'symmetric', key: symKey }, allowP2P: true });
  }

  #subscribePublic(name: string): Promise<void> {
    return this.#subscribeSymmetric(`public:${name}`, name);
  }

  #subscribeContactCode(publicKey: Uint8Array): Promise<void> {
    return this.#subscribeSymmetric(
      `contact-code:${pubString(publicKey)}`,
      contactCodeTopicString(publicKey, this.#crypto),
    );
  }

  /** The negotiated topic of a shared secret (§4.4), installed once (idempotent). */
  async #subscribeNegotiated(secret: SharedSecretInfo): Promise<void> {
    const id = negotiatedFilterId(secret.identity, this.#crypto);
    if (this.#negotiated.has(id)) return;
    this.#negotiated.add(id);
    await this.#subscribeSymmetric(id, toHex(secret.key));
  }

  /** Every topic we follow: what history asks for. */
  #followedTopics(): Uint8Array[] {
    return this.node.filters.list().flatMap((f) => [...f.topics]);
  }

  // ---------------------------------------------------------------- chats

  chatInfo(id: string): ChatInfo | undefined {
    return this.#chats.get(id);
  }

  chats(): ChatInfo[] {
    return [...this.#chats.values()];
  }

  getChat(chatId: string): Chat | undefined {
    return this.#handles.get(chatId);
  }

  async #putChat(chat: ChatInfo, tx?: ClientTx): Promise<void> {
    const own = tx === undefined;
    const t = tx ?? new ClientTx(this.#store);
    t.put(clientKey(CLIENT_TABLE.CHAT, chat.id), chat);
    if (own) await t.commit();
  }

  #chatHandle(chat: ChatInfo): ChatHandle {
    let h = this.#handles.get(chat.id);
    if (h === undefined) {
      h = new ChatHandle(this, chat.id, chat.kind);
      this.#handles.set(chat.id, h);
    }
    return h;
  }

  async joinPublicChat(name: string): Promise<Chat> {
    this.#checkOpen();
    if (typeof name !== 'string' || !/^[a-z0-9-]+$/.test(name) || isPublicKeyChatString(name)) {
      throw new RangeError('name must be a public chat name: [a-z0-9-]+');
    }
    const { chat, created } = await this.#joinPublic(name);
    // Our paired devices join it too (SyncInstallationPublicChat, §7.3).
    if (created) await this.#toDevices((d) => d.syncPublicChat(name));
    return this.#chatHandle(chat);
  }

  async #joinPublic(name: string): Promise<{ chat: ChatInfo; created: boolean }> {
    const known = this.#chats.get(name);
    if (known !== undefined) return { chat: known, created: false };
    const chat: ChatInfo = {
      id: name,
      kind: 'public',
      name,
      lastClock: 0n,
      joinedAtMs: Math.floor(this.#clock.now()),
    };
    await this.#putChat(chat);
    this.#chats.set(name, chat);
    await this.#subscribePublic(name);
    this.emit('chat:updated', chat);
    this.#requestSync();
    return { chat, created: true };
  }

  #pub65(publicKey: string | Uint8Array, what: string): Uint8Array {
    let bytes: Uint8Array;
    if (typeof publicKey === 'string') {
      if (!/^0x04[0-9a-fA-F]{128}$/.test(publicKey))
        throw new TypeError(`${what} must be a 0x04… key string`);
      bytes = fromHex(publicKey.slice(2));
    } else bytes = publicKey;
    if (!(bytes instanceof Uint8Array) || !this.#crypto.secp256k1IsValidPublicKey(bytes)) {
      throw new TypeError(`${what} is not a secp256k1 public key`);
    }
    return bytes.length === 65 ? bytes.slice() : this.#crypto.secp256k1Decompress(bytes);
  }

  async openChat(publicKey: string | Uint8Array): Promise<Chat> {
    this.#checkOpen();
    const pub = this.#pub65(publicKey, 'publicKey');
    if (equalBytes(pub, this.identity.publicKey)) throw new RangeError('publicKey is our own key');
    return this.#chatHandle(await this.#ensureOneToOne(pub));
  }

  async #ensureOneToOne(pub: Uint8Array, tx?: ClientTx): Promise<ChatInfo> {
    const id = oneToOneChatId(pub);
    let chat = this.#chats.get(id);
    if (chat === undefined) {
      chat = {
        id,
        kind: 'one-to-one',
        name: this.#alias(pub),
        publicKey: pub,
        lastClock: 0n,
        joinedAtMs: Math.floor(this.#clock.now()),
      };
      await this.#putChat(chat, tx);
      this.#chats.set(id, chat);
      this.#chatHandle(chat);
      this.emit('chat:updated', chat);
      // Their contact code carries their bundle (installations) before they ever write to us; the
      // mailserver has their last advertisement.
      await this.#subscribeContactCode(pub);
      this.#requestSync();
    }
    return chat;
  }

  async leaveChat(chatId: string): Promise<void> {
    const chat = this.#chats.get(chatId);
    if (chat === undefined) return;
    const tx = new ClientTx(this.#store);
    tx.delete(clientKey(CLIENT_TABLE.CHAT, chatId));
    // Local only: leaveGroup tells the others.
    if (chat.kind === 'private-group') tx.delete((await loadGroups()).groupKey(chatId));
    await tx.commit();
    this.#chats.delete(chatId);
    this.#groups.delete(chatId);
    this.#handles.delete(chatId);
    if (chat.kind === 'public') this.node.unsubscribe(`public:${chatId}`);
    this.emit('chat:removed', { id: chatId });
  }

  // ---------------------------------------------------------------- private groups (§1.3, §9)

  group(chatId: string): GroupState | undefined {
    return this.#groups.get(chatId);
  }

  groups(): GroupState[] {
    return [...this.#groups.values()];
  }

  #keyStrings(keys: ReadonlyArray<string | Uint8Array>, what: string): string[] {
    if (!Array.isArray(keys)) throw new TypeError(`${what} must be an array of keys`);
    return [...new Set(keys.map((k) => pubString(this.#pub65(k, what))))];
  }

  async createGroup(name: string, members: ReadonlyArray<string | Uint8Array>): Promise<Chat> {
    if (typeof name !== 'string' || name.trim() === '')
      throw new RangeError('name must be a non-empty string');
    const state = await this.#groupChange(undefined, {
      kind: 'create',
      name,
      members: this.#keyStrings(members, 'members'),
    });
    return this.#chatHandle(this.#chats.get(state.chatId) as ChatInfo);
  }

  addMembers(chatId: string, members: ReadonlyArray<string | Uint8Array>): Promise<GroupState> {
    return this.#groupChange(chatId, { kind: 'add', members: this.#keyStrings(members, 'members') });
  }

  removeMember(chatId: string, member: string | Uint8Array): Promise<GroupState> {
    return this.#groupChange(chatId, { kind: 'remove', member: pubString(this.#pub65(member, 'member')) });
  }

  makeAdmin(chatId: string, members: ReadonlyArray<string | Uint8Array>): Promise<GroupState> {
    return this.#groupChange(chatId, { kind: 'admin', members: this.#keyStrings(members, 'members') });
  }

  renameGroup(chatId: string, name: string): Promise<GroupState> {
    if (typeof name !== 'string' || name.trim() === '')
      throw new RangeError('name must be a non-empty string');
    return this.#groupChange(chatId, { kind: 'rename', name });
  }

  joinGroup(chatId: string): Promise<GroupState> {
    return this.#groupChange(chatId, { kind: 'join' });
  }

  leaveGroup(chatId: string): Promise<GroupState> {
    return this.#groupChange(chatId, { kind: 'leave' });
  }

  requestToJoinGroup(
    chatId: string,
    admin: string | Uint8Array,
    introduction = '',
  ): Promise<GroupInvitation> {
    return this.#sendInvitation(chatId, pubString(this.#pub65(admin, 'admin')), introduction);
  }

  rejectGroupInvitation(chatId: string, from: string | Uint8Array): Promise<GroupInvitation> {
    return this.#sendInvitation(chatId, pubString(this.#pub65(from, 'from')));
  }

  async groupInvitations(): Promise<GroupInvitation[]> {
    const out: GroupInvitation[] = [];
    const prefix = Uint8Array.of(CLIENT_TABLE.GROUP_INVITATION);
    for await (const [, inv] of iterateRecords<GroupInvitation>(this.#store, prefix)) out.push(inv);
    return out;
  }

  /** A join request (or, without `introduction`, its rejection): stored, then sent pairwise over MVDS (§7.9). */
  async #sendInvitation(chatId: string, to: string, introduction?: string): Promise<GroupInvitation> {
    this.#checkOpen();
    const g = await loadGroups();
    return this.#sendQueue(async () => {
      const tx = new ClientTx(this.#store);
      const { key, inv } = await g.outgoingInvitation(
        chatId,
        to,
        introduction,
        this.identity.publicKeyString,
        Math.floor(this.#clock.now()),
        (k) => tx.get(k),
      );
      const amm = g.invitationAmm(inv, this.identity.privateKey, this.#crypto);
      const id = messageIdToHex(statusMessageId(this.identity.publicKey, amm, this.#crypto));
      const entry: OutboxEntry = { id, chatId, kind: 'private-group', amm, recipients: [to], mirrored: true };
      tx.put(key, inv);
      tx.put(clientKey(CLIENT_TABLE.OUTBOX, id), entry);
      await tx.commit();
      await this.#dispatch(entry);
      return inv;
    });
  }

  /**
   * Signs a membership change, checks it against the rules (a refused change throws
   * GroupEventError and changes nothing), stores the new state and sends the full history to every
   * member before and after the change.
   */
  async #groupChange(chatId: string | undefined, change: GroupChange): Promise<GroupState> {
    this.#checkOpen();
    if (chatId !== undefined && !this.#groups.has(chatId)) throw new RangeError(`no group ${chatId}`);
    const g = await loadGroups();
    return this.#sendQueue(async () => {
      const before = chatId === undefined ? undefined : this.#groups.get(chatId);
      const chatBefore = chatId === undefined ? undefined : this.#chats.get(chatId);
      const nowMs = Math.floor(this.#clock.now());
      const last = updatedLastClock(chatBefore?.lastClock ?? 0n, before ? g.lastGroupEventClock(before) : 0n);
      const { clock } = nextClockAndTimestamp(last, BigInt(nowMs));
      const { state } = g.applyGroupChange(before, change, clock, this.identity, this.#crypto, this.#random);
      const recipients = g.groupRecipients(before, state, this.identity.publicKeyString, 'membership');
      const amm = g.membershipUpdateAmm(state, undefined, this.identity.privateKey, this.#crypto);
      const id = messageIdToHex(statusMessageId(this.identity.publicKey, amm, this.#crypto));
      const tx = new ClientTx(this.#store);
      const chat = this.#groupChat(g, state, chatBefore, nowMs);
      tx.put(g.groupKey(state.chatId), state);
      await this.#putChat(chat, tx);
      const entry: OutboxEntry = { id, chatId: state.chatId, kind: 'private-group', amm, recipients };
      tx.put(clientKey(CLIENT_TABLE.OUTBOX, id), entry);
      await tx.commit();
      this.#setGroup(state, chat);
      await this.#dispatch(entry);
      return state;
    });
  }

  #groupChat(g: Groups, state: GroupState, before: ChatInfo | undefined, nowMs: number): ChatInfo {
    return {
      ...(before ?? { id: state.chatId, kind: 'private-group', joinedAtMs: nowMs }),
      name: state.name,
      lastClock: updatedLastClock(before?.lastClock ?? 0n, g.lastGroupEventClock(state)),
    };
  }

  #setGroup(state: GroupState, chat: ChatInfo): void {
    this.#groups.set(state.chatId, state);
    this.#chats.set(chat.id, chat);
    this.#chatHandle(chat);
    this.emit('chat:updated', chat);
    this.emit('group:updated', state);
  }

  async messages(chatId: string, options: { limit?: number; before?: bigint } = {}): Promise<Message[]> {
    const prefix = clientKey(CLIENT_TABLE.MESSAGE, chatId, new Uint8Array(0));
    const out: Message[] = [];
    const opts: { reverse: boolean; limit?: number; lt?: Uint8Array } = { reverse: true };
    if (options.limit !== undefined) opts.limit = options.limit;
    if (options.before !== undefined)
      opts.lt = clientKey(CLIENT_TABLE.MESSAGE, chatId, clockKey(options.before));
    for await (const [, m] of iterateRecords<StoredMessage>(this.#store, prefix, opts)) out.push(m);
    return out.reverse();
  }

  // ---------------------------------------------------------------- sending

  #nextClock(chat: ChatInfo): { clock: bigint; timestamp: bigint } {
    return nextClockAndTimestamp(chat.lastClock, BigInt(Math.floor(this.#clock.now())));
  }

  #messageKey(chatId: string, clock: bigint, id: string): Uint8Array {
    return clientKey(CLIENT_TABLE.MESSAGE, chatId, concatKey(clockKey(clock), utf8ToBytes(id)));
  }

  #storeMessage(tx: ClientTx, m: Message): void {
    const key = this.#messageKey(m.chatId, m.clock, m.id);
    tx.put(key, m);
    tx.put(clientKey(CLIENT_TABLE.MESSAGE_INDEX, m.id), { key: toHex(key) });
  }

  async sendMessage(chatId: string, message: OutgoingMessage): Promise<Message> {
    this.#checkOpen();
    if (this.#chats.get(chatId) === undefined)
      throw new RangeError(`no chat ${chatId}: join or open it first`);
    this.#checkGroupSend(chatId);
    const fields = contentFields(message);
    return this.#sendQueue(async () => {
      const chat = this.#chats.get(chatId) as ChatInfo;
      const { clock, timestamp } = this.#nextClock(chat);
      const cm: ChatMessage = {
        ...fields,
        clock,
        timestamp,
        chatId,
        messageType: messageTypeOf(chat.kind),
        grant: new Uint8Array(0),
      };
      const group = chat.kind === 'private-group' ? this.#groups.get(chatId) : undefined;
      const amm = await this.#wrapEntity(group, { kind: 'message', message: cm }, () =>
        encodeChatMessage(cm),
      );
      const id = messageIdToHex(statusMessageId(this.identity.publicKey, amm, this.#crypto));
      const m: Message = {
        id,
        chatId,
        chatKind: chat.kind,
        author: this.identity.publicKeyString,
        outgoing: true,
        clock,
        timestamp,
        text: cm.text,
        content: message.content ?? { type: 'text' },
        status: 'sending',
        ...(cm.responseTo !== '' ? { replyTo: cm.responseTo } : {}),
        ...(cm.ensName !== '' ? { ensName: cm.ensName } : {}),
      };
      const entry: OutboxEntry = { id, chatId, kind: chat.kind, amm };
      if (group !== undefined) {
        const g = await loadGroups();
        entry.recipients = g.groupRecipients(group, group, this.identity.publicKeyString, 'chat');
        m.deliveries = Object.fromEntries(entry.recipients.map((r) => [r, 'sending' as const]));
      }
      await this.#commitOutgoing(chat, m, entry);
      await this.#dispatch(entry);
      return (await this.#message(id)) ?? m;
    });
  }

  /** Sending into a group needs us to be a joined member (status-go has the same check). */
  #checkGroupSend(chatId: string): void {
    const group = this.#groups.get(chatId);
    if (group !== undefined && !group.joined.includes(this.identity.publicKeyString)) {
      throw new RangeError(`we are not a joined member of group ${chatId}`);
    }
  }

  /** A chat entity as its AMM: inside a MembershipUpdateMessage for a group (§1.3), on its own otherwise. */
  async #wrapEntity(
    group: GroupState | undefined,
    entity: MembershipChatEntity,
    encode: () => Uint8Array,
  ): Promise<Uint8Array> {
    if (group !== undefined)
      return (await loadGroups()).membershipUpdateAmm(group, entity, this.identity.privateKey, this.#crypto);
    const type = entity.kind === 'message' ? AMM_TYPE.CHAT_MESSAGE : AMM_TYPE.EMOJI_REACTION;
    return wrapApplicationMessage(encode(), type, this.identity.privateKey, this.#crypto);
  }

  async #commitOutgoing(chat: ChatInfo, m: Message, entry: OutboxEntry): Promise<void> {
    const tx = new ClientTx(this.#store);
    this.#storeMessage(tx, m);
    tx.put(clientKey(CLIENT_TABLE.OUTBOX, entry.id), entry);
    const next = { ...chat, lastClock: updatedLastClock(chat.lastClock, m.clock) };
    await this.#putChat(next, tx);
    await tx.commit();
    this.#chats.set(chat.id, next);
    this.#emitStatus(m.id, chat.id, 'sending');
  }

  async #dispatch(entry: OutboxEntry): Promise<void> {
    if (entry.kind === 'public') await this.#sendPublic(entry);
    else await this.#appendToMvds(entry);
  }

  async #sendPublic(entry: OutboxEntry): Promise<void> {
    if (this.node.peers().length === 0) return; // kept in the outbox until a peer connects
    const { topic, symKey } = await this.#topicKey(entry.chatId);
    const pm = await this.secureTransport.buildPublicMessage(entry.amm);
    const env = await this.#sendEnvelope(encodeProtocolMessage(pm), { topic, symKey });
    // The entry stays in the outbox until the envelope has left over a session that outlived it
    // (see #publicExpired); a crash meanwhile sends it again on restart.
    this.#pendingPublic.set(env.hashHex, { entryId: entry.id, sentOn: new Map() });
    this.#pendingEntries.add(entry.id);
    await this.#setStatus(entry.id, 'sent');
  }

  /**
   * Our public envelope left the pool (its TTL ran out). Public chats have no acknowledgement
   * (§6.5), but the carrier is a reliable stream: if a session that carried the envelope is still
   * the same session now, the relay got it. If every session that carried it broke since (or none
   * did), it may never have left this device: send the message again in a new envelope (the same
   * message ID, so receivers keep it once), as status-go resends an envelope that expired unsent.
   */
  async #publicExpired(hashHex: string): Promise<void> {
    const pending = this.#pendingPublic.get(hashHex);
    if (pending === undefined) return;
    this.#pendingPublic.delete(hashHex);
    this.#pendingEntries.delete(pending.entryId);
    const carried = [...pending.sentOn].some(([peer, gen]) => (this.#peerGen.get(peer) ?? 0) === gen);
    await this.#sendQueue(async () => {
      const key = clientKey(CLIENT_TABLE.OUTBOX, pending.entryId);
      const tx = new ClientTx(this.#store);
      const entry = await tx.get<OutboxEntry>(key);
      if (entry === undefined || this.#closed) return;
      if (carried) {
        tx.delete(key);
        await tx.commit();
      } else await this.#sendPublic(entry);
    });
  }

  async #sendEnvelope(
    payload: Uint8Array,
    to: { topic: Uint8Array; symKey: Uint8Array } | { topic: Uint8Array; publicKey: Uint8Array },
  ): Promise<{ hashHex: string }> {
    return this.node.send({
      payload,
      ...to,
      signingKey: this.identity.privateKey,
      ttlSeconds: this.#o.ttlSeconds ?? DEFAULTS.TTL_SECONDS,
      ...(this.#o.powTarget !== undefined ? { powTarget: this.#o.powTarget } : {}),
      // We store what we send when we send it: opening our own envelope would cost a signature
      // recovery and a decryption only to be dropped as our own.
      deliverLocally: false,
    });
  }

  async #appendToMvds(entry: OutboxEntry): Promise<void> {
    if (entry.kind === 'private-group') return this.#appendToMembers(entry);
    const chat = this.#chats.get(entry.chatId);
    const peer = chat?.publicKey;
    if (peer === undefined) return;
    const group = oneToOneGroupId(this.identity.publicKey, peer, this.#crypto);
    if (!this.#mvds.isPeerInGroup(group, peer)) await this.#mvds.addPeer(group, peer);
    const mvdsId = toHex(await this.#mvds.appendMessage(group, entry.amm));
    const mirrored = await this.#mirror(entry);
    const tx = new ClientTx(this.#store);
    tx.put(clientKey(CLIENT_TABLE.OUTBOX, entry.id), { ...entry, mvdsId, mirrored });
    tx.put(clientKey(CLIENT_TABLE.MVDS_MAP, mvdsId), { id: entry.id });
    await tx.commit();
    // Out now rather than at the next epoch, without advancing the epoch (retransmissions stay on
    // the epoch timer); appends made while a flush is queued go out in the same payload.
    await this.#mvds.flush().catch((error) => this.emit('error', { error: error as Error, context: 'mvds' }));
  }

  /**
   * A group payload goes to each recipient on its own 1:1 MVDS channel, with one MVDS message per
   * member and the same Status message ID for all (§1.3).
   */
  async #appendToMembers(entry: OutboxEntry): Promise<void> {
    const recipients = entry.recipients ?? [];
    const mvdsIds = { ...(entry.mvdsIds ?? {}) };
    // Group sends reach our paired devices too (§1.3: the sender is a recipient when it has some).
    const mirrored = await this.#mirror(entry);
    const tx = new ClientTx(this.#store);
    if (recipients.length === 0) {
      tx.delete(clientKey(CLIENT_TABLE.OUTBOX, entry.id));
      await tx.commit();
      if (mirrored) await this.#mvds.flush().catch(() => undefined);
      return this.#setStatus(entry.id, 'sent');
    }
    for (const member of recipients) {
      if (mvdsIds[member] !== undefined) continue;
      const peer = fromHex(member.slice(2));
      const group = oneToOneGroupId(this.identity.publicKey, peer, this.#crypto);
      if (!this.#mvds.isPeerInGroup(group, peer)) await this.#mvds.addPeer(group, peer);
      const mvdsId = toHex(await this.#mvds.appendMessage(group, entry.amm));
      mvdsIds[member] = mvdsId;
      tx.put(clientKey(CLIENT_TABLE.MVDS_MAP, mvdsId), { id: entry.id, member });
    }
    tx.put(clientKey(CLIENT_TABLE.OUTBOX, entry.id), { ...entry, mvdsIds, mirrored });
    await tx.commit();
    await this.#mvds.flush().catch((error) => this.emit('error', { error: error as Error, context: 'mvds' }));
  }

  /** Also to our paired devices, once (§1.1 step 6): true once appended for them. */
  async #mirror(entry: OutboxEntry): Promise<boolean> {
    return entry.mirrored || (this.#paired.size > 0 && (await this.#dev()).mirror(entry.amm));
  }

  /** MVDS asks us to carry a payload to a peer: secure transport, then an envelope (§1.1 steps 4–5). */
  async transmitDataSync(peerId: Uint8Array, payload: Uint8Array): Promise<void> {
    const spec = await this.secureTransport.buildDirectMessage(peerId, payload);
    for (const s of [spec.sharedSecret]) await this.#subscribeNegotiated(s);
    const bytes = encodeProtocolMessage(spec.message);
    if (spec.agreed) {
      const { topic, symKey } = await this.#topicKey(toHex(spec.sharedSecret.key));
      await this.#sendEnvelope(bytes, { topic, symKey });
    } else {
      await this.#sendEnvelope(bytes, {
        topic: partitionedTopic(peerId, this.#crypto).topic,
        publicKey: peerId,
      });
    }
    // Every message in the payload has now left at least once.
    const parsed = detectMvdsPayload(payload);
    for (const msg of parsed?.messages ?? []) {
      const mvdsId = toHex(mvdsMessageId(msg, this.#crypto));
      await this.#mvdsStatus(mvdsId, 'sent');
    }
  }

  async #mvdsStatus(mvdsId: string, status: MessageStatus, failure?: string): Promise<void> {
    const tx = new ClientTx(this.#store);
    const map = await tx.get<{ id: string; member?: string }>(clientKey(CLIENT_TABLE.MVDS_MAP, mvdsId));
    if (map === undefined) return;
    if (map.member !== undefined) return this.#memberStatus(tx, mvdsId, map.id, map.member, status, failure);
    if (status === 'delivered' || status === 'failed') {
      // One batch with the status: a crash between the two would leave `sent` for good.
      tx.delete(clientKey(CLIENT_TABLE.OUTBOX, map.id));
      tx.delete(clientKey(CLIENT_TABLE.MVDS_MAP, mvdsId));
    }
    await this.#setStatus(map.id, status, failure, tx);
  }

  /** One member of a group message moved on: its delivery, the aggregate, and the outbox entry. */
  async #memberStatus(
    tx: ClientTx,
    mvdsId: string,
    id: string,
    member: string,
    status: MessageStatus,
    failure?: string,
  ): Promise<void> {
    const g = await loadGroups();
    if (status === 'delivered' || status === 'failed') {
      tx.delete(clientKey(CLIENT_TABLE.MVDS_MAP, mvdsId));
      const outKey = clientKey(CLIENT_TABLE.OUTBOX, id);
      const entry = await tx.get<OutboxEntry>(outKey);
      if (entry !== undefined) {
        const settled = [...new Set([...(entry.settled ?? []), member])];
        if (settled.length >= (entry.recipients ?? []).length) tx.delete(outKey);
        else tx.put(outKey, { ...entry, settled });
      }
    }
    const idx = await tx.get<{ key: string }>(clientKey(CLIENT_TABLE.MESSAGE_INDEX, id));
    const m = idx === undefined ? undefined : await tx.get<Message>(fromHex(idx.key));
    const current = m?.deliveries?.[member];
    const moves =
      m?.deliveries !== undefined &&
      current !== undefined &&
      (g.STATUS_RANK[status] > g.STATUS_RANK[current] || (status === 'delivered' && current === 'failed'));
    let next: Message | undefined;
    if (moves && m !== undefined && idx !== undefined) {
      const deliveries = { ...m.deliveries, [member]: status };
      next = { ...m, deliveries, status: g.aggregateDelivery(deliveries) };
      if (failure !== undefined && next.status === 'failed') next.failure = failure;
      tx.put(fromHex(idx.key), next);
    }
    await tx.commit();
    if (next === undefined || m === undefined) return;
    const detail = { id, chatId: m.chatId, member, status, ...(failure !== undefined ? { failure } : {}) };
    this.emit('message:delivery', detail);
    if (next.status !== m.status) this.#emitStatus(id, m.chatId, next.status as MessageStatus, next.failure);
  }

  async #message(id: string): Promise<Message | undefined> {
    const tx = new ClientTx(this.#store);
    const idx = await tx.get<{ key: string }>(clientKey(CLIENT_TABLE.MESSAGE_INDEX, id));
    return idx === undefined ? undefined : tx.get<Message>(fromHex(idx.key));
  }

  /** Moves a message's status forward only (sending → sent → delivered; failed from sending/sent). */
  async #setStatus(
    id: string,
    status: MessageStatus,
    failure?: string,
    tx: ClientTx = new ClientTx(this.#store),
  ): Promise<void> {
    const rank: Record<MessageStatus, number> = { sending: 0, sent: 1, delivered: 2, failed: 1.5 };
    const idx = await tx.get<{ key: string }>(clientKey(CLIENT_TABLE.MESSAGE_INDEX, id));
    if (idx === undefined) return tx.commit();
    const m = await tx.get<Message>(fromHex(idx.key));
    if (m === undefined || m.status === undefined) return tx.commit();
    if (rank[status] <= rank[m.status] && !(status === 'delivered' && m.status === 'failed'))
      return tx.commit();
    const next: Message = { ...m, status };
    if (failure !== undefined) next.failure = failure;
    tx.put(fromHex(idx.key), next);
    await tx.commit();
    this.#emitStatus(id, m.chatId, status, failure);
  }

  #emitStatus(id: string, chatId: string, status: MessageStatus, failure?: string): void {
    const detail = { id, chatId, status, ...(failure !== undefined ? { failure } : {}) };
    this.emit('message:status', detail);
    this.#handles.get(chatId)?.emit('status', detail);
  }

  async #flushOutbox(): Promise<void> {
    await this.#sendQueue(async () => {
      for await (const [, entry] of iterateRecords<OutboxEntry>(
        this.#store,
        Uint8Array.of(CLIENT_TABLE.OUTBOX),
      )) {
        if (entry.kind !== 'public' || this.#pendingEntries.has(entry.id)) continue;
        try {
          await this.#sendPublic(entry);
        } catch (error) {
          this.emit('error', { error: error as Error, context: 'outbox' });
        }
      }
    });
  }

  async sendReaction(chatId: string, messageId: string, emoji: number, retract: boolean): Promise<Reaction> {
    this.#checkOpen();
    const chat = this.#chats.get(chatId);
    if (chat === undefined) throw new RangeError(`no chat ${chatId}`);
    this.#checkGroupSend(chatId);
    if (!/^0x[0-9a-f]{64}$/i.test(messageId)) throw new RangeError('messageId must be a 0x-hex message ID');
    if (!Object.values(EMOJI_REACTION_TYPE).includes(emoji as 1) || emoji === 0)
      throw new RangeError('emoji must be an EMOJI_REACTION_TYPE');
    return this.#sendQueue(async () => {
      const { clock } = this.#nextClock(chat);
      const r = {
        clock,
        chatId,
        messageId,
        messageType: messageTypeOf(chat.kind),
        type: emoji,
        retracted: retract,
        grant: new Uint8Array(0),
      };
      const group = chat.kind === 'private-group' ? this.#groups.get(chatId) : undefined;
      const amm = await this.#wrapEntity(group, { kind: 'emojiReaction', emojiReaction: r }, () =>
        encodeEmojiReaction(r),
      );
      const id = messageIdToHex(statusMessageId(this.identity.publicKey, amm, this.#crypto));
      const reaction: Reaction = {
        id,
        chatId,
        messageId,
        author: this.identity.publicKeyString,
        emoji,
        retracted: retract,
        clock,
      };
      const tx = new ClientTx(this.#store);
      tx.put(clientKey(CLIENT_TABLE.REACTION, chatId, messageId, reaction.author, String(emoji)), reaction);
      const entry: OutboxEntry = { id, chatId, kind: chat.kind, amm };
      if (group !== undefined)
        entry.recipients = (await loadGroups()).groupRecipients(
          group,
          group,
          this.identity.publicKeyString,
          'chat',
        );
      tx.put(clientKey(CLIENT_TABLE.OUTBOX, id), entry);
      const next = { ...chat, lastClock: updatedLastClock(chat.lastClock, clock) };
      await this.#putChat(next, tx);
      await tx.commit();
      this.#chats.set(chatId, next);
      await this.#dispatch(entry);
      return reaction;
    });
  }

  // ---------------------------------------------------------------- contacts

  contacts(): Contact[] {
    return [...this.#contacts.values()];
  }

  /** The three-word name of a checked key. */
  #alias(pub: Uint8Array): string {
    return aliasFromSeedWith(aliasSeedWith(pub, this.#crypto), this.#aliasWords);
  }

  #contactOf(pub: Uint8Array): Contact {
    const id = pubString(pub);
    return (
      this.#contacts.get(id) ?? {
        id,
        publicKey: pub,
        alias: this.#alias(pub),
        ensName: '',
        profileImage: '',
        added: false,
        hasAddedUs: false,
        blocked: false,
        lastUpdateClock: 0n,
      }
    );
  }

  async #putContact(c: Contact, tx?: ClientTx): Promise<void> {
    const t = tx ?? new ClientTx(this.#store);
    t.put(clientKey(CLIENT_TABLE.CONTACT, c.id), c);
    if (tx === undefined) await t.commit();
    this.#contacts.set(c.id, c);
    this.emit('contact:updated', c);
  }

  setProfile(profile: { ensName?: string; profileImage?: string }): void {
    this.#profile = {
      ensName: profile.ensName ?? this.#profile.ensName,
      profileImage: profile.profileImage ?? this.#profile.profileImage,
    };
  }

  async addContact(publicKey: string | Uint8Array, options: { ensName?: string } = {}): Promise<Contact> {
    this.#checkOpen();
    const pub = this.#pub65(publicKey, 'publicKey');
    const c: Contact = { ...this.#contactOf(pub), added: true };
    if (options.ensName !== undefined) c.ensName = options.ensName;
    await this.#putContact(c);
    await this.#subscribeContactCode(pub);
    const chat = await this.#ensureOneToOne(pub);
    // The contact request: a ContactUpdate over the 1:1 path (§7.3, datasync).
    await this.#sendQueue(async () => {
      const { clock } = this.#nextClock(chat);
      const payload = encodeContactUpdate({
        clock,
        ensName: this.#profile.ensName,
        profileImage: this.#profile.profileImage,
      });
      const amm = wrapApplicationMessage(
        payload,
        AMM_TYPE.CONTACT_UPDATE,
        this.identity.privateKey,
        this.#crypto,
      );
      const id = messageIdToHex(statusMessageId(this.identity.publicKey, amm, this.#crypto));
      const tx = new ClientTx(this.#store);
      // Our devices learn of the contact through SyncInstallationContact, not this request.
      const entry: OutboxEntry = { id, chatId: chat.id, kind: 'one-to-one', amm, mirrored: true };
      tx.put(clientKey(CLIENT_TABLE.OUTBOX, id), entry);
      await tx.commit();
      await this.#dispatch(entry);
    });
    await this.#syncContact(c);
    return c;
  }

  /** Tells our paired devices of a contact's new state (§7.3). */
  #syncContact(c: Contact): Promise<void> {
    return this.#toDevices((d) => d.syncContact(c));
  }

  async blockContact(publicKey: string | Uint8Array): Promise<Contact> {
    const pub = this.#pub65(publicKey, 'publicKey');
    const c: Contact = { ...this.#contactOf(pub), blocked: true, added: false };
    await this.#putContact(c);
    this.node.unsubscribe(`contact-code:${c.id}`);
    await this.#syncContact(c);
    return c;
  }

  async unblockContact(publicKey: string | Uint8Array): Promise<Contact> {
    const pub = this.#pub65(publicKey, 'publicKey');
    const c: Contact = { ...this.#contactOf(pub), blocked: false };
    await this.#putContact(c);
    await this.#syncContact(c);
    return c;
  }

  async #advertiseContactCode(force = false): Promise<void> {
    if (this.node.peers().length === 0) return;
    const key = clientKey(CLIENT_TABLE.META, 'contact-code-published');
    const tx = new ClientTx(this.#store);
    const last = (await tx.get<number>(key)) ?? 0;
    const now = Math.floor(this.#clock.now());
    if (!force && now - last < DEFAULTS.CONTACT_CODE_INTERVAL_MS) return;
    const amm = wrapApplicationMessage(
      new Uint8Array(0),
      AMM_TYPE.CONTACT_CODE_ADVERTISEMENT,
      this.identity.privateKey,
      this.#crypto,
    );
    const pm = await this.secureTransport.buildPublicMessage(amm);
    const { topic, symKey } = await this.#topicKey(
      contactCodeTopicString(this.identity.publicKey, this.#crypto),
    );
    await this.#sendEnvelope(encodeProtocolMessage(pm), { topic, symKey });
    tx.put(key, now);
    await tx.commit();
  }

  // ---------------------------------------------------------------- multi-device (§5.6, §7.3; devices.ts)

  /** The device code (loaded on first use) over this client's state. */
  #dev(): Promise<DeviceManager> {
    this.#dm ??= loadDevices().then(
      (d) =>
        new d.DeviceManager({
          client: this,
          store: this.#store,
          crypto: this.#crypto,
          clock: this.#clock,
          mvds: this.#mvds,
          known: this.#ownKnown,
          paired: this.#paired,
          reject: (r, detail, extra) => this.#reject(r, detail, extra),
          sendQueue: (f) => this.#sendQueue(f),
          selfGroup: oneToOneGroupId(this.identity.publicKey, this.identity.publicKey, this.#crypto),
          sendToSelf: (payload) =>
            this.#sendEnvelope(payload, {
              topic: partitionedTopic(this.identity.publicKey, this.#crypto).topic,
              publicKey: this.identity.publicKey,
            }),
          negotiated: (secret) => this.#subscribeNegotiated(secret),
          contactCode: (k) => this.#subscribeContactCode(k),
          oneToOne: (k) => this.#ensureOneToOne(k),
          joinPublic: (name) => this.#joinPublic(name),
          contactOf: (k) => this.#contactOf(k),
          putContact: (c) => this.#putContact(c),
          pub65: (k, what) => this.#pub65(k, what),
        }),
    );
    return this.#dm;
  }

  /** Runs `f` on the device code when we have a paired device. */
  async #toDevices(f: (d: DeviceManager) => Promise<unknown>): Promise<void> {
    if (this.#paired.size > 0) await f(await this.#dev());
  }

  setInstallationMetadata(metadata: { name: string; deviceType: string }): Promise<void> {
    return this.#dev().then((d) => d.setMetadata(metadata));
  }

  installations(): Promise<InstallationInfo[]> {
    return this.#dev().then((d) => d.installations());
  }

  pairDevices(): Promise<void> {
    return this.#dev().then((d) => d.pair());
  }

  enableInstallation(installationId: string): Promise<InstallationInfo> {
    return this.#dev().then((d) => d.setEnabled(installationId, true));
  }

  disableInstallation(installationId: string): Promise<InstallationInfo> {
    return this.#dev().then((d) => d.setEnabled(installationId, false));
  }

  syncDevices(): Promise<void> {
    return this.#toDevices((d) => d.syncAll());
  }

  // ---------------------------------------------------------------- receiving

  #reject(
    reason: RejectionReason,
    detail: string,
    extra: { envelope?: string; from?: Uint8Array; error?: Error } = {},
  ): void {
    this.#log.debug('rejected', { reason, detail });
    this.emit('message:rejected', {
      reason,
      detail,
      ...(extra.envelope !== undefined ? { envelope: extra.envelope } : {}),
      ...(extra.from !== undefined ? { from: pubString(extra.from) } : {}),
      ...(extra.error !== undefined ? { error: extra.error } : {}),
    });
  }

  /**
   * With a recover pool: starts recovering the AMM signature of a public message (or of a bare AMM)
   * on a worker as it arrives, so that it is ready when the queue reaches it. Undefined (and the
   * recovery done inline) without a pool, for direct messages, or for anything that does not decode.
   */
  #recoverAhead(m: ReceivedMessage): Promise<RecoveredSignature | undefined> | undefined {
    const pool = this.#o.recoverPool;
    if (pool === undefined || m.signer === undefined) return undefined;
    let body = m.payload;
    try {
      const pm = decodeProtocolMessage(m.payload);
      if (pm.publicMessage.length === 0) return undefined;
      body = pm.publicMessage;
    } catch {
      // a bare AMM (§1.2 step 4)
    }
    let amm: ReturnType<typeof decodeApplicationMetadataMessage>;
    try {
      amm = decodeApplicationMetadataMessage(body);
    } catch {
      return undefined;
    }
    const signature = amm.signature;
    if (signature.length !== 65) return undefined;
    const hash = this.#crypto.keccak256(amm.payload);
    // A failure here is not the message's verdict: the inline path decides, with its typed errors.
    return pool.recover(hash, signature).then(
      (key) => ({ hash, signature, key }),
      () => undefined,
    );
  }

  async #receive(m: ReceivedMessage, ahead?: Promise<RecoveredSignature | undefined>): Promise<void> {
    if (this.#closed) return;
    const envelope = m.hashHex;
    const signer = m.signer;
    if (signer === undefined) return this.#reject('invalid', 'unsigned envelope', { envelope });
    const own = equalBytes(signer, this.identity.publicKey);
    if (!own && this.#contacts.get(pubString(signer))?.blocked) {
      return this.#reject('blocked', 'sender is blocked', { envelope, from: signer });
    }
    let pm: ProtocolMessage | undefined;
    try {
      pm = decodeProtocolMessage(m.payload);
    } catch {
      pm = undefined; // status-go passes raw payloads on (SkipEncryption, §1.2 step 4)
    }
    // Our own envelopes come back through relays and mailservers; another installation of ours
    // signs with the same key but names itself in the ProtocolMessage (§5.6).
    if (own && (pm === undefined || pm.installationId === this.installationId)) return;
    const ctx: ReceiveContext = {
      signer,
      sentMs: whisperTimestampMs(m.expiry, m.ttl),
      envelope,
      fromHistory: m.p2p,
      ahead,
    };
    if (pm === undefined) return this.#application(m.payload, ctx);
    if (own) ctx.device = { id: pm.installationId, enabled: this.#paired.has(pm.installationId) };
    let handled: Awaited<ReturnType<SecureTransport['handleMessage']>>;
    try {
      handled = await this.secureTransport.handleMessage(signer, pm, m.hash);
    } catch (error) {
      const name = (error as Error).name;
      const reason: RejectionReason = (error as { ownIdentity?: boolean }).ownIdentity
        ? 'not-paired'
        : name === 'ReplayError'
          ? 'replay'
          : name === 'PayloadDecodeError' || name === 'DecodeError'
            ? 'undecodable'
            : 'decrypt-failed';
      return this.#reject(reason, (error as Error).message, {
        envelope,
        from: signer,
        error: error as Error,
      });
    }
    for (const s of handled.sharedSecrets) await this.#subscribeNegotiated(s);
    if (handled.newInstallations.some((i) => equalBytes(i.identity, this.identity.publicKey)))
      await (await this.#dev()).heard(handled.newInstallations);
    try {
      if (handled.kind === 'public') {
        await this.#application(handled.payload, ctx);
        return;
      }
      // status-go sends an empty DR payload after each ACK-only one: nothing to do.
      if (handled.payload.length === 0) return;
      const mv = detectMvdsPayload(handled.payload);
      if (mv === undefined) {
        await this.#application(handled.payload, ctx);
        return;
      }
      // The peer must be in our 1:1 group before its payload, so our acks go back (§6.5).
      const group = oneToOneGroupId(this.identity.publicKey, signer, this.#crypto);
      if (!this.#mvds.isPeerInGroup(group, signer)) await this.#mvds.addPeer(group, signer);
      const deliveries = await this.#mvds.receive(signer, handled.payload);
      for (const d of deliveries) {
        await this.#application(d.body, ctx);
      }
      if (deliveries.length > 0) await this.#mvds.confirm(deliveries.map((d) => d.messageId));
    } finally {
      if (handled.confirmation !== undefined)
        await this.secureTransport.confirmMessageProcessed(handled.confirmation);
    }
  }

  async #application(body: Uint8Array, ctx: ReceiveContext): Promise<void> {
    const envelope = ctx.envelope;
    const extra = { ...(envelope !== undefined ? { envelope } : {}), from: ctx.signer };
    const recovered = ctx.ahead === undefined ? undefined : await ctx.ahead;
    let amm: ReturnType<typeof unwrapApplicationMessage>;
    try {
      amm = unwrapApplicationMessage(body, { transportSigner: ctx.signer, crypto: this.#crypto, recovered });
    } catch (error) {
      return this.#reject('undecodable', 'not an ApplicationMetadataMessage', {
        ...extra,
        error: error as Error,
      });
    }
    if (!equalBytes(amm.author, ctx.signer)) {
      return this.#reject('signer-mismatch', 'the message is signed by another key than its envelope', extra);
    }
    const id = messageIdToHex(amm.messageId);
    // An installation of ours that is not paired is heard only naming itself (§5.6).
    if (
      ctx.device?.enabled === false &&
      amm.type !== AMM_TYPE.PAIR_INSTALLATION &&
      amm.type !== AMM_TYPE.CONTACT_CODE_ADVERTISEMENT
    )
      return this.#reject('not-paired', 'from an installation of ours that is not paired', extra);
    try {
      switch (amm.type) {
        case AMM_TYPE.CHAT_MESSAGE:
          return await this.#chatMessage(id, decodeChatMessage(amm.payload), ctx, extra);
        case AMM_TYPE.EMOJI_REACTION:
          return await this.#reaction(id, decodeEmojiReaction(amm.payload), ctx, extra);
        case AMM_TYPE.CONTACT_UPDATE:
          // Our own profile, as status-go's SyncDevices sends it: not a contact.
          if (equalBytes(ctx.signer, this.identity.publicKey)) return;
          return await this.#contactUpdate(decodeContactUpdate(amm.payload), ctx);
        case AMM_TYPE.GROUP_CHAT_INVITATION: {
          const g = await loadGroups();
          const tx = new ClientTx(this.#store);
          const out = await g.receivedInvitation(
            g.decodeGroupChatInvitation(amm.payload),
            ctx.sentMs,
            pubString(ctx.signer),
            this.identity.publicKeyString,
            (chatId) => this.#groups.get(chatId),
            (k) => tx.get(k),
          );
          if (out === undefined) return;
          if ('reason' in out) return this.#reject(out.reason, out.detail, extra);
          tx.put(out.key, out.next);
          await tx.commit();
          this.emit('group:invitation', out.next);
          return;
        }
        case AMM_TYPE.PAIR_INSTALLATION:
        case AMM_TYPE.SYNC_INSTALLATION:
        case AMM_TYPE.SYNC_INSTALLATION_CONTACT:
        case AMM_TYPE.SYNC_INSTALLATION_PUBLIC_CHAT:
          return await (await this.#dev()).receive(amm.type, amm.payload, ctx, extra);
        case AMM_TYPE.CONTACT_CODE_ADVERTISEMENT:
          return; // its bundle was processed with the ProtocolMessage
        case AMM_TYPE.MEMBERSHIP_UPDATE_MESSAGE:
          return await this.#membershipUpdate(
            id,
            (await loadGroups()).decodeMembershipUpdateMessage(amm.payload),
            ctx,
            extra,
          );
        default:
          return this.#reject(
            'unsupported',
            `application message type ${amm.type} is not handled yet`,
            extra,
          );
      }
    } catch (error) {
      if ((error as Error).name === 'PayloadDecodeError') {
        return this.#reject('undecodable', (error as Error).message, { ...extra, error: error as Error });
      }
      throw error;
    }
  }

  /** The chat a received message belongs to (§7.11), or a rejection reason. */
  async #routeIncoming(
    messageType: number,
    chatId: string,
    signer: Uint8Array,
    tx: ClientTx,
  ): Promise<ChatInfo | { reject: RejectionReason; detail: string }> {
    if (messageType === MESSAGE_TYPE.PUBLIC_GROUP) {
      const chat = this.#chats.get(chatId);
      if (chat?.kind !== 'public')
        return { reject: 'unknown-chat', detail: `public chat ${chatId} is not joined` };
      return chat;
    }
    if (messageType === MESSAGE_TYPE.ONE_TO_ONE) {
      if (!equalBytes(signer, this.identity.publicKey)) return this.#ensureOneToOne(signer, tx);
      // Sent by another device of ours: the chat is the one its chat_id names (§7.11).
      const peer = (await this.#dev()).peerOf(chatId);
      return peer === undefined
        ? { reject: 'invalid', detail: 'our own 1:1 message names no other party' }
        : this.#ensureOneToOne(peer, tx);
    }
    if (messageType === MESSAGE_TYPE.PRIVATE_GROUP) {
      const chat = this.#chats.get(chatId);
      const group = this.#groups.get(chatId);
      if (chat?.kind !== 'private-group' || group === undefined)
        return { reject: 'unknown-chat', detail: `group ${chatId} is unknown` };
      const g = await loadGroups();
      const refusal = g.groupMessageRefusal(group, pubString(signer), this.identity.publicKeyString);
      return refusal === undefined ? chat : { reject: refusal.reason, detail: refusal.detail };
    }
    return { reject: 'unsupported', detail: `message type ${messageType}` };
  }

  /**
   * A MembershipUpdateMessage (§9.2): its events merged into the group as status-go merges them
   * (one refused event refuses the whole message, chat entity included), the group created when
   * it is new and has us as a member, then its chat message or reaction handled as any other.
   */
  async #membershipUpdate(
    id: string,
    mu: ReturnType<typeof decodeMembershipUpdateMessage>,
    ctx: { signer: Uint8Array; sentMs: bigint; fromHistory: boolean },
    extra: { envelope?: string; from: Uint8Array },
  ): Promise<void> {
    const g = await loadGroups();
    let group = this.#groups.get(mu.chatId);
    if (mu.events.length > 0) {
      const nowMs = Math.floor(this.#clock.now());
      let merged: ReturnType<typeof mergeGroupEvents>;
      try {
        const events = g.openGroupEvents(mu.chatId, mu.events, this.#crypto, group);
        merged = g.mergeGroupEvents(group, mu.chatId, events, BigInt(nowMs));
      } catch (error) {
        if (!(error instanceof g.GroupEventError)) throw error;
        return this.#reject(g.rejectionOf(error), error.message, { ...extra, error });
      }
      if (group === undefined && !merged.state.members.includes(this.identity.publicKeyString)) {
        return this.#reject('not-member', 'an update of a group we are not a member of', extra);
      }
      if (merged.added.length > 0) {
        const chat = this.#groupChat(g, merged.state, this.#chats.get(mu.chatId), nowMs);
        const tx = new ClientTx(this.#store);
        tx.put(g.groupKey(mu.chatId), merged.state);
        await this.#putChat(chat, tx);
        await tx.commit();
        this.#setGroup(merged.state, chat);
      }
      group = merged.state;
    }
    if (group === undefined) return this.#reject('unknown-chat', `group ${mu.chatId} is unknown`, extra);
    const entity = mu.chatEntity;
    if (entity === undefined) return;
    const inner = entity.kind === 'message' ? entity.message : entity.emojiReaction;
    if (inner.chatId !== mu.chatId || inner.messageType !== MESSAGE_TYPE.PRIVATE_GROUP) {
      return this.#reject('invalid', 'the chat entity is not a message of this group', extra);
    }
    if (entity.kind === 'message') return this.#chatMessage(id, entity.message, ctx, extra);
    return this.#reaction(id, entity.emojiReaction, ctx, extra);
  }

  async #chatMessage(
    id: string,
    cm: ChatMessage,
    ctx: { signer: Uint8Array; sentMs: bigint; fromHistory: boolean },
    extra: { envelope?: string; from: Uint8Array },
  ): Promise<void> {
    const check = validateReceivedChatMessage(cm, ctx.sentMs);
    if (!check.valid)
      return this.#reject(check.reason === 'clock' ? 'clock' : 'invalid', check.reason, extra);
    const tx = new ClientTx(this.#store);
    if ((await tx.get(clientKey(CLIENT_TABLE.MESSAGE_INDEX, id))) !== undefined) return; // seen (live and history)
    const chat = await this.#routeIncoming(cm.messageType, cm.chatId, ctx.signer, tx);
    if ('reject' in chat) return this.#reject(chat.reject, chat.detail, extra);
    const mine = equalBytes(ctx.signer, this.identity.publicKey);
    const m: Message = {
      id,
      chatId: chat.id,
      chatKind: chat.kind,
      author: pubString(ctx.signer),
      // Sent by another installation of ours: ours, and it has left.
      outgoing: mine,
      ...(mine ? { status: 'sent' as const } : {}),
      clock: cm.clock,
      timestamp: cm.timestamp,
      text: cm.text,
      content: contentOf(cm),
      ...(cm.responseTo !== '' ? { replyTo: cm.responseTo } : {}),
      ...(cm.ensName !== '' ? { ensName: cm.ensName } : {}),
      ...(ctx.fromHistory ? { fromHistory: true } : {}),
    };
    this.#storeMessage(tx, m);
    const next = { ...chat, lastClock: updatedLastClock(chat.lastClock, cm.clock) };
    await this.#putChat(next, tx);
    await tx.commit();
    this.#chats.set(chat.id, next);
    this.emit('message:received', m);
    this.#handles.get(chat.id)?.emit('message', m);
  }

  async #reaction(
    id: string,
    r: ReturnType<typeof decodeEmojiReaction>,
    ctx: { signer: Uint8Array; sentMs: bigint },
    extra: { envelope?: string; from: Uint8Array },
  ): Promise<void> {
    if (r.clock === 0n || r.clock > ctx.sentMs + 120_000n)
      return this.#reject('clock', 'reaction clock', extra);
    const tx = new ClientTx(this.#store);
    const chat = await this.#routeIncoming(r.messageType, r.chatId, ctx.signer, tx);
    if ('reject' in chat) return this.#reject(chat.reject, chat.detail, extra);
    const reaction: Reaction = {
      id,
      chatId: chat.id,
      messageId: r.messageId,
      author: pubString(ctx.signer),
      emoji: r.type,
      retracted: r.retracted,
      clock: r.clock,
    };
    const key = clientKey(CLIENT_TABLE.REACTION, chat.id, r.messageId, reaction.author, String(r.type));
    const old = await tx.get<Reaction>(key);
    if (old !== undefined && old.clock >= r.clock) return; // older or the same
    tx.put(key, reaction);
    await tx.commit();
    this.emit('reaction:received', reaction);
    this.#handles.get(chat.id)?.emit('reaction', reaction);
  }

  async #contactUpdate(
    u: ReturnType<typeof decodeContactUpdate>,
    ctx: { signer: Uint8Array; sentMs: bigint },
  ): Promise<void> {
    const c = this.#contactOf(ctx.signer);
    if (u.clock <= c.lastUpdateClock) return;
    await this.#putContact({
      ...c,
      ensName: u.ensName,
      profileImage: u.profileImage,
      hasAddedUs: true,
      lastUpdateClock: u.clock,
    });
  }

  // ---------------------------------------------------------------- history

  #requestSync(): void {
    void this.syncHistory().catch((error) =>
      this.emit('error', { error: error as Error, context: 'history' }),
    );
  }

  syncHistory(options: { signal?: AbortSignal } = {}): Promise<{ envelopes: number; pages: number }> {
    if (this.#syncing !== undefined) {
      // A sync is running: it goes round once more, so what is asked now is covered.
      this.#resync = true;
      return this.#syncing;
    }
    this.#syncing = (async () => {
      let total = { envelopes: 0, pages: 0 };
      for (;;) {
        this.#resync = false;
        try {
          const r = await this.#syncOnce(options.signal);
          total = { envelopes: total.envelopes + r.envelopes, pages: total.pages + r.pages };
        } catch (error) {
          // A round asked for meanwhile (a mailserver connected, a chat joined) may still succeed.
          if (!this.#resync || this.#closed) throw error;
        }
        if (!this.#resync || this.#closed) return total;
      }
    })().finally(() => {
      this.#syncing = undefined;
    });
    return this.#syncing;
  }

  async #syncOnce(signal?: AbortSignal): Promise<{ envelopes: number; pages: number }> {
    const connected = new Set(this.node.peers().map((p) => p.id));
    const candidates = this.#mailserverIds.filter((id) => connected.has(id));
    if (candidates.length === 0) return { envelopes: 0, pages: 0 };
    const client = createMailserverClient({
      node: this.node,
      signingKey: this.#nodeKey,
      symKey: this.#mailserverKey,
      clock: this.#clock,
      crypto: this.#crypto,
      random: this.#random,
    });
    const nowS = Math.floor(this.#clock.now() / 1000);
    const windowS = this.#o.historyWindowSeconds ?? DEFAULTS.HISTORY_WINDOW_S;
    // Prefer mailservers that did not fail recently, in the configured order.
    const ordered = [...candidates].sort(
      (a, b) => (this.#badMailservers.get(a) ?? 0) - (this.#badMailservers.get(b) ?? 0),
    );
    let lastError: unknown;
    for (const ms of ordered) {
      const plan = await planHistory(this.#store, dedupeTopics(this.#followedTopics()), [
        nowS - windowS,
        nowS + 1,
      ]);
      if (plan.length === 0) return { envelopes: 0, pages: 0 };
      try {
        const r = await runHistory(this.#store, client, ms, plan, {
          limit: this.#o.historyPageLimit ?? DEFAULTS.HISTORY_PAGE_LIMIT,
          timeoutMs: this.#o.historyTimeoutMs ?? DEFAULTS.HISTORY_TIMEOUT_MS,
          syncedUpTo: nowS - DEFAULTS.HISTORY_OVERLAP_S,
          ...(signal !== undefined ? { signal } : {}),
          onProgress: (p) => this.emit('history:progress', { mailserver: ms, ...p, done: false }),
        });
        // Wait for the delivered envelopes to go through the receive queue.
        await this.#queue(async () => undefined);
        this.emit('history:progress', { mailserver: ms, ...r, remainingRanges: 0, done: true });
        this.#badMailservers.delete(ms);
        return r;
      } catch (error) {
        lastError = error;
        this.#badMailservers.set(ms, Math.floor(this.#clock.now()));
        this.#log.warn('mailserver failed, trying the next', { mailserver: ms, error: String(error) });
        if (signal?.aborted) throw error;
      }
    }
    throw lastError;
  }

  // ---------------------------------------------------------------- misc

  peers(): Array<{ id: string; capability: string; mailserver: boolean }> {
    return this.node
      .peers()
      .map((p) => ({ id: p.id, capability: p.capability, mailserver: this.#mailserverIds.includes(p.id) }));
  }

  async whenIdle(): Promise<void> {
    await this.#queue(async () => undefined);
    await this.#sendQueue(async () => undefined);
  }

  receivedMessages(options: { signal?: AbortSignal } = {}): AsyncIterable<Message> {
    return eventIterator(this, 'message:received', options.signal);
  }

  #checkOpen(): void {
    if (this.#closed) throw new ClosedError('client is closed');
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    this.#timer?.cancel();
    this.#mvds.stop();
    await this.#connections.stop();
    this.node.close();
    await this.#queue(async () => undefined);
    await this.#sendQueue(async () => undefined);
    await this.#mvds.close();
  }
}

function messageTypeOf(kind: ChatKind): number {
  if (kind === 'public') return MESSAGE_TYPE.PUBLIC_GROUP;
  return kind === 'private-group' ? MESSAGE_TYPE.PRIVATE_GROUP : MESSAGE_TYPE.ONE_TO_ONE;
}

function concatKey(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}

function dedupeTopics(topics: Uint8Array[]): Uint8Array[] {
  const seen = new Map<string, Uint8Array>();
  for (const t of topics) seen.set(toHex(t), t);
  return [...seen.values()];
}

/** An async iterator over one event type until `signal` fires. */
function eventIterator<T>(target: EventTarget, type: string, signal?: AbortSignal): AsyncIterable<T> {
  return {
    [Symbol.asyncIterator]() {
      const queue: T[] = [];
      let wake: (() => void) | undefined;
      let done = signal?.aborted ?? false;
      const onEvent = (e: Event) => {
        queue.push((e as CustomEvent<T>).detail);
        wake?.();
      };
      const onAbort = () => {
        done = true;
        wake?.();
      };
      target.addEventListener(type, onEvent);
      signal?.addEventListener('abort', onAbort, { once: true });
      const stop = () => {
        done = true;
        target.removeEventListener(type, onEvent);
        signal?.removeEventListener('abort', onAbort);
      };
      return {
        async next(): Promise<IteratorResult<T>> {
          while (queue.length === 0 && !done) await new Promise<void>((r) => (wake = r));
          if (queue.length > 0) return { value: queue.shift() as T, done: false };
          stop();
          return { value: undefined, done: true };
        },
        async return(): Promise<IteratorResult<T>> {
          stop();
          return { value: undefined, done: true };
        },
      };
    },
  };
}

/**
 * Creates (or reopens, on the same storage) a client for one identity.
 * @throws TypeError / RangeError on bad options.
 * @example
 * ```ts
 * import { createClient, createIdentity } from '@statuskit/core';
 * import { tcp } from '@statuskit/transport-node';
 * const { identity } = await createIdentity();
 * const client = await createClient({ identity, transports: [tcp()], peers: ['enode://…@127.0.0.1:30303'] });
 * const chat = await client.joinPublicChat('status');
 * chat.addEventListener('message', (e) => console.log(e.detail.text));
 * await chat.sendText('hello');
 * ```
 */
export async function createClient(options: ClientOptions): Promise<Client> {
  if (options === null || typeof options !== 'object') throw new TypeError('options must be an object');
  const crypto = options.crypto ?? nobleCrypto;
  const clock = options.clock ?? systemClock;
  const random = options.random ?? secureRandom;
  const logger = (options.logger ?? silentLogger).child({ component: 'client' });
  const id = options.identity;
  if (id === null || typeof id !== 'object' || !(id.privateKey instanceof Uint8Array)) {
    throw new TypeError('identity must be an Identity or { privateKey }');
  }
  // The three-word names' lists load here, not with the module (they are most of its weight).
  const aliasWords = await loadStatusAliasWords();
  const identity = 'publicKeyString' in id ? id : identityWithWords(id.privateKey, crypto, aliasWords);
  const root = options.storage ?? memoryStorage();
  const store = prefixedStorage(root, STORE_PREFIX.CLIENT);
  for (const [name, list] of [
    ['peers', options.peers],
    ['mailservers', options.mailservers],
  ] as const) {
    if (list !== undefined && !Array.isArray(list)) throw new TypeError(`${name} must be an array`);
  }
  const mailserverIds = [...parsePeers(options.mailservers ?? [], crypto).values()].map((p) =>
    toHex(p.enode.id),
  );
  parsePeers(options.peers ?? [], crypto);

  // Our installation ID and devp2p node key are made once and kept.
  const meta = new ClientTx(store);
  if (
    options.installationId !== undefined &&
    (typeof options.installationId !== 'string' || options.installationId === '')
  ) {
    throw new TypeError('installationId must be a non-empty string');
  }
  if (options.nodeKey !== undefined && !crypto.secp256k1IsValidPrivateKey(options.nodeKey)) {
    throw new RangeError('nodeKey is not a valid secp256k1 private key');
  }
  let installationId =
    options.installationId ?? (await meta.get<string>(clientKey(CLIENT_TABLE.META, 'installation-id')));
  if (installationId === undefined) installationId = uuidFrom(random);
  meta.put(clientKey(CLIENT_TABLE.META, 'installation-id'), installationId);
  let nodeKey = options.nodeKey ?? (await meta.get<Uint8Array>(clientKey(CLIENT_TABLE.META, 'node-key')));
  if (nodeKey === undefined) {
    do nodeKey = random(32);
    while (!crypto.secp256k1IsValidPrivateKey(nodeKey));
  }
  meta.put(clientKey(CLIENT_TABLE.META, 'node-key'), nodeKey);
  await meta.commit();

  const secure = createSecureTransport({
    identityPrivateKey: identity.privateKey,
    installationId,
    storage: prefixedStorage(root, STORE_PREFIX.SECURE),
    crypto,
    clock,
    random,
    logger,
  });
  const node = createLightWhisperNode({
    capabilities: options.capabilities ?? ['waku/1', 'shh/6'],
    clock,
    crypto,
    random,
    logger,
    trustedPeers: mailserverIds,
    ...(options.recoverPool !== undefined ? { recoverPool: options.recoverPool } : {}),
  });
  let impl: ClientImpl | undefined;
  const mvds = await createMvdsNode({
    id: identity.publicKey,
    storage: prefixedStorage(root, STORE_PREFIX.MVDS),
    send: (peerId, payload) => {
      if (impl === undefined) throw new ClosedError('client is not ready');
      return impl.transmitDataSync(peerId, payload);
    },
    confirmDeliveries: true,
    clock,
    crypto,
    logger,
  });
  impl = new ClientImpl(options, {
    identity,
    installationId,
    nodeKey,
    store,
    secure,
    mvds,
    node,
    mailserverKey: await symKeyFromPassword(options.mailserverPassword ?? MAILSERVER_PASSWORD, crypto),
    mailserverIds,
    aliasWords,
    clock,
    random,
    crypto,
    logger,
  });
  await impl.init();
  if (options.autoStart ?? true) impl.start();
  return impl;
}
