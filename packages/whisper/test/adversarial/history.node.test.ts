/**
 * Issue #17, row "20 peers flooding history requests": a relay with default options and a memory
 * archive of 20,000 envelopes, two honest clients measuring, 20 peers sending bare history
 * requests (status-go's unsigned MessagesRequest, which stays served) as fast as they can, from a
 * process of their own (`runAttack`), for 10 s (4 s in the test command); then one more request,
 * which must be answered promptly once the attackers have left. Timing bounds in `pnpm soak` only.
 */
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import type { CryptoProvider } from '@statuskit/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeMessagesRequest, recordOfEnvelope } from '../../src/index.js';
import {
  attacker,
  honestPair,
  monitor,
  type Relay,
  runAttack,
  sleep,
  startRelay,
} from '../support/adversarial.node.js';

const LONG = process.env.STATUSKIT_ADVERSARIAL === '1';

let crypto: CryptoProvider;
beforeAll(async () => {
  crypto = await createNodeCrypto();
});
const relays: Relay[] = [];
afterAll(async () => {
  for (const r of relays.splice(0)) await r.close();
});

const FULL_BLOOM = new Uint8Array(64).fill(0xff);

function request(n: number, from: number, to: number): Uint8Array {
  const id = new Uint8Array(32);
  new DataView(id.buffer).setUint32(28, n);
  return encodeMessagesRequest({
    id,
    from,
    to,
    limit: 1000,
    cursor: new Uint8Array(0),
    bloom: FULL_BLOOM,
    topics: [],
  });
}

describe('adversarial: history-request flood', () => {
  it('20 peers flooding history requests: requests refused past the rate, relay answers right after', async () => {
    const relay = await startRelay(crypto);
    relays.push(relay);
    const now = Math.floor(Date.now() / 1000);
    for (let i = 0; i < 20_000; i++) {
      const data = new Uint8Array(200);
      new DataView(data.buffer).setUint32(0, i);
      await relay.mailserver.archive(
        recordOfEnvelope({
          expiry: now - 20_000 + i + 15,
          ttl: 15,
          topic: Uint8Array.of(9, 9, 9, 9),
          data,
          nonce: 0n,
        }),
      );
    }
    const attack = runAttack(relay, {
      kind: 'history',
      peers: 20,
      durationMs: LONG ? 10_000 : 4_000,
      from: now - 21_000,
      to: now,
      lingerMs: 0,
    });
    await attack.started;
    const honest = await honestPair(relay, crypto);
    const m = monitor();
    attack.go();
    const a = await attack.done;
    const left = Date.now();
    // one more request from a fresh peer, right after the attackers left
    let answeredAt = 0;
    const probe = await attacker(relay, crypto, relay.port, (code) => {
      if (code === 125 && answeredAt === 0) answeredAt = Date.now();
    });
    await probe.send(126, request(42, now - 21_000, now));
    for (let t = 0; t < 300 && answeredAt === 0; t++) await sleep(20);
    probe.session.disconnect();
    const h = await honest.stop();
    const mon = m.stop();
    const ms = relay.mailserver.stats;
    const row = {
      row: 'history-request flood',
      requestsSent: a.sent,
      answered: a.answered,
      envelopesPackets: a.envelopePackets,
      attackerSessions: a.sessions,
      served: ms.served,
      refused: ms.refused,
      abandoned: ms.abandoned,
      probeAnsweredAfterMs: answeredAt === 0 ? -1 : answeredAt - left,
      ...h,
      ...mon,
      maxHandlerMs: relay.maxHandlerMs(),
    };
    console.log(`ADVERSARIAL ${JSON.stringify(row)}`);
    expect(ms.refused).toBeGreaterThan(0); // rate limits and in-flight caps on by default
    expect(ms.served).toBeLessThan(a.sent);
    expect(answeredAt).toBeGreaterThan(0);
    expect(answeredAt - left).toBeLessThanOrEqual(5000);
    expect(h.deliveryRatio).toBeGreaterThanOrEqual(0.99);
    expect(mon.rssMaxMiB).toBeLessThanOrEqual(512);
    if (LONG) {
      expect(h.p99Ms).toBeLessThanOrEqual(2000);
      expect(mon.maxBusyStallMs).toBeLessThanOrEqual(100); // the relay's own work (see monitor())
    }
  }, 90_000);
});
