/**
 * Golden vectors from go-ethereum 1.9.7 (p2p/rlpx.go, p2p/peer.go, vendored golang/snappy):
 * rlpx-handshake.json, rlpx-frames.json, devp2p-hello.json. Every case of every kind runs.
 */
import { fromHex, nobleCrypto, type StreamingHash, toHex } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { allCases, casesOf, type VectorCase } from '../../../test/support/vectors.js';
import { FrameCodec } from '../src/frame.js';
import { createAck, createAuth, deriveSecrets, readAck, readAuth } from '../src/handshake.js';
import {
  decodeDisconnect,
  decodeHello,
  encodeDisconnect,
  encodeHello,
  matchCapabilities,
} from '../src/p2p.js';
import { snappyCompress, snappyDecompress } from '../src/snappy.js';

const c = nobleCrypto;
const h = (v: unknown) => fromHex(v as string);
const n = (v: unknown) => Number(v);
type Rec = Record<string, unknown>;

describe('rlpx-handshake.json', () => {
  it('has only the kinds this suite knows', () => {
    const known = new Set(['auth-decode', 'ack-decode', 'secrets', 'full-handshake']);
    for (const v of allCases('rlpx-handshake')) expect(known.has(v.kind)).toBe(true);
  });

  it.each(casesOf('rlpx-handshake', 'auth-decode'))('$id $name', (v) => {
    const e = v.expected as Rec;
    const auth = readAuth(h(v.recipient_static_privkey), h(v.packet));
    expect(auth.format).toBe(v.format);
    expect(toHex(auth.plaintext)).toBe(e.plaintext);
    expect(toHex(auth.signature)).toBe(e.signature);
    expect(toHex(auth.initiatorId)).toBe(e.initiator_static_pubkey);
    expect(toHex(auth.initiatorNonce)).toBe(e.initiator_nonce);
    expect(auth.version).toBe(n(e.version));
    expect(auth.extra.map(toHex)).toEqual(e.extra_list_elements_rlp);
    expect(toHex(auth.initiatorEphemeralPublicKey)).toBe(e.initiator_ephemeral_pubkey);
    const packet = h(v.packet);
    const ecies = v.format === 'legacy' ? packet.subarray(0, 65) : packet.subarray(2, 67);
    expect(toHex(ecies)).toBe(e.ecies_ephemeral_pubkey);
    expect(
      toHex(c.secp256k1Ecdh(h(v.recipient_static_privkey), c.secp256k1Decompress(auth.initiatorId))),
    ).toBe(e.static_shared_secret);
  });

  it.each(casesOf('rlpx-handshake', 'ack-decode'))('$id $name', (v) => {
    const e = v.expected as Rec;
    const ack = readAck(h(v.initiator_static_privkey), h(v.packet));
    expect(ack.format).toBe(v.format);
    expect(toHex(ack.plaintext)).toBe(e.plaintext);
    expect(toHex(ack.recipientEphemeralPublicKey)).toBe(e.recipient_ephemeral_pubkey);
    expect(toHex(ack.recipientNonce)).toBe(e.recipient_nonce);
    expect(ack.version).toBe(n(e.version));
    expect(ack.extra.map(toHex)).toEqual(e.extra_list_elements_rlp);
  });

  it.each(casesOf('rlpx-handshake', 'secrets'))('$id $name', (v) => {
    const e = v.expected as Rec;
    const common = {
      initiatorNonce: h(v.initiator_nonce),
      recipientNonce: h(v.recipient_nonce),
      authPacket: h(v.auth_packet),
      ackPacket: h(v.ack_packet),
    };
    const recipientEph = c.secp256k1PublicKey(h(v.recipient_ephemeral_privkey)).subarray(1);
    const initiatorEph = c.secp256k1PublicKey(h(v.initiator_ephemeral_privkey)).subarray(1);
    const ini = deriveSecrets({
      ...common,
      initiator: true,
      ephemeralPrivateKey: h(v.initiator_ephemeral_privkey),
      remoteEphemeralPublicKey: recipientEph,
    });
    const rec = deriveSecrets({
      ...common,
      initiator: false,
      ephemeralPrivateKey: h(v.recipient_ephemeral_privkey),
      remoteEphemeralPublicKey: initiatorEph,
    });
    for (const s of [ini, rec]) {
      expect(toHex(s.ephemeralSharedSecret)).toBe(e.ephemeral_shared_secret);
      expect(toHex(s.sharedSecret)).toBe(e.shared_secret);
      expect(toHex(s.aesSecret)).toBe(e.aes_secret);
      expect(toHex(s.macSecret)).toBe(e.mac_secret);
    }
    expect(toHex(ini.egressMac.digest())).toBe(e.initiator_egress_mac_digest);
    expect(toHex(ini.ingressMac.digest())).toBe(e.initiator_ingress_mac_digest);
    expect(toHex(rec.egressMac.digest())).toBe(e.recipient_egress_mac_digest);
    expect(toHex(rec.ingressMac.digest())).toBe(e.recipient_ingress_mac_digest);
    // §11.1: the published Auth/Ack packets themselves decode to the same keys and nonces.
    const auth = readAuth(h(v.recipient_static_privkey), h(v.auth_packet));
    expect(toHex(auth.initiatorNonce)).toBe(v.initiator_nonce);
    expect(auth.initiatorEphemeralPublicKey).toEqual(initiatorEph);
    expect(toHex(auth.initiatorId)).toBe(
      toHex(c.secp256k1PublicKey(h(v.initiator_static_privkey)).subarray(1)),
    );
    const ack = readAck(h(v.initiator_static_privkey), h(v.ack_packet));
    expect(toHex(ack.recipientNonce)).toBe(v.recipient_nonce);
    expect(ack.recipientEphemeralPublicKey).toEqual(recipientEph);
    rec.ingressMac.update(new TextEncoder().encode('foo'));
    expect(toHex(rec.ingressMac.digest())).toBe(e.recipient_ingress_mac_digest_after_foo);
  });

  it.each(casesOf('rlpx-handshake', 'full-handshake'))('$id $name', (v) => {
    const e = v.expected as Rec;
    const format = v.format as 'eip8' | 'legacy';
    const recipientId = c.secp256k1PublicKey(h(v.recipient_static_privkey)).subarray(1);
    const initiatorId = c.secp256k1PublicKey(h(v.initiator_static_privkey)).subarray(1);
    const auth = createAuth({
      privateKey: h(v.initiator_static_privkey),
      remoteId: recipientId,
      ephemeralPrivateKey: h(v.initiator_ephemeral_privkey),
      nonce: h(v.initiator_nonce),
      format,
      ...(v.auth_padding_length === undefined ? {} : { paddingLength: n(v.auth_padding_length) }),
      eciesEphemeralPrivateKey: h(v.auth_ecies_ephemeral_privkey),
      eciesIv: h(v.auth_ecies_iv),
    });
    if (e.auth_body_rlp !== undefined) expect(toHex(auth.body)).toBe(e.auth_body_rlp);
    expect(toHex(auth.signature)).toBe(e.auth_signature);
    expect(toHex(auth.packet)).toBe(e.auth_packet);
    const read = readAuth(h(v.recipient_static_privkey), auth.packet);
    expect(toHex(read.plaintext)).toBe(e.auth_plaintext);
    expect(read.format).toBe(format);
    const ack = createAck({
      remoteId: initiatorId,
      ephemeralPrivateKey: h(v.recipient_ephemeral_privkey),
      nonce: h(v.recipient_nonce),
      format: read.format,
      ...(v.ack_padding_length === undefined ? {} : { paddingLength: n(v.ack_padding_length) }),
      eciesEphemeralPrivateKey: h(v.ack_ecies_ephemeral_privkey),
      eciesIv: h(v.ack_ecies_iv),
    });
    if (e.ack_body_rlp !== undefined) expect(toHex(ack.body)).toBe(e.ack_body_rlp);
    expect(toHex(ack.packet)).toBe(e.ack_packet);
    const readBack = readAck(h(v.initiator_static_privkey), ack.packet);
    expect(toHex(readBack.plaintext)).toBe(e.ack_plaintext);
    const s = deriveSecrets({
      initiator: true,
      ephemeralPrivateKey: h(v.initiator_ephemeral_privkey),
      remoteEphemeralPublicKey: readBack.recipientEphemeralPublicKey,
      initiatorNonce: h(v.initiator_nonce),
      recipientNonce: readBack.recipientNonce,
      authPacket: auth.packet,
      ackPacket: ack.packet,
    });
    expect(toHex(s.aesSecret)).toBe(e.aes_secret);
    expect(toHex(s.macSecret)).toBe(e.mac_secret);
    expect(toHex(s.ephemeralSharedSecret)).toBe(e.ephemeral_shared_secret);
    expect(toHex(s.egressMac.digest())).toBe(e.initiator_egress_mac_digest);
    expect(toHex(s.ingressMac.digest())).toBe(e.initiator_ingress_mac_digest);
  });
});

