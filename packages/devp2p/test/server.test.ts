import { type Duplex, memoryDuplexPair, nobleCrypto } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { waitUntil } from '../../../test/support/wait.js';
import { DISCONNECT_REASONS, type Protocol } from '../src/protocol.js';
import { createPeerServer, type PeerServer } from '../src/server.js';
import { createPeerSession } from '../src/session.js';

const c = nobleCrypto;
const proto: Protocol = { name: 'test', version: 1, length: 8, create: () => ({ onMessage: () => {} }) };

function keys() {
  const priv = c.secp256k1GeneratePrivateKey();
  return { priv, id: c.secp256k1PublicKey(priv).subarray(1) };
}

function server(opts: Partial<Parameters<typeof createPeerServer>[0]> = {}) {
  const k = keys();
  const s = createPeerServer({ privateKey: k.priv, protocols: [proto], ...opts });
  const refused: Array<string | number> = [];
  s.addEventListener('connection:refused', (e) => refused.push(e.detail.reason));
  return { s, k, refused };
}

function dial(s: PeerServer, serverId: Uint8Array, clientKey = keys().priv) {
  const [mine, theirs] = memoryDuplexPair();
  s.accept(theirs);
  return createPeerSession({ duplex: mine, privateKey: clientKey, remoteId: serverId, protocols: [proto] });
}

describe('createPeerServer', () => {
  it('admits up to maxPeers and refuses the next with an encrypted TooManyPeers', async () => {
    const { s, k, refused } = server({ maxPeers: 2 });
    const a = dial(s, k.id);
    const b = dial(s, k.id);
    await Promise.all([a.ready, b.ready]);
    expect(s.peerCount).toBe(2);
    const extra = dial(s, k.id);
    const info = await extra.closed;
    expect(info).toMatchObject({ local: false, reason: DISCONNECT_REASONS.TOO_MANY_PEERS });
    await waitUntil(() => refused.length === 1, 'refusal event', 2_000, 5);
    expect(refused).toEqual([DISCONNECT_REASONS.TOO_MANY_PEERS]);
    // a slot frees when a peer leaves
    a.disconnect();
    await waitUntil(() => s.peerCount === 1, 'peer count to drop', 2_000, 5);
    const next = dial(s, k.id);
    await next.ready;
    expect(s.peerCount).toBe(2);
    await s.close();
    expect((await b.closed).reason).toBe(DISCONNECT_REASONS.CLIENT_QUITTING);
    expect(s.sessions.size).toBe(0);
  });

  it('refuses a second session from the same node id and a connection to itself', async () => {
    const { s, k } = server();
    const key = keys().priv;
    const first = dial(s, k.id, key);
    await first.ready;
    const again = dial(s, k.id, key);
    expect(await again.closed).toMatchObject({ local: false, reason: DISCONNECT_REASONS.ALREADY_CONNECTED });
    const self = dial(s, k.id, k.priv);
    expect(await self.closed).toMatchObject({ local: false, reason: DISCONNECT_REASONS.CONNECTED_TO_SELF });
    expect(s.peerCount).toBe(1);
    await s.close();
  });

  it('runs at most maxPendingHandshakes handshakes, queues a bounded number and closes the rest', async () => {
    const { s, k, refused } = server({
      maxPendingHandshakes: 1,
      maxQueuedConnections: 1,
      handshakeTimeoutMs: 300,
    });
    // a silent connection holds the only handshake slot until its handshake times out
    const [silent, silentTheirs] = memoryDuplexPair();
    s.accept(silentTheirs);
    expect(s.pendingHandshakes).toBe(1);
    const queued = dial(s, k.id);
    expect(s.queuedConnections).toBe(1);
    const [, overflowTheirs]: [Duplex, Duplex] = memoryDuplexPair();
    let overflowClosed = false;
    overflowTheirs.addEventListener('close', () => {
      overflowClosed = true;
    });
    s.accept(overflowTheirs);
    await waitUntil(() => overflowClosed, 'the overflow connection to close', 2_000, 5);
    expect(refused).toContain('queue-full');
    // the queued one starts once the silent one's handshake has timed out, and completes
    await queued.ready;
    await waitUntil(() => s.pendingHandshakes === 0, 'the server side of the handshake', 2_000, 5);
    expect(s.peerCount).toBe(1);
    expect(silent.closed).toBe(true);
    await s.close();
  });

  it('validates its bounds', () => {
    expect(() => createPeerServer({ privateKey: keys().priv, protocols: [proto], maxPeers: -1 })).toThrow(
      RangeError,
    );
    expect(() => createPeerServer({ privateKey: new Uint8Array(3), protocols: [proto] })).toThrow(RangeError);
    const priv = keys().priv;
    expect(() => createPeerServer({ privateKey: priv, protocols: [proto], maxPendingHandshakes: 0 })).toThrow(
      /maxPendingHandshakes/,
    );
    expect(() => createPeerServer({ privateKey: priv, protocols: [proto], maxPeers: 1.5 })).toThrow(
      RangeError,
    );
    expect(() => createPeerServer({ privateKey: priv, protocols: [proto], maxPeers: 0 })).not.toThrow();
  });
});
