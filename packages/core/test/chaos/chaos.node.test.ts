/**
 * Chaos scenarios with fixed seeds (the soak runs random ones): see support/chaos-scenarios.ts.
 */
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import type { CryptoProvider } from '@statuskit/utils';
import { beforeAll, describe, expect, it } from 'vitest';
import { runGroupScenario, runOneToOneScenario, runPublicScenario } from '../support/chaos-scenarios.js';

/** `CHAOS_SEEDS`: a list (`1,2,3`), or `random:<n>` for n fresh seeds (the soak). Default 1…20. */
function seeds(spec = process.env.CHAOS_SEEDS): number[] {
  if (spec === undefined) return Array.from({ length: 20 }, (_, i) => i + 1);
  const random = /^random:(\d+)$/.exec(spec);
  if (random !== null)
    return Array.from({ length: Number(random[1]) }, () => Math.floor(Math.random() * 2 ** 32));
  return spec.split(',').map(Number);
}
const SEEDS = seeds();
let crypto: CryptoProvider;
beforeAll(async () => {
  crypto = await createNodeCrypto();
});

describe('chaos', () => {
  it.concurrent.each(SEEDS)(
    'public chat, seed %i',
    async (seed) => {
      const r = await runPublicScenario(seed, { crypto });
      console.log(
        JSON.stringify({ ...r, stats: undefined, up: r.stats.up, down: r.stats.down, cuts: r.stats.cuts }),
      );
      expect(r.deliveries).toBe(r.messages * 2);
    },
    240_000,
  );
  it.concurrent.each(SEEDS)(
    '1:1 chats, seed %i',
    async (seed) => {
      const r = await runOneToOneScenario(seed, { crypto });
      console.log(
        JSON.stringify({ ...r, stats: undefined, up: r.stats.up, down: r.stats.down, cuts: r.stats.cuts }),
      );
      expect(r.deliveries).toBe(r.messages);
    },
    240_000,
  );
  it.concurrent.each(SEEDS)(
    'private group (create, add, remove), seed %i',
    async (seed) => {
      const r = await runGroupScenario(seed, { crypto });
      console.log(
        JSON.stringify({ ...r, stats: undefined, up: r.stats.up, down: r.stats.down, cuts: r.stats.cuts }),
      );
      expect(r.messages).toBe(12);
      expect(r.deliveries).toBeGreaterThanOrEqual(r.messages * 2);
    },
    900_000,
  );
});
