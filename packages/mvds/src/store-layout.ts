/**
 * How an MVDS node lays its state out in a `Storage` namespace. Variable-length parts (peer and
 * group ids) are length-prefixed, so no key is a prefix of another's part; message ids are always
 * 32 bytes (SHA-256, §6.2).
 *
 * | key | value |
 * |---|---|
 * | `01` | epoch, uint64 BE |
 * | `02 ‖ id` | the MVDS `Message` protobuf, kept while a MESSAGE or OFFER record needs it |
 * | `03 ‖ lp(peer) ‖ id` | send record: type(1) ‖ count(uint32 BE) ‖ sendEpoch(uint64 BE) ‖ groupId |
 * | `04 ‖ lp(group) ‖ lp(peer)` | group membership (empty value) |
 * | `05 ‖ id` | a message delivered to the application (empty value) |
 * | `06 ‖ lp(peer) ‖ id` | an ack owed to `peer` (empty value) |
 * | `07 ‖ id` | a delivery the application has not confirmed yet: lp(peer) ‖ `Message` protobuf |
 */
import { concatBytes } from '@statuskit/utils';
import { MvdsStateError } from './errors.js';
import { MVDS_RECORD, type MvdsRecordType } from './schedule.js';

/** Length of an MVDS message id (SHA-256). */
export const MVDS_ID_BYTES = 32;

/** Key tags of the layout. */
export const KEY = { EPOCH: 1, MESSAGE: 2, RECORD: 3, GROUP: 4, SEEN: 5, ACK: 6, INBOX: 7 } as const;

/** `len ‖ bytes` for a 1..255-byte id. @throws RangeError naming `name` */
export function lp(bytes: Uint8Array, name: string): Uint8Array {
  if (!(bytes instanceof Uint8Array)) throw new TypeError(`${name}: expected a Uint8Array`);
  if (bytes.length === 0 || bytes.length > 255) throw new RangeError(`${name}: must be 1..255 bytes`);
  return concatBytes(Uint8Array.of(bytes.length), bytes);
}

/** Reads one length-prefixed part at `offset`. @throws MvdsStateError on a short key */
export function readLp(key: Uint8Array, offset: number): { part: Uint8Array; next: number } {
  const n = key[offset];
  if (n === undefined || n === 0 || offset + 1 + n > key.length)
    throw new MvdsStateError('corrupt MVDS key in storage');
  return { part: key.slice(offset + 1, offset + 1 + n), next: offset + 1 + n };
}

export const epochKey = (): Uint8Array => Uint8Array.of(KEY.EPOCH);
export const messageKey = (id: Uint8Array): Uint8Array => concatBytes(Uint8Array.of(KEY.MESSAGE), id);
export const seenKey = (id: Uint8Array): Uint8Array => concatBytes(Uint8Array.of(KEY.SEEN), id);
export const inboxKey = (id: Uint8Array): Uint8Array => concatBytes(Uint8Array.of(KEY.INBOX), id);
export const recordKey = (peerLp: Uint8Array, id: Uint8Array): Uint8Array =>
  concatBytes(Uint8Array.of(KEY.RECORD), peerLp, id);
export const ackKey = (peerLp: Uint8Array, id: Uint8Array): Uint8Array =>
  concatBytes(Uint8Array.of(KEY.ACK), peerLp, id);
export const groupKey = (groupLp: Uint8Array, peerLp: Uint8Array): Uint8Array =>
  concatBytes(Uint8Array.of(KEY.GROUP), groupLp, peerLp);

/** Splits a `tag ‖ lp(peer) ‖ id` key (records and acks). */
export function splitPeerIdKey(key: Uint8Array): { peer: Uint8Array; id: Uint8Array } {
  const { part, next } = readLp(key, 1);
  if (key.length - next !== MVDS_ID_BYTES) throw new MvdsStateError('corrupt MVDS key in storage');
  return { peer: part, id: key.slice(next) };
}

/** Splits a `04 ‖ lp(group) ‖ lp(peer)` key. */
export function splitGroupKey(key: Uint8Array): { group: Uint8Array; peer: Uint8Array } {
  const g = readLp(key, 1);
  const p = readLp(key, g.next);
  if (p.next !== key.length) throw new MvdsStateError('corrupt MVDS key in storage');
  return { group: g.part, peer: p.part };
}

/** The stored part of a send record (§6.3: Type, SendCount, SendEpoch, GroupID). */
export interface StoredRecord {
  type: MvdsRecordType;
  count: number;
  sendEpoch: bigint;
  /** Empty for REQUEST records (the group of an offered message is unknown until it arrives). */
  groupId: Uint8Array;
}

export function encodeRecord(r: StoredRecord): Uint8Array {
  const out = new Uint8Array(13 + r.groupId.length);
  const v = new DataView(out.buffer);
  out[0] = r.type;
  v.setUint32(1, r.count);
  v.setBigUint64(5, r.sendEpoch);
  out.set(r.groupId, 13);
  return out;
}

/** @throws MvdsStateError on a corrupt record */
export function decodeRecord(b: Uint8Array): StoredRecord {
  const type = b[0];
  if (b.length < 13 || type === undefined || type > MVDS_RECORD.MESSAGE)
    throw new MvdsStateError('corrupt MVDS send record in storage');
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return {
    type: type as MvdsRecordType,
    count: v.getUint32(1),
    sendEpoch: v.getBigUint64(5),
    groupId: b.slice(13),
  };
}

export function encodeEpoch(epoch: bigint): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, epoch);
  return out;
}

/** @throws MvdsStateError on a corrupt value */
export function decodeEpoch(b: Uint8Array): bigint {
  if (b.length !== 8) throw new MvdsStateError('corrupt MVDS epoch in storage');
  return new DataView(b.buffer, b.byteOffset, 8).getBigUint64(0);
}
