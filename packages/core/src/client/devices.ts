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
import {
  AMM_TYPE,
  encodePairInstallation,
  encodeSyncInstallationContact,
  encodeSyncInstallationPublicChat,
  isPublicKeyChatString,
  MAX_WHISPER_FUTURE_DRIFT_MS,
  type PairInstallation,
  SYSTEM_TAG,
  type SyncInstallationContact,
  type SyncInstallationPublicChat,
  wrapApplicationMessage,
} from '@statuskit/payloads';
import type { CryptoProvider } from '@statuskit/utils';
import type { Installation } from '../encryption/secure-transport.js';
import { CLIENT_TABLE, clientKey } from './store.js';
import type { Contact, InstallationInfo, RejectionReason } from './types.js';

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

/**
 * Which AMM types an installation of ours may send us: all of them once it is enabled (paired);
 * before that only its `PairInstallation` and its contact-code advertisement (whose bundle tells
 * us of it).
 */
export function ownDeviceRefusal(type: number, enabled: boolean): Refusal | undefined {
  if (enabled) return undefined;
  if (type === AMM_TYPE.PAIR_INSTALLATION || type === AMM_TYPE.CONTACT_CODE_ADVERTISEMENT) return undefined;
  return { reason: 'not-paired', detail: 'a message from an installation of ours that is not paired' };
}

export {
  decodePairInstallation,
  decodeSyncInstallation,
  decodeSyncInstallationContact,
  decodeSyncInstallationPublicChat,
} from '@statuskit/payloads';
