/**
 * A scripted peer plays the initiator by hand (our own handshake and frame functions), so it can
 * put exactly the bad bytes it wants on the wire after a valid handshake. Each kind of malformed
 * input must end the statuskit session with a typed error and, where the channel is still sound,
 * a Disconnect frame back to the peer.
 */
import { type Duplex, encodeRlp, memoryDuplexPair, nobleCrypto, uintToRlpBytes } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { FrameError } from '../src/errors.js';
import { DEFAULT_MAX_FRAME_SIZE, type Frame, FrameCodec, MAX_FRAME_SIZE } from '../src/frame.js';
import { createAuth, deriveSecrets, handshakeMessageLength, readAck } from '../src/handshake.js';
import { decodeDisconnect, encodeHello, P2P_CODES } from '../src/p2p.js';
import { DISCONNECT_REASONS, type Protocol } from '../src/protocol.js';
import { createPeerSession, type DisconnectInfo } from '../src/session.js';
import { snappyCompress, snappyDecompress } from '../src/snappy.js';

const c = nobleCrypto;
const proto: Protocol = { name: 'test', version: 1, length: 8, create: () => ({ onMessage: () => {} }) };

/** Collects bytes from `d` until `want(buffer)` is satisfied. */
function reader(d: Duplex) {
  let buf = new Uint8Array(0);
  let wake: (() => void) | undefined;
  d.addEventListener('data', (e) => {
    const n = new Uint8Array(buf.length + e.detail.length);
    n.set(buf);
    n.set(e.detail, buf.length);
    buf = n;
    wake?.();
  });
  return {
    async take(len: number): Promise<Uint8Array> {
      while (buf.length < len) await new Promise<void>((r) => (wake = r));
      const out = buf.slice(0, len);
      buf = buf.slice(len);
      return out;
    },
    get buffered() {
      return buf;
    },
    async frames(codec: FrameCodec): Promise<Frame[]> {
      await new Promise((r) => setTimeout(r, 20));
      codec.push(buf);
      buf = new Uint8Array(0);
      const out: Frame[] = [];
      for (let f = codec.next(); f !== undefined; f = codec.next()) out.push(f);
      return out;
    },
  };
}

async function scriptedPeer(opts: { maxFrameSize?: number; maxMessageSize?: number } = {}) {
  const [mine, theirs] = memoryDuplexPair();
  const bPriv = c.secp256k1GeneratePrivateKey();
  const bId = c.secp256k1PublicKey(bPriv).subarray(1);
  const session = createPeerSession({ duplex: theirs, privateKey: bPriv, protocols: [proto], ...opts });
  const aPriv = c.secp256k1GeneratePrivateKey();
  const eph = c.secp256k1GeneratePrivateKey();
  const nonce = c.randomBytes(32);
  const auth = createAuth({ privateKey: aPriv, remoteId: bId, ephemeralPrivateKey: eph, nonce });
  const r = reader(mine);
  mine.send(auth.packet);
  const head = await r.take(2);
  const size = handshakeMessageLength(head, 'ack', aPriv)?.length as number;
  const ackPacket = new Uint8Array(size);
  ackPacket.set(head);
  ackPacket.set(await r.take(size - 2), 2);
  const ack = readAck(aPriv, ackPacket);
  const secrets = deriveSecrets({
    initiator: true,
    ephemeralPrivateKey: eph,
    remoteEphemeralPublicKey: ack.recipientEphemeralPublicKey,
    initiatorNonce: nonce,
    recipientNonce: ack.recipientNonce,
    authPacket: auth.packet,
    ackPacket,
  });
  const codec = new FrameCodec(secrets, { maxFrameSize: MAX_FRAME_SIZE });
  const hello = encodeHello({
    protocolVersion: 5,
    clientId: 'scripted',
    capabilities: [{ name: 'test', version: 1 }],
    listenPort: 0,
    nodeId: c.secp256k1PublicKey(aPriv).subarray(1),
  });
  mine.send(codec.encode(P2P_CODES.HELLO, hello));
  await session.ready;
  return { mine, session, codec, r };
}

async function disconnectSent(p: Awaited<ReturnType<typeof scriptedPeer>>): Promise<number | undefined> {
  const frames = await p.r.frames(p.codec);
  const d = frames.find((f) => f.code === P2P_CODES.DISCONNECT);
  return d === undefined ? undefined : decodeDisconnect(snappyDecompress(d.payload));
}