/** A MAC "hash" that ignores writes and always digests to 32 × 0x01 (geth's TestRLPXFrameFake). */
function fakeHash(digest: Uint8Array): StreamingHash {
  const self: StreamingHash = {
    update: () => self,
    digest: () => digest.slice(),
    clone: () => self,
  };
  return self;
}

function bool(v: unknown): boolean {
  return v === true || v === 'True' || v === 'true';
}

describe('rlpx-frames.json', () => {
  it.each(casesOf('rlpx-frames', 'frame-sequence'))('$id $name', (v) => {
    // The writer's egress MAC is reconstructed from the handshake case it names, then checked.
    const hs = casesOf('rlpx-handshake', 'full-handshake').find((x) =>
      (v.name as string).startsWith(x.name as string),
    );
    expect(hs).toBeDefined();
    const hv = hs as VectorCase;
    const writerIsInitiator = (v.name as string).includes('initiator->recipient');
    const recipientEph = c.secp256k1PublicKey(h(hv.recipient_ephemeral_privkey)).subarray(1);
    const initiatorEph = c.secp256k1PublicKey(h(hv.initiator_ephemeral_privkey)).subarray(1);
    const he = hv.expected as Rec;
    const common = {
      initiatorNonce: h(hv.initiator_nonce),
      recipientNonce: h(hv.recipient_nonce),
      authPacket: h(he.auth_packet),
      ackPacket: h(he.ack_packet),
    };
    const writerSecrets = deriveSecrets({
      ...common,
      initiator: writerIsInitiator,
      ephemeralPrivateKey: h(
        writerIsInitiator ? hv.initiator_ephemeral_privkey : hv.recipient_ephemeral_privkey,
      ),
      remoteEphemeralPublicKey: writerIsInitiator ? recipientEph : initiatorEph,
    });
    const readerSecrets = deriveSecrets({
      ...common,
      initiator: !writerIsInitiator,
      ephemeralPrivateKey: h(
        writerIsInitiator ? hv.recipient_ephemeral_privkey : hv.initiator_ephemeral_privkey,
      ),
      remoteEphemeralPublicKey: writerIsInitiator ? initiatorEph : recipientEph,
    });
    expect(toHex(writerSecrets.aesSecret)).toBe(v.aes_secret);
    expect(toHex(writerSecrets.egressMac.digest())).toBe(v.writer_egress_mac_initial_digest);
    const writer = new FrameCodec(writerSecrets);
    const reader = new FrameCodec(readerSecrets);
    for (const m of v.messages as Rec[]) {
      const payload = h(m.payload);
      const body = bool(m.snappy) ? snappyCompress(payload) : payload;
      if (bool(m.snappy)) expect(toHex(body)).toBe(m.snappy_payload);
      const frame = writer.encode(n(m.code), body);
      expect(toHex(frame)).toBe(m.frame);
      expect(toHex(writer.egressDigest())).toBe(m.egress_mac_digest_after);
      reader.push(frame);
      const got = reader.next();
      expect(got?.code).toBe(n(m.code));
      const gotPayload = bool(m.snappy) ? snappyDecompress(got?.payload as Uint8Array) : got?.payload;
      expect(toHex(gotPayload as Uint8Array)).toBe(m.payload);
      expect(n(m.frame_size)).toBe(body.length + (n(m.code) < 128 ? 1 : 2));
    }
  });

  it.each(casesOf('rlpx-frames', 'fake-mac-frame'))('$id $name', (v) => {
    const digest = h(v.fake_mac_digest);
    const secrets = { aesSecret: h(v.aes_secret), macSecret: h(v.mac_secret) };
    const writer = new FrameCodec({ ...secrets, egressMac: fakeHash(digest), ingressMac: fakeHash(digest) });
    const reader = new FrameCodec({ ...secrets, egressMac: fakeHash(digest), ingressMac: fakeHash(digest) });
    for (const m of v.messages as Rec[]) {
      const frame = writer.encode(n(m.code), h(m.payload));
      expect(toHex(frame)).toBe(m.frame);
      reader.push(frame);
      const got = reader.next();
      expect(got?.code).toBe(n(m.code));
      expect(toHex(got?.payload as Uint8Array)).toBe(m.payload);
    }
  });
});

