/**
 * Push-notification messages, AMM types 15–21 (STATUS-V1-FACTS.md §7.7, flow in §10.1).
 * `PushNotification.chatId` is bytes (shake256 of the chat ID), not the string the spec names
 * (§13 #20).
 */
import { type FieldTable, flatCodec, flatIn, flatOut } from './flat-codec.js';
import * as protobuf from './gen/protobuf.js';
import { bytesIn, bytesOut, type DecodeOptions, decodeGenerated, encodeGenerated } from './runtime.js';

/** `PushNotificationRegistration.TokenType`. */
export const PUSH_TOKEN_TYPE = { UNKNOWN_TOKEN_TYPE: 0, APN_TOKEN: 1, FIREBASE_TOKEN: 2 } as const;
/** `PushNotificationRegistrationResponse.ErrorType`. */
export const PUSH_REGISTRATION_ERROR = {
  UNKNOWN_ERROR_TYPE: 0,
  MALFORMED_MESSAGE: 1,
  VERSION_MISMATCH: 2,
  UNSUPPORTED_TOKEN_TYPE: 3,
  INTERNAL_ERROR: 4,
} as const;
/** `PushNotification.PushNotificationType`. */
export const PUSH_NOTIFICATION_TYPE = { UNKNOWN_PUSH_NOTIFICATION_TYPE: 0, MESSAGE: 1, MENTION: 2 } as const;
/** `PushNotificationReport.ErrorType`. */
export const PUSH_REPORT_ERROR = {
  UNKNOWN_ERROR_TYPE: 0,
  WRONG_TOKEN: 1,
  INTERNAL_ERROR: 2,
  NOT_REGISTERED: 3,
} as const;

/** AMM type 16. */
export interface PushNotificationRegistration {
  tokenType: number;
  deviceToken: string;
  installationId: string;
  accessToken: string;
  enabled: boolean;
  version: bigint;
  allowedKeyList: Uint8Array[];
  blockedChatList: Uint8Array[];
  unregister: boolean;
  grant: Uint8Array;
  allowFromContactsOnly: boolean;
  apnTopic: string;
  blockMentions: boolean;
  allowedMentionsChatList: Uint8Array[];
}
/** AMM type 17. */
export interface PushNotificationRegistrationResponse {
  success: boolean;
  error: number;
  requestId: Uint8Array;
}
/** AMM type 18. */
export interface PushNotificationQuery {
  publicKeys: Uint8Array[];
}
/** One server's answer about one installation. */
export interface PushNotificationQueryInfo {
  accessToken: string;
  installationId: string;
  publicKey: Uint8Array;
  allowedKeyList: Uint8Array[];
  grant: Uint8Array;
  version: bigint;
  serverPublicKey: Uint8Array;
}
/** AMM type 19. */
export interface PushNotificationQueryResponse {
  info: PushNotificationQueryInfo[];
  messageId: Uint8Array;
  success: boolean;
}
/** AMM type 15. */
export interface ContactCodeAdvertisement {
  pushNotificationInfo: PushNotificationQueryInfo[];
}
/** One notification to deliver. */
export interface PushNotification {
  accessToken: string;
  chatId: Uint8Array;
  publicKey: Uint8Array;
  installationId: string;
  message: Uint8Array;
  type: number;
  author: Uint8Array;
}
/** AMM type 20. */
export interface PushNotificationRequest {
  requests: PushNotification[];
  messageId: Uint8Array;
}
/** One delivery outcome. */
export interface PushNotificationReport {
  success: boolean;
  error: number;
  publicKey: Uint8Array;
  installationId: string;
}
/** AMM type 21. */
export interface PushNotificationResponse {
  messageId: Uint8Array;
  reports: PushNotificationReport[];
}

const REGISTRATION: FieldTable = {
  tokenType: 'enum',
  deviceToken: 'str',
  installationId: 'str',
  accessToken: 'str',
  enabled: 'bool',
  version: 'u64',
  allowedKeyList: 'bytesList',
  blockedChatList: 'bytesList',
  unregister: 'bool',
  grant: 'bytes',
  allowFromContactsOnly: 'bool',
  apnTopic: 'str',
  blockMentions: 'bool',
  allowedMentionsChatList: 'bytesList',
};
const QUERY_INFO: FieldTable = {
  accessToken: 'str',
  installationId: 'str',
  publicKey: 'bytes',
  allowedKeyList: 'bytesList',
  grant: 'bytes',
  version: 'u64',
  serverPublicKey: 'bytes',
};
const NOTIFICATION: FieldTable = {
  accessToken: 'str',
  chatId: 'bytes',
  publicKey: 'bytes',
  installationId: 'str',
  message: 'bytes',
  type: 'enum',
  author: 'bytes',
};
const REPORT: FieldTable = { success: 'bool', error: 'enum', publicKey: 'bytes', installationId: 'str' };

