/**
 * `statuskit relay` as real processes on loopback: two relays peered over TCP bridge envelopes
 * between a waku/1 client on one and a shh/6 client on the other, both ways, with nothing looping;
 * a WebSocket client speaks RLPx through the bridge listener; /metrics moves with the traffic.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPeerSession, DISCONNECT_REASONS } from '@statuskit/devp2p';
import { parseEnode, tcp } from '@statuskit/transport-node';
import { connectWebSocket } from '@statuskit/transport-ws';
import { nobleCrypto, secureRandom, toHex } from '@statuskit/utils';
import { createWhisperNode, type ReceivedMessage } from '@statuskit/whisper';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import {
  connectClient,
  type RelayReady,
  type Spawned,
  scrape,
  startRelayProcess,
  type TestClient,
  tempDir,
  until,
  useCliProcesses,
} from './support/cli.js';

const cli = useCliProcesses();
const { started, clients } = cli;

async function relay(args: string[] = []): Promise<Spawned & { ready: RelayReady }> {
  const r = await startRelayProcess(cli.bin, { args });
  started.push(r);
  return r;
}

function collect(client: TestClient, symKey: Uint8Array, topic: Uint8Array): ReceivedMessage[] {
  const got: ReceivedMessage[] = [];
  client.node.subscribe({ topics: [topic], key: { kind: 'symmetric', key: symKey } });
  client.node.addEventListener('message', (e) => got.push(e.detail.message));
  return got;
}

const text = (m: ReceivedMessage) => new TextDecoder().decode(m.payload);

describe('statuskit relay', () => {
  it('bridges waku/1 and shh/6 clients through two peered relays, both ways, without loops', async () => {
    const a = await relay();
    const b = await relay(['--peer', a.ready.enode]);
    // b dials a; both offer waku/1 and shh/6, so the relays peer on both.
    await a.waitFor((l) => l.msg === 'peer connected' && l['protocol'] === 'shh/6');
    await a.waitFor((l) => l.msg === 'peer connected' && l['protocol'] === 'waku/1');

    const waku = await connectClient(a.ready.enode, ['waku/1']);
    const shh = await connectClient(b.ready.enode, ['shh/6']);
    clients.push(waku, shh);
    const symKey = secureRandom(32);
    const topic = Uint8Array.of(0xca, 0xfe, 0x00, 0x01);
    const atShh = collect(shh, symKey, topic);
    const atWaku = collect(waku, symKey, topic);

    const before = await scrape(a.ready.metrics as string);
    for (let i = 0; i < 5; i++) {
      await waku.node.send({
        topic,
        symKey,
        payload: new TextEncoder().encode(`waku ${i}`),
        deliverLocally: false,
      });
      await shh.node.send({
        topic,
        symKey,
        payload: new TextEncoder().encode(`shh ${i}`),
        deliverLocally: false,
      });
    }
    await until(() => atShh.length >= 5 && atWaku.length >= 5, 15_000, 'bridged messages');
    // Give gossip a few more cycles: a loop would deliver copies or bounce envelopes back.
    await new Promise((r) => setTimeout(r, 1_500));
    expect(atShh.map(text).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `waku ${i}`));
    expect(atWaku.map(text).sort()).toEqual([0, 1, 2, 3, 4].map((i) => `shh ${i}`));
    // Each client got each of its own envelopes back from nobody.
    expect(waku.node.stats.duplicates).toBe(0);
    expect(shh.node.stats.duplicates).toBe(0);

    const after = await scrape(a.ready.metrics as string);
    expect(after.get('statuskit_peers{protocol="waku/1"}')).toBe(2); // relay b and the waku client
    expect(after.get('statuskit_peers{protocol="shh/6"}')).toBe(1); // relay b
    const moved = (name: string) => (after.get(name) ?? 0) - (before.get(name) ?? 0);
    expect(moved('statuskit_envelopes_received_total')).toBeGreaterThanOrEqual(10);
    expect(moved('statuskit_envelopes_accepted_total')).toBe(10);
    expect(moved('statuskit_envelopes_relayed_total')).toBeGreaterThanOrEqual(10);
    expect(after.get('statuskit_archive_envelopes')).toBe(10);
    expect(after.get('statuskit_archive_bytes')).toBeGreaterThan(10 * 20);
    const health = await fetch((a.ready.metrics as string).replace('/metrics', '/health'));
    expect(health.status).toBe(200);
  }, 60_000);

  it('accepts RLPx over its WebSocket bridge listener and counts the connection', async () => {
    const a = await relay(['--ws', '127.0.0.1:0']);
    const tcpClient = await connectClient(a.ready.enode, ['waku/1']);
    clients.push(tcpClient);
    const e = parseEnode(a.ready.enode);
    const node = createWhisperNode({ capabilities: ['waku/1'] });
    const session = createPeerSession({
      duplex: await connectWebSocket(a.ready.ws as string, { WebSocket: WebSocket as never }),
      privateKey: nobleCrypto.secp256k1GeneratePrivateKey(),
      remoteId: e.id,
      protocols: node.protocols,
    });
    try {
      await session.ready;
      await until(() => node.peers().length > 0, 5_000, 'handshake over WebSocket');
      const symKey = secureRandom(32);
      const topic = Uint8Array.of(1, 2, 3, 4);
      const got: string[] = [];
      node.subscribe({ topics: [topic], key: { kind: 'symmetric', key: symKey } });
      node.addEventListener('message', (ev) => got.push(new TextDecoder().decode(ev.detail.message.payload)));
      await tcpClient.node.send({ topic, symKey, payload: new TextEncoder().encode('to the browser') });
      await until(() => got.length > 0, 10_000, 'a message over the bridge');
      expect(got).toEqual(['to the browser']);
      const m = await scrape(a.ready.metrics as string);
      expect(m.get('statuskit_bridge_connections')).toBe(1);
      expect(m.get('statuskit_bridge_connections_total')).toBe(1);
      expect(m.get('statuskit_sessions{carrier="ws"}')).toBe(1);
    } finally {
      node.close();
      session.disconnect();
      await session.closed;
    }
  }, 60_000);

  it('serves the bridge over TLS (wss://) with the given certificate and key', async () => {
    const dir = tempDir();
    const cert = join(dir, 'cert.pem');
    const key = join(dir, 'key.pem');
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
        '-addext',
        'subjectAltName=IP:127.0.0.1',
        '-keyout',
        key,
        '-out',
        cert,
      ],
      { stdio: 'ignore' },
    );
    const a = await relay(['--ws', '127.0.0.1:0', '--tls-cert', cert, '--tls-key', key]);
    expect(a.ready.ws).toMatch(/^wss:\/\/127\.0\.0\.1:\d+\/$/);
    const ca = readFileSync(cert);
    // Trust exactly this certificate, as a deployment with its own CA would.
    class TrustingWebSocket extends WebSocket {
      constructor(url: string, protocols?: string | string[]) {
        super(url, protocols, { ca });
      }
    }
    const e = parseEnode(a.ready.enode);
    const node = createWhisperNode({ capabilities: ['waku/1'] });
    const session = createPeerSession({
      duplex: await connectWebSocket(a.ready.ws as string, { WebSocket: TrustingWebSocket as never }),
      privateKey: nobleCrypto.secp256k1GeneratePrivateKey(),
      remoteId: e.id,
      protocols: node.protocols,
    });
    try {
      await session.ready;
      await until(() => node.peers().length > 0, 5_000, 'handshake over wss');
      expect((await scrape(a.ready.metrics as string)).get('statuskit_bridge_connections')).toBe(1);
    } finally {
      node.close();
      session.disconnect();
      await session.closed;
    }
  }, 60_000);

  it('enforces --max-peers and --allow-peer with devp2p disconnect reasons', async () => {
    const dial = async (enode: string) => {
      const e = parseEnode(enode);
      return createPeerSession({
        duplex: await tcp().dial(e.host, e.tcpPort, { timeoutMs: 5_000 }),
        privateKey: nobleCrypto.secp256k1GeneratePrivateKey(),
        remoteId: e.id,
        protocols: createWhisperNode({ capabilities: ['waku/1'] }).protocols,
      });
    };
    const full = await relay(['--max-peers', '1']);
    const first = await connectClient(full.ready.enode, ['waku/1']);
    clients.push(first);
    const second = await dial(full.ready.enode);
    expect((await second.closed).reason).toBe(DISCONNECT_REASONS.TOO_MANY_PEERS);
    expect(first.node.peers()).toHaveLength(1);

    const allowedKey = nobleCrypto.secp256k1GeneratePrivateKey();
    const allowedId = toHex(nobleCrypto.secp256k1PublicKey(allowedKey).subarray(1));
    const picky = await relay(['--allow-peer', allowedId]);
    const stranger = await dial(picky.ready.enode);
    expect((await stranger.closed).reason).toBe(DISCONNECT_REASONS.USELESS_PEER);
    const e = parseEnode(picky.ready.enode);
    const node = createWhisperNode({ capabilities: ['waku/1'] });
    const friend = createPeerSession({
      duplex: await tcp().dial(e.host, e.tcpPort, { timeoutMs: 5_000 }),
      privateKey: allowedKey,
      remoteId: e.id,
      protocols: node.protocols,
    });
    await until(() => node.peers().length === 1, 5_000, 'the allowed peer');
    await new Promise((r) => setTimeout(r, 300));
    expect(node.peers()).toHaveLength(1); // still connected
    node.close();
    friend.disconnect();
    await friend.closed;
  }, 60_000);
});

describe('statuskit relay --discovery', () => {
  it('finds a peer it was never told about through a bootnode and connects to it', async () => {
    const a = await relay(['--discovery']);
    const b = await relay(['--discovery', '--bootnode', a.ready.enode]);
    const c = await relay(['--discovery', '--bootnode', a.ready.enode]);
    const bId = parseEnode(b.ready.enode).id;
    const cId = parseEnode(c.ready.enode).id;
    // c only knows a; it learns b from a's table (or b learns c) and one dials the other.
    await Promise.race([
      c.waitFor((l) => l.msg === 'discovered peer connected' && l['peer'] === toHex(bId), 40_000),
      b.waitFor((l) => l.msg === 'discovered peer connected' && l['peer'] === toHex(cId), 40_000),
    ]);
    // The winner's log line can come before the other side counts the session: poll b's gauge.
    let peers = 0;
    for (const deadline = Date.now() + 15_000; Date.now() < deadline; ) {
      peers = (await scrape(b.ready.metrics as string)).get('statuskit_peers{protocol="waku/1"}') ?? 0;
      if (peers >= 2) break;
      await new Promise((r) => setTimeout(r, 200));
    }
    expect(peers).toBeGreaterThanOrEqual(2); // a and c
  }, 60_000);
});
