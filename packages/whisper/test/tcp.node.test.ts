/**
 * statuskit nodes over real devp2p sessions on loopback TCP (@statuskit/transport-node +
 * @statuskit/devp2p `createPeerSession`), with the system clock: relay along a line, a light node,
 * a PoW requirement, a mailserver catch-up with cursor paging, and a misbehaving peer.
 */
import {
  createPeerSession,
  DISCONNECT_REASONS,
  type DisconnectInfo,
  type PeerSession,
  type Protocol,
  type ProtocolContext,
} from '@statuskit/devp2p';
import { tcp } from '@statuskit/transport-node';
import { encodeRlp, memoryStorage, nobleCrypto, uintToRlpBytes } from '@statuskit/utils';
import { afterEach, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../test/support/wait.js';
import {
  createEnvelope,
  createMailserver,
  createMailserverClient,
  createWhisperNode,
  encodeEnvelope,
  encodeRawList,
  encodeWakuStatus,
  type ReceivedMessage,
  sealEnvelope,
  symKeyFromPassword,
  type WhisperNode,
  type WhisperNodeOptions,
} from '../src/index.js';

const c = nobleCrypto;
const transport = tcp();
const symKey = c.keccak256(Uint8Array.of(1));
const T1 = Uint8Array.of(0xcd, 0x42, 0x37, 0x60);
const T2 = Uint8Array.of(0x92, 0x82, 0xf4, 0xc4);

interface Host {
  name: string;
  privateKey: Uint8Array;
  id: Uint8Array;
  node: WhisperNode;
  port: number;
  sessions: PeerSession[];
  messages: ReceivedMessage[];
  close(): Promise<void>;
}

const hosts: Host[] = [];
afterEach(async () => {
  for (const h of hosts.splice(0)) await h.close();
});

async function host(
  name: string,
  options: WhisperNodeOptions = {},
  protocols?: (node: WhisperNode) => readonly Protocol[],
): Promise<Host> {
  const privateKey = c.secp256k1GeneratePrivateKey();
  const node = createWhisperNode(options);
  const sessions: PeerSession[] = [];
  const messages: ReceivedMessage[] = [];
  node.addEventListener('message', (e) => messages.push(e.detail.message));
  const protos = protocols?.(node) ?? node.protocols;
  const listener = await transport.listen({ host: '127.0.0.1', port: 0 }, (duplex) => {
    sessions.push(createPeerSession({ duplex, privateKey, protocols: protos, clientId: name }));
  });
  const h: Host = {
    name,
    privateKey,
    id: c.secp256k1PublicKey(privateKey).subarray(1),
    node,
    port: listener.address().port,
    sessions,
    messages,
    async close() {
      node.close();
      for (const s of sessions) s.disconnect();
      await listener.close();
    },
  };
  hosts.push(h);
  return h;
}

/** Dials `to` from `from` and waits until both Whisper/Waku handshakes are done. */
async function dial(from: Host, to: Host): Promise<PeerSession> {
  const duplex = await transport.dial('127.0.0.1', to.port, { timeoutMs: 5000 });
  const session = createPeerSession({
    duplex,
    privateKey: from.privateKey,
    remoteId: to.id,
    protocols: from.node.protocols,
    clientId: from.name,
  });
  from.sessions.push(session);
  await session.ready;
  await until(
    () =>
      from.node.peers().length > 0 &&
      to.node.peers().some((p) => p.id === Buffer.from(from.id).toString('hex')),
    'status handshake',
  );
  return session;
}

const until = (pred: () => boolean, what: string, timeoutMs = 8000) => waitUntil(pred, what, timeoutMs, 20);

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function envelope(topic: Uint8Array, opts: { pow?: number; payload?: Uint8Array; ttl?: number } = {}) {
  return createEnvelope({
    payload: opts.payload ?? Uint8Array.of(1),
    topic,
    symKey,
    powTarget: opts.pow ?? 0.002,
    ttlSeconds: opts.ttl ?? 30,
  });
}

describe('whisper over devp2p TCP', () => {
  it('three nodes in a line relay an envelope end to end', async () => {
    const a = await host('A');
    const b = await host('B');
    const z = await host('C');
    z.node.subscribe({ topics: [T1], key: { kind: 'symmetric', key: symKey } });
    await dial(a, b);
    await dial(b, z);
    const env = await envelope(T1, { payload: new TextEncoder().encode('over tcp') });
    a.node.post(env);
    await until(() => z.messages.length === 1, 'delivery at C');
    expect(new TextDecoder().decode(z.messages[0]?.payload)).toBe('over tcp');
    expect(z.messages[0]?.hashHex).toBe(env.hashHex);
    await sleep(700);
    expect(a.node.stats.envelopesReceived).toBe(0); // never echoed back to the sender
    expect(b.node.stats.envelopesAccepted).toBe(1);
  });

  it('a light node receives only what matches its filters', async () => {
    const full = await host('F');
    const light = await host('L', { lightNode: true });
    light.node.subscribe({ topics: [T1], key: { kind: 'symmetric', key: symKey } });
    await dial(light, full);
    const wanted = await envelope(T1);
    full.node.post(wanted);
    full.node.post(await envelope(T2));
    await until(() => light.messages.length === 1, 'delivery at L');
    await sleep(700);
    expect(light.node.stats.envelopesReceived).toBe(1);
    expect(light.messages.map((m) => m.hashHex)).toEqual([wanted.hashHex]);
  });

  it('a node advertising a higher PoW requirement receives nothing below it', async () => {
    const a = await host('A');
    const strict = await host('S', { minPow: 0.5 });
    strict.node.subscribe({ topics: [T1], key: { kind: 'symmetric', key: symKey } });
    await dial(strict, a);
    a.node.post(await envelope(T1, { pow: 0.002 }));
    await sleep(900);
    expect(strict.node.stats.envelopesReceived).toBe(0);
    const strong = await envelope(T1, { pow: 0.5 });
    expect(strong.pow).toBeGreaterThanOrEqual(0.5);
    a.node.post(strong);
    await until(() => strict.messages.length === 1, 'strong envelope');
    expect(strict.node.stats.envelopesReceived).toBe(1);
  });

  it('a client that was offline catches up through the mailserver with cursor paging, nothing twice', async () => {
    const msKey = await symKeyFromPassword('status-offline-inbox');
    const ms = createMailserver({ storage: memoryStorage(), symKey: msKey });
    const server = await host('MS', { mailserver: ms });
    const sender = await host('P');
    await dial(sender, server);
    const expected: string[] = [];
    const from = Math.floor(Date.now() / 1000) - 5;
    for (let i = 0; i < 23; i++) {
      const env = await envelope(i % 4 === 3 ? T2 : T1, { payload: Uint8Array.of(i), ttl: 10 });
      if (i % 4 !== 3) expected.push(env.hashHex);
      sender.node.post(env);
    }
    await until(() => ms.stats.archived === 23, 'archive');
    const client = await host('C', { lightNode: true });
    client.node.subscribe({ topics: [T1], key: { kind: 'symmetric', key: symKey }, allowP2P: true });
    await dial(client, server);
    // Let live gossip deliver the still-pooled envelopes first: history must not repeat them.
    await sleep(700);
    const live = client.messages.length;
    const mc = createMailserverClient({ node: client.node, signingKey: client.privateKey, symKey: msKey });
    const pages: number[] = [];
    const result = await mc.requestAll(
      server.id,
      { from, to: Math.floor(Date.now() / 1000) + 1, topics: [T1], limit: 5 },
      { onPage: (p) => pages.push(p.envelopes.length) },
    );
    expect(pages).toEqual([5, 5, 5, 3]);
    expect(result.envelopes).toBe(expected.length);
    const got = client.messages.map((m) => m.hashHex);
    expect(new Set(got).size).toBe(got.length);
    expect([...got].sort()).toEqual([...expected].sort());
    expect(ms.stats.served).toBe(4);
    expect(live).toBeGreaterThan(0);
  });

  it('a peer sending an invalid envelope is disconnected with SUBPROTOCOL_ERROR, and it is counted', async () => {
    const good = await host('G', { minPow: 0.01 });
    // A raw waku/1 peer we drive by hand.
    let ctx: ProtocolContext | undefined;
    const raw: Protocol = {
      name: 'waku',
      version: 1,
      length: 128,
      create(context) {
        ctx = context;
        context.send(0, encodeWakuStatus({ powRequirement: 0.01 }, 1));
        return { onMessage: () => {} };
      },
    };
    const evilKey = c.secp256k1GeneratePrivateKey();
    const duplex = await transport.dial('127.0.0.1', good.port);
    const session = createPeerSession({ duplex, privateKey: evilKey, remoteId: good.id, protocols: [raw] });
    await session.ready;
    await until(() => good.node.peers().length === 1, 'handshake');
    const now = Math.floor(Date.now() / 1000);
    const lowPow = encodeEnvelope({
      expiry: now + 20,
      ttl: 20,
      topic: T1,
      data: new Uint8Array(400),
      nonce: 0n,
    });
    const ok = (
      await sealEnvelope(
        { expiry: now + 20, ttl: 20, topic: T1, data: new Uint8Array(40) },
        { powTarget: 0.05 },
      )
    ).envelope;
    ctx?.send(1, encodeRawList([encodeEnvelope(ok), lowPow]));
    const closed: DisconnectInfo = await session.closed;
    expect(closed.reason).toBe(DISCONNECT_REASONS.SUBPROTOCOL_ERROR);
    expect(closed.local).toBe(false);
    expect(good.node.stats.dropped['low-pow']).toBe(1);
    expect(good.node.stats.envelopesAccepted).toBe(1);
  });

  it('a peer sending malformed RLP is disconnected with PROTOCOL_BREACH', async () => {
    const good = await host('G');
    let ctx: ProtocolContext | undefined;
    const raw: Protocol = {
      name: 'waku',
      version: 1,
      length: 128,
      create(context) {
        ctx = context;
        context.send(0, encodeRlp([[uintToRlpBytes(0), uintToRlpBytes(0)]]));
        return { onMessage: () => {} };
      },
    };
    const duplex = await transport.dial('127.0.0.1', good.port);
    const session = createPeerSession({
      duplex,
      privateKey: c.secp256k1GeneratePrivateKey(),
      remoteId: good.id,
      protocols: [raw],
    });
    await session.ready;
    await until(() => good.node.peers().length === 1, 'handshake');
    ctx?.send(1, Uint8Array.of(0xc3, 0xc2, 0x01));
    const closed = await session.closed;
    expect(closed.reason).toBe(DISCONNECT_REASONS.PROTOCOL_BREACH);
    expect(good.node.stats.dropped['malformed-packet']).toBe(1);
  });
});
