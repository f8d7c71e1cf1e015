/**
 * RLPx in the page through the WebSocket bridge (the bridge and the listeners run in Node, started
 * by the browser project's global setup): statuskit's devp2p completes the handshake and Hello with
 * a statuskit node behind the bridge's in-process mode, and with @ethereumjs/devp2p listening on
 * TCP behind its piping mode, then exchanges messages both ways.
 */
import { describe, expect, inject, it } from 'vitest';
import { connectWebSocket } from '../src/index.js';
import { dialAndExchange, GREETING } from './support/devp2p-exchange.js';

const fixtures = inject('transportWs');

describe('devp2p in Chromium over the WebSocket bridge', () => {
  it.each([
    ['a statuskit node in Node (in-process mode)', fixtures.nodeUrl, fixtures.nodeId, /statuskit-node/],
    ['@ethereumjs/devp2p on TCP (piping mode)', fixtures.ejsUrl, fixtures.ejsId, /ethereumjs/],
  ])('handshakes, says Hello and exchanges messages both ways with %s', async (_what, url, id, clientId) => {
    const duplex = await connectWebSocket(url);
    const r = await dialAndExchange(duplex, id);
    expect(r.peer.clientId).toMatch(clientId);
    expect(r.peer.capabilities).toContain('sktest/1');
    expect(r.session.snappy).toBe(true);
    expect(r.echoed).toEqual(r.sent);
    expect(r.greeting).toEqual(GREETING);
    r.session.disconnect();
    expect(await r.session.closed).toMatchObject({ local: true, reasonName: 'requested' });
  });
});
