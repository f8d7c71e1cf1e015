/**
 * The bridge's allowlists and limits over real loopback sockets: each refusal arrives as its
 * documented close code while a witness connection on the same bridge keeps echoing; piping keeps
 * bytes intact under backpressure; a graceful shutdown leaves no socket open; TLS through a
 * caller's https server. Limits that depend on time run on a manual clock.
 */
import { readFileSync } from 'node:fs';
import { createServer as createHttpServer, type Server as HttpServer } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import { type AddressInfo, createConnection, type Socket } from 'node:net';
import { concatBytes, type Duplex, equalBytes, manualClock, seededRandom } from '@statuskit/utils';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { type Bridge, type BridgeOptions, CLOSE_CODES, createBridge } from '../src/bridge/index.js';
import { connectWebSocket } from '../src/index.js';
import { type EchoServer, echoServer, rawClient, until } from './node/helpers.js';

const random = seededRandom(7);
const cleanups: Array<() => unknown> = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

async function upstream(): Promise<EchoServer> {
  const echo = await echoServer();
  cleanups.push(() => echo.close());
  return echo;
}

async function bridgeWith(options: Partial<BridgeOptions>): Promise<{ bridge: Bridge; url: string }> {
  const bridge = await createBridge({ port: 0, origins: '*', ...options } as BridgeOptions);
  cleanups.push(() => bridge.close({ timeoutMs: 2_000 }));
  return { bridge, url: `ws://127.0.0.1:${bridge.address().port}` };
}

/** Collects what a duplex receives and how it closed. */
function watch(d: Duplex) {
  const chunks: Uint8Array[] = [];
  let closed: { error?: Error; local: boolean } | undefined;
  d.addEventListener('data', (e) => chunks.push(e.detail));
  d.addEventListener('close', (e) => {
    closed = e.detail;
  });
  return {
    bytes: () => concatBytes(...chunks),
    get closed() {
      return closed;
    },
  };
}

/** A connection through the bridge to the echo upstream that must keep working. */
async function witness(url: string, endpoint: string) {
  const duplex = await connectWebSocket(`${url}/?upstream=${endpoint}`, { WebSocket });
  cleanups.push(() => duplex.close());
  const w = watch(duplex);
  let sent: Uint8Array = new Uint8Array(0);
  return {
    duplex,
    /** Sends fresh bytes and waits for the upstream's echo of everything sent so far. */
    async check(): Promise<void> {
      const more = random(1000);
      sent = concatBytes(sent, more);
      duplex.send(more);
      await until(() => w.bytes().length >= sent.length, 'the witness echo');
      expect(equalBytes(w.bytes(), sent)).toBe(true);
      expect(w.closed).toBeUndefined();
    },
  };
}