describe('malformed input after a valid handshake', () => {
  it('a bad frame MAC ends the session with FrameError', async () => {
    const p = await scriptedPeer();
    const frame = p.codec.encode(0x10, snappyCompress(Uint8Array.of(0xc0)));
    frame[frame.length - 1] = (frame[frame.length - 1] as number) ^ 1;
    p.mine.send(frame);
    const info: DisconnectInfo = await p.session.closed;
    expect(info.error?.name).toBe('FrameError');
    expect(info.reason).toBe(DISCONNECT_REASONS.PROTOCOL_BREACH);
  });

  it('an oversized frame ends the session with FrameTooLargeError and a Disconnect', async () => {
    const p = await scriptedPeer({ maxFrameSize: 1024 });
    p.mine.send(p.codec.encode(0x10, new Uint8Array(2048)));
    const info = await p.session.closed;
    expect(info.error).toBeInstanceOf(FrameError);
    expect(info.error?.name).toBe('FrameTooLargeError');
    expect(info.error).toMatchObject({ size: 2049, limit: 1024 });
    expect(info.reason).toBe(DISCONNECT_REASONS.PROTOCOL_BREACH);
    expect(await disconnectSent(p)).toBe(DISCONNECT_REASONS.PROTOCOL_BREACH);
  });

  it('refuses a frame over the default limit (1 MiB + 64 KiB) from its header alone', async () => {
    const p = await scriptedPeer();
    const frame = p.codec.encode(0x10, new Uint8Array(DEFAULT_MAX_FRAME_SIZE));
    // only the header and its MAC: the body never needs to arrive
    p.mine.send(frame.subarray(0, 32));
    const info = await p.session.closed;
    expect(info.error?.name).toBe('FrameTooLargeError');
    expect(info.error).toMatchObject({ size: DEFAULT_MAX_FRAME_SIZE + 1, limit: DEFAULT_MAX_FRAME_SIZE });
  });

  it('refuses a message that decompresses past maxMessageSize', async () => {
    const p = await scriptedPeer({ maxMessageSize: 4096 });
    p.mine.send(p.codec.encode(0x10, snappyCompress(new Uint8Array(8192))));
    const info = await p.session.closed;
    expect(info.error?.name).toBe('SnappyError');
    expect(await disconnectSent(p)).toBe(DISCONNECT_REASONS.PROTOCOL_BREACH);
  });

  it('bad snappy ends the session with SnappyError and a Disconnect', async () => {
    const p = await scriptedPeer();
    p.mine.send(p.codec.encode(0x10, Uint8Array.of(0xff, 0xff, 0xff, 0xff, 0x0f, 0x00)));
    const info = await p.session.closed;
    expect(info.error?.name).toBe('SnappyError');
    expect(await disconnectSent(p)).toBe(DISCONNECT_REASONS.PROTOCOL_BREACH);
  });

  it('a message code that belongs to no capability ends the session with a Disconnect', async () => {
    const p = await scriptedPeer();
    p.mine.send(p.codec.encode(0x30, snappyCompress(encodeRlp([uintToRlpBytes(1)]))));
    const info = await p.session.closed;
    expect(info.error?.name).toBe('P2PProtocolError');
    expect(await disconnectSent(p)).toBe(DISCONNECT_REASONS.PROTOCOL_BREACH);
  });

  it('a second Hello ends the session with PROTOCOL_BREACH', async () => {
    const p = await scriptedPeer();
    p.mine.send(p.codec.encode(P2P_CODES.HELLO, Uint8Array.of(0xc0)));
    const info = await p.session.closed;
    expect(info).toMatchObject({ local: true, reason: DISCONNECT_REASONS.PROTOCOL_BREACH });
  });

  it('a garbled auth (invalid public key inside) ends with HandshakeError before any frame', async () => {
    const [mine, theirs] = memoryDuplexPair();
    const session = createPeerSession({
      duplex: theirs,
      privateKey: c.secp256k1GeneratePrivateKey(),
      protocols: [proto],
    });
    const garbage = c.randomBytes(400);
    garbage[0] = 0x01;
    garbage[1] = 0x8e; // a plausible EIP-8 size prefix (398)
    mine.send(garbage);
    const info = await session.closed;
    expect(info.error?.name).toBe('HandshakeError');
    expect(info.local).toBe(true);
  });
});
