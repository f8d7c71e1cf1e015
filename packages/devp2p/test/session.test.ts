import { type Duplex, manualClock, memoryDuplexPair, nobleCrypto, toHex } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { waitUntil } from '../../../test/support/wait.js';
import { DISCONNECT_REASONS, type Protocol, type ProtocolContext } from '../src/protocol.js';
import { createPeerSession } from '../src/session.js';

const c = nobleCrypto;

/** A test capability that records what arrives and exposes its context. */
function recorder(name = 'test', version = 1) {
  const received: Array<{ code: number; payload: Uint8Array }> = [];
  const contexts: ProtocolContext[] = [];
  const closes: Array<{ reason?: number; local: boolean }> = [];
  const protocol: Protocol = {
    name,
    version,
    length: 8,
    create(ctx) {
      contexts.push(ctx);
      return {
        onMessage: (code, payload) => {
          received.push({ code, payload });
        },
        onClose: (info) => closes.push(info),
      };
    },
  };
  return { protocol, received, contexts, closes };
}

function keys() {
  const priv = c.secp256k1GeneratePrivateKey();
  return { priv, id: c.secp256k1PublicKey(priv).subarray(1) };
}

const until = (pred: () => boolean, what: string) => waitUntil(pred, what, 2_000, 5);

function pair(opts: { aProtocols?: Protocol[]; bProtocols?: Protocol[]; legacy?: boolean } = {}) {
  const [da, db] = memoryDuplexPair();
  const a = keys();
  const b = keys();
  const ra = recorder();
  const rb = recorder();
  const sa = createPeerSession({
    duplex: da,
    privateKey: a.priv,
    remoteId: b.id,
    protocols: opts.aProtocols ?? [ra.protocol],
    clientId: 'statuskit-a',
    ...(opts.legacy ? { authFormat: 'legacy' as const } : {}),
  });
  const sb = createPeerSession({
    duplex: db,
    privateKey: b.priv,
    protocols: opts.bProtocols ?? [rb.protocol],
    clientId: 'statuskit-b',
  });
  return { sa, sb, ra, rb, a, b, da, db };
}

