/**
 * @statuskit/devp2p: the devp2p wire as statuskit speaks it in Node and in browsers alike. ECIES as
 * RLPx and Whisper use it, the RLPx handshake and framing, snappy, the p2p base protocol with
 * capability multiplexing, the session driver over any utils `Duplex`, and the subprotocol plug-in
 * contract that Whisper and Waku implement.
 */
export * from './ecies.js';
export * from './enode.js';
export * from './errors.js';
export * from './frame.js';
export * from './handshake.js';
export * from './p2p.js';
export * from './peer-manager.js';
export * from './protocol.js';
export * from './server.js';
export {
  createPeerSession,
  type DisconnectInfo,
  type PeerSession,
  type PeerSessionEvents,
  type PeerSessionOptions,
  type ReadBudget,
  SESSION_DEFAULTS,
} from './session.js';
export * from './snappy.js';
