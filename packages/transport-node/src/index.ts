/**
 * @statuskit/transport-node: Node-only carriers for statuskit. TCP dial and listen producing utils
 * `Duplex` streams, and enode URL parsing; the devp2p session runs on top of them.
 */
export * from './enode.js';
export * from './errors.js';
export * from './tcp.js';