describe('devp2p session over an in-memory Duplex', () => {
  for (const legacy of [false, true]) {
    it(`completes the handshake (${legacy ? 'legacy' : 'EIP-8'} auth) and Hello, then exchanges messages both ways`, async () => {
      const { sa, sb, ra, rb, a, b } = pair({ legacy });
      const [pa, pb] = await Promise.all([sa.ready, sb.ready]);
      expect(toHex(pa.id)).toBe(toHex(b.id));
      expect(toHex(pb.id)).toBe(toHex(a.id));
      expect(pa.clientId).toBe('statuskit-b');
      expect(sa.snappy).toBe(true);
      expect(sa.capabilities).toEqual([{ name: 'test', version: 1, length: 8, offset: 16 }]);
      const ca = ra.contexts[0] as ProtocolContext;
      const cb = rb.contexts[0] as ProtocolContext;
      for (let i = 0; i < 50; i++) {
        ca.send(i % 8, Uint8Array.of(0xc1, i));
        cb.send(7 - (i % 8), new Uint8Array(1000 * i).fill(i));
      }
      await until(() => rb.received.length === 50 && ra.received.length === 50, 'messages');
      expect(rb.received.map((m) => m.code)).toEqual(Array.from({ length: 50 }, (_, i) => i % 8));
      expect(ra.received[49]?.payload.length).toBe(49_000);
      expect(ra.received[49]?.payload.every((x) => x === 49)).toBe(true);
      sa.disconnect(DISCONNECT_REASONS.CLIENT_QUITTING);
      const [ia, ib] = await Promise.all([sa.closed, sb.closed]);
      expect(ia).toMatchObject({ local: true, reason: 8, reasonName: 'client_quitting' });
      expect(ib).toMatchObject({ local: false, reason: 8 });
      expect(rb.closes[0]).toMatchObject({ reason: 8, local: false });
    });
  }

  it('multiplexes several capabilities on their ID offsets', async () => {
    const x1 = recorder('aaa', 1);
    const y1 = recorder('bbb', 2);
    const x2 = recorder('aaa', 1);
    const y2 = recorder('bbb', 2);
    const { sa, sb } = pair({
      aProtocols: [y1.protocol, x1.protocol],
      bProtocols: [x2.protocol, y2.protocol],
    });
    await Promise.all([sa.ready, sb.ready]);
    expect(sa.capabilities.map((k) => [k.name, k.offset])).toEqual([
      ['aaa', 16],
      ['bbb', 24],
    ]);
    x1.contexts[0]?.send(3, Uint8Array.of(0xc0));
    y1.contexts[0]?.send(5, Uint8Array.of(0x80));
    await until(() => x2.received.length === 1 && y2.received.length === 1, 'messages');
    expect(x2.received[0]?.code).toBe(3);
    expect(y2.received[0]?.code).toBe(5);
    expect(() => x1.contexts[0]?.send(8, Uint8Array.of(0xc0))).toThrow(RangeError);
  });

  it('ends with USELESS_PEER when no capability is shared, on both sides', async () => {
    const { sa, sb } = pair({
      aProtocols: [recorder('one').protocol],
      bProtocols: [recorder('two').protocol],
    });
    const [ia, ib] = await Promise.all([sa.closed, sb.closed]);
    expect(ia.reason).toBe(DISCONNECT_REASONS.USELESS_PEER);
    expect(ib.reason).toBe(DISCONNECT_REASONS.USELESS_PEER);
    await expect(sa.ready).rejects.toBeInstanceOf(Error);
  });

  it('rejects a dial to the wrong identity', async () => {
    const [da, db] = memoryDuplexPair();
    const a = keys();
    const b = keys();
    const wrong = keys();
    const sa = createPeerSession({
      duplex: da,
      privateKey: a.priv,
      remoteId: wrong.id,
      protocols: [recorder().protocol],
    });
    const sb = createPeerSession({ duplex: db, privateKey: b.priv, protocols: [recorder().protocol] });
    const ib = await sb.closed;
    expect(ib.error?.name).toBe('HandshakeError');
    expect(ib.local).toBe(true);
    const ia = await sa.closed;
    expect(ia.local).toBe(false);
  });

  it('a handler that throws disconnects the peer with PROTOCOL_BREACH (or its own reason)', async () => {
    const bad: Protocol = {
      name: 'test',
      version: 1,
      length: 8,
      create: () => ({
        onMessage: () => {
          throw Object.assign(new Error('bad message'), { reason: DISCONNECT_REASONS.SUBPROTOCOL_ERROR });
        },
      }),
    };
    const ra = recorder();
    const { sa, sb } = pair({ aProtocols: [ra.protocol], bProtocols: [bad] });
    await Promise.all([sa.ready, sb.ready]);
    ra.contexts[0]?.send(1, Uint8Array.of(0xc0));
    const [ia, ib] = await Promise.all([sa.closed, sb.closed]);
    expect(ib).toMatchObject({ local: true, reason: DISCONNECT_REASONS.SUBPROTOCOL_ERROR });
    expect(ia).toMatchObject({ local: false, reason: DISCONNECT_REASONS.SUBPROTOCOL_ERROR });
  });

  it('times out a silent peer with the injected clock and pings a live one', async () => {
    const clock = manualClock(0);
    const [da, db] = memoryDuplexPair();
    const a = keys();
    const b = keys();
    const sent: number[] = [];
    const spy: Duplex = db;
    spy.addEventListener('data', (e) => sent.push(e.detail.length));
    const sa = createPeerSession({
      duplex: da,
      privateKey: a.priv,
      remoteId: b.id,
      protocols: [recorder().protocol],
      clock,
    });
    // Nobody answers on the other end: the handshake timer fires.
    await until(() => sent.length > 0, 'auth');
    clock.advance(5_001);
    const info = await sa.closed;
    expect(info.error?.name).toBe('TimeoutError');
    expect(info.reason).toBe(DISCONNECT_REASONS.PING_TIMEOUT);
  });

  it('keeps a ready session alive with Ping/Pong and ends it when the peer goes silent', async () => {
    const clock = manualClock(0);
    // a ⇄ relay ⇄ b, where the relay can silently drop b's traffic to a.
    const [da, x] = memoryDuplexPair();
    const [y, db] = memoryDuplexPair();
    let mute = false;
    x.addEventListener('data', (e) => y.send(e.detail));
    y.addEventListener('data', (e) => {
      if (!mute) x.send(e.detail);
    });
    const a = keys();
    const b = keys();
    const opts = { protocols: [recorder().protocol], clock, pingIntervalMs: 1_000, idleTimeoutMs: 3_000 };
    const sa = createPeerSession({ duplex: da, privateKey: a.priv, remoteId: b.id, ...opts });
    const sb = createPeerSession({ duplex: db, privateKey: b.priv, ...opts });
    await Promise.all([sa.ready, sb.ready]);
    let aDone = false;
    void sa.closed.then(() => {
      aDone = true;
    });
    for (let i = 0; i < 10; i++) {
      clock.advance(1_000);
      await new Promise((r) => setTimeout(r, 10));
    }
    expect(aDone).toBe(false);
    mute = true;
    for (let i = 0; i < 4; i++) {
      clock.advance(1_000);
      await new Promise((r) => setTimeout(r, 10));
    }
    const info = await sa.closed;
    expect(info).toMatchObject({ local: true, reason: DISCONNECT_REASONS.PING_TIMEOUT });
    expect(info.error?.name).toBe('TimeoutError');
  });
});
