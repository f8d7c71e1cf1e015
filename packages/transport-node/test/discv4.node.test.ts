import { DPT } from '@ethereumjs/devp2p';
import { concatBytes, nobleCrypto, seededRandom, toHex } from '@statuskit/utils';
import { afterEach, describe, expect, it } from 'vitest';
import { encodeDiscoveryPacket, startDiscovery, type UdpDiscovery } from '../src/index.js';

const c = nobleCrypto;
const open: UdpDiscovery[] = [];
afterEach(async () => {
  for (const d of open.splice(0)) await d.close();
});

async function node(): Promise<UdpDiscovery> {
  const d = await startDiscovery({
    privateKey: c.secp256k1GeneratePrivateKey(),
    host: '127.0.0.1',
    port: 0,
    tcpPort: 30303,
  });
  open.push(d);
  return d;
}

describe('discovery v4 over loopback UDP', () => {
  it('a handful of statuskit nodes find each other from one bootnode', async () => {
    const boot = await node();
    const nodes = await Promise.all(Array.from({ length: 5 }, () => node()));
    for (const n of nodes) await n.node.bootstrap([{ host: '127.0.0.1', udpPort: boot.port }]);
    // A second round: nodes that joined early learn about later ones.
    for (const n of nodes) await n.node.lookup(c.randomBytes(64));
    const everyone = [boot, ...nodes].map((n) => toHex(n.node.id));
    for (const n of nodes) {
      const known = new Set(n.node.table.all().map((t) => toHex(t.id)));
      const others = everyone.filter((id) => id !== toHex(n.node.id));
      expect(others.every((id) => known.has(id))).toBe(true);
    }
    expect(boot.node.table.size).toBe(5);
  });

  it("answers @ethereumjs/devp2p's discovery ping, and ethereumjs adds it as a peer", async () => {
    const ours = await node();
    const dpt = new DPT(c.secp256k1GeneratePrivateKey(), {
      endpoint: { address: '127.0.0.1', udpPort: null, tcpPort: null },
      shouldFindNeighbours: false,
      refreshInterval: 3_600_000,
    });
    dpt.bind(0, '127.0.0.1');
    await new Promise<void>((r) => dpt.events.once('listening', () => r()));
    try {
      const added = new Promise<{ id?: Uint8Array }>((r) => dpt.events.once('peer:added', (p) => r(p)));
      await dpt.bootstrap({ address: '127.0.0.1', udpPort: ours.port, tcpPort: 30303 });
      const peer = await added;
      expect(toHex(peer.id as Uint8Array)).toBe(toHex(ours.node.id));
    } finally {
      dpt.destroy();
    }
  });

  it('rejects 10,000 mutated packets with typed errors, never crashing', async () => {
    const ours = await node();
    const rnd = seededRandom(9);
    const key = c.secp256k1GeneratePrivateKey();
    const base = encodeDiscoveryPacket(
      {
        type: 1,
        version: 4,
        from: { ip: Uint8Array.of(127, 0, 0, 1), udpPort: 1, tcpPort: 1 },
        to: { ip: Uint8Array.of(127, 0, 0, 1), udpPort: ours.port, tcpPort: 0 },
        expiration: Math.floor(Date.now() / 1000) + 60,
      },
      key,
    ).packet;
    const names = new Set<string>();
    ours.node.addEventListener('packet:rejected', (e) => names.add(e.detail.error.name));
    const before = ours.node.rejected;
    for (let i = 0; i < 10_000; i++) {
      const r = rnd(3);
      const bad = base.slice();
      const pos = (((r[0] as number) << 8) | (r[1] as number)) % bad.length;
      bad[pos] = (bad[pos] as number) ^ (1 + ((r[2] as number) % 255));
      ours.node.receive(i % 3 === 0 ? concatBytes(bad.subarray(0, pos), rnd(i % 50)) : bad, {
        host: '127.0.0.1',
        port: 9,
      });
    }
    expect(ours.node.rejected - before).toBeGreaterThan(9_900);
    expect([...names]).toEqual(['DiscoveryPacketError']);
  });
});