describe('bridge: piping to an allowlisted upstream', () => {
  it('carries 8 MiB both ways intact, with backpressure, through a small high-water mark', async () => {
    const echo = await upstream();
    const { url } = await bridgeWith({
      upstreams: [echo.endpoint],
      limits: { maxBytesPerSecond: 1 << 30, highWaterMark: 64 * 1024 },
    });
    const duplex = await connectWebSocket(`${url}/?upstream=${echo.endpoint}`, { WebSocket });
    cleanups.push(() => duplex.close());
    const w = watch(duplex);
    const total = random(8 * 1024 * 1024);
    for (let o = 0; o < total.length; o += 100_000) {
      if (!duplex.send(total.subarray(o, o + 100_000))) await duplex.drained();
    }
    await until(() => w.bytes().length >= total.length, 'the echo of 8 MiB', 20_000);
    expect(equalBytes(w.bytes(), total)).toBe(true);
  });

  it('goes to the only upstream when none is named, and accepts enode and IPv6 allowlist entries', async () => {
    const echo = await upstream();
    const id = 'ab'.repeat(64);
    const one = await bridgeWith({ upstreams: [`enode://${id}@127.0.0.1:${echo.port}?discport=0`] });
    const w = await witness(one.url, echo.endpoint);
    await w.check();
    const implicit = await connectWebSocket(`${one.url}/`, { WebSocket });
    cleanups.push(() => implicit.close());
    const got = watch(implicit);
    implicit.send(Uint8Array.of(1, 2, 3));
    await until(() => got.bytes().length === 3, 'echo through the default upstream');

    const two = await bridgeWith({ upstreams: [{ host: '::1', port: 1 }, `127.0.0.1:${echo.port}`] });
    const none = rawClient(`${two.url}/`);
    expect((await none.closed).code).toBe(CLOSE_CODES.UPSTREAM_NOT_ALLOWED);
  });

  it('closes with UPSTREAM_FAILED when the allowlisted upstream is down', async () => {
    const echo = await upstream();
    const port = echo.port;
    await echo.close();
    const { url } = await bridgeWith({ upstreams: [`127.0.0.1:${port}`] });
    const c = rawClient(`${url}/?upstream=127.0.0.1:${port}`);
    expect(await c.closed).toEqual({ code: CLOSE_CODES.UPSTREAM_FAILED, reason: 'upstream failed' });
  });

  it('closes cleanly (1000) when the upstream ends the TCP connection', async () => {
    const echo = await upstream();
    const { url } = await bridgeWith({ upstreams: [echo.endpoint] });
    const duplex = await connectWebSocket(`${url}/?upstream=${echo.endpoint}`, { WebSocket });
    const w = watch(duplex);
    duplex.send(Uint8Array.of(9));
    await until(() => w.bytes().length === 1, 'echo');
    for (const s of echo.open) s.end();
    await until(() => w.closed !== undefined, 'close');
    expect(w.closed).toEqual({ local: false });
  });
});

