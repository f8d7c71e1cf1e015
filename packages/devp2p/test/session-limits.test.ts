/**
 * The receive and send bounds of a session (issue 17): read slices that give the event loop back,
 * handlers run one at a time in order, queued input counted as liveness, encrypted refusal before
 * Hello, and the frame codec's linear buffering.
 */
import { equalBytes, manualClock, memoryDuplexPair, nextMacrotask, nobleCrypto } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { waitUntil } from '../../../test/support/wait.js';
import { FrameCodec } from '../src/frame.js';
import { DISCONNECT_REASONS, type Protocol, type ProtocolContext } from '../src/protocol.js';
import { createPeerSession, type PeerSessionOptions } from '../src/session.js';

const c = nobleCrypto;

function keys() {
  const priv = c.secp256k1GeneratePrivateKey();
  return { priv, id: c.secp256k1PublicKey(priv).subarray(1) };
}

function capability(onMessage: (code: number, payload: Uint8Array) => void | Promise<void>) {
  const contexts: ProtocolContext[] = [];
  const protocol: Protocol = {
    name: 'test',
    version: 1,
    length: 8,
    create(ctx) {
      contexts.push(ctx);
      return { onMessage };
    },
  };
  return { protocol, contexts };
}

function pair(
  aHandler: (code: number, payload: Uint8Array) => void | Promise<void>,
  bHandler: (code: number, payload: Uint8Array) => void | Promise<void>,
  aOpts: Partial<PeerSessionOptions> = {},
  bOpts: Partial<PeerSessionOptions> = {},
) {
  const [da, db] = memoryDuplexPair();
  const a = keys();
  const b = keys();
  const ca = capability(aHandler);
  const cb = capability(bHandler);
  const sa = createPeerSession({
    duplex: da,
    privateKey: a.priv,
    remoteId: b.id,
    protocols: [ca.protocol],
    ...aOpts,
  });
  const sb = createPeerSession({ duplex: db, privateKey: b.priv, protocols: [cb.protocol], ...bOpts });
  return { sa, sb, ca, cb };
}

const until = (pred: () => boolean, what: string) => waitUntil(pred, what, 5_000, 5);

describe('session read budget', () => {
  it('yields a macrotask every readBudget.frames frames, so timers run during a burst', async () => {
    const received: number[] = [];
    let yields = 0;
    let timerSawCount = -1;
    const { sa, sb, ca } = pair(
      () => {},
      (_code, payload) => {
        if (received.length === 0) {
          setTimeout(() => {
            timerSawCount = received.length;
          }, 0);
        }
        received.push(payload[1] as number);
      },
      {},
      {
        readBudget: {
          frames: 10,
          yield: () => {
            yields++;
            return nextMacrotask();
          },
        },
      },
    );
    await Promise.all([sa.ready, sb.ready]);
    const yieldsBefore = yields;
    // 300 messages leave in one flush of the memory carrier: one task delivers them all
    for (let i = 0; i < 300; i++) ca.contexts[0]?.send(1, Uint8Array.of(0x81, i & 0xff));
    expect(ca.contexts[0]?.queuedBytes?.()).toBeGreaterThan(300 * 2);
    await until(() => received.length === 300, '300 messages');
    expect(ca.contexts[0]?.queuedBytes?.()).toBe(0);
    expect(received).toEqual(Array.from({ length: 300 }, (_, i) => i & 0xff));
    expect(yields - yieldsBefore).toBeGreaterThanOrEqual(30);
    // the timer set at the first message ran long before the last one was handled
    expect(timerSawCount).toBeGreaterThan(0);
    expect(timerSawCount).toBeLessThan(300);
    sa.disconnect();
    await sb.closed;
  });

  it('runs asynchronous handlers one at a time, in order', async () => {
    const order: number[] = [];
    let running = 0;
    let maxRunning = 0;
    const { sa, sb, ca } = pair(
      () => {},
      async (_code, payload) => {
        running++;
        maxRunning = Math.max(maxRunning, running);
        await new Promise((r) => setTimeout(r, (payload[1] as number) % 3));
        order.push(payload[1] as number);
        running--;
      },
    );
    await Promise.all([sa.ready, sb.ready]);
    for (let i = 0; i < 40; i++) ca.contexts[0]?.send(2, Uint8Array.of(0x81, i));
    await until(() => order.length === 40, '40 messages');
    expect(order).toEqual(Array.from({ length: 40 }, (_, i) => i));
    expect(maxRunning).toBe(1);
    sa.disconnect();
    await sb.closed;
  });

  it('counts received but unprocessed input as liveness for the idle timer', async () => {
    const clock = manualClock(0);
    let gated = false;
    const waiting: Array<() => void> = [];
    const gate = () => (gated ? new Promise<void>((r) => waiting.push(r)) : nextMacrotask());
    const received: number[] = [];
    const { sa, sb, ca } = pair(
      () => {},
      (_code, payload) => {
        received.push(payload[1] as number);
      },
      { clock, pingIntervalMs: 1_000_000, idleTimeoutMs: 1_000_000 },
      { clock, pingIntervalMs: 1_000_000, idleTimeoutMs: 3_000, readBudget: { yield: gate } },
    );
    await Promise.all([sa.ready, sb.ready]);
    // b's loop is "busy": its pump cannot run, so a's message stays queued
    gated = true;
    ca.contexts[0]?.send(1, Uint8Array.of(0x81, 7));
    await until(() => sb.unreadBytes > 0, 'queued input');
    let ended = false;
    void sb.closed.then(() => {
      ended = true;
    });
    clock.advance(10_000);
    await new Promise((r) => setTimeout(r, 20));
    expect(ended).toBe(false);
    expect(received).toEqual([]);
    gated = false;
    for (const w of waiting.splice(0)) w();
    await until(() => received.length === 1, 'the queued message');
    expect(sb.unreadBytes).toBe(0);
    // now genuinely silent: the idle timer ends it
    clock.advance(3_001);
    const info = await sb.closed;
    expect(info).toMatchObject({ local: true, reason: DISCONNECT_REASONS.PING_TIMEOUT });
    await sa.closed;
  });
});

