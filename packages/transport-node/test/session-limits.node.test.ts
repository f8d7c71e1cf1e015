/**
 * Session and server bounds over real loopback TCP (issue 17): a peer that stops reading is
 * disconnected once its send queue passes the bound or stalls; a fast sender is held back by TCP
 * flow control (the session pauses the socket) instead of filling our memory; the listener caps
 * open connections.
 */
import {
  createPeerServer,
  createPeerSession,
  DISCONNECT_REASONS,
  type PeerServerOptions,
  type PeerSession,
  type Protocol,
  type ProtocolContext,
} from '@statuskit/devp2p';
import { type Duplex, nobleCrypto } from '@statuskit/utils';
import { afterEach, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../test/support/wait.js';
import { type TcpListener, tcp } from '../src/index.js';

const c = nobleCrypto;
const transport = tcp({ highWaterMark: 64 * 1024 });
const cleanup: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const f of cleanup.splice(0).reverse()) await f();
});

function capability(onMessage: (payload: Uint8Array) => void | Promise<void> = () => {}) {
  const contexts: ProtocolContext[] = [];
  const protocol: Protocol = {
    name: 'test',
    version: 1,
    length: 8,
    create(ctx) {
      contexts.push(ctx);
      return { onMessage: (_code, payload) => onMessage(payload) };
    },
  };
  return { protocol, contexts };
}

async function serve(cap: ReturnType<typeof capability>, opts: Partial<PeerServerOptions> = {}) {
  const priv = c.secp256k1GeneratePrivateKey();
  const server = createPeerServer({ privateKey: priv, protocols: [cap.protocol], ...opts });
  const listener: TcpListener = await transport.listen({ host: '127.0.0.1', port: 0 }, server.accept);
  cleanup.push(() => listener.close());
  cleanup.push(() => server.close());
  const sessions: PeerSession[] = [];
  server.addEventListener('session:ready', (e) => sessions.push(e.detail.session));
  return { server, port: listener.address().port, id: c.secp256k1PublicKey(priv).subarray(1), sessions };
}

async function client(port: number, id: Uint8Array, cap = capability()) {
  const duplex: Duplex = await transport.dial('127.0.0.1', port);
  const session = createPeerSession({
    duplex,
    privateKey: c.secp256k1GeneratePrivateKey(),
    remoteId: id,
    protocols: [cap.protocol],
  });
  cleanup.push(() => {
    session.disconnect();
    // a paused socket never reads the server's FIN: end it here rather than wait out close's timer
    duplex.abort(new Error('test over'));
  });
  await session.ready;
  return { duplex, session, cap };
}

/** Sends incompressible 64 KiB messages, ignoring backpressure, until the session ends. */
async function flood(ctx: ProtocolContext, session: PeerSession): Promise<number> {
  let sent = 0;
  let ended = false;
  void session.closed.then(() => {
    ended = true;
  });
  while (!ended && sent < 4096) {
    for (let i = 0; i < 16 && !ended; i++) {
      try {
        ctx.send(1, c.randomBytes(64 * 1024));
        sent++;
      } catch {
        ended = true;
      }
    }
    await new Promise((r) => setImmediate(r));
  }
  return sent;
}

describe('a peer that stops reading', () => {
  it('is disconnected with NETWORK_ERROR once its send queue passes maxQueuedBytes', async () => {
    const cap = capability();
    const { port, id, sessions } = await serve(cap, { maxQueuedBytes: 2 * 1024 * 1024 });
    const { duplex } = await client(port, id);
    await waitUntil(() => sessions.length === 1, 'the server session');
    duplex.pauseReading?.();
    const serverSession = sessions[0] as PeerSession;
    const sent = await flood(cap.contexts[0] as ProtocolContext, serverSession);
    const info = await serverSession.closed;
    expect(info).toMatchObject({ local: true, reason: DISCONNECT_REASONS.NETWORK_ERROR });
    expect(info.error?.message).toMatch(/does not read/);
    // it stopped long before the 4096 × 64 KiB the flood would have queued
    expect(sent).toBeLessThan(4096);
  });

  it('is disconnected when its queue stays over the high-water mark for writeStallTimeoutMs', async () => {
    const cap = capability();
    const { port, id, sessions } = await serve(cap, { maxQueuedBytes: 1024 ** 3, writeStallTimeoutMs: 300 });
    const { duplex } = await client(port, id);
    await waitUntil(() => sessions.length === 1, 'the server session');
    duplex.pauseReading?.();
    const serverSession = sessions[0] as PeerSession;
    const ctx = cap.contexts[0] as ProtocolContext;
    // a well-behaved sender: stops at the first false and waits for drain, which never comes
    let more = true;
    while (more) {
      more = ctx.send(1, c.randomBytes(64 * 1024));
      if (more) await new Promise((r) => setImmediate(r));
    }
    const started = Date.now();
    const info = await serverSession.closed;
    expect(info).toMatchObject({ local: true, reason: DISCONNECT_REASONS.NETWORK_ERROR });
    expect(info.error?.name).toBe('TimeoutError');
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});

describe('a fast sender', () => {
  it('is held back by TCP flow control: unread input stays near the read high-water mark', async () => {
    const got: number[] = [];
    let maxUnread = 0;
    let server: PeerSession | undefined;
    const cap = capability(async (payload) => {
      maxUnread = Math.max(maxUnread, server?.unreadBytes ?? 0);
      got.push((payload[0] as number) | ((payload[1] as number) << 8));
      await new Promise((r) => setTimeout(r, 1));
    });
    const hwm = 128 * 1024;
    const s = await serve(cap, { readBudget: { highWaterMark: hwm } });
    const cl = await client(s.port, s.id);
    await waitUntil(() => s.sessions.length === 1, 'the server session');
    server = s.sessions[0];
    const ctx = cl.cap.contexts[0] as ProtocolContext;
    const count = 300;
    for (let i = 0; i < count; i++) {
      const p = c.randomBytes(16 * 1024);
      p[0] = i & 0xff;
      p[1] = i >> 8;
      if (!ctx.send(1, p)) await ctx.drained();
    }
    await waitUntil(() => got.length === count, 'every message', 20_000);
    expect(got).toEqual(Array.from({ length: count }, (_, i) => i));
    // without pausing, ~4.8 MB would queue up in the server while its handler is slow
    expect(maxUnread).toBeGreaterThan(0);
    expect(maxUnread).toBeLessThan(hwm + 192 * 1024);
  });
});

describe('tcp listener', () => {
  it('closes connections beyond maxConnections', async () => {
    const t = tcp({ maxConnections: 2 });
    const accepted: Duplex[] = [];
    const listener = await t.listen({ host: '127.0.0.1', port: 0 }, (d) => accepted.push(d));
    cleanup.push(() => listener.close());
    const port = listener.address().port;
    const dialed = await Promise.all([1, 2, 3].map(() => t.dial('127.0.0.1', port)));
    cleanup.push(() => {
      for (const d of [...dialed, ...accepted]) d.close();
    });
    await waitUntil(() => dialed.filter((d) => d.closed).length === 1, 'one refused connection');
    expect(accepted.length).toBe(2);
  });
});
