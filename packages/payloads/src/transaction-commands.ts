/**
 * Transaction command messages (STATUS-V1-FACTS.md §7.4, AMM types 6–11). A `ChatMessage` with
 * content type TRANSACTION_COMMAND is rejected on receive; commands travel only in these types.
 */

import { flatCodec } from './flat-codec.js';
import * as protobuf from './gen/protobuf.js';
import type { DecodeOptions } from './runtime.js';

/** AMM type 6. */
export interface RequestAddressForTransaction {
  clock: bigint;
  value: string;
  contract: string;
}
/** AMM type 7. */
export interface AcceptRequestAddressForTransaction {
  clock: bigint;
  id: string;
  address: string;
}
/** AMM type 8 (and, with the same shape, `DeclineRequestTransaction`, type 11). */
export interface DeclineRequestAddressForTransaction {
  clock: bigint;
  id: string;
}
/** AMM type 11. */
export type DeclineRequestTransaction = DeclineRequestAddressForTransaction;
/** AMM type 9. `value` must parse as a float. */
export interface RequestTransaction {
  clock: bigint;
  address: string;
  value: string;
  contract: string;
}
/** AMM type 10. Needs a non-empty hash and a signature. */
export interface SendTransaction {
  clock: bigint;
  id: string;
  transactionHash: string;
  signature: Uint8Array;
}

const requestAddress = /*#__PURE__*/ flatCodec<RequestAddressForTransaction>(
  protobuf.RequestAddressForTransaction,
  { clock: 'u64', value: 'str', contract: 'str' },
  'RequestAddressForTransaction',
);
const acceptRequestAddress = /*#__PURE__*/ flatCodec<AcceptRequestAddressForTransaction>(
  protobuf.AcceptRequestAddressForTransaction,
  { clock: 'u64', id: 'str', address: 'str' },
  'AcceptRequestAddressForTransaction',
);
const declineRequestAddress = /*#__PURE__*/ flatCodec<DeclineRequestAddressForTransaction>(
  protobuf.DeclineRequestAddressForTransaction,
  { clock: 'u64', id: 'str' },
  'DeclineRequestAddressForTransaction',
);
const declineRequestTransaction = /*#__PURE__*/ flatCodec<DeclineRequestTransaction>(
  protobuf.DeclineRequestTransaction,
  { clock: 'u64', id: 'str' },
  'DeclineRequestTransaction',
);
const requestTransaction = /*#__PURE__*/ flatCodec<RequestTransaction>(
  protobuf.RequestTransaction,
  { clock: 'u64', address: 'str', value: 'str', contract: 'str' },
  'RequestTransaction',
);
const sendTransaction = /*#__PURE__*/ flatCodec<SendTransaction>(
  protobuf.SendTransaction,
  { clock: 'u64', id: 'str', transactionHash: 'str', signature: 'bytes' },
  'SendTransaction',
);

/** @throws TypeError / RangeError */
export const encodeRequestAddressForTransaction = (v: Partial<RequestAddressForTransaction>): Uint8Array =>
  requestAddress.encode(v);
/** @throws PayloadDecodeError */
export const decodeRequestAddressForTransaction = (
  b: Uint8Array,
  o?: DecodeOptions,
): RequestAddressForTransaction => requestAddress.decode(b, o);
/** @throws TypeError / RangeError */
export const encodeAcceptRequestAddressForTransaction = (
  v: Partial<AcceptRequestAddressForTransaction>,
): Uint8Array => acceptRequestAddress.encode(v);
/** @throws PayloadDecodeError */
export const decodeAcceptRequestAddressForTransaction = (
  b: Uint8Array,
  o?: DecodeOptions,
): AcceptRequestAddressForTransaction => acceptRequestAddress.decode(b, o);
/** @throws TypeError / RangeError */
export const encodeDeclineRequestAddressForTransaction = (
  v: Partial<DeclineRequestAddressForTransaction>,
): Uint8Array => declineRequestAddress.encode(v);
/** @throws PayloadDecodeError */
export const decodeDeclineRequestAddressForTransaction = (
  b: Uint8Array,
  o?: DecodeOptions,
): DeclineRequestAddressForTransaction => declineRequestAddress.decode(b, o);
/** @throws TypeError / RangeError */
export const encodeDeclineRequestTransaction = (v: Partial<DeclineRequestTransaction>): Uint8Array =>
  declineRequestTransaction.encode(v);
/** @throws PayloadDecodeError */
export const decodeDeclineRequestTransaction = (
  b: Uint8Array,
  o?: DecodeOptions,
): DeclineRequestTransaction => declineRequestTransaction.decode(b, o);
/** @throws TypeError / RangeError */
export const encodeRequestTransaction = (v: Partial<RequestTransaction>): Uint8Array =>
  requestTransaction.encode(v);
/** @throws PayloadDecodeError */
export const decodeRequestTransaction = (b: Uint8Array, o?: DecodeOptions): RequestTransaction =>
  requestTransaction.decode(b, o);
/** @throws TypeError / RangeError */
export const encodeSendTransaction = (v: Partial<SendTransaction>): Uint8Array => sendTransaction.encode(v);
/** @throws PayloadDecodeError */
export const decodeSendTransaction = (b: Uint8Array, o?: DecodeOptions): SendTransaction =>
  sendTransaction.decode(b, o);
