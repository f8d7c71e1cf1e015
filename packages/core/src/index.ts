/**
 * @statuskit/core: a Status v1 client (`createClient`: public and 1:1 chats, private group chats,
 * contacts, delivery status, a durable outbox and mailserver history) on Status identities and the secure transport,
 * byte-compatible with status-go 0.62.x. Identity: BIP39/BIP32 on the Status paths, key formats, the three-word name and the
 * identicon exactly as status-go derives them, and an scrypt + AES-GCM keystore for keys at rest.
 * Secure transport: signed X3DH bundles, X3DH without one-time prekeys, the Double Ratchet over
 * secp256k1 with status-go's KDF chains, the DH-only fallback, ProtocolMessage building and
 * handling, multi-device installations and the negotiated shared secret, all persisted through
 * the utils `Storage`. Runs unchanged in Node, browsers, workers and extension service workers.
 */

export type {
  Bundle,
  DHHeader,
  DirectMessageProtocol,
  DRHeader,
  ProtocolMessage,
  SignedPreKey,
  X3DHHeader,
} from '@statuskit/payloads';
export * from './client/index.js';
export * from './encryption/bundle.js';
export * from './encryption/constants.js';
export * from './encryption/dh-only.js';
export * from './encryption/ratchet.js';
export * from './encryption/ratchet-crypto.js';
export * from './encryption/secure-transport.js';
export * from './encryption/shared-secret.js';
export type { InstallationMetadata, SessionRole } from './encryption/store.js';
export * from './encryption/x3dh.js';
export * from './errors.js';
export * from './groups/group.js';
export * from './identity/alias.js';
export * from './identity/alias-words.js';
export * from './identity/encrypted-storage.js';
export { adler32, goDeflate, goZlib } from './identity/go-deflate.js';
export * from './identity/identicon.js';
export * from './identity/identicon-png.js';
export * from './identity/identity.js';
export * from './identity/keys.js';
export * from './identity/keystore.js';
export * from './identity/keystore-store.js';
export * from './identity/mnemonic.js';
export * from './identity/multiformat.js';
