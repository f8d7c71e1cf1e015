/**
 * Issue #17: each row of the table reproduced on loopback TCP against a relay with default
 * options (`startRelay`), two honest clients measuring (`honestPair`), the attackers in a process of
 * their own (`runAttack`), so the stall and RSS measured are the relay's process's. Each row prints
 * an `ADVERSARIAL {json}` line with what it measured (the README's table comes from these), and the
 * same run without an attack is measured first as the reference.
 *
 * In the test command (short floods, beside other test files on a shared machine) the rows assert
 * what is robust there: honest delivery, the attackers cut off, the memory bounds, the non-readers
 * disconnected, the archive pruned. `pnpm soak` (STATUSKIT_ADVERSARIAL=1) runs the long variants
 * and also asserts the timing bounds (p99 ≤ 2 s, longest stall ≤ 100 ms, RSS ≤ 512 MiB).
 */
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import type { CryptoProvider } from '@statuskit/utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { POOL_LIMITS } from '../../src/index.js';
import {
  type AttackConfig,
  type AttackResult,
  honestPair,
  monitor,
  type Relay,
  runAttack,
  sleep,
  startRelay,
} from '../support/adversarial.node.js';

const LONG = process.env.STATUSKIT_ADVERSARIAL === '1';
/** Test-command variants are this much shorter than the soak's. */
const short = (soakMs: number, testMs: number) => (LONG ? soakMs : testMs);

let crypto: CryptoProvider;
beforeAll(async () => {
  crypto = await createNodeCrypto();
});

let relay: Relay | undefined;
afterEach(async () => {
  await relay?.close();
  relay = undefined;
});

interface Row {
  attack: AttackResult | undefined;
  honest: Awaited<ReturnType<Awaited<ReturnType<typeof honestPair>>['stop']>>;
  mon: ReturnType<ReturnType<typeof monitor>['stop']>;
}

/**
 * Runs one row: the relay, then the attack process (once its material is ready) and the honest
 * pair measuring while it floods; `config` undefined is the reference (the same time, no attack).
 */
async function row(
  name: string,
  config: Omit<AttackConfig, 'port' | 'id'> | undefined,
  durationMs: number,
  relayOptions?: Parameters<typeof startRelay>[1],
): Promise<Row> {
  relay = await startRelay(crypto, relayOptions);
  const attack = config === undefined ? undefined : runAttack(relay, config);
  await attack?.started;
  // the honest clients connect first (established users), then the attack starts
  const honest = await honestPair(relay, crypto);
  const m = monitor();
  attack?.go();
  const t0 = Date.now();
  const result = await attack?.done;
  // the honest pair measures for `durationMs` at least (all of it without an attack)
  await sleep(Math.max(0, durationMs - (Date.now() - t0)));
  const h = await honest.stop();
  const mon = m.stop();
  const stats = relay.node.stats;
  console.log(
    `ADVERSARIAL ${JSON.stringify({
      row: name,
      attack: result,
      ...h,
      ...mon,
      maxHandlerMs: relay.maxHandlerMs(),
      maxQueuedBytes: relay.maxQueuedBytes(),
      accepted: stats.envelopesAccepted,
      rateLimited: stats.dropped['rate-limited'] ?? 0,
      penalties: stats.penalties,
      pool: relay.node.poolStats(),
      mailserver: relay.mailserver.stats,
    })}`,
  );
  return { attack: result, honest: h, mon };
}

/** The bounds of the issue that every row must meet. */
function expectBounds(r: Row): void {
  expect(r.honest.deliveryRatio).toBeGreaterThanOrEqual(0.99);
  expect(r.mon.rssMaxMiB).toBeLessThanOrEqual(512);
  if (LONG) {
    expect(r.honest.p99Ms).toBeLessThanOrEqual(2000);
    // the relay's own work (the wall-clock stall, also printed, adds the time the process waited
    // for a core on a shared machine)
    expect(r.mon.maxBusyStallMs).toBeLessThanOrEqual(100);
  }
}

