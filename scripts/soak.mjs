// The reliability soak (`pnpm soak`, not in CI): the chaos scenarios with random seeds and the crash
// test with 1,000 kill points at a random seed, each through vitest so failures print as usual, then
// the relay's adversarial suite in its long variants (STATUSKIT_ADVERSARIAL=1), then the relay load
// test in its 60 s variant (100 peers × 10 envelopes/s, SOAK_LOAD_SECONDS), then the fuzz soak
// (packages/core/soak/fuzz.ts: FUZZ_N mutated inputs per decoder, default 1,000,000).
// Knobs: SOAK_CHAOS_SEEDS (default 100 random seeds per scenario), SOAK_CRASH_KILLS (default 1000),
// SOAK_LOAD_SECONDS (default 60), FUZZ_N, FUZZ_ONLY, SOAK_ONLY=chaos|crash|adversarial|load|fuzz.
// Every seed is printed, so a failure replays with CHAOS_SEEDS=<seed> or CRASH_SEED=<seed> on the
// focused test.
import { spawnSync } from 'node:child_process';

const only = process.env.SOAK_ONLY;
const stages = [
  {
    name: 'chaos',
    files: ['packages/core/test/chaos/chaos.node.test.ts'],
    env: { CHAOS_SEEDS: `random:${process.env.SOAK_CHAOS_SEEDS ?? 100}` },
  },
  {
    name: 'crash',
    files: ['packages/core/test/chaos/crash.node.test.ts'],
    env: { CRASH_KILLS: process.env.SOAK_CRASH_KILLS ?? '1000', CRASH_SEED: 'random' },
  },
  {
    name: 'adversarial',
    files: ['packages/whisper/test/adversarial'],
    env: { STATUSKIT_ADVERSARIAL: '1' },
  },
  {
    name: 'load',
    files: ['packages/whisper/test/load/relay-load.node.test.ts'],
    env: { STATUSKIT_LOAD_SECONDS: process.env.SOAK_LOAD_SECONDS ?? '60' },
  },
  {
    name: 'fuzz',
    command: [
      process.execPath,
      '--conditions=@statuskit/source',
      '--import',
      'tsx',
      'packages/core/soak/fuzz.ts',
    ],
    env: {},
  },
].filter((s) => only === undefined || s.name === only);

let failed = 0;
for (const s of stages) {
  const t0 = Date.now();
  console.log(`soak: ${s.name} ${JSON.stringify(s.env)}`);
  const command = s.command ?? ['npx', '--no-install', 'vitest', 'run', '--project', 'node', ...s.files];
  const r = spawnSync('nice', ['-n', '10', ...command], {
    stdio: 'inherit',
    env: { ...process.env, ...s.env },
  });
  const secs = ((Date.now() - t0) / 1000).toFixed(0);
  console.log(`soak: ${s.name} ${r.status === 0 ? 'passed' : 'FAILED'} in ${secs} s`);
  if (r.status !== 0) failed++;
}
process.exit(failed === 0 ? 0 : 1);
