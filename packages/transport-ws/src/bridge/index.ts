/**
 * @statuskit/transport-ws/bridge: the Node-only WebSocket bridge. `createBridge` serves WebSocket
 * upgrades (on its own HTTP server or on a caller's http/https server for TLS) and either pipes
 * each connection to an allowlisted upstream devp2p TCP endpoint or hands it to an in-process
 * listener as a utils `Duplex`. Origins and upstreams come from allowlists; connections per
 * address, message size, byte rate and idle time are limited; refusals and shutdown are closes with
 * the documented `CLOSE_CODES`.
 */
export { CLOSE_CODES, type CloseCode, closeCodeName } from '../close-codes.js';
export { WebSocketCloseError } from '../errors.js';
export { createBridge } from './bridge.js';
export {
  BRIDGE_DEFAULTS,
  type Bridge,
  type BridgeConnectionEnd,
  type BridgeConnectionInfo,
  type BridgeEvents,
  type BridgeLimits,
  type BridgeOptions,
  type BridgeRefusal,
} from './options.js';
export { formatUpstream, parseUpstream, type Upstream } from './upstreams.js';
