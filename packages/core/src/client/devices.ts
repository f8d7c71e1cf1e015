/**
 * The client side of multi-device (STATUS-V1-FACTS §5.2, §5.5, §5.6, §7.3), loaded on first use as
 * the group code is: what our installations look like to the application, the `PairInstallation`
 * a device sends (DH-only, to our own key) to advertise its name and type, the
 * `SyncInstallationContact` and `SyncInstallationPublicChat` messages that keep our paired devices
 * in step, and the checks every one of them passes before it changes anything.
 *
 * Who may talk to whom: a message signed by our own key comes from another installation of ours.
 * Until the user enables that installation only its `PairInstallation` (and the bundle of any
 * message) is heard; everything else is refused with `not-paired`, as status-go refuses a message
 * of our own identity that is not addressed to this installation (`ErrNotPairedDevice`). Sync and
 * pair messages signed by anyone else are refused too (status-go: "not coming from us").
 */

import type { MvdsNode } from '@statuskit/mvds';
import {
  AMM_TYPE,
  encodeProtocolMessage,
  isPublicKeyChatString,
  MAX_WHISPER_FUTURE_DRIFT_MS,
  nextClockAndTimestamp,
  wrapApplicationMessage,
} from '@statuskit/payloads';
// A subpath, not the package root: through the root (which the start chunk imports too) esbuild
// would put the pairing codecs in the start chunk.
import {
  decodePairInstallation,
  decodeSyncInstallation,
  decodeSyncInstallationContact,
  decodeSyncInstallationPublicChat,
  encodePairInstallation,
  encodeSyncInstallationContact,
  encodeSyncInstallationPublicChat,
  type PairInstallation,
  SYSTEM_TAG,
  type SyncInstallationContact,
  type SyncInstallationPublicChat,
} from '@statuskit/payloads/pairing';
import {
  type Clock,
  type CryptoProvider,
  equalBytes,
  type Storage,
  type TypedEventTarget,
} from '@statuskit/utils';
import type { WhisperNode } from '@statuskit/whisper';
import type { Installation, SecureTransport } from '../encryption/secure-transport.js';
import type { SharedSecretInfo } from '../encryption/shared-secret.js';
import type { GroupState } from '../groups/group.js';
import type { Identity } from '../identity/identity.js';
import { CLIENT_TABLE, ClientTx, clientKey } from './store.js';
import type { ChatInfo, ClientEvents, Contact, InstallationInfo, RejectionReason } from './types.js';

/** status-go's device types (§7.3). */
export const DEVICE_TYPES = ['ios', 'android', 'desktop'] as const;

/** Where the clock of the last sync applied for one subject (`pair:<id>`, `contact:<id>`, `chat:<id>`) lives. */
export const syncClockKey = (subject: string): Uint8Array => clientKey(CLIENT_TABLE.DEVICE_SYNC, subject);

/** The application's view of an installation of ours. */
export function installationInfo(inst: Installation, ourId: string): InstallationInfo {
  const out: InstallationInfo = {
    id: inst.id,
    enabled: inst.id === ourId ? true : inst.enabled,
    thisDevice: inst.id === ourId,
    version: inst.version,
  };
  if (inst.metadata !== undefined) {
    if (inst.metadata.name !== '') out.name = inst.metadata.name;
    if (inst.metadata.deviceType !== '') out.deviceType = inst.metadata.deviceType;
  }
  return out;
}

/** The AMM of a `PairInstallation` for our installation (§7.3, AMM type 4). */
export function pairInstallationAmm(
  p: PairInstallation,
  privateKey: Uint8Array,
  crypto: CryptoProvider,
): Uint8Array {
  return wrapApplicationMessage(encodePairInstallation(p), AMM_TYPE.PAIR_INSTALLATION, privateKey, crypto);
}