describe('devp2p-hello.json', () => {
  it.each(casesOf('devp2p-hello', 'hello-encode'))('$id $name', (v) => {
    const hello = v.hello as Rec;
    const caps = (hello.caps as Rec[]).map((x) => ({ name: x.name as string, version: n(x.version) }));
    const payload = encodeHello({
      protocolVersion: n(hello.protocol_version),
      clientId: hello.client_id as string,
      capabilities: caps,
      listenPort: n(hello.listen_port),
      nodeId: h(hello.node_id),
    });
    const e = v.expected as Rec;
    expect(toHex(payload)).toBe(e.payload_rlp);
    expect(`80${toHex(payload)}`).toBe(e.frame_content);
    const back = decodeHello(payload);
    expect(back.clientId).toBe(hello.client_id);
    expect(back.capabilities).toEqual(caps);
  });

  it.each(casesOf('devp2p-hello', 'hello-decode'))('$id $name', (v) => {
    const e = v.expected as Rec;
    const hello = decodeHello(h(v.payload_rlp));
    expect(hello.protocolVersion).toBe(n(e.protocol_version));
    expect(hello.clientId).toBe(e.client_id);
    expect(hello.capabilities).toEqual(
      (e.caps as Rec[]).map((x) => ({ name: x.name, version: n(x.version) })),
    );
    expect(hello.listenPort).toBe(n(e.listen_port));
    expect(toHex(hello.nodeId)).toBe(e.node_id);
    expect(hello.extra?.map(toHex)).toEqual(e.extra_list_elements_rlp);
  });

  it.each(casesOf('devp2p-hello', 'disconnect'))('$id $name', (v) => {
    const e = v.expected as Rec;
    const payload = encodeDisconnect(n(v.reason));
    expect(toHex(payload)).toBe(e.payload_rlp);
    expect(toHex(snappyCompress(payload))).toBe(e.snappy_payload);
    expect(`01${toHex(payload)}`).toBe(e.frame_content_no_snappy);
    expect(`01${e.snappy_payload}`).toBe(e.frame_content_snappy);
    expect(decodeDisconnect(snappyDecompress(h(e.snappy_payload)))).toBe(n(v.reason));
  });

  it.each([...casesOf('devp2p-hello', 'ping'), ...casesOf('devp2p-hello', 'pong')])('$id $name', (v) => {
    const e = v.expected as Rec;
    const code = toHex(Uint8Array.of(n(v.code)));
    expect(toHex(snappyCompress(h(e.payload_rlp)))).toBe(e.snappy_payload);
    expect(`${code}${e.payload_rlp}`).toBe(e.frame_content_no_snappy);
    expect(`${code}${e.snappy_payload}`).toBe(e.frame_content_snappy);
  });

  it.each(casesOf('devp2p-hello', 'cap-offsets'))('$id $name', (v) => {
    const local = (v.local_caps_length128 as Rec[]).map((x) => ({
      name: x.name as string,
      version: n(x.version),
      length: 128,
    }));
    const remote = (v.remote_caps as Rec[]).map((x) => ({ name: x.name as string, version: n(x.version) }));
    const running = matchCapabilities(local, remote);
    const e = v.expected as Rec;
    expect(running).toEqual(
      (e.running as Rec[]).map((x) => ({
        name: x.name,
        version: n(x.version),
        length: n(x.length),
        offset: n(x.offset),
      })),
    );
  });
});
