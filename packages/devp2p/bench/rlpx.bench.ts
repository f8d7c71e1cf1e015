/**
 * statuskit's RLPx beside @ethereumjs/devp2p, measured in the same run: full EIP-8 handshakes (both
 * sides: auth, ack, secrets) and framing of 64 KiB messages (encrypt + MAC, then verify + decrypt).
 * vitest prints ops/s and the ratio; framed MiB/s = ops/s ÷ 16. statuskit runs with the default noble
 * provider and with @statuskit/crypto-fast's Node provider (`node+wasm`).
 */
import { ECIES } from '@ethereumjs/devp2p';
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import { type CryptoProvider, nobleCrypto as c } from '@statuskit/utils';
import { bench, describe } from 'vitest';
import { FrameCodec } from '../src/frame.js';
import { createAck, createAuth, deriveSecrets, readAck, readAuth } from '../src/handshake.js';

const aPriv = c.secp256k1GeneratePrivateKey();
const bPriv = c.secp256k1GeneratePrivateKey();
const aId = c.secp256k1PublicKey(aPriv).subarray(1);
const bId = c.secp256k1PublicKey(bPriv).subarray(1);
const MSG = new Uint8Array(64 * 1024).fill(0x5a);
const providers: CryptoProvider[] = [c, await createNodeCrypto()];

function ourHandshake(crypto: CryptoProvider = c) {
  const aEph = c.secp256k1GeneratePrivateKey();
  const bEph = c.secp256k1GeneratePrivateKey();
  const aNonce = c.randomBytes(32);
  const bNonce = c.randomBytes(32);
  const auth = createAuth({
    privateKey: aPriv,
    remoteId: bId,
    ephemeralPrivateKey: aEph,
    nonce: aNonce,
    crypto,
  });
  const got = readAuth(bPriv, auth.packet, crypto);
  const ack = createAck({
    remoteId: got.initiatorId,
    ephemeralPrivateKey: bEph,
    nonce: bNonce,
    format: got.format,
    crypto,
  });
  const back = readAck(aPriv, ack.packet, crypto);
  const common = {
    initiatorNonce: aNonce,
    recipientNonce: bNonce,
    authPacket: auth.packet,
    ackPacket: ack.packet,
  };
  const a = deriveSecrets({
    ...common,
    initiator: true,
    ephemeralPrivateKey: aEph,
    remoteEphemeralPublicKey: back.recipientEphemeralPublicKey,
    crypto,
  });
  const b = deriveSecrets({
    ...common,
    initiator: false,
    ephemeralPrivateKey: bEph,
    remoteEphemeralPublicKey: got.initiatorEphemeralPublicKey,
    crypto,
  });
  return [new FrameCodec(a, { crypto }), new FrameCodec(b, { crypto })] as const;
}

function ejsHandshake() {
  const a = new ECIES(aPriv, aId, bId, undefined as never);
  const b = new ECIES(bPriv, bId, null as never, undefined as never);
  const auth = a.createAuthEIP8() as Uint8Array;
  // ethereumjs's Peer sets these flags once it has sniffed the format; do as it does.
  (b as unknown as { _gotEIP8Auth: boolean })._gotEIP8Auth = true;
  b.parseAuthEIP8(auth);
  const ack = b.createAckEIP8() as Uint8Array;
  (a as unknown as { _gotEIP8Ack: boolean })._gotEIP8Ack = true;
  a.parseAckEIP8(ack);
  return [a, b] as const;
}

describe('RLPx handshake (EIP-8, both sides)', () => {
  for (const p of providers) {
    bench(`statuskit handshake (${p.name})`, () => {
      ourHandshake(p);
    });
  }
  bench('@ethereumjs/devp2p handshake (reference)', () => {
    ejsHandshake();
  });
});

describe('RLPx framing, 64 KiB messages (write + read)', () => {
  const [ew, er] = ejsHandshake();
  for (const p of providers) {
    const [ow, or] = ourHandshake(p);
    bench(`statuskit frame codec (${p.name})`, () => {
      or.push(ow.encode(0x10, MSG));
      if (or.next()?.payload.length !== MSG.length) throw new Error('frame lost');
    });
  }
  bench('@ethereumjs/devp2p frame codec (reference)', () => {
    const msg = new Uint8Array(MSG.length + 1);
    msg[0] = 0x10;
    msg.set(MSG, 1);
    const header = ew.createBlockHeader(msg.length) as Uint8Array;
    const body = ew.createBody(msg) as Uint8Array;
    const size = er.parseHeader(header) as number;
    const out = er.parseBody(body) as Uint8Array;
    if (size !== msg.length || out.length !== msg.length) throw new Error('frame lost');
  });
});