/** The AMM of a `SyncInstallationContact` for a contact (§7.3, AMM type 12). */
export function syncContactAmm(
  c: Contact,
  clock: bigint,
  privateKey: Uint8Array,
  crypto: CryptoProvider,
): Uint8Array {
  const systemTags: string[] = [];
  if (c.added) systemTags.push(SYSTEM_TAG.CONTACT_ADDED);
  if (c.blocked) systemTags.push(SYSTEM_TAG.CONTACT_BLOCKED);
  if (c.hasAddedUs) systemTags.push(SYSTEM_TAG.CONTACT_REQUEST_RECEIVED);
  const payload = encodeSyncInstallationContact({
    clock,
    id: c.id,
    profileImage: c.profileImage,
    ensName: c.ensName,
    lastUpdated: c.lastUpdateClock,
    systemTags,
    localNickname: '',
  });
  return wrapApplicationMessage(payload, AMM_TYPE.SYNC_INSTALLATION_CONTACT, privateKey, crypto);
}

/** The AMM of a `SyncInstallationPublicChat` (§7.3, AMM type 14). */
export function syncPublicChatAmm(
  name: string,
  clock: bigint,
  privateKey: Uint8Array,
  crypto: CryptoProvider,
): Uint8Array {
  const payload = encodeSyncInstallationPublicChat({ clock, id: name });
  return wrapApplicationMessage(payload, AMM_TYPE.SYNC_INSTALLATION_PUBLIC_CHAT, privateKey, crypto);
}

/** A refusal: the client emits it as `message:rejected` and changes nothing. */
export interface Refusal {
  reason: RejectionReason;
  detail: string;
}

const blank = (s: string) => s.trim() === '';

const clockRefusal = (clock: bigint, sentMs: bigint): Refusal | undefined => {
  if (clock === 0n) return { reason: 'invalid', detail: 'clock is 0' };
  if (clock > sentMs + MAX_WHISPER_FUTURE_DRIFT_MS)
    return { reason: 'clock', detail: 'clock is too far in the future' };
  return undefined;
};

/**
 * status-go's `ValidateReceivedPairInstallation` (§7.3: clock ≠ 0, name, device type and
 * installation ID non-blank) plus the clock drift rule (§7.10), and the installation it speaks for
 * must be the one that sent it (a device names itself only).
 */
export function pairInstallationRefusal(
  p: PairInstallation,
  senderInstallationId: string,
  sentMs: bigint,
): Refusal | undefined {
  const clock = clockRefusal(p.clock, sentMs);
  if (clock !== undefined) return clock;
  if (blank(p.installationId) || blank(p.name) || blank(p.deviceType))
    return {
      reason: 'invalid',
      detail: 'PairInstallation needs an installation ID, a name and a device type',
    };
  if (p.installationId !== senderInstallationId)
    return { reason: 'invalid', detail: 'PairInstallation names another installation than its sender' };
  return undefined;
}

/** A `SyncInstallationContact` must carry a clock and a `0x04…` key that is not ours. */
export function syncContactRefusal(
  s: SyncInstallationContact,
  ourKey: string,
  sentMs: bigint,
): Refusal | undefined {
  const clock = clockRefusal(s.clock, sentMs);
  if (clock !== undefined) return clock;
  if (!isPublicKeyChatString(s.id) || s.id.toLowerCase() === ourKey.toLowerCase())
    return { reason: 'invalid', detail: 'SyncInstallationContact id is not a contact key' };
  return undefined;
}

/** A `SyncInstallationPublicChat` must carry a clock and a public chat name. */
export function syncPublicChatRefusal(s: SyncInstallationPublicChat, sentMs: bigint): Refusal | undefined {
  const clock = clockRefusal(s.clock, sentMs);
  if (clock !== undefined) return clock;
  if (!/^[a-z0-9-]+$/.test(s.id) || isPublicKeyChatString(s.id))
    return { reason: 'invalid', detail: 'SyncInstallationPublicChat id is not a public chat name' };
  return undefined;
}

/** The contact a `SyncInstallationContact` makes of what we hold (its tags win: it is newer). */
export function syncedContact(base: Contact, s: SyncInstallationContact): Contact {
  const tags = new Set(s.systemTags);
  return {
    ...base,
    ensName: s.ensName,
    profileImage: s.profileImage,
    added: tags.has(SYSTEM_TAG.CONTACT_ADDED),
    blocked: tags.has(SYSTEM_TAG.CONTACT_BLOCKED),
    hasAddedUs: base.hasAddedUs || tags.has(SYSTEM_TAG.CONTACT_REQUEST_RECEIVED),
  };
}

