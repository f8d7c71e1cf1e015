/**
 * Mutation fuzzing of every devp2p decoder: at least 10,000 mutated inputs each. A decoder may
 * accept an input or throw one of its typed errors; anything else (TypeError, RangeError from a
 * slice, a hang) fails the test.
 */
import {
  concatBytes,
  memoryDuplexPair,
  nobleCrypto,
  type RandomSource,
  seededRandom,
} from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { FrameCodec } from '../src/frame.js';
import { createAck, createAuth, deriveSecrets, readAck, readAuth } from '../src/handshake.js';
import { decodeDisconnect, decodeHello, encodeHello } from '../src/p2p.js';
import { createPeerSession } from '../src/session.js';
import { snappyCompress, snappyDecompress } from '../src/snappy.js';

const RUNS = 10_000;
const c = nobleCrypto;

function mutate(input: Uint8Array, rnd: RandomSource): Uint8Array {
  const r = rnd(4);
  const kind = (r[0] as number) % 5;
  const pos = input.length === 0 ? 0 : (((r[1] as number) << 8) | (r[2] as number)) % input.length;
  switch (kind) {
    case 0: {
      // flip 1–4 random bytes
      const out = input.slice();
      for (let i = 0; i <= ((r[3] as number) & 3) && out.length > 0; i++) {
        const p = ((rnd(2)[0] as number) * 257 + pos) % out.length;
        out[p] = (out[p] as number) ^ (1 + ((rnd(1)[0] as number) % 255));
      }
      return out;
    }
    case 1:
      return input.slice(0, pos); // truncate
    case 2:
      return concatBytes(input, rnd(1 + ((r[3] as number) % 64))); // extend
    case 3:
      return concatBytes(input.subarray(0, pos), rnd((r[3] as number) % 16), input.subarray(pos)); // insert
    default:
      return rnd(1 + ((((r[3] as number) << 4) | pos) % 700)); // garbage
  }
}

function expectTyped(fn: () => unknown, names: string[]): void {
  try {
    fn();
  } catch (err) {
    if (!names.includes((err as Error).name)) throw err;
  }
}

const a = { priv: c.secp256k1GeneratePrivateKey() };
const b = { priv: c.secp256k1GeneratePrivateKey() };
const aId = c.secp256k1PublicKey(a.priv).subarray(1);
const bId = c.secp256k1PublicKey(b.priv).subarray(1);

describe('devp2p fuzz', () => {
  it(`rejects ${RUNS} mutated auth and ack messages with HandshakeError only`, () => {
    const rnd = seededRandom(1);
    const auths = ['eip8', 'legacy'].map(
      (format) =>
        createAuth({
          privateKey: a.priv,
          remoteId: bId,
          ephemeralPrivateKey: c.secp256k1GeneratePrivateKey(),
          nonce: rnd(32),
          format: format as 'eip8' | 'legacy',
        }).packet,
    );
    const acks = ['eip8', 'legacy'].map(
      (format) =>
        createAck({
          remoteId: aId,
          ephemeralPrivateKey: c.secp256k1GeneratePrivateKey(),
          nonce: rnd(32),
          format: format as 'eip8' | 'legacy',
        }).packet,
    );
    let rejected = 0;
    for (let i = 0; i < RUNS; i++) {
      const auth = mutate(auths[i % 2] as Uint8Array, rnd);
      const ack = mutate(acks[i % 2] as Uint8Array, rnd);
      try {
        readAuth(b.priv, auth);
      } catch (err) {
        expect((err as Error).name).toBe('HandshakeError');
        rejected++;
      }
      expectTyped(() => readAck(a.priv, ack), ['HandshakeError']);
    }
    expect(rejected).toBeGreaterThan(RUNS * 0.95);
  }, 120_000); // ~13 s alone; CPU-bound, so give a loaded 2-core machine room

  it(`survives ${RUNS} mutated frames: FrameError only, never a wrong accept of a flipped MAC`, () => {
    const rnd = seededRandom(2);
    const w = deriveSecrets({
      initiator: true,
      ephemeralPrivateKey: new Uint8Array(32).fill(3),
      remoteEphemeralPublicKey: c.secp256k1PublicKey(new Uint8Array(32).fill(4)).subarray(1),
      initiatorNonce: new Uint8Array(32).fill(5),
      recipientNonce: new Uint8Array(32).fill(6),
      authPacket: Uint8Array.of(1),
      ackPacket: Uint8Array.of(2),
    });
    let accepted = 0;
    for (let i = 0; i < RUNS; i++) {
      // Fresh MAC states per run: the reader's ingress starts where the writer's egress does.
      const writer = new FrameCodec({
        ...w,
        egressMac: w.egressMac.clone(),
        ingressMac: w.ingressMac.clone(),
      });
      const reader = new FrameCodec({
        ...w,
        egressMac: w.ingressMac.clone(),
        ingressMac: w.egressMac.clone(),
      });
      const frame = writer.encode(16 + (i % 100), rnd(i % 300));
      const bad = mutate(frame, rnd);
      try {
        reader.push(bad);
        if (reader.next() !== undefined) accepted++;
      } catch (err) {
        expect((err as Error).name).toBe('FrameError');
      }
    }
    // Only mutations that leave the frame intact (an extension after it) may decode.
    expect(accepted).toBeLessThan(RUNS * 0.25);
  });

  it(`decodes or rejects ${RUNS} mutated Hello and Disconnect payloads with P2PProtocolError only`, () => {
    const rnd = seededRandom(3);
    const hello = encodeHello({
      protocolVersion: 5,
      clientId: 'statuskit/fuzz',
      capabilities: [
        { name: 'waku', version: 1 },
        { name: 'shh', version: 6 },
      ],
      listenPort: 30303,
      nodeId: aId,
    });
    for (let i = 0; i < RUNS; i++) {
      expectTyped(() => decodeHello(mutate(hello, rnd)), ['P2PProtocolError']);
      decodeDisconnect(mutate(Uint8Array.of(0xc1, 0x04), rnd)); // never throws
    }
  });

  it(`decompresses or rejects ${RUNS} mutated snappy blocks with SnappyError only`, () => {
    const rnd = seededRandom(4);
    const samples = [
      new Uint8Array(1000).fill(7),
      rnd(300),
      concatBytes(rnd(50), new Uint8Array(5000), rnd(50)),
    ].map(snappyCompress);
    for (let i = 0; i < RUNS; i++) {
      expectTyped(
        () => snappyDecompress(mutate(samples[i % 3] as Uint8Array, rnd), 1 << 20),
        ['SnappyError'],
      );
    }
  });

  it('ends a session fed garbage after the handshake with a typed error, 100 times', async () => {
    const rnd = seededRandom(5);
    for (let i = 0; i < 100; i++) {
      const [da, db] = memoryDuplexPair();
      const s = createPeerSession({ duplex: da, privateKey: a.priv, protocols: [] });
      db.send(rnd(1 + (i % 400)));
      db.send(rnd(400));
      const info = await Promise.race([s.closed, new Promise((r) => setTimeout(() => r('pending'), 30))]);
      if (info === 'pending') {
        s.disconnect();
        continue;
      }
      const err = (info as { error?: Error }).error;
      expect(['HandshakeError', 'ClosedError', 'EciesError', undefined]).toContain(err?.name);
    }
  });
});
