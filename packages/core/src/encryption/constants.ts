/**
 * Constants of Status's secure transport as status-go 0.62.x uses them (STATUS-V1-FACTS §5).
 */

/** HKDF info strings of status-go's `EthereumCrypto` (§5.4, §0.3 #7). */
export const DR_INFO = {
  /** KDF_RK: HKDF-SHA256(ikm = dhOut, salt = rootKey, info) → root ‖ chain ‖ header key (96 bytes). */
  ROOT: 'rsZUpEuXUqqwXBvSy3EcievAh4cMj6QL',
  /** Message keys: HKDF-SHA256(ikm = mk, salt = 32 zero bytes, info) → encKey ‖ authKey ‖ iv (80 bytes). */
  MESSAGE: 'pcwSByyx2CRdryCffXJwy7xgVZWtW5Sh',
} as const;

/** KDF_CK inputs: `nextCK = HMAC(ck, 0x0f)`, `mk = HMAC(ck, 0x10)` (§5.4). */
export const DR_KDF_CK = { CHAIN_INPUT: 0x0f, MESSAGE_INPUT: 0x10 } as const;

/** Limits of status-go's default encryptor configuration (§5.4, `defaultEncryptorConfig`). */
export const DR_LIMITS = {
  /** Most message keys one chain step may skip ("too many messages" beyond). */
  MAX_SKIP: 1000,
  /** Keys older than this many received keys are deleted. */
  MAX_KEEP: 3000,
  /** Most message keys kept per session; the oldest go first. */
  MAX_MESSAGE_KEYS_PER_SESSION: 2000,
} as const;

/** Sizes of Double Ratchet values (§5.1, §5.4). */
export const DR_SIZES = {
  /** Compressed ratchet public key in headers. */
  PUBLIC_KEY: 33,
  /** Encoded header `LE32(n) ‖ LE32(pn) ‖ dh33`, used as associated data. */
  HEADER: 41,
  IV: 16,
  MAC: 32,
} as const;

/** The `direct_message` key of DH-only messages (status-go `noInstallationID`, §5.5). */
export { NO_INSTALLATION_ID } from '@statuskit/payloads';

/**
 * Protocol versions (§4.3, §5.6): we advertise 1 in our signed pre-keys; 1 also marks support for
 * partitioned topics and shared-secret negotiation.
 */
export const PROTOCOL_VERSION = {
  CURRENT: 1,
  SHARED_SECRET_NEGOTIATION: 1,
  PARTITIONED_TOPIC_MIN: 1,
  DEFAULT_MIN: 0,
} as const;

/** Multi-device limits (§5.2, §5.6): at most 3 active installations per identity. */
export const MAX_INSTALLATIONS = 3;

/** A bundle whose signed pre-key is older than this is replaced (§5.2, `BundleRefreshInterval`). */
export const BUNDLE_REFRESH_INTERVAL_MS = 24 * 60 * 60 * 1000;

/** Longest installation ID accepted from a peer, in UTF-8 bytes (status-go sends 36-char UUIDs). */
export const MAX_INSTALLATION_ID_BYTES = 128;
