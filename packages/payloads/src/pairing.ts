/**
 * The messages one user's own devices exchange (STATUS-V1-FACTS.md §7.3): `PairInstallation` and
 * the `SyncInstallation*` family. Their generated code is a module of its own (`gen/pairing.js`,
 * from `proto/pairing.proto`), so a bundle loads it only with the code that pairs devices.
 */

import { type FieldTable, flatCodec, flatIn, flatOut } from './flat-codec.js';
import * as protobuf from './gen/pairing.js';
import { type DecodeOptions, decodeGenerated, encodeGenerated } from './runtime.js';

/** `SyncInstallationContact.system_tags` values (§7.3). */
export const SYSTEM_TAG = {
  CONTACT_ADDED: ':contact/added',
  CONTACT_BLOCKED: ':contact/blocked',
  CONTACT_REQUEST_RECEIVED: ':contact/request-received',
} as const;

/** AMM type 4 (§7.3). `deviceType` ∈ {ios, android, desktop}. */
export interface PairInstallation {
  clock: bigint;
  installationId: string;
  deviceType: string;
  name: string;
}
/** AMM type 12 (§7.3; field 7 `local_nickname` per §13 #23). */
export interface SyncInstallationContact {
  clock: bigint;
  id: string;
  profileImage: string;
  ensName: string;
  lastUpdated: bigint;
  systemTags: string[];
  localNickname: string;
}
/** AMM type 13 (§7.3). */
export interface SyncInstallationAccount {
  clock: bigint;
  profileImage: string;
  lastUpdated: bigint;
}
/** AMM type 14 (§7.3). */
export interface SyncInstallationPublicChat {
  clock: bigint;
  id: string;
}
/** AMM type 5 (§7.3). */
export interface SyncInstallation {
  contacts: SyncInstallationContact[];
  publicChats: SyncInstallationPublicChat[];
  account: SyncInstallationAccount | undefined;
}

const PAIR_INSTALLATION: FieldTable = { clock: 'u64', installationId: 'str', deviceType: 'str', name: 'str' };
const SYNC_CONTACT: FieldTable = {
  clock: 'u64',
  id: 'str',
  profileImage: 'str',
  ensName: 'str',
  lastUpdated: 'u64',
  systemTags: 'strs',
  localNickname: 'str',
};
const SYNC_ACCOUNT: FieldTable = { clock: 'u64', profileImage: 'str', lastUpdated: 'u64' };
const SYNC_PUBLIC_CHAT: FieldTable = { clock: 'u64', id: 'str' };

const pairInstallation = /*#__PURE__*/ flatCodec<PairInstallation>(
  protobuf.PairInstallation,
  PAIR_INSTALLATION,
  'PairInstallation',
);
const syncContact = /*#__PURE__*/ flatCodec<SyncInstallationContact>(
  protobuf.SyncInstallationContact,
  SYNC_CONTACT,
  'SyncInstallationContact',
);
const syncAccount = /*#__PURE__*/ flatCodec<SyncInstallationAccount>(
  protobuf.SyncInstallationAccount,
  SYNC_ACCOUNT,
  'SyncInstallationAccount',
);
const syncPublicChat = /*#__PURE__*/ flatCodec<SyncInstallationPublicChat>(
  protobuf.SyncInstallationPublicChat,
  SYNC_PUBLIC_CHAT,
  'SyncInstallationPublicChat',
);

/** Encodes a `PairInstallation`. @throws TypeError / RangeError */
export const encodePairInstallation = (value: Partial<PairInstallation>): Uint8Array =>
  pairInstallation.encode(value);
/** Decodes a `PairInstallation`. @throws PayloadDecodeError */
export const decodePairInstallation = (bytes: Uint8Array, options?: DecodeOptions): PairInstallation =>
  pairInstallation.decode(bytes, options);
/** Encodes a `SyncInstallationContact`. @throws TypeError / RangeError */
export const encodeSyncInstallationContact = (value: Partial<SyncInstallationContact>): Uint8Array =>
  syncContact.encode(value);
/** Decodes a `SyncInstallationContact`. @throws PayloadDecodeError */
export const decodeSyncInstallationContact = (
  bytes: Uint8Array,
  options?: DecodeOptions,
): SyncInstallationContact => syncContact.decode(bytes, options);
/** Encodes a `SyncInstallationAccount`. @throws TypeError / RangeError */
export const encodeSyncInstallationAccount = (value: Partial<SyncInstallationAccount>): Uint8Array =>
  syncAccount.encode(value);
/** Decodes a `SyncInstallationAccount`. @throws PayloadDecodeError */
export const decodeSyncInstallationAccount = (
  bytes: Uint8Array,
  options?: DecodeOptions,
): SyncInstallationAccount => syncAccount.decode(bytes, options);
/** Encodes a `SyncInstallationPublicChat`. @throws TypeError / RangeError */
export const encodeSyncInstallationPublicChat = (value: Partial<SyncInstallationPublicChat>): Uint8Array =>
  syncPublicChat.encode(value);
/** Decodes a `SyncInstallationPublicChat`. @throws PayloadDecodeError */
export const decodeSyncInstallationPublicChat = (
  bytes: Uint8Array,
  options?: DecodeOptions,
): SyncInstallationPublicChat => syncPublicChat.decode(bytes, options);

/** Encodes a `SyncInstallation`. @throws TypeError / RangeError */
export function encodeSyncInstallation(value: Partial<SyncInstallation>): Uint8Array {
  const g: protobuf.SyncInstallation.$Properties = {
    contacts: (value.contacts ?? []).map((c, i) => flatIn(SYNC_CONTACT, c, `value.contacts[${i}]`)),
    publicChats: (value.publicChats ?? []).map((c, i) =>
      flatIn(SYNC_PUBLIC_CHAT, c, `value.publicChats[${i}]`),
    ),
  };
  if (value.account) g.account = flatIn(SYNC_ACCOUNT, value.account, 'value.account');
  return encodeGenerated(protobuf.SyncInstallation, g);
}
/** Decodes a `SyncInstallation`. @throws PayloadDecodeError */
export function decodeSyncInstallation(bytes: Uint8Array, options?: DecodeOptions): SyncInstallation {
  const g = decodeGenerated(protobuf.SyncInstallation, bytes, 'SyncInstallation', options);
  return {
    contacts: (g.contacts ?? []).map((c) => flatOut<SyncInstallationContact>(SYNC_CONTACT, c as never)),
    publicChats: (g.publicChats ?? []).map((c) =>
      flatOut<SyncInstallationPublicChat>(SYNC_PUBLIC_CHAT, c as never),
    ),
    account: g.account ? flatOut<SyncInstallationAccount>(SYNC_ACCOUNT, g.account as never) : undefined,
  };
}
