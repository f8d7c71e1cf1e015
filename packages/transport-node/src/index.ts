/**
 * @statuskit/transport-node: Node-only carriers for statuskit. TCP dial and listen producing utils
 * `Duplex` streams, and enode URL parsing; the devp2p session runs on top of them.
 */

// Enode URLs and the peer manager are isomorphic: they live in @statuskit/devp2p so browsers and
// extensions reconnect by the same policy; re-exported here for Node users.
export {
  createPeerManager,
  type Enode,
  EnodeError,
  formatEnode,
  type ManagedSession,
  type PeerManager,
  type PeerManagerEvents,
  type PeerManagerOptions,
  parseEnode,
} from '@statuskit/devp2p';
export * from './discv4/node.js';
export * from './discv4/packet.js';
export * from './discv4/table.js';
export * from './discv4/udp.js';
export * from './errors.js';
export * from './tcp.js';
