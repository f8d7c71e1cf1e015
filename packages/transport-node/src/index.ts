/**
 * @statuskit/transport-node: Node-only carriers for statuskit. TCP dial and listen producing utils
 * `Duplex` streams, and enode URL parsing; the devp2p session runs on top of them.
 */

export * from './discv4/node.js';
export * from './discv4/packet.js';
export * from './discv4/table.js';
export * from './discv4/udp.js';
export * from './enode.js';
export * from './errors.js';
export * from './peer-manager.js';
export * from './tcp.js';