const registration = /*#__PURE__*/ flatCodec<PushNotificationRegistration>(
  protobuf.PushNotificationRegistration,
  REGISTRATION,
  'PushNotificationRegistration',
);
const registrationResponse = /*#__PURE__*/ flatCodec<PushNotificationRegistrationResponse>(
  protobuf.PushNotificationRegistrationResponse,
  { success: 'bool', error: 'enum', requestId: 'bytes' },
  'PushNotificationRegistrationResponse',
);
const query = /*#__PURE__*/ flatCodec<PushNotificationQuery>(
  protobuf.PushNotificationQuery,
  { publicKeys: 'bytesList' },
  'PushNotificationQuery',
);

function listIn<T>(list: T[] | undefined, table: FieldTable, name: string): Record<string, unknown>[] {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new TypeError(`${name}: expected an array`);
  return list.map((v, i) => flatIn(table, v as object, `${name}[${i}]`));
}
function listOut<T>(list: unknown[] | null | undefined, table: FieldTable): T[] {
  return (list ?? []).map((v) => flatOut<T>(table, v as Record<string, unknown>));
}

/** @throws TypeError / RangeError */
export const encodePushNotificationRegistration = (v: Partial<PushNotificationRegistration>): Uint8Array =>
  registration.encode(v);
/** @throws PayloadDecodeError */
export const decodePushNotificationRegistration = (
  b: Uint8Array,
  o?: DecodeOptions,
): PushNotificationRegistration => registration.decode(b, o);
/** @throws TypeError / RangeError */
export const encodePushNotificationRegistrationResponse = (
  v: Partial<PushNotificationRegistrationResponse>,
): Uint8Array => registrationResponse.encode(v);
/** @throws PayloadDecodeError */
export const decodePushNotificationRegistrationResponse = (
  b: Uint8Array,
  o?: DecodeOptions,
): PushNotificationRegistrationResponse => registrationResponse.decode(b, o);
/** @throws TypeError / RangeError */
export const encodePushNotificationQuery = (v: Partial<PushNotificationQuery>): Uint8Array => query.encode(v);
/** @throws PayloadDecodeError */
export const decodePushNotificationQuery = (b: Uint8Array, o?: DecodeOptions): PushNotificationQuery =>
  query.decode(b, o);

/** @throws TypeError / RangeError */
export function encodeContactCodeAdvertisement(v: Partial<ContactCodeAdvertisement>): Uint8Array {
  return encodeGenerated(protobuf.ContactCodeAdvertisement, {
    pushNotificationInfo: listIn(v.pushNotificationInfo, QUERY_INFO, 'value.pushNotificationInfo'),
  });
}
/** @throws PayloadDecodeError */
export function decodeContactCodeAdvertisement(b: Uint8Array, o?: DecodeOptions): ContactCodeAdvertisement {
  const g = decodeGenerated(protobuf.ContactCodeAdvertisement, b, 'ContactCodeAdvertisement', o);
  return { pushNotificationInfo: listOut(g.pushNotificationInfo, QUERY_INFO) };
}

/** @throws TypeError / RangeError */
export function encodePushNotificationQueryResponse(v: Partial<PushNotificationQueryResponse>): Uint8Array {
  const success = v.success ?? false;
  if (typeof success !== 'boolean') throw new TypeError('value.success: expected a boolean');
  return encodeGenerated(protobuf.PushNotificationQueryResponse, {
    info: listIn(v.info, QUERY_INFO, 'value.info'),
    messageId: bytesIn(v.messageId ?? new Uint8Array(0), 'value.messageId'),
    success,
  });
}
/** @throws PayloadDecodeError */
export function decodePushNotificationQueryResponse(
  b: Uint8Array,
  o?: DecodeOptions,
): PushNotificationQueryResponse {
  const g = decodeGenerated(protobuf.PushNotificationQueryResponse, b, 'PushNotificationQueryResponse', o);
  return { info: listOut(g.info, QUERY_INFO), messageId: bytesOut(g.messageId), success: g.success === true };
}

/** @throws TypeError / RangeError */
export function encodePushNotificationRequest(v: Partial<PushNotificationRequest>): Uint8Array {
  return encodeGenerated(protobuf.PushNotificationRequest, {
    requests: listIn(v.requests, NOTIFICATION, 'value.requests'),
    messageId: bytesIn(v.messageId ?? new Uint8Array(0), 'value.messageId'),
  });
}
/** @throws PayloadDecodeError */
export function decodePushNotificationRequest(b: Uint8Array, o?: DecodeOptions): PushNotificationRequest {
  const g = decodeGenerated(protobuf.PushNotificationRequest, b, 'PushNotificationRequest', o);
  return { requests: listOut(g.requests, NOTIFICATION), messageId: bytesOut(g.messageId) };
}

/** @throws TypeError / RangeError */
export function encodePushNotificationResponse(v: Partial<PushNotificationResponse>): Uint8Array {
  return encodeGenerated(protobuf.PushNotificationResponse, {
    messageId: bytesIn(v.messageId ?? new Uint8Array(0), 'value.messageId'),
    reports: listIn(v.reports, REPORT, 'value.reports'),
  });
}
/** @throws PayloadDecodeError */
export function decodePushNotificationResponse(b: Uint8Array, o?: DecodeOptions): PushNotificationResponse {
  const g = decodeGenerated(protobuf.PushNotificationResponse, b, 'PushNotificationResponse', o);
  return { messageId: bytesOut(g.messageId), reports: listOut(g.reports, REPORT) };
}
