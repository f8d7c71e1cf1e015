import { StatuskitError } from '@statuskit/utils';

/** ECIES decryption failed: malformed ciphertext, invalid ephemeral key or bad MAC. */
export class EciesError extends StatuskitError {
  override name = 'EciesError';
}