describe('bridge: refusals carry documented close codes and leave other connections alone', () => {
  it('refuses an upstream that is not allowlisted (4001)', async () => {
    const echo = await upstream();
    const other = await upstream();
    const { bridge, url } = await bridgeWith({ upstreams: [echo.endpoint] });
    const w = await witness(url, echo.endpoint);
    const refusals: number[] = [];
    bridge.addEventListener('refused', (e) => refusals.push(e.detail.code));
    for (const target of [other.endpoint, 'example.com:30303', 'not-a-host', '127.0.0.1:0', '[::1]:30303']) {
      const c = rawClient(`${url}/?upstream=${encodeURIComponent(target)}`);
      expect(await c.closed).toEqual({
        code: CLOSE_CODES.UPSTREAM_NOT_ALLOWED,
        reason: 'upstream not allowed',
      });
    }
    expect(refusals).toEqual(Array(5).fill(CLOSE_CODES.UPSTREAM_NOT_ALLOWED));
    expect(other.open.size).toBe(0);
    await w.check();
  });

  it('refuses an Origin that is not allowlisted (4003), and a missing one when told to', async () => {
    const echo = await upstream();
    const { url } = await bridgeWith({
      upstreams: [echo.endpoint],
      origins: ['https://app.example'],
      allowMissingOrigin: false,
    });
    const target = `${url}/?upstream=${echo.endpoint}`;
    const ok = rawClient(target, { origin: 'https://app.example' });
    await ok.opened;
    ok.ws.send(Uint8Array.of(1, 2));
    await until(() => ok.received() === 2, 'echo for the allowed origin');
    for (const origin of ['https://evil.example', 'http://app.example', 'https://app.example:444']) {
      const bad = rawClient(target, { origin });
      expect(await bad.closed).toEqual({
        code: CLOSE_CODES.ORIGIN_NOT_ALLOWED,
        reason: 'origin not allowed',
      });
    }
    expect((await rawClient(target).closed).code).toBe(CLOSE_CODES.ORIGIN_NOT_ALLOWED);
    ok.ws.send(Uint8Array.of(3));
    await until(() => ok.received() === 3, 'echo after the refusals');
    ok.ws.close();
  });

  it('refuses connections past the per-address limit (4008) and accepts again once one closes', async () => {
    const echo = await upstream();
    const { bridge, url } = await bridgeWith({
      upstreams: [echo.endpoint],
      limits: { maxConnectionsPerAddress: 3 },
    });
    const w = await witness(url, echo.endpoint);
    const a = await connectWebSocket(`${url}/?upstream=${echo.endpoint}`, { WebSocket });
    const b = rawClient(`${url}/?upstream=${echo.endpoint}`);
    await b.opened;
    const over = rawClient(`${url}/?upstream=${echo.endpoint}`);
    expect(await over.closed).toEqual({
      code: CLOSE_CODES.TOO_MANY_CONNECTIONS,
      reason: 'too many connections from this address',
    });
    expect(bridge.connectionCount).toBe(3);
    await w.check();
    a.close();
    await until(() => bridge.connectionCount === 2, 'the closed connection to be released');
    const again = rawClient(`${url}/?upstream=${echo.endpoint}`);
    await again.opened;
    again.ws.send(Uint8Array.of(7));
    await until(() => again.received() === 1, 'echo on the new connection');
    again.ws.close();
    b.ws.close();
  });

  it('counts addresses from clientAddress, and refuses past the total limit (4008)', async () => {
    const echo = await upstream();
    let n = 0;
    const { url } = await bridgeWith({
      upstreams: [echo.endpoint],
      clientAddress: () => `10.0.0.${++n}`,
      limits: { maxConnectionsPerAddress: 1, maxConnections: 2 },
    });
    const w = await witness(url, echo.endpoint);
    const second = rawClient(`${url}/?upstream=${echo.endpoint}`);
    await second.opened;
    const third = rawClient(`${url}/?upstream=${echo.endpoint}`);
    expect(await third.closed).toEqual({ code: CLOSE_CODES.TOO_MANY_CONNECTIONS, reason: 'bridge full' });
    await w.check();
    second.ws.close();
  });

  it('refuses a message over maxMessageBytes (1009)', async () => {
    const echo = await upstream();
    const { bridge, url } = await bridgeWith({
      upstreams: [echo.endpoint],
      limits: { maxMessageBytes: 4096 },
    });
    const ends: Array<{ code: number; endedBy: string; bytesIn: number }> = [];
    bridge.addEventListener('close', (e) => ends.push(e.detail));
    const w = await witness(url, echo.endpoint);
    const c = rawClient(`${url}/?upstream=${echo.endpoint}`);
    await c.opened;
    c.ws.send(new Uint8Array(4096));
    await until(() => c.received() === 4096, 'the largest allowed message echoed');
    c.ws.send(new Uint8Array(4097));
    expect((await c.closed).code).toBe(CLOSE_CODES.MESSAGE_TOO_BIG);
    await until(() => ends.length === 1, 'the close event');
    expect(ends[0]).toMatchObject({ code: CLOSE_CODES.MESSAGE_TOO_BIG, endedBy: 'bridge', bytesIn: 4096 });
    await w.check();
  });

  it('refuses a text frame (1003)', async () => {
    const echo = await upstream();
    const { url } = await bridgeWith({ upstreams: [echo.endpoint] });
    const w = await witness(url, echo.endpoint);
    const c = rawClient(`${url}/?upstream=${echo.endpoint}`);
    await c.opened;
    c.ws.send('hello');
    expect(await c.closed).toEqual({ code: CLOSE_CODES.UNSUPPORTED_DATA, reason: 'binary frames only' });
    expect(c.received()).toBe(0);
    await w.check();
  });

  it('refuses a flood past the byte rate (4029); traffic within the rate passes as time goes by', async () => {
    const clock = manualClock();
    const echo = await upstream();
    const { url } = await bridgeWith({
      upstreams: [echo.endpoint],
      clock,
      limits: { maxBytesPerSecond: 10_000, burstBytes: 50_000, maxMessageBytes: 16_384 },
    });
    const w = await witness(url, echo.endpoint);
    // An honest client: 40 kB now, then 10 kB per (manual) second, never past the bucket.
    const honest = rawClient(`${url}/?upstream=${echo.endpoint}`);
    await honest.opened;
    await until(() => echo.open.size === 2, 'the upstream connection');
    for (let i = 0; i < 4; i++) honest.ws.send(new Uint8Array(10_000));
    await until(() => honest.received() === 40_000, 'the burst echoed');
    for (let i = 1; i <= 5; i++) {
      clock.advance(1_000);
      honest.ws.send(new Uint8Array(10_000));
      await until(() => honest.received() === 40_000 + i * 10_000, `second ${i} echoed`);
    }
    // A flood: 4 × 16 KiB at once is past the 50 kB bucket.
    const flood = rawClient(`${url}/?upstream=${echo.endpoint}`);
    await flood.opened;
    for (let i = 0; i < 4; i++) flood.ws.send(new Uint8Array(16_384));
    expect(await flood.closed).toEqual({ code: CLOSE_CODES.RATE_LIMITED, reason: 'rate limit exceeded' });
    expect(flood.received()).toBeLessThan(4 * 16_384);
    await w.check();
    honest.ws.send(new Uint8Array(100));
    await until(() => honest.received() === 90_100, 'the honest client still served');
    honest.ws.close();
  });

  it('closes a connection that sends nothing for idleTimeoutMs (4000)', async () => {
    const clock = manualClock();
    const echo = await upstream();
    const { url } = await bridgeWith({
      upstreams: [echo.endpoint],
      clock,
      limits: { idleTimeoutMs: 30_000 },
    });
    const c = rawClient(`${url}/?upstream=${echo.endpoint}`);
    await c.opened;
    await until(() => echo.open.size === 1, 'the upstream connection');
    clock.advance(20_000);
    c.ws.send(Uint8Array.of(1));
    await until(() => c.received() === 1, 'echo');
    clock.advance(20_000); // 20 s since the last byte: still open
    c.ws.send(Uint8Array.of(2));
    await until(() => c.received() === 2, 'echo');
    const w = await witness(url, echo.endpoint);
    await w.check();
    clock.advance(29_999);
    c.ws.send(Uint8Array.of(3));
    await until(() => c.received() === 3, 'echo');
    clock.advance(30_000);
    expect(await c.closed).toEqual({ code: CLOSE_CODES.IDLE_TIMEOUT, reason: 'idle' });
    // The witness was quiet too, and goes the same way: idleness is per connection.
    await until(() => w.duplex.closed, 'the idle witness closed');
  });

  it('destroys sockets that do not complete their upgrade request within requestTimeoutMs', async () => {
    const echo = await upstream();
    const { url, bridge } = await bridgeWith({
      upstreams: [echo.endpoint],
      limits: { requestTimeoutMs: 300 },
    });
    const port = bridge.address().port;
    const started = Date.now();
    const silent = createConnection({ host: '127.0.0.1', port });
    const slow = createConnection({ host: '127.0.0.1', port });
    cleanups.push(() => {
      silent.destroy();
      slow.destroy();
    });
    slow.write('GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n');
    const closed = (s: Socket) => new Promise<number>((r) => s.once('close', () => r(Date.now() - started)));
    const [a, b] = await Promise.all([closed(silent), closed(slow)]);
    expect(a).toBeLessThan(3_000);
    expect(b).toBeLessThan(3_000);
    // a connection that upgraded in time outlives the request timeout
    const w = await witness(url, echo.endpoint);
    await new Promise((r) => setTimeout(r, 500));
    await w.check();
  });

  it('serves only under its path; elsewhere the upgrade gets a 404', async () => {
    const echo = await upstream();
    const { url } = await bridgeWith({ upstreams: [echo.endpoint], path: '/rlpx' });
    const ok = rawClient(`${url}/rlpx?upstream=${echo.endpoint}`);
    await ok.opened;
    const elsewhere = rawClient(`${url}/other?upstream=${echo.endpoint}`);
    const status = await new Promise<number>((resolve) =>
      elsewhere.ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0)),
    );
    expect(status).toBe(404);
    ok.ws.close();
  });
});

