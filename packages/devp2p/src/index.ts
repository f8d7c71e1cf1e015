/**
 * @statuskit/devp2p: the devp2p wire as statuskit speaks it in Node and in browsers alike. ECIES as
 * RLPx and Whisper use it, the RLPx handshake and framing, the p2p base protocol with capability
 * multiplexing, and the subprotocol plug-in contract that Whisper and Waku implement.
 */
export * from './ecies.js';
export * from './errors.js';
export * from './protocol.js';
