/**
 * MVDS wire messages (STATUS-V1-FACTS.md §6.1): the sync `Payload` of acks, offers, requests and
 * messages, and the `Message` record. State, IDs and retransmission live in `@statuskit/mvds`.
 */
import * as mvds from './gen/mvds.js';
import {
  bytesIn,
  bytesOut,
  type DecodeOptions,
  decodeGenerated,
  encodeGenerated,
  i64In,
  i64Out,
} from './runtime.js';

/** An MVDS message record. `timestamp` is unix seconds. */
export interface MvdsMessage {
  groupId: Uint8Array;
  timestamp: bigint;
  body: Uint8Array;
}

/** An MVDS payload; valid only when at least one list is non-empty (`isValidMvdsPayload`). */
export interface MvdsPayload {
  acks: Uint8Array[];
  offers: Uint8Array[];
  requests: Uint8Array[];
  messages: MvdsMessage[];
}

const messageIn = (m: MvdsMessage, name: string): mvds.Message.$Properties => ({
  groupId: bytesIn(m.groupId, `${name}.groupId`),
  timestamp: i64In(m.timestamp, `${name}.timestamp`),
  body: bytesIn(m.body, `${name}.body`),
});
const messageOut = (g: mvds.Message.$Properties): MvdsMessage => ({
  groupId: bytesOut(g.groupId),
  timestamp: i64Out(g.timestamp),
  body: bytesOut(g.body),
});
const listIn = (list: Uint8Array[] | undefined, name: string): Uint8Array[] => {
  if (list === undefined) return [];
  if (!Array.isArray(list)) throw new TypeError(`${name}: expected an array of Uint8Array`);
  return list.map((b, i) => bytesIn(b, `${name}[${i}]`));
};

/** Encodes an MVDS `Message`. @throws TypeError / RangeError */
export function encodeMvdsMessage(value: MvdsMessage): Uint8Array {
  return encodeGenerated(mvds.Message, messageIn(value, 'value'));
}
/** Decodes an MVDS `Message`. @throws PayloadDecodeError */
export function decodeMvdsMessage(bytes: Uint8Array, options?: DecodeOptions): MvdsMessage {
  return messageOut(decodeGenerated(mvds.Message, bytes, 'mvds.Message', options));
}

/**
 * Encodes an MVDS `Payload`; absent lists are empty.
 * @throws TypeError / RangeError naming the bad field.
 * @example
 * ```ts
 * const bytes = encodeMvdsPayload({ acks: [new Uint8Array(32)] });
 * ```
 */
export function encodeMvdsPayload(value: Partial<MvdsPayload>): Uint8Array {
  const messages = value.messages ?? [];
  if (!Array.isArray(messages)) throw new TypeError('value.messages: expected an array');
  return encodeGenerated(mvds.Payload, {
    acks: listIn(value.acks, 'value.acks'),
    offers: listIn(value.offers, 'value.offers'),
    requests: listIn(value.requests, 'value.requests'),
    messages: messages.map((m, i) => messageIn(m, `value.messages[${i}]`)),
  });
}
/** Decodes an MVDS `Payload` (it may still be invalid: see `isValidMvdsPayload`). @throws PayloadDecodeError */
export function decodeMvdsPayload(bytes: Uint8Array, options?: DecodeOptions): MvdsPayload {
  const g = decodeGenerated(mvds.Payload, bytes, 'mvds.Payload', options);
  return {
    acks: (g.acks ?? []).map(bytesOut),
    offers: (g.offers ?? []).map(bytesOut),
    requests: (g.requests ?? []).map(bytesOut),
    messages: (g.messages ?? []).map(messageOut),
  };
}

/** MVDS `IsValid`: at least one of the four lists is non-empty (§6.1). */
export function isValidMvdsPayload(payload: MvdsPayload): boolean {
  return (
    payload.acks.length > 0 ||
    payload.offers.length > 0 ||
    payload.requests.length > 0 ||
    payload.messages.length > 0
  );
}
