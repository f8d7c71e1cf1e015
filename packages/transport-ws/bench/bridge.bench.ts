/**
 * RLPx framed throughput over the WebSocket bridge beside direct TCP, in the same run. A statuskit
 * devp2p node listens on loopback TCP; one client dials it directly, another through the bridge in
 * piping mode (ws client → bridge → TCP). Each op sends 16 snappy-framed 64 KiB messages of
 * random bytes and waits until the node has received them all, so ops/s = framed MiB/s, and
 * vitest prints the ratio between the two.
 */
import { createPeerSession, type PeerSession, type Protocol, type ProtocolContext } from '@statuskit/devp2p';
import { tcp } from '@statuskit/transport-node';
import { type Duplex, nobleCrypto, seededRandom } from '@statuskit/utils';
import { afterAll, bench, describe } from 'vitest';
import { WebSocket } from 'ws';
import { createBridge } from '../src/bridge/index.js';
import { connectWebSocket } from '../src/index.js';

const MESSAGES_PER_OP = 16;
const MESSAGE = seededRandom(1)(64 * 1024);
const c = nobleCrypto;
const nodeKey = c.secp256k1GeneratePrivateKey();
const nodeId = c.secp256k1PublicKey(nodeKey).subarray(1);

/** Per dialer (by client id): messages the node has received, and who waits for a count. */
const received = new Map<string, number>();
const waiters = new Map<string, { target: number; resolve: () => void }>();
const sink: Protocol = {
  name: 'bench',
  version: 1,
  length: 1,
  create(ctx) {
    const who = ctx.peer.clientId;
    return {
      onMessage() {
        const n = (received.get(who) ?? 0) + 1;
        received.set(who, n);
        const w = waiters.get(who);
        if (w !== undefined && n >= w.target) {
          waiters.delete(who);
          w.resolve();
        }
      },
    };
  },
};

const transport = tcp();
const listener = await transport.listen({ host: '127.0.0.1', port: 0 }, (duplex) => {
  createPeerSession({ duplex, privateKey: nodeKey, protocols: [sink], pingIntervalMs: 60_000 });
});
const upstream = `127.0.0.1:${listener.address().port}`;
const bridge = await createBridge({
  port: 0,
  origins: '*',
  upstreams: [upstream],
  limits: { maxBytesPerSecond: 2 ** 40 },
});

async function dialer(name: string, duplex: Duplex): Promise<{ session: PeerSession; ctx: ProtocolContext }> {
  let ctx: ProtocolContext | undefined;
  const session = createPeerSession({
    duplex,
    privateKey: c.secp256k1GeneratePrivateKey(),
    remoteId: nodeId,
    clientId: name,
    protocols: [
      {
        ...sink,
        create(context) {
          ctx = context;
          return { onMessage() {} };
        },
      },
    ],
  });
  await session.ready;
  return { session, ctx: ctx as ProtocolContext };
}

const overBridge = await dialer(
  'over-bridge',
  await connectWebSocket(`ws://127.0.0.1:${bridge.address().port}/?upstream=${upstream}`, { WebSocket }),
);
const overTcp = await dialer('over-tcp', await transport.dial('127.0.0.1', listener.address().port));

async function burst(name: string, ctx: ProtocolContext): Promise<void> {
  const done = new Promise<void>((resolve) =>
    waiters.set(name, { target: (received.get(name) ?? 0) + MESSAGES_PER_OP, resolve }),
  );
  for (let i = 0; i < MESSAGES_PER_OP; i++) {
    if (!ctx.send(0, MESSAGE)) await ctx.drained();
  }
  await done;
}

afterAll(async () => {
  overBridge.session.disconnect();
  overTcp.session.disconnect();
  await bridge.close();
  await listener.close();
});

describe('RLPx framed throughput, 16 × 64 KiB per op (ops/s = MiB/s)', () => {
  bench('over the WebSocket bridge (ws client → bridge → TCP)', () => burst('over-bridge', overBridge.ctx), {
    time: 3_000,
    warmupTime: 500,
  });
  bench('direct TCP (reference)', () => burst('over-tcp', overTcp.ctx), { time: 3_000, warmupTime: 500 });
});
