/**
 * Issue #17, rows "2 peers sending tiny zero-work envelopes" (up to 2 million of them) and "18 peers
 * flooding valid 8 KiB envelopes", against a relay with default options, with two honest clients
 * measuring; plus the same run without an attack as the reference. Each row prints an
 * `ADVERSARIAL {json}` line with what it measured (the README's table comes from these).
 */
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import type { CryptoProvider } from '@statuskit/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeEnvelope, encodeRawList, PEER_LIMITS, POOL_LIMITS, sealEnvelope } from '../../src/index.js';
import { attacker, honestPair, monitor, type Relay, sleep, startRelay } from '../support/adversarial.node.js';

let crypto: CryptoProvider;
beforeAll(async () => {
  crypto = await createNodeCrypto();
});

const relays: Relay[] = [];
afterAll(async () => {
  for (const r of relays.splice(0)) await r.close();
});

function report(row: string, data: Record<string, unknown>): void {
  console.log(`ADVERSARIAL ${JSON.stringify({ row, ...data })}`);
}

/**
 * A Messages packet of `n` distinct zero-work envelopes of 20 bytes each:
 * `RLP[expiry, 3600, topic, data(4), 0]`, whose `len(short) × TTL` = 19 × 3600 needs no PoW at the
 * default minimum (0.000002).
 */
function tinyPacket(n: number, counter: number, nowSeconds: number): Uint8Array {
  const len = n * 20;
  if (len > 0xffff) throw new RangeError('at most 3276 envelopes per packet');
  const out = new Uint8Array(3 + len);
  out.set([0xf9, (len >>> 8) & 0xff, len & 0xff]);
  const expiry = nowSeconds + 3590;
  for (let i = 0; i < n; i++) {
    const o = 3 + i * 20;
    const c = counter + i;
    out.set(
      [
        0xd3,
        0x84,
        (expiry >>> 24) & 0xff,
        (expiry >>> 16) & 0xff,
        (expiry >>> 8) & 0xff,
        expiry & 0xff,
        0x82,
        0x0e,
        0x10,
        0x84,
        0xde,
        0xad,
        0xbe,
        0xef,
        0x84,
        (c >>> 24) & 0xff,
        (c >>> 16) & 0xff,
        (c >>> 8) & 0xff,
        c & 0xff,
        0x80,
      ],
      o,
    );
  }
  return out;
}