describe('adversarial: attacks from another process against a relay with default options', () => {
  it('reference: honest traffic without an attack', async () => {
    expectBounds(await row('reference', undefined, short(15_000, 5_000)));
  }, 60_000);

  it('2 peers flooding tiny zero-work envelopes: relay alive, pool and RSS bounded, attackers cut', async () => {
    const total = LONG ? 2_000_000 : 300_000;
    const r = await row('tiny zero-work flood', { kind: 'tiny', peers: 2, total, durationMs: 40_000 }, 5000);
    const a = r.attack as AttackResult;
    expect(a.sent).toBeGreaterThanOrEqual(total * 0.99); // a packet or two is lost when cut
    expect(a.reasons.subprotocol_error ?? 0).toBeGreaterThan(0);
    const pool = (relay as Relay).node.poolStats();
    expect(pool.bytes).toBeLessThanOrEqual(POOL_LIMITS.MAX_BYTES);
    expectBounds(r);
  }, 120_000);

  it('18 peers flooding valid 8 KiB envelopes: honest traffic delivered, flooders penalised', async () => {
    const r = await row(
      '18 peers x 8 KiB flood',
      { kind: 'big', peers: 18, durationMs: short(15_000, 6_000) },
      0,
    );
    const a = r.attack as AttackResult;
    expect(a.sent).toBeGreaterThan(0);
    expect((relay as Relay).node.stats.dropped['rate-limited'] ?? 0).toBeGreaterThan(0); // penalised
    // cut off: 10 rate-limit drops within 10 s, which a 6 s flood does not always reach
    if (LONG) expect(a.reasons.subprotocol_error ?? 0).toBeGreaterThan(0);
    expectBounds(r);
  }, 120_000);

  it('long-TTL envelopes filling the pool: honest envelopes still admitted, by eviction', async () => {
    // 1 KiB envelopes with a 1-hour TTL at exactly the minimum PoW from 10 peers at 150/s each,
    // until the pool is full of them (the 1 MB envelopes need seconds of PoW each; what the
    // row tests, a pool full of long-TTL low-PoW envelopes, does not depend on the size). The pool
    // is 16 MiB in the soak and 4 MiB in the test command (the default 64 MiB needs ≈ 20,000 of
    // them; the tiny-envelope flood fills that one).
    const maxPoolBytes = (LONG ? 16 : 4) * 1024 * 1024;
    const r = await row(
      'long-TTL pool fill',
      { kind: 'long-ttl', peers: 10, ratePerPeer: 150, durationMs: short(30_000, 5_000) },
      short(30_000, 5_000),
      { node: { maxPoolBytes } },
    );
    const pool = (relay as Relay).node.poolStats();
    // full of the attackers' envelopes, within its bound, and the honest ones got in by eviction
    expect(pool.bytes).toBeLessThanOrEqual(maxPoolBytes);
    expect(pool.bytes).toBeGreaterThan(maxPoolBytes * 0.8);
    expect(pool.evictions + ((relay as Relay).node.stats.dropped['pool-full'] ?? 0)).toBeGreaterThan(0);
    expectBounds(r);
  }, 180_000);

  it('one peer sending a tiny envelope padded to 1 MiB per packet: retained memory bounded, cut', async () => {
    const r = await row('padded packets', { kind: 'padded', peers: 1, durationMs: short(45_000, 6_000) }, 0);
    const a = r.attack as AttackResult;
    const pool = (relay as Relay).node.poolStats();
    // the pool holds the tiny envelopes' own bytes (plus overhead), never the 1 MiB packets
    expect(pool.bytes).toBeLessThanOrEqual(pool.size * (POOL_LIMITS.ENTRY_OVERHEAD_BYTES + 64) + 400_000);
    expect(r.mon.rssMaxMiB - r.mon.rssStartMiB).toBeLessThanOrEqual(LONG ? 256 : 160);
    expect(a.reasons.subprotocol_error ?? 0).toBeGreaterThan(0); // the byte rate cut it
    expectBounds(r);
  }, 120_000);

  it('3 peers that never read plus a 2 MB/s flood: the non-readers are cut, queues bounded', async () => {
    // the default send-stall timeout is 15 s; 3 s in the test command
    const r = await row(
      'non-reading peers',
      { kind: 'non-reading', peers: 4, ratePerPeer: 64, durationMs: short(25_000, 8_000), settleMs: 3_000 },
      0,
      LONG ? {} : { node: { sendStallTimeoutMs: 3_000 } },
    );
    const a = r.attack as AttackResult;
    expect(a.cutAfterMs).toHaveLength(3);
    // what the relay queued for one peer stayed about one high-water mark (1 MiB) plus one batch
    expect((relay as Relay).maxQueuedBytes()).toBeLessThanOrEqual(2 * 1024 * 1024);
    expect(a.reasons.subprotocol_error ?? 0).toBe(0); // the flooders stayed within the rates
    expectBounds(r);
  }, 120_000);

  it('30 chatty peers x 20 envelopes/s: nobody penalised, pool memory returned, archive pruned', async () => {
    const retentionSeconds = 10;
    const r = await row(
      'chatty peers',
      { kind: 'chatty', peers: 30, ratePerPeer: 20, durationMs: short(90_000, 6_000), lingerMs: 0 },
      0,
      { mailserver: { retentionSeconds, pruneIntervalMs: 1000 } },
    );
    const a = r.attack as AttackResult;
    const rl = relay as Relay;
    // a quarter of the nominal rate at least (the attacker process shares the machine)
    expect(a.sent).toBeGreaterThan((30 * 20 * short(90, 6)) / 4);
    expect(a.cutByRelay).toBe(0);
    expect(rl.node.stats.penalties).toBe(0);
    // after the TTL (15 s) and a sweep, the pool is back to (almost) empty
    await sleep(17_000);
    expect(rl.node.poolStats().bytes).toBeLessThanOrEqual(64 * 1024);
    // the archive keeps `retentionSeconds`, pruning the rest (issue: all 54,609 kept)
    expect(rl.mailserver.stats.pruned).toBeGreaterThan(0);
    expect(rl.mailserver.archiveSize?.entries ?? 0).toBeLessThan(a.sent / 2);
    expectBounds(r);
  }, 180_000);
});
