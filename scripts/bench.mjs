// Runs every package's benchmarks (packages/*/bench/*.bench.ts) with vitest bench, in Node.
// Benchmarks print ratios against a reference measured in the same run; they never gate CI.
import { spawnSync } from 'node:child_process';

const args = ['vitest', 'bench', '--run', '--project', 'node', ...process.argv.slice(2)];
const r = spawnSync('npx', ['--no-install', ...args], { stdio: 'inherit' });
process.exit(r.status ?? 1);
