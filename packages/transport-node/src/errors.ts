import { DecodeError, StatuskitError } from '@statuskit/utils';

/** A TCP dial failed (refused, unreachable, timed out). */
export class DialError extends StatuskitError {
  override name = 'DialError';
}

/** A discovery packet is malformed, mis-hashed, badly signed or expired. */
export class DiscoveryPacketError extends DecodeError {
  override name = 'DiscoveryPacketError';
}
