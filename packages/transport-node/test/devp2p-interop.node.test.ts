/**
 * Interop with an independent RLPx implementation: @ethereumjs/devp2p 10 over loopback TCP, both
 * directions, with a shared test capability, 100 snappy-compressed messages each way from 0 bytes
 * to 1 MiB, and each side seeing the other's Disconnect reason.
 */
import { DISCONNECT_REASON, RLPx } from '@ethereumjs/devp2p';
import {
  createPeerSession,
  DISCONNECT_REASONS,
  type PeerSession,
  type Protocol,
  snappyCompress,
} from '@statuskit/devp2p';
import { nobleCrypto, seededRandom, toHex } from '@statuskit/utils';
import { afterEach, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../test/support/wait.js';
import { tcp } from '../src/index.js';

const c = nobleCrypto;
const N = 100;
/** Payload sizes from 0 bytes to 1 MiB, growing geometrically. */
const sizes = Array.from({ length: N }, (_, i) => (i === 0 ? 0 : Math.round(2 ** ((20 * i) / (N - 1)))));
const random = seededRandom(42);
const payloads = sizes.map((n) => random(n));
const digest = (b: Uint8Array) => toHex(c.keccak256(b));

/** The ethereumjs side of the test capability: records what arrives, can send. */
class EjsTest {
  static received: Uint8Array[] = [];
  static last: EjsTest | undefined;
  readonly #send: (code: number, data: Uint8Array) => void;
  constructor(_version: number, _peer: unknown, send: (code: number, data: Uint8Array) => void) {
    this.#send = send;
    EjsTest.last = this;
  }
  _handleMessage(_code: number, data: Uint8Array): void {
    EjsTest.received.push(data);
  }
  sendPayload(code: number, data: Uint8Array): void {
    // ethereumjs leaves compression to the subprotocol (as its eth protocol does).
    this.#send(code, snappyCompress(data));
  }
}

function ours() {
  const received: Uint8Array[] = [];
  let ctx: Parameters<Protocol['create']>[0] | undefined;
  const protocol: Protocol = {
    name: 'sktest',
    version: 1,
    length: 8,
    create(context) {
      ctx = context;
      return { onMessage: (_code, payload) => void received.push(payload) };
    },
  };
  return { protocol, received, ctx: () => ctx };
}

const until = (pred: () => boolean, what: string) => waitUntil(pred, what, 60_000, 20);

const ejsKey = c.secp256k1GeneratePrivateKey();
const ejsId = c.secp256k1PublicKey(ejsKey).subarray(1);
const ourKey = c.secp256k1GeneratePrivateKey();
const ourId = c.secp256k1PublicKey(ourKey).subarray(1);

function ejsNode(): RLPx {
  return new RLPx(ejsKey, {
    capabilities: [{ name: 'sktest', version: 1, length: 8, constructor: EjsTest as never }],
    common: undefined as never,
    maxPeers: 5,
    timeout: 20_000,
  });
}

const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const f of cleanups.splice(0)) await f();
  EjsTest.received = [];
  EjsTest.last = undefined;
});

async function exchange(session: PeerSession, side: ReturnType<typeof ours>): Promise<void> {
  await session.ready;
  await until(() => EjsTest.last !== undefined, 'ethereumjs protocol');
  const ctx = side.ctx();
  expect(ctx).toBeDefined();
  for (let i = 0; i < N; i++) {
    if (!ctx?.send(i % 8, payloads[i] as Uint8Array)) await ctx?.drained();
    EjsTest.last?.sendPayload(i % 8, payloads[i] as Uint8Array);
  }
  await until(() => EjsTest.received.length === N && side.received.length === N, `${N} messages each way`);
  expect(EjsTest.received.map(digest)).toEqual(payloads.map(digest));
  expect(side.received.map(digest)).toEqual(payloads.map(digest));
  expect(session.snappy).toBe(true);
}

describe('devp2p interop with @ethereumjs/devp2p over loopback TCP', () => {
  it('statuskit dials ethereumjs; ethereumjs sees our Disconnect reason', async () => {
    const ejs = ejsNode();
    cleanups.push(() => ejs.destroy());
    ejs.listen(0, '127.0.0.1');
    await new Promise<void>((r) => ejs.events.once('listening', () => r()));
    const port = (ejs as unknown as { _server: { address(): { port: number } } })._server.address().port;
    const removed = new Promise<{ reason: number; byUs: boolean }>((resolve) =>
      ejs.events.once('peer:removed', (_peer, reason, disconnectWe) =>
        resolve({ reason: Number(reason), byUs: !!disconnectWe }),
      ),
    );
    const side = ours();
    const duplex = await tcp().dial('127.0.0.1', port);
    const session = createPeerSession({
      duplex,
      privateKey: ourKey,
      remoteId: ejsId,
      protocols: [side.protocol],
      clientId: 'statuskit-test',
    });
    await exchange(session, side);
    expect(session.peer?.clientId).toMatch(/ethereumjs/);
    session.disconnect(DISCONNECT_REASONS.CLIENT_QUITTING);
    const r = await removed;
    expect(r.reason).toBe(DISCONNECT_REASON.CLIENT_QUITTING);
    expect(r.byUs).toBe(false);
  });

  it('ethereumjs dials statuskit; statuskit sees their Disconnect reason', async () => {
    const side = ours();
    let session: PeerSession | undefined;
    const listener = await tcp().listen({ host: '127.0.0.1', port: 0 }, (duplex) => {
      session = createPeerSession({ duplex, privateKey: ourKey, protocols: [side.protocol] });
    });
    cleanups.push(() => listener.close());
    const ejs = ejsNode();
    cleanups.push(() => ejs.destroy());
    await ejs.connect({ id: ourId, address: '127.0.0.1', tcpPort: listener.address().port });
    await until(() => session !== undefined, 'inbound session');
    const s = session as PeerSession;
    await exchange(s, side);
    expect(toHex((s.peer as { id: Uint8Array }).id)).toBe(toHex(ejsId));
    const peers = ejs.getPeers();
    expect(peers.length).toBe(1);
    peers[0]?.disconnect(DISCONNECT_REASON.USELESS_PEER);
    const info = await s.closed;
    expect(info).toMatchObject({ local: false, reason: DISCONNECT_REASONS.USELESS_PEER });
  });
});
