import { type Duplex, manualClock, memoryDuplexPair, nobleCrypto, seededRandom } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { createPeerManager, type Enode, type ManagedSession } from '../src/index.js';

function enode(i: number): Enode {
  return {
    id: nobleCrypto.secp256k1PublicKey(new Uint8Array(32).fill(i + 1)).subarray(1),
    host: '127.0.0.1',
    tcpPort: 30000 + i,
    udpPort: 30000 + i,
  };
}

class FakeSession implements ManagedSession {
  closeWith!: (info: { reason?: number; local: boolean }) => void;
  readonly closed = new Promise<{ reason?: number; local: boolean }>((r) => {
    this.closeWith = r;
  });
  disconnect(reason?: number): void {
    this.closeWith(reason === undefined ? { local: true } : { reason, local: true });
  }
}

const tick = () => new Promise((r) => setTimeout(r, 0));

describe('peer manager', () => {
  it('connects static peers, honours maxPeers, and reconnects with growing jittered backoff', async () => {
    const clock = manualClock(0);
    const sessions: FakeSession[] = [];
    let failNext = 0;
    const dials: number[] = [];
    const pm = createPeerManager({
      staticPeers: [enode(0), enode(1), enode(2)],
      maxPeers: 2,
      clock,
      random: seededRandom(7),
      minBackoffMs: 1_000,
      maxBackoffMs: 8_000,
      dial: async (e): Promise<Duplex> => {
        dials.push(clock.now());
        if (failNext > 0 && e.tcpPort === 30000) {
          failNext--;
          throw new Error('refused');
        }
        return memoryDuplexPair()[0];
      },
      connect: async () => {
        const s = new FakeSession();
        sessions.push(s);
        return s;
      },
    });
    const failures: number[] = [];
    pm.addEventListener('dial:failed', (e) => failures.push(e.detail.retryInMs));
    pm.start();
    clock.advance(0);
    for (let i = 0; i < 5; i++) await tick();
    expect(pm.sessions.size).toBe(2);
    // The third peer waits for a slot; drop one session and the manager fills the slot.
    failNext = 3;
    sessions[0]?.closeWith({ reason: 4, local: false });
    for (let i = 0; i < 5; i++) await tick();
    expect(pm.sessions.size).toBe(1);
    for (let t = 0; t < 40; t++) {
      clock.advance(1_000);
      for (let i = 0; i < 3; i++) await tick();
    }
    expect(pm.sessions.size).toBe(2);
    // Backoff grows (with jitter inside [d/2, d]) and is capped.
    for (const [i, d] of failures.entries()) {
      const cap = Math.min(8_000, 1_000 * 2 ** (i + 1));
      expect(d).toBeGreaterThanOrEqual(cap / 2);
      expect(d).toBeLessThanOrEqual(cap);
    }
    expect(failures.length).toBe(3);
    await pm.stop();
    expect(pm.sessions.size).toBe(0);
    const before = dials.length;
    clock.advance(120_000);
    await tick();
    expect(dials.length).toBe(before);
  });
});
