/**
 * @statuskit/utils: the foundation every statuskit package stands on. Bytes helpers, the error
 * hierarchy, typed events and abort helpers, bounded strict RLP, the `CryptoProvider` facade with
 * its @noble default, and the contracts (`Duplex`, `Storage`, `Clock`, `Logger`) with in-memory
 * implementations. Runs unchanged in Node 20+, browsers, workers and MV3 service workers.
 */
export * from './bytes.js';
export * from './clock.js';
export { nobleCrypto } from './crypto/noble.js';
export type { CryptoProvider, StreamCipher, StreamingHash } from './crypto/provider.js';
export * from './crypto/recover-pool.js';
export * from './drain.js';
export * from './duplex.js';
export * from './errors.js';
export * from './events.js';
export * from './logger.js';
export * from './memory-duplex.js';
export * from './memory-storage.js';
export * from './random.js';
export * from './rlp.js';
export * from './schedule.js';
export * from './serial.js';
export * from './storage.js';
