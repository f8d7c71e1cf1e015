/**
 * The servers the Chromium tests talk to (started by `test/ws-bridge.global.ts`; the Node
 * end-to-end test starts its own copy): one bridge on 127.0.0.1 that
 * - pairs two WebSockets on `/pair/<id>` through its in-process mode (the Duplex suite in the page
 *   runs the carrier on both ends),
 * - hands `/node` to a statuskit devp2p node in this process (in-process mode),
 * - pipes `?upstream=` to `@ethereumjs/devp2p` listening on TCP (piping mode).
 */
import { RLPx } from '@ethereumjs/devp2p';
import { createPeerSession, snappyCompress } from '@statuskit/devp2p';
import { type Duplex, nobleCrypto, toHex } from '@statuskit/utils';
import { type Bridge, createBridge } from '../../src/bridge/index.js';
import {
  GREETING,
  listenerProtocol,
  TEST_CAPABILITY,
  TEST_CODES,
  type TransportWsFixtures,
} from '../support/devp2p-exchange.js';

/** The ethereumjs side of the test capability: greets, then echoes every PING. */
class EjsListener {
  readonly #send: (code: number, data: Uint8Array) => void;
  constructor(_version: number, _peer: unknown, send: (code: number, data: Uint8Array) => void) {
    this.#send = send;
    // ethereumjs leaves snappy to the subprotocol on send (and decompresses on receive).
    queueMicrotask(() => this.#send(TEST_CODES.GREETING, snappyCompress(GREETING)));
  }
  _handleMessage(code: number, data: Uint8Array): void {
    if (code === TEST_CODES.PING) this.#send(TEST_CODES.ECHO, snappyCompress(data));
  }
}

/** Pipes two in-process ends to each other; one side's end ends the other. */
function pipePair(a: Duplex, b: Duplex): void {
  for (const [from, to] of [
    [a, b],
    [b, a],
  ] as const) {
    from.addEventListener('data', (e) => {
      if (!to.closed) to.send(e.detail);
    });
    from.addEventListener('close', (e) => {
      if (e.detail.error === undefined) to.close();
      else to.abort(e.detail.error);
    });
  }
}

export interface FixtureServers {
  fixtures: TransportWsFixtures;
  bridge: Bridge;
  close(): Promise<void>;
}

export async function startFixtureServers(): Promise<FixtureServers> {
  const c = nobleCrypto;
  const nodeKey = c.secp256k1GeneratePrivateKey();
  const ejsKey = c.secp256k1GeneratePrivateKey();

  const ejs = new RLPx(ejsKey, {
    capabilities: [{ ...TEST_CAPABILITY, constructor: EjsListener as never }],
    common: undefined as never,
    maxPeers: 50,
    timeout: 20_000,
  });
  const listening = new Promise<void>((resolve) => ejs.events.once('listening', () => resolve()));
  ejs.listen(0, '127.0.0.1');
  await listening;
  const ejsPort = (ejs as unknown as { _server: { address(): { port: number } } })._server.address().port;

  const waiting = new Map<
    string,
    { duplex: Duplex; early: Uint8Array[]; hold: (e: CustomEvent<Uint8Array>) => void }
  >();
  const bridge = await createBridge({
    port: 0,
    origins: '*',
    upstreams: [`127.0.0.1:${ejsPort}`],
    limits: { maxBytesPerSecond: 1 << 30, maxConnectionsPerAddress: 256 },
    onConnection(duplex, info) {
      const path = info.path.split('?')[0] as string;
      if (path === '/node') {
        createPeerSession({
          duplex,
          privateKey: nodeKey,
          protocols: [listenerProtocol],
          clientId: 'statuskit-node',
        });
        return;
      }
      if (path.startsWith('/pair/')) {
        const other = waiting.get(path);
        if (other === undefined) {
          // Hold what the first socket sends until its partner arrives.
          const early: Uint8Array[] = [];
          const hold = (e: CustomEvent<Uint8Array>) => early.push(e.detail);
          duplex.addEventListener('data', hold);
          waiting.set(path, { duplex, early, hold });
          duplex.addEventListener('close', () => {
            if (waiting.get(path)?.duplex === duplex) waiting.delete(path);
          });
        } else {
          waiting.delete(path);
          other.duplex.removeEventListener('data', other.hold);
          for (const chunk of other.early) duplex.send(chunk);
          pipePair(other.duplex, duplex);
        }
        return;
      }
      duplex.close();
    },
  });
  const base = `ws://127.0.0.1:${bridge.address().port}`;
  return {
    bridge,
    fixtures: {
      pairUrl: `${base}/pair/`,
      nodeUrl: `${base}/node`,
      nodeId: toHex(c.secp256k1PublicKey(nodeKey).subarray(1)),
      ejsUrl: `${base}/?upstream=127.0.0.1:${ejsPort}`,
      ejsId: toHex(c.secp256k1PublicKey(ejsKey).subarray(1)),
    },
    async close() {
      await bridge.close({ timeoutMs: 2_000 });
      ejs.destroy();
    },
  };
}
