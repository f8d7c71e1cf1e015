/**
 * Test support shared by the Node and Chromium end-to-end tests (isomorphic): the test capability
 * both listeners speak, the `ProvidedContext` of the browser project's WebSocket fixtures, and the
 * dialing side of a devp2p exchange over any `Duplex`.
 */
import {
  createPeerSession,
  type PeerInfo,
  type PeerSession,
  type Protocol,
  type ProtocolContext,
} from '@statuskit/devp2p';
import { type Duplex, fromHex, nobleCrypto, seededRandom, toHex, utf8ToBytes } from '@statuskit/utils';

/** URLs and node ids of the servers `test/ws-bridge.global.ts` starts for the browser project. */
export interface TransportWsFixtures {
  /** `<pairUrl><id>`: two sockets on the same id are piped to each other by the bridge's in-process mode. */
  pairUrl: string;
  /** A statuskit devp2p node behind the bridge's in-process mode. */
  nodeUrl: string;
  nodeId: string;
  /** `@ethereumjs/devp2p` listening on TCP behind the bridge's piping mode. */
  ejsUrl: string;
  ejsId: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    transportWs: TransportWsFixtures;
  }
}

/** The test capability: the dialer sends `PING`s, the listener answers each with `ECHO` and greets once. */
export const TEST_CAPABILITY = { name: 'sktest', version: 1, length: 8 } as const;
export const TEST_CODES = { PING: 0, ECHO: 1, GREETING: 2 } as const;
export const GREETING = utf8ToBytes('hello from the listener');

/** Payload sizes that cross the carrier's 64 KiB message split. */
export const PAYLOAD_SIZES = [0, 1, 100, 1000, 10_000, 65_535, 65_536, 65_537, 200_000] as const;

/** The listener side of the test capability (the statuskit node in Node uses it). */
export const listenerProtocol: Protocol = {
  ...TEST_CAPABILITY,
  create(ctx: ProtocolContext) {
    ctx.send(TEST_CODES.GREETING, GREETING);
    return {
      onMessage(code, payload) {
        if (code === TEST_CODES.PING) ctx.send(TEST_CODES.ECHO, payload);
      },
    };
  },
};

/** What the dialer saw. */
export interface ExchangeResult {
  session: PeerSession;
  peer: PeerInfo;
  /** keccak-256 hex of each payload sent, and of each echo received, in order. */
  sent: string[];
  echoed: string[];
  greeting: Uint8Array | undefined;
}

/** Dials `remoteId` over `duplex`, sends a `PING` of every size, and waits for every echo. */
export async function dialAndExchange(
  duplex: Duplex,
  remoteId: string,
  timeoutMs = 20_000,
): Promise<ExchangeResult> {
  const c = nobleCrypto;
  const random = seededRandom(99);
  const payloads = PAYLOAD_SIZES.map((n) => random(n));
  const echoed: string[] = [];
  let greeting: Uint8Array | undefined;
  let ctx: ProtocolContext | undefined;
  const protocol: Protocol = {
    ...TEST_CAPABILITY,
    create(context) {
      ctx = context;
      return {
        onMessage(code, payload) {
          if (code === TEST_CODES.ECHO) echoed.push(toHex(c.keccak256(payload)));
          if (code === TEST_CODES.GREETING) greeting = payload;
        },
      };
    },
  };
  const session = createPeerSession({
    duplex,
    privateKey: c.secp256k1GeneratePrivateKey(),
    remoteId: fromHex(remoteId),
    protocols: [protocol],
    clientId: 'statuskit-dialer',
  });
  const peer = await session.ready;
  for (const p of payloads) {
    if (!ctx?.send(TEST_CODES.PING, p)) await ctx?.drained();
  }
  const deadline = Date.now() + timeoutMs;
  while (echoed.length < payloads.length || greeting === undefined) {
    if (Date.now() > deadline) throw new Error(`only ${echoed.length} echoes of ${payloads.length} arrived`);
    await new Promise((r) => setTimeout(r, 10));
  }
  return { session, peer, sent: payloads.map((p) => toHex(c.keccak256(p))), echoed, greeting };
}
