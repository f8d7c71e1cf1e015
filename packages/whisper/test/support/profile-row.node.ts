/**
 * One adversarial row outside vitest, for `node --cpu-prof` (the relay and the honest pair in this
 * process, the attackers forked): `node --cpu-prof --conditions=@statuskit/source --import tsx
 * packages/whisper/test/support/profile-row.node.ts '{"kind":"big","peers":18,"durationMs":10000}'`.
 */
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import { honestPair, monitor, runAttack, startRelay } from './adversarial.node.js';

const config = JSON.parse(process.argv[2] ?? '{"kind":"big","peers":18,"durationMs":10000}');
const crypto = await createNodeCrypto();
const relay = await startRelay(crypto);
const attack = runAttack(relay, config);
await attack.started;
const honest = await honestPair(relay, crypto);
const m = monitor();
attack.go();
const result = await attack.done;
const h = await honest.stop();
console.log(
  JSON.stringify({
    attack: result,
    ...h,
    ...m.stop(),
    maxHandlerMs: relay.maxHandlerMs(),
    stats: relay.node.stats,
  }),
);
await relay.close();
process.exit(0);
