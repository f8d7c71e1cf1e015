import { DecodeError } from '@statuskit/utils';

/**
 * Bytes from a peer are not a well-formed payload: oversized, truncated, a bad varint or wire
 * type, or a field out of range. The protobuf runtime's own error is kept as `cause`.
 */
export class PayloadDecodeError extends DecodeError {
  override name = 'PayloadDecodeError';
}
