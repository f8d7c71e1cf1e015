/**
 * `ContactUpdate` (STATUS-V1-FACTS.md §7.3), the contact request and profile update. The messages
 * one user's own devices exchange (`PairInstallation`, `SyncInstallation*`) are in `pairing.ts`.
 */

import { type FieldTable, flatCodec } from './flat-codec.js';
import * as protobuf from './gen/protobuf.js';
import type { DecodeOptions } from './runtime.js';

/** AMM type 2 (§7.3). `profileImage` is a base64 data URI. */
export interface ContactUpdate {
  clock: bigint;
  ensName: string;
  profileImage: string;
}

const CONTACT_UPDATE: FieldTable = { clock: 'u64', ensName: 'str', profileImage: 'str' };

const contactUpdate = /*#__PURE__*/ flatCodec<ContactUpdate>(
  protobuf.ContactUpdate,
  CONTACT_UPDATE,
  'ContactUpdate',
);

/** Encodes a `ContactUpdate`; absent fields are proto3 defaults. @throws TypeError / RangeError */
export const encodeContactUpdate = (value: Partial<ContactUpdate>): Uint8Array => contactUpdate.encode(value);
/** Decodes a `ContactUpdate`. @throws PayloadDecodeError */
export const decodeContactUpdate = (bytes: Uint8Array, options?: DecodeOptions): ContactUpdate =>
  contactUpdate.decode(bytes, options);
