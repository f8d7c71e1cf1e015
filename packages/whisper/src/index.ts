/**
 * @statuskit/whisper: the envelope layer every Status message rides in. Whisper v6 / Waku v1
 * envelopes (codec, hash, topics, bloom filters, go-ethereum 1.9 proof of work and abortable
 * sealing), the message format inside them (padding, signatures, AES-256-GCM and ECIES), filters
 * that open envelopes for the keys they match, the Status topic and key derivations, and the
 * sans-IO node logic that speaks `shh/6` and `waku/0`/`waku/1` over devp2p: envelope pool, gossip,
 * peer scoring and the mailserver (server and client). Runs unchanged in Node and browsers.
 */
export * from './constants.js';
export * from './envelope.js';
export * from './errors.js';
export * from './filters.js';
export * from './limits.js';
export * from './mailserver.js';
export * from './mailserver-client.js';
export * from './mailserver-codec.js';
export * from './message.js';
export * from './node.js';
export * from './open.js';
export * from './packets.js';
export * from './payload-crypto.js';
export * from './pool.js';
export * from './pow.js';
export * from './pow-worker.js';
export * from './status-options.js';
export * from './status-topics.js';
export * from './topic.js';
export * from './wrap.js';
