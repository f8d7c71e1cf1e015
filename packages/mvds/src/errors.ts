import { DecodeError, StatuskitError } from '@statuskit/utils';

/** Bytes handed to the node are not a valid MVDS payload. */
export class MvdsPayloadError extends DecodeError {
  override name = 'MvdsPayloadError';
}

/** The node's storage holds a corrupt key or record (`createMvdsNode`, or a step reading it). */
export class MvdsStateError extends StatuskitError {
  override name = 'MvdsStateError';
}
