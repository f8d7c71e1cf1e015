/**
 * Error classes of @statuskit/core. Each extends a `StatuskitError` subclass from @statuskit/utils,
 * has a stable `name` to match on, keeps the underlying error as `cause`, and never carries key
 * material in its message.
 */
import { DecodeError, DecryptError, SignatureError, StatuskitError } from '@statuskit/utils';

/** A keystore blob is malformed, of an unknown version, or could not be opened. */
export class KeystoreError extends StatuskitError {
  override name = 'KeystoreError';
}

/** The password given to unlock a keystore is wrong (the authentication tag did not verify). */
export class WrongPasswordError extends KeystoreError {
  override name = 'WrongPasswordError';
  constructor(message = 'wrong keystore password', options?: { cause?: unknown }) {
    super(message, options);
  }
}

/** A mnemonic phrase is not a valid BIP39 English mnemonic (bad word, length or checksum). */
export class MnemonicError extends StatuskitError {
  override name = 'MnemonicError';
}

/** A public key string or multiformat key could not be parsed, or is not on secp256k1. */
export class InvalidPublicKeyError extends DecodeError {
  override name = 'InvalidPublicKeyError';
}

/** A Double Ratchet message could not be processed (bad header, unknown chain, bad MAC, …). */
export class RatchetError extends DecryptError {
  override name = 'RatchetError';
}

/**
 * A ratchet message asks to skip more message keys than the bound allows (status-go MaxSkip = 1000,
 * STATUS-V1-FACTS §5.4).
 */
export class SkippedKeysExceededError extends RatchetError {
  override name = 'SkippedKeysExceededError';
}

/**
 * A ratchet message is older than the receiving chain and its key is no longer kept: a replay of a
 * confirmed message, or a message whose key was evicted (§5.4).
 */
export class ReplayError extends RatchetError {
  override name = 'ReplayError';
}

/** No ratchet session or signed pre-key matches a received header ("session not found", §5.3). */
export class SessionNotFoundError extends DecryptError {
  override name = 'SessionNotFoundError';
}

/** A bundle is malformed or its signature does not match its identity (§5.2). */
export class BundleError extends SignatureError {
  override name = 'BundleError';
}

/**
 * A direct message carries nothing for our installation nor for `"none"` (status-go
 * ErrDeviceNotFound / ErrNotPairedDevice, §5.5); `ownIdentity` tells which of the two it is.
 */
export class UnknownInstallationError extends DecryptError {
  override name = 'UnknownInstallationError';
  /** True when the sender is our own identity (a device that is not paired). */
  readonly ownIdentity: boolean;
  constructor(message: string, options?: { cause?: unknown; ownIdentity?: boolean }) {
    super(message, options);
    this.ownIdentity = options?.ownIdentity ?? false;
  }
}

/** A received ProtocolMessage has neither a public nor a direct message (status-go ErrNoPayload). */
export class NoPayloadError extends DecodeError {
  override name = 'NoPayloadError';
}

/** A record read back from storage is corrupt (it was not written by this code). */
export class CorruptStateError extends StatuskitError {
  override name = 'CorruptStateError';
}
