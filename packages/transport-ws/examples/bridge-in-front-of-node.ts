/**
 * A WebSocket bridge in front of a devp2p node, end to end on loopback.
 *
 * 1. A statuskit devp2p node listens on TCP (with a tiny `echo/1` capability).
 * 2. A bridge listens on WebSocket in front of it, in both modes at once:
 *    - `ws://…/?upstream=127.0.0.1:<tcp port>` pipes the bytes to the node's TCP port (the way
 *      to put any devp2p node, geth or status-go included, behind the bridge);
 *    - `ws://…/` hands the connection to the same node in-process, so it listens on WebSocket
 *      beside TCP.
 * 3. A client dials through each route (as a page would; here `ws` stands in for the browser's
 *    WebSocket), completes the RLPx handshake and Hello, and gets its message echoed.
 * 4. The bridge shuts down gracefully.
 *
 * Run from the repository root:
 *   node --conditions=@statuskit/source --import tsx packages/transport-ws/examples/bridge-in-front-of-node.ts
 * Add `--serve` to keep the node and bridge running (PORT sets the bridge port, default 8546;
 * Ctrl-C shuts down gracefully).
 */
import { createPeerServer, createPeerSession, type Protocol } from '@statuskit/devp2p';
import { tcp } from '@statuskit/transport-node';
import { bytesToUtf8, nobleCrypto, toHex, utf8ToBytes } from '@statuskit/utils';
import { WebSocket } from 'ws';
import { CLOSE_CODES, createBridge } from '../src/bridge/index.js';
import { connectWebSocket } from '../src/index.js';

const serve = process.argv.includes('--serve');
const c = nobleCrypto;

// 1. The node: every connection, TCP or WebSocket, becomes a devp2p session with `echo/1`, through
//    one server that caps peers (50) and concurrent handshakes (8) across both listeners.
const echo: Protocol = {
  name: 'echo',
  version: 1,
  length: 2,
  create: (ctx) => ({
    onMessage: (code, payload) => {
      if (code === 0) ctx.send(1, payload);
    },
  }),
};
const nodeKey = c.secp256k1GeneratePrivateKey();
const nodeId = toHex(c.secp256k1PublicKey(nodeKey).subarray(1));
const server = createPeerServer({ privateKey: nodeKey, protocols: [echo], clientId: 'example-node' });
const listener = await tcp().listen({ host: '127.0.0.1', port: 0 }, server.accept);
const tcpEndpoint = `127.0.0.1:${listener.address().port}`;
console.log(`node      enode://${nodeId}@${tcpEndpoint}`);

// 2. The bridge. For TLS on 443, create an https server yourself and pass it as `server`.
const bridge = await createBridge({
  port: serve ? Number(process.env.PORT ?? 8546) : 0,
  host: '127.0.0.1',
  upstreams: [tcpEndpoint],
  origins: ['http://localhost:5173'], // pages allowed to use it; non-browser clients send no Origin
  limits: { maxConnectionsPerAddress: 8, maxBytesPerSecond: 512 * 1024, idleTimeoutMs: 60_000 },
  onConnection: (duplex, info) => {
    console.log(`bridge    in-process connection from ${info.remoteAddress}`);
    server.accept(duplex);
  },
});
bridge.addEventListener('refused', (e) =>
  console.log(`bridge    refused ${e.detail.remoteAddress}: ${e.detail.reason}`),
);
const base = `ws://127.0.0.1:${bridge.address().port}`;
console.log(`bridge    ${base}/  (in-process)   ${base}/?upstream=${tcpEndpoint}  (piped to TCP)`);

// 3. Clients, through each route.
async function talk(url: string): Promise<void> {
  let send: ((code: number, payload: Uint8Array) => boolean) | undefined;
  let reply: (text: string) => void = () => {};
  const replied = new Promise<string>((resolve) => {
    reply = resolve;
  });
  const session = createPeerSession({
    duplex: await connectWebSocket(url, { WebSocket }),
    privateKey: c.secp256k1GeneratePrivateKey(),
    remoteId: c.secp256k1PublicKey(nodeKey).subarray(1),
    protocols: [
      {
        ...echo,
        create: (ctx) => {
          send = ctx.send;
          return {
            onMessage: (code, payload) => {
              if (code === 1) reply(bytesToUtf8(payload));
            },
          };
        },
      },
    ],
    clientId: 'example-client',
  });
  const peer = await session.ready;
  send?.(0, utf8ToBytes(`hello via ${url}`));
  console.log(`client    Hello from ${peer.clientId}; echo: "${await replied}"`);
  session.disconnect();
  await session.closed;
}

if (serve) {
  console.log('serving; Ctrl-C to stop');
  await new Promise<void>((resolve) => process.once('SIGINT', () => resolve()));
} else {
  await talk(`${base}/`);
  await talk(`${base}/?upstream=${tcpEndpoint}`);
}

// 4. Graceful shutdown: every connection is closed with GOING_AWAY (1001) and the reason.
await bridge.close({ reason: 'example finished' });
await server.close();
await listener.close();
console.log(`stopped   (connections closed with ${CLOSE_CODES.GOING_AWAY})`);