describe('session admission', () => {
  it('refuses a peer after the handshake with an encrypted Disconnect (TooManyPeers)', async () => {
    const seen: Uint8Array[] = [];
    const a = keys();
    const { sa, sb } = pair(
      () => {},
      () => {},
      { privateKey: a.priv },
      {
        admit: (id) => {
          seen.push(id);
          return DISCONNECT_REASONS.TOO_MANY_PEERS;
        },
      },
    );
    const [ia, ib] = await Promise.all([sa.closed, sb.closed]);
    expect(seen).toEqual([a.id]);
    expect(ib).toMatchObject({ local: true, reason: DISCONNECT_REASONS.TOO_MANY_PEERS });
    expect(ia).toMatchObject({
      local: false,
      reason: DISCONNECT_REASONS.TOO_MANY_PEERS,
      reasonName: 'too_many_peers',
    });
    await expect(sa.ready).rejects.toThrow(/too_many_peers/);
  });
});

describe('FrameCodec buffering', () => {
  function codecs(maxFrameSize?: number) {
    const secrets = () => ({
      aesSecret: new Uint8Array(32).fill(1),
      macSecret: new Uint8Array(32).fill(2),
      egressMac: c.createKeccak256().update(Uint8Array.of(3)),
      ingressMac: c.createKeccak256().update(Uint8Array.of(3)),
    });
    const opts = maxFrameSize === undefined ? {} : { maxFrameSize };
    return { tx: new FrameCodec(secrets(), opts), rx: new FrameCodec(secrets(), opts) };
  }

  it('decodes frames split at any points, and many frames in one chunk', () => {
    const { tx, rx } = codecs();
    const sent = Array.from({ length: 60 }, (_, i) => new Uint8Array((i * 97) % 3000).fill(i));
    const wire = sent.map((p, i) => tx.encode(16 + (i % 8), p));
    const all = new Uint8Array(wire.reduce((n, w) => n + w.length, 0));
    let o = 0;
    for (const w of wire) {
      all.set(w, o);
      o += w.length;
    }
    const got: Uint8Array[] = [];
    let seed = 12345;
    for (let at = 0; at < all.length; ) {
      seed = (seed * 1103515245 + 12345) >>> 0;
      const n = 1 + (seed % 5000);
      rx.push(all.slice(at, at + n));
      at += n;
      for (let f = rx.next(); f !== undefined; f = rx.next()) got.push(f.payload);
    }
    expect(got.length).toBe(sent.length);
    for (let i = 0; i < sent.length; i++)
      expect(equalBytes(got[i] as Uint8Array, sent[i] as Uint8Array)).toBe(true);
    expect(rx.buffered).toBe(0);
  });

  it('buffers a 1 MiB frame pushed in 16-byte chunks in linear time', () => {
    const { tx, rx } = codecs();
    const payload = new Uint8Array(1024 * 1024);
    for (let i = 0; i < payload.length; i++) payload[i] = i * 7;
    const wire = tx.encode(16, payload);
    let frame: ReturnType<FrameCodec['next']>;
    // joining the whole buffer per push would copy ~34 GB here and time the test out
    for (let at = 0; at < wire.length; at += 16) {
      rx.push(wire.slice(at, at + 16));
      frame ??= rx.next();
    }
    expect(frame?.code).toBe(16);
    expect(equalBytes(frame?.payload ?? new Uint8Array(0), payload)).toBe(true);
  });

  it('defaults to a 1 MiB + 64 KiB frame limit and refuses larger frames in encode and next', () => {
    const { tx } = codecs();
    expect(tx.maxFrameSize).toBe(1024 * 1024 + 64 * 1024);
    expect(() => tx.encode(16, new Uint8Array(1024 * 1024 + 64 * 1024))).toThrow(RangeError);
    const big = codecs(0xffffff);
    const small = codecs();
    const wire = big.tx.encode(16, new Uint8Array(2 * 1024 * 1024));
    small.rx.push(wire.subarray(0, 32));
    expect(() => small.rx.next()).toThrow(
      expect.objectContaining({ name: 'FrameTooLargeError', size: 2 * 1024 * 1024 + 1 }),
    );
  });
});