describe('bridge: in-process mode', () => {
  it('hands each connection to onConnection with its info, and reports the close', async () => {
    const seen: Duplex[] = [];
    const { bridge, url } = await bridgeWith({
      origins: ['http://page.example'],
      onConnection: (duplex, info) => {
        expect(info).toMatchObject({ origin: 'http://page.example', path: '/x?y=1', upstream: undefined });
        seen.push(duplex);
        duplex.addEventListener('data', (e) => duplex.send(e.detail.map((b) => b ^ 0xff)));
      },
    });
    const ends: unknown[] = [];
    bridge.addEventListener('close', (e) => ends.push(e.detail));
    const c = rawClient(`${url}/x?y=1`, { origin: 'http://page.example' });
    await c.opened;
    c.ws.send(Uint8Array.of(0, 1, 2));
    await until(() => c.received() === 3, 'the reply');
    c.ws.close();
    await until(() => ends.length === 1, 'the close event');
    expect(ends[0]).toMatchObject({ code: 1005, endedBy: 'client', bytesIn: 3, bytesOut: 3 });
    expect(seen[0]?.closed).toBe(true);
  });

  it('closes with INTERNAL_ERROR (1011) when onConnection throws', async () => {
    const { url } = await bridgeWith({
      onConnection: () => {
        throw new Error('handler bug');
      },
    });
    expect(await rawClient(`${url}/`).closed).toEqual({
      code: CLOSE_CODES.INTERNAL_ERROR,
      reason: 'handler failed',
    });
  });

  it('reports a bridge-imposed close to the in-process duplex as a WebSocketCloseError', async () => {
    let server: Duplex | undefined;
    const { url } = await bridgeWith({
      onConnection: (d) => {
        server = d;
      },
      limits: { maxMessageBytes: 1024, burstBytes: 1024, maxBytesPerSecond: 1 },
      clock: manualClock(),
    });
    const c = rawClient(`${url}/`);
    await c.opened;
    await until(() => server !== undefined, 'the server duplex');
    const w = watch(server as Duplex);
    c.ws.send(new Uint8Array(1000));
    c.ws.send(new Uint8Array(1000));
    expect((await c.closed).code).toBe(CLOSE_CODES.RATE_LIMITED);
    await until(() => w.closed !== undefined, 'the duplex close');
    expect(w.bytes().length).toBe(1000);
    expect(w.closed?.error).toMatchObject({ name: 'WebSocketCloseError', code: CLOSE_CODES.RATE_LIMITED });
    expect(w.closed?.local).toBe(false);
  });
});

