/**
 * @statuskit/cli: the `statuskit` command (a Whisper v6 + Waku v1 relay with a mailserver, the
 * WebSocket bridge, metrics and graceful shutdown; chat commands on `createClient`) and the pieces
 * it is built from, for embedding a relay in another Node program.
 */

export * from './account.js';
export * from './archive.js';
export * from './chat.js';
export * from './config.js';
export * from './errors.js';
export * from './log.js';
export * from './metrics.js';
export * from './node-key.js';
export * from './relay.js';
export * from './sync.js';
