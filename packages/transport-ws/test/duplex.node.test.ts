/**
 * The `Duplex` compliance suite over real loopback WebSockets in Node (`ws` injected as the
 * WebSocket class): the carrier on both ends of a plain `ws` server, and the carrier against the
 * bridge's in-process server end.
 */
import type { Duplex } from '@statuskit/utils';
import { duplexComplianceSuite } from '@statuskit/utils/testing';
import { afterAll } from 'vitest';
import { WebSocket, WebSocketServer } from 'ws';
import { createBridge } from '../src/bridge/index.js';
import { connectWebSocket, webSocketDuplex } from '../src/index.js';

const HWM = 256 * 1024;

// Carrier ↔ carrier: the server end is `webSocketDuplex` on the socket `ws` accepted.
const wss = new WebSocketServer({ host: '127.0.0.1', port: 0 });
await new Promise<void>((resolve) => wss.once('listening', () => resolve()));
const accepted: Array<(d: Duplex) => void> = [];
wss.on('connection', (socket) => accepted.shift()?.(webSocketDuplex(socket, { highWaterMark: HWM })));
const wssUrl = `ws://127.0.0.1:${(wss.address() as { port: number }).port}/`;

duplexComplianceSuite('WebSocket carrier on both ends (Node, ws)', {
  async pair() {
    const server = new Promise<Duplex>((resolve) => accepted.push(resolve));
    const client = await connectWebSocket(wssUrl, { WebSocket, highWaterMark: HWM });
    return [client, await server];
  },
});

// Carrier ↔ bridge in-process end.
const local: Array<(d: Duplex) => void> = [];
const bridge = await createBridge({
  port: 0,
  origins: '*',
  limits: { maxBytesPerSecond: 1 << 30, highWaterMark: HWM, maxConnectionsPerAddress: 1000 },
  onConnection: (duplex) => local.shift()?.(duplex),
});
const bridgeUrl = `ws://127.0.0.1:${bridge.address().port}/`;

duplexComplianceSuite('WebSocket carrier ↔ bridge in-process end (Node)', {
  async pair() {
    const server = new Promise<Duplex>((resolve) => local.push(resolve));
    const client = await connectWebSocket(bridgeUrl, { WebSocket, highWaterMark: HWM });
    return [client, await server];
  },
});

duplexComplianceSuite('bridge in-process end ↔ WebSocket carrier (Node)', {
  async pair() {
    const server = new Promise<Duplex>((resolve) => local.push(resolve));
    const client = await connectWebSocket(bridgeUrl, { WebSocket, highWaterMark: HWM });
    return [await server, client];
  },
});

afterAll(async () => {
  await bridge.close();
  await new Promise<void>((resolve) => wss.close(() => resolve()));
});