/** What the client lends the device code: its state and the private steps it reuses. */
export interface DeviceHost {
  client: TypedEventTarget<ClientEvents> & {
    readonly identity: Identity;
    readonly installationId: string;
    readonly secureTransport: SecureTransport;
    readonly node: WhisperNode;
    chats(): ChatInfo[];
    contacts(): Contact[];
    groups(): GroupState[];
  };
  store: Storage;
  crypto: CryptoProvider;
  clock: Clock;
  mvds: MvdsNode;
  /**
   * Our own 1:1 MVDS group (`oneToOneGroupId(me, me)`, §6.5). The client hands it (and sends for
   * us) so that this chunk imports nothing of whisper or mvds: a module shared with the start
   * chunk would be split into a chunk of its own.
   */
  selfGroup: Uint8Array;
  /** Our other installations the client knows of, and those of them that are enabled (paired). */
  known: Set<string>;
  paired: Set<string>;
  reject(
    reason: RejectionReason,
    detail: string,
    extra: { envelope?: string; from: Uint8Array; error?: Error },
  ): void;
  sendQueue<T>(f: () => Promise<T>): Promise<T>;
  /** Sends a payload in an envelope to our own key, on our partitioned topic (§4.1). */
  sendToSelf(payload: Uint8Array): Promise<unknown>;
  negotiated(secret: SharedSecretInfo): Promise<void>;
  contactCode(publicKey: Uint8Array): Promise<void>;
  oneToOne(publicKey: Uint8Array): Promise<ChatInfo>;
  joinPublic(name: string): Promise<unknown>;
  contactOf(publicKey: Uint8Array): Contact;
  putContact(c: Contact): Promise<void>;
  pub65(key: string, what: string): Uint8Array;
}

/** Where a received own-device message came from. */
export interface DeviceContext {
  signer: Uint8Array;
  sentMs: bigint;
  device?: { id: string; enabled: boolean };
}

/**
 * The multi-device half of a client: made the first time it is needed (the client's
 * `installations()`, `pairDevices()`…, a message from another installation of ours, or a send
 * while paired), on the client's own state.
 */
export class DeviceManager {
  readonly #h: DeviceHost;
  constructor(host: DeviceHost) {
    this.#h = host;
  }

