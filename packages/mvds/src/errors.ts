import { DecodeError, StatuskitError } from '@statuskit/utils';

/** Bytes handed to the node are not a valid MVDS payload. */
export class MvdsPayloadError extends DecodeError {
  override name = 'MvdsPayloadError';
}

/** The node was used wrongly (unknown group, closed) or its storage holds a corrupt record. */
export class MvdsStateError extends StatuskitError {
  override name = 'MvdsStateError';
}
