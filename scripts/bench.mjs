// Runs every package's benchmarks (packages/*/bench/*.bench.ts) with vitest bench, in Node, then the
// client's end-to-end loopback benchmark (packages/core/bench/client-e2e.ts). Benchmarks print
// ratios against a reference measured in the same run; they never gate CI.
import { spawnSync } from 'node:child_process';

const args = ['vitest', 'bench', '--run', '--project', 'node', ...process.argv.slice(2)];
const r = spawnSync('npx', ['--no-install', ...args], { stdio: 'inherit' });
if (r.status !== 0) process.exit(r.status ?? 1);
const e2e = spawnSync(
  process.execPath,
  ['--conditions=@statuskit/source', '--import', 'tsx', 'packages/core/bench/client-e2e.ts'],
  { stdio: 'inherit' },
);
process.exit(e2e.status ?? 1);