  get #me(): Identity {
    return this.#h.client.identity;
  }

  #info(inst: Installation): InstallationInfo {
    return installationInfo(inst, this.#h.client.installationId);
  }

  async #installation(id: string): Promise<InstallationInfo> {
    const inst = (await this.#h.client.secureTransport.getOurInstallations()).find((i) => i.id === id);
    if (inst === undefined) throw new RangeError(`no installation ${id}`);
    return this.#info(inst);
  }

  /** The negotiated topic of our own key with itself, where our devices talk once agreed (§4.4). */
  selfNegotiated(): Promise<void> {
    const me = this.#me;
    return this.#h.negotiated({
      identity: me.publicKey,
      key: this.#h.crypto.secp256k1Ecdh(me.privateKey, me.publicKey),
    });
  }

  /**
   * Appends a payload for our paired devices: MVDS to our own key, which the secure transport
   * encrypts for our enabled installations but this one (status-go `sendToPairedDevices`, §1.1
   * step 6). False (and nothing done) with no paired device.
   */
  async mirror(amm: Uint8Array): Promise<boolean> {
    if (this.#h.paired.size === 0) return false;
    const me = this.#me.publicKey;
    const { mvds, selfGroup } = this.#h;
    if (!mvds.isPeerInGroup(selfGroup, me)) await mvds.addPeer(selfGroup, me);
    await mvds.appendMessage(selfGroup, amm);
    return true;
  }

  async #flush(): Promise<void> {
    await this.#h.mvds
      .flush()
      .catch((error) => this.#h.client.emit('error', { error: error as Error, context: 'mvds' }));
  }

  /** A Lamport clock for our sync and pair messages: past every one we sent, at least now (§7.10). */
  async #nextClock(): Promise<bigint> {
    const tx = new ClientTx(this.#h.store);
    const key = clientKey(CLIENT_TABLE.META, 'device-clock');
    const { clock } = nextClockAndTimestamp(
      (await tx.get<bigint>(key)) ?? 0n,
      BigInt(Math.floor(this.#h.clock.now())),
    );
    tx.put(key, clock);
    await tx.commit();
    return clock;
  }

  /** Builds sync messages (each with a fresh clock) and sends them to our paired devices. */
  async #sync(build: Array<(clock: bigint) => Promise<Uint8Array> | Uint8Array>): Promise<void> {
    await this.#h.sendQueue(async () => {
      if (this.#h.paired.size === 0) return;
      for (const f of build) await this.mirror(await f(await this.#nextClock()));
      await this.#flush();
    });
  }

  /** Tells our paired devices of a contact's new state (§7.3, AMM type 12). */
  syncContact(c: Contact): Promise<void> {
    return this.#sync([(clock) => syncContactAmm(c, clock, this.#me.privateKey, this.#h.crypto)]);
  }

  /** Tells our paired devices we joined a public chat (§7.3, AMM type 14). */
  syncPublicChat(name: string): Promise<void> {
    return this.#sync([(clock) => syncPublicChatAmm(name, clock, this.#me.privateKey, this.#h.crypto)]);
  }

  /**
   * status-go `SyncDevices`: joined public chats and added or blocked contacts; and (statuskit)
   * each group's signed history, as any member receives it (§1.3), applied idempotently.
   */
  async syncAll(): Promise<void> {
    const key = this.#me.privateKey;
    const crypto = this.#h.crypto;
    const build: Array<(clock: bigint) => Promise<Uint8Array> | Uint8Array> = [];
    for (const chat of this.#h.client.chats())
      if (chat.kind === 'public') build.push((clock) => syncPublicChatAmm(chat.id, clock, key, crypto));
    for (const c of this.#h.client.contacts())
      if (c.added || c.blocked) build.push((clock) => syncContactAmm(c, clock, key, crypto));
    for (const g of this.#h.client.groups())
      build.push(async () =>
        (await import('./groups-lazy.js')).membershipUpdateAmm(g, undefined, key, crypto),
      );
    await this.#sync(build);
  }

  async setMetadata(metadata: { name: string; deviceType: string }): Promise<void> {
    for (const f of ['name', 'deviceType'] as const) {
      if (typeof metadata?.[f] !== 'string' || metadata[f].trim() === '')
        throw new TypeError(`metadata.${f} must be a non-empty string`);
    }
    await this.#h.client.secureTransport.setInstallationMetadata(this.#h.client.installationId, {
      name: metadata.name,
      deviceType: metadata.deviceType,
      fcmToken: '',
    });
  }

  async installations(): Promise<InstallationInfo[]> {
    return (await this.#h.client.secureTransport.getOurInstallations()).map((i) => this.#info(i));
  }

  /** status-go `SendPairInstallation`: DH-only to our own key, no datasync (§5.5). */
  async pair(): Promise<void> {
    const { secureTransport, installationId } = this.#h.client;
    const [self] = await secureTransport.getOurInstallations();
    const meta = self?.metadata;
    if (meta === undefined || meta.name === '' || meta.deviceType === '')
      throw new RangeError(
        'setInstallationMetadata first: a PairInstallation carries a name and device type',
      );
    await this.selfNegotiated();
    await this.#h.sendQueue(async () => {
      const amm = pairInstallationAmm(
        { clock: await this.#nextClock(), installationId, deviceType: meta.deviceType, name: meta.name },
        this.#me.privateKey,
        this.#h.crypto,
      );
      const pm = await secureTransport.buildDhMessage(this.#me.publicKey, amm);
      await this.#h.sendToSelf(encodeProtocolMessage(pm));
    });
  }

  async setEnabled(installationId: string, enabled: boolean): Promise<InstallationInfo> {
    const st = this.#h.client.secureTransport;
    await (enabled ? st.enableInstallation(installationId) : st.disableInstallation(installationId));
    this.#h.known.add(installationId);
    if (enabled) {
      this.#h.paired.add(installationId);
      await this.selfNegotiated();
    } else this.#h.paired.delete(installationId);
    const info = await this.#installation(installationId);
    this.#h.client.emit('installation:updated', info);
    return info;
  }

  /** Installations of ours first heard of in a received message's bundles. */
  async heard(newInstallations: readonly Installation[]): Promise<void> {
    const me = this.#me.publicKey;
    const ours = newInstallations.filter((i) => equalBytes(i.identity, me) && !this.#h.known.has(i.id));
    if (ours.length === 0) return;
    if (this.#h.known.size === 0) await this.selfNegotiated();
    for (const inst of ours) {
      this.#h.known.add(inst.id);
      this.#h.client.emit('installation:discovered', this.#info(inst));
    }
  }

  /**
   * The other party of a 1:1 message another installation of ours sent: its `chat_id` (§7.11),
   * which must be a valid key that is not ours.
   */
  peerOf(chatId: string): Uint8Array | undefined {
    const id = chatId.toLowerCase();
    if (!isPublicKeyChatString(id) || id === this.#me.publicKeyString) return undefined;
    try {
      return this.#h.pub65(id, 'chat_id');
    } catch {
      return undefined;
    }
  }

  /** Records a sync clock for a subject; false when one as new or newer was applied already. */
  async #newer(subject: string, clock: bigint): Promise<boolean> {
    const tx = new ClientTx(this.#h.store);
    const key = syncClockKey(subject);
    if (clock <= ((await tx.get<bigint>(key)) ?? 0n)) return false;
    tx.put(key, clock);
    await tx.commit();
    return true;
  }

  /** PairInstallation and the SyncInstallation family (§7.3): from our own paired devices only. */
  async receive(
    type: number,
    payload: Uint8Array,
    ctx: DeviceContext,
    extra: { envelope?: string; from: Uint8Array },
  ): Promise<void> {
    const h = this.#h;
    const me = this.#me;
    if (!equalBytes(ctx.signer, me.publicKey))
      return h.reject('invalid', 'a device message not signed by us', extra);
    const refused = (r: Refusal | undefined): boolean => {
      if (r === undefined) return false;
      h.reject(r.reason, r.detail, extra);
      return true;
    };
    if (type === AMM_TYPE.PAIR_INSTALLATION) {
      const p = decodePairInstallation(payload);
      if (refused(pairInstallationRefusal(p, ctx.device?.id ?? '', ctx.sentMs))) return;
      if (!(await this.#newer(`pair:${p.installationId}`, p.clock))) return;
      await h.client.secureTransport.setInstallationMetadata(p.installationId, {
        name: p.name,
        deviceType: p.deviceType,
        fcmToken: '',
      });
      h.known.add(p.installationId);
      h.client.emit('installation:updated', await this.#installation(p.installationId));
      return;
    }
    const contacts: SyncInstallationContact[] = [];
    const chats: SyncInstallationPublicChat[] = [];
    if (type === AMM_TYPE.SYNC_INSTALLATION_CONTACT) contacts.push(decodeSyncInstallationContact(payload));
    else if (type === AMM_TYPE.SYNC_INSTALLATION_PUBLIC_CHAT)
      chats.push(decodeSyncInstallationPublicChat(payload));
    else {
      const all = decodeSyncInstallation(payload);
      contacts.push(...all.contacts);
      chats.push(...all.publicChats);
    }
    for (const s of contacts) {
      if (refused(syncContactRefusal(s, me.publicKeyString, ctx.sentMs))) continue;
      let pub: Uint8Array;
      try {
        pub = h.pub65(s.id, 'id');
      } catch (error) {
        h.reject('invalid', 'SyncInstallationContact id is not a valid key', {
          ...extra,
          error: error as Error,
        });
        continue;
      }
      if (!(await this.#newer(`contact:${s.id.toLowerCase()}`, s.clock))) continue;
      const c = syncedContact(h.contactOf(pub), s);
      await h.putContact(c);
      if (c.blocked) h.client.node.unsubscribe(`contact-code:${c.id}`);
      else if (c.added) {
        await h.contactCode(pub);
        await h.oneToOne(pub);
      }
    }
    for (const s of chats) {
      if (refused(syncPublicChatRefusal(s, ctx.sentMs))) continue;
      if (await this.#newer(`chat:${s.id}`, s.clock)) await h.joinPublic(s.id);
    }
  }
}
