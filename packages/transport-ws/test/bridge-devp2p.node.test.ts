/**
 * RLPx end to end through the bridge in Node (`ws` as the WebSocket class), the same exchange the
 * Chromium test runs: the handshake and Hello with a statuskit node behind the in-process mode and
 * with `@ethereumjs/devp2p` behind the piping mode, then PINGs of every size echoed back and a
 * greeting from the listener.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { connectWebSocket } from '../src/index.js';
import { startFixtureServers } from './node/fixture-servers.js';
import { dialAndExchange, GREETING } from './support/devp2p-exchange.js';

const servers = await startFixtureServers();
afterAll(() => servers.close());
const { fixtures } = servers;

describe('devp2p over the WebSocket bridge (Node client)', () => {
  it.each([
    ['a statuskit node in-process', fixtures.nodeUrl, fixtures.nodeId, /statuskit-node/],
    ['@ethereumjs/devp2p on TCP behind the bridge', fixtures.ejsUrl, fixtures.ejsId, /ethereumjs/],
  ])('handshakes and exchanges messages both ways with %s', async (_what, url, id, clientId) => {
    const duplex = await connectWebSocket(url, { WebSocket });
    const r = await dialAndExchange(duplex, id);
    expect(r.peer.clientId).toMatch(clientId);
    expect(r.session.snappy).toBe(true);
    expect(r.echoed).toEqual(r.sent);
    expect(r.greeting).toEqual(GREETING);
    r.session.disconnect();
    await r.session.closed;
  });
});