// Timing-sensitive (wall-clock latency and stalls on a loaded machine): run with `pnpm soak`, which
// sets STATUSKIT_ADVERSARIAL=1, not in the default test command.
describe.skipIf(process.env.STATUSKIT_ADVERSARIAL !== '1')(
  'adversarial: floods against a relay with default options',
  () => {
    it('reference: honest traffic without an attack', async () => {
      const relay = await startRelay(crypto);
      relays.push(relay);
      const m = monitor();
      const honest = await honestPair(relay, crypto);
      await sleep(8000);
      const h = await honest.stop();
      const mon = m.stop();
      report('reference', { ...h, ...mon });
      expect(h.deliveryRatio).toBeGreaterThanOrEqual(0.99);
      expect(h.p99Ms).toBeLessThanOrEqual(2000);
    }, 40_000);

    it('2 peers flooding tiny zero-work envelopes (2 million): relay alive, bounded, attackers cut off', async () => {
      const relay = await startRelay(crypto);
      relays.push(relay);
      const reasons = new Map<string, number>();
      relay.node.addEventListener('peer:penalized', (e) =>
        reasons.set(e.detail.reason, (reasons.get(e.detail.reason) ?? 0) + 1),
      );
      const m = monitor();
      const honest = await honestPair(relay, crypto);
      const TOTAL = 2_000_000;
      const PER_PACKET = 3200;
      let sent = 0;
      let sessions = 0;
      const closeReasons: string[] = [];
      let disconnects = 0;
      const deadline = Date.now() + 34_000;
      const flood = async () => {
        while (sent < TOTAL && Date.now() < deadline) {
          const a = await attacker(relay, crypto);
          sessions++;
          while (sent < TOTAL && Date.now() < deadline && !a.isClosed()) {
            const p = tinyPacket(PER_PACKET, sent, Math.floor(Date.now() / 1000));
            if (!(await a.send(1, p))) break;
            sent += PER_PACKET;
          }
          await Promise.race([a.closed, sleep(2000)]);
          a.closed.then((i) => closeReasons.push(`${i.reason}/${i.local}/${i.error?.message ?? ''}`));
          if (a.isClosed()) disconnects++;
          else a.session.disconnect();
        }
      };
      await Promise.all([flood(), flood()]);
      const h = await honest.stop();
      const mon = m.stop();
      const stats = relay.node.stats;
      const pool = relay.node.poolStats();
      report('tiny zero-work flood', {
        envelopesSent: sent,
        attackerSessions: sessions,
        attackerDisconnects: disconnects,
        relayAccepted: stats.envelopesAccepted,
        rateLimited: stats.dropped['rate-limited'] ?? 0,
        penalties: stats.penalties,
        reasons: Object.fromEntries(reasons),
        closeReasons: closeReasons.join(','),
        ...h,
        ...mon,
        maxHandlerMs: relay.maxHandlerMs(),
        pool,
      });
      expect(sent).toBeGreaterThanOrEqual(TOTAL); // the whole flood went out
      // every attacking session was cut off by the relay (rate limit → SUBPROTOCOL_ERROR)
      expect(disconnects).toBeGreaterThanOrEqual(sessions - 2); // the last two may be cut by the deadline
      expect(h.deliveryRatio).toBeGreaterThanOrEqual(0.99);
      expect(h.p99Ms).toBeLessThanOrEqual(2000);
      // the pool stayed within its memory bound, and the process within the RSS budget
      expect(pool.bytes).toBeLessThanOrEqual(POOL_LIMITS.MAX_BYTES);
      expect(pool.size * POOL_LIMITS.ENTRY_OVERHEAD_BYTES).toBeLessThanOrEqual(POOL_LIMITS.MAX_BYTES);
      expect(mon.rssMaxMiB).toBeLessThanOrEqual(512);
      expect(stats.dropped['rate-limited']).toBeGreaterThanOrEqual(sessions * (PEER_LIMITS.TOLERANCE - 1));
    }, 60_000);

    it('18 peers flooding valid 8 KiB envelopes: honest traffic is delivered, the handler works in slices', async () => {
      const relay = await startRelay(crypto);
      relays.push(relay);
      // Per attacker, 1 MiB Messages packets of 127 distinct valid 8 KiB envelopes at the default
      // minimum PoW (one or two hashes of sealing each), encoded ahead so flooding costs the
      // attacker only its session's compression and encryption.
      const now = Math.floor(Date.now() / 1000);
      const packets: Uint8Array[] = [];
      for (let k = 0; k < 18; k++) {
        const envs: Uint8Array[] = [];
        for (let i = 0; i < 127; i++) {
          const data = crypto.randomBytes(8192);
          const { envelope } = await sealEnvelope(
            { expiry: now + 60, ttl: 60, topic: Uint8Array.of(1, 2, 3, 4), data },
            { powTarget: 0.000002, crypto },
          );
          envs.push(encodeEnvelope(envelope));
        }
        packets.push(encodeRawList(envs));
      }
      const m = monitor();
      const honest = await honestPair(relay, crypto);
      const attackers = await Promise.all(Array.from({ length: 18 }, () => attacker(relay, crypto)));
      const deadline = Date.now() + 15_000;
      let sent = 0;
      await Promise.all(
        attackers.map(async (a, k) => {
          while (Date.now() < deadline && !a.isClosed()) {
            if (!(await a.send(1, packets[k] as Uint8Array))) break;
            sent += 127;
          }
        }),
      );
      const cut = attackers.filter((a) => a.isClosed()).length;
      const h = await honest.stop();
      const mon = m.stop();
      for (const a of attackers) if (!a.isClosed()) a.session.disconnect();
      report('18 peers x 8 KiB flood', {
        envelopesSent: sent,
        attackersDisconnected: cut,
        rateLimited: relay.node.stats.dropped['rate-limited'] ?? 0,
        penalties: relay.node.stats.penalties,
        ...h,
        ...mon,
        maxHandlerMs: relay.maxHandlerMs(),
      });
      // Holds: the honest pair loses nothing, and the Whisper handler never blocks long (it works
      // through big batches in slices). Measured but not asserted, because they do not hold yet (see
      // the README): flooders cut off (in-process attackers on two shared cores rarely reach the
      // 1 MiB/s per-peer rate), p99 ≤ 2 s and stall ≤ 100 ms (the stall is outside the handler: the
      // session decrypts a backlog of 1 MiB frames in one task, the relay-wire half of #17).
      expect(sent).toBeGreaterThan(0);
      expect(h.delivered).toBeGreaterThan(0);
      expect(h.deliveryRatio).toBeGreaterThanOrEqual(0.99);
      expect(relay.maxHandlerMs()).toBeLessThanOrEqual(500);
    }, 60_000);
  },
);
