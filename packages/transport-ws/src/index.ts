/**
 * @statuskit/transport-ws: the WebSocket carrier. `connectWebSocket` and `webSocketDuplex` turn a
 * WHATWG `WebSocket` (pages, workers, MV3 service workers; `ws`'s class injected in Node 20) into a
 * utils `Duplex` with backpressure on `bufferedAmount`, binary frames only, and clean close and
 * error semantics, so the devp2p session runs over it exactly as over TCP. The close codes a
 * statuskit bridge uses live here too; the bridge itself is the Node-only `./bridge` entry.
 */
export * from './close-codes.js';
export * from './errors.js';
export * from './websocket-duplex.js';