describe('bridge: graceful shutdown', () => {
  it('closes every connection with 1001 and the reason, ends every upstream, and leaves no socket open', async () => {
    const echo = await upstream();
    const locals: Duplex[] = [];
    const bridge = await createBridge({
      port: 0,
      origins: '*',
      upstreams: [echo.endpoint],
      onConnection: (d) => locals.push(d),
    });
    const url = `ws://127.0.0.1:${bridge.address().port}`;
    const clients = [
      ...Array.from({ length: 3 }, () => rawClient(`${url}/?upstream=${echo.endpoint}`)),
      ...Array.from({ length: 2 }, () => rawClient(`${url}/`)),
    ];
    await Promise.all(clients.map((c) => c.opened));
    await until(() => echo.open.size === 3 && locals.length === 2, 'upstreams and local duplexes');
    const localEnds = locals.map(watch);
    await bridge.close({ reason: 'maintenance' });
    for (const c of clients) {
      expect(await c.closed).toEqual({ code: CLOSE_CODES.GOING_AWAY, reason: 'maintenance' });
      expect(c.ws.readyState).toBe(WebSocket.CLOSED);
    }
    expect(echo.open.size).toBe(0);
    for (const e of localEnds) {
      expect(e.closed?.error).toMatchObject({ name: 'WebSocketCloseError', code: CLOSE_CODES.GOING_AWAY });
    }
    expect(bridge.connectionCount).toBe(0);
    expect(() => bridge.address()).toThrow(expect.objectContaining({ name: 'StatuskitError' }));
    await bridge.close(); // idempotent
  });

  it("on a caller's server: stops serving upgrades, closes its sockets, keeps the server listening", async () => {
    const echo = await upstream();
    const server: HttpServer = createHttpServer((_req, res) => res.end('app'));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const bridge = await createBridge({ server, origins: '*', upstreams: [echo.endpoint] });
    const url = `ws://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const clients = Array.from({ length: 3 }, () => rawClient(`${url}/?upstream=${echo.endpoint}`));
    await Promise.all(clients.map((c) => c.opened));
    await bridge.close();
    for (const c of clients) expect((await c.closed).code).toBe(CLOSE_CODES.GOING_AWAY);
    const open = await new Promise<number>((resolve) => server.getConnections((_e, n) => resolve(n)));
    expect(open).toBe(0);
    expect(echo.open.size).toBe(0);
    expect(server.listening).toBe(true);
    expect(server.listenerCount('upgrade')).toBe(0);
  });

  it('destroys connections whose peers do not answer the close within timeoutMs', async () => {
    const echo = await upstream();
    const { bridge, url } = await bridgeWith({ upstreams: [echo.endpoint] });
    const c = rawClient(`${url}/?upstream=${echo.endpoint}`);
    await c.opened;
    // A peer that stops reading never answers the close frame.
    (c.ws as unknown as { _socket: { pause(): void } })._socket.pause();
    const started = Date.now();
    await bridge.close({ timeoutMs: 300 });
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(bridge.connectionCount).toBe(0);
    expect(echo.open.size).toBe(0);
    c.ws.terminate();
  });
});

describe('bridge: TLS through a caller-provided https server', () => {
  it('serves wss:// and pipes through it', async () => {
    const fixtures = new URL('./node/fixtures/', import.meta.url);
    const cert = readFileSync(new URL('test-cert.pem', fixtures));
    const key = readFileSync(new URL('test-key.pem', fixtures));
    const server = createHttpsServer({ cert, key });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    cleanups.push(() => new Promise<void>((resolve) => server.close(() => resolve())));
    const echo = await upstream();
    const bridge = await createBridge({ server, origins: '*', upstreams: [echo.endpoint] });
    cleanups.push(() => bridge.close());
    const url = `wss://localhost:${(server.address() as AddressInfo).port}/?upstream=${echo.endpoint}`;
    const c = rawClient(url, { ca: cert });
    await c.opened;
    c.ws.send(new Uint8Array(5000));
    await until(() => c.received() === 5000, 'echo over TLS');
    const untrusted = rawClient(url);
    await expect(untrusted.opened).rejects.toThrow();
    c.ws.close();
  });
});

