/**
 * Later additions still on Waku v1 (STATUS-V1-FACTS.md §7.8): `ChatIdentity` (AMM type 24,
 * v0.65+) and `PinMessage` (AMM type 28, v0.78+). Neither exists in v0.62.18, so no vector covers
 * them; the field numbers come from the facts file.
 */
import { type FieldTable, flatCodec, flatIn, flatOut } from './flat-codec.js';
import * as protobuf from './gen/protobuf.js';
import { type DecodeOptions, decodeGenerated, encodeGenerated, strIn } from './runtime.js';

/** `IdentityImage.SourceType` (§7.8). */
export const IDENTITY_IMAGE_SOURCE = { UNKNOWN_SOURCE_TYPE: 0, RAW_PAYLOAD: 1, ENS_AVATAR: 2 } as const;

/** A profile image: bytes, an `IDENTITY_IMAGE_SOURCE` and an `IMAGE_TYPE`. */
export interface IdentityImage {
  payload: Uint8Array;
  sourceType: number;
  imageType: number;
}

/** AMM type 24: profile data; `images` keyed by size name (e.g. "thumbnail"). */
export interface ChatIdentity {
  clock: bigint;
  ensName: string;
  images: Map<string, IdentityImage>;
  displayName: string;
  description: string;
  color: string;
}

/** AMM type 28: pins or unpins `messageId` in `chatId`. */
export interface PinMessage {
  clock: bigint;
  messageId: string;
  chatId: string;
  pinned: boolean;
  /** A `MESSAGE_TYPE` value. */
  messageType: number;
}

const IMAGE: FieldTable = { payload: 'bytes', sourceType: 'enum', imageType: 'enum' };
const IDENTITY: FieldTable = {
  clock: 'u64',
  ensName: 'str',
  displayName: 'str',
  description: 'str',
  color: 'str',
};
const pin = /*#__PURE__*/ flatCodec<PinMessage>(
  protobuf.PinMessage,
  { clock: 'u64', messageId: 'str', chatId: 'str', pinned: 'bool', messageType: 'enum' },
  'PinMessage',
);

/** Encodes a `PinMessage`. @throws TypeError / RangeError */
export const encodePinMessage = (value: Partial<PinMessage>): Uint8Array => pin.encode(value);
/** Decodes a `PinMessage`. @throws PayloadDecodeError */
export const decodePinMessage = (bytes: Uint8Array, options?: DecodeOptions): PinMessage =>
  pin.decode(bytes, options);

/** Encodes a `ChatIdentity`. @throws TypeError / RangeError naming the bad field. */
export function encodeChatIdentity(value: Partial<ChatIdentity>): Uint8Array {
  const g = flatIn(IDENTITY, value, 'value');
  const images = value.images ?? new Map<string, IdentityImage>();
  if (!(images instanceof Map)) throw new TypeError('value.images: expected a Map');
  const record: Record<string, unknown> = Object.create(null);
  for (const [k, v] of images) record[strIn(k, 'value.images key')] = flatIn(IMAGE, v, `value.images[${k}]`);
  g.images = record;
  return encodeGenerated(protobuf.ChatIdentity, g as protobuf.ChatIdentity.$Properties);
}

/** Decodes a `ChatIdentity`. @throws PayloadDecodeError */
export function decodeChatIdentity(bytes: Uint8Array, options?: DecodeOptions): ChatIdentity {
  const g = decodeGenerated(protobuf.ChatIdentity, bytes, 'ChatIdentity', options);
  const base = flatOut<Omit<ChatIdentity, 'images'>>(IDENTITY, g as never);
  const images = new Map(
    Object.entries(g.images ?? {}).map(([k, v]) => [k, flatOut<IdentityImage>(IMAGE, v as never)] as const),
  );
  return { ...base, images };
}