describe('bridge: options are checked', () => {
  const ok = { port: 0, origins: '*', upstreams: ['127.0.0.1:30303'] } as const;
  it.each([
    ['no upstream and no handler', { port: 0, origins: '*' }, TypeError, /upstreams, onConnection/],
    ['a malformed upstream', { ...ok, upstreams: ['127.0.0.1'] }, TypeError, /upstreams\[0\]/],
    [
      'an upstream object with a bad port',
      { ...ok, upstreams: [{ host: 'a', port: 0 }] },
      TypeError,
      /upstreams\[0\]/,
    ],
    ['origins missing', { port: 0, upstreams: ['a:1'] }, TypeError, /origins/],
    ['an origin with a path', { ...ok, origins: ['https://a.example/x'] }, TypeError, /origins\[0\]/],
    ['neither server nor port', { origins: '*', upstreams: ['a:1'] }, RangeError, /port/],
    ['both server and port', { ...ok, server: createHttpServer() }, TypeError, /server or port/],
    ['a bad limit', { ...ok, limits: { maxMessageBytes: 0 } }, RangeError, /limits\.maxMessageBytes/],
    [
      'a burst below one message',
      { ...ok, limits: { burstBytes: 10, maxMessageBytes: 100 } },
      RangeError,
      /burstBytes/,
    ],
    ['a relative path', { ...ok, path: 'x' }, TypeError, /path/],
  ])('rejects %s', (_what, options, type, message) => {
    expect(() => createBridge(options as unknown as BridgeOptions)).toThrow(type);
    expect(() => createBridge(options as unknown as BridgeOptions)).toThrow(message);
  });
});
