/** `statuskit bench-relay` runs a bounded loopback run to the end and reports what it measured. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildCli, type Spawned, spawnCli } from './support/cli.js';

let bin: string;
const started: Spawned[] = [];

beforeAll(async () => {
  bin = await buildCli();
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(started.map((s) => s.stop('SIGKILL')));
});

it('bench-relay delivers every envelope to every other peer and reports rate and memory', async () => {
  const s = spawnCli(bin, ['bench-relay', '--peers', '4', '--envelopes', '25', '--timeout', '60']);
  started.push(s);
  expect(await s.exited).toBe(0);
  const out = s.stdout();
  expect(out).toMatch(/^deliveries +300 of 300$/m); // 4 peers × 3 others × 25
  expect(out).toMatch(/^envelopes relayed\/s +\d+$/m);
  expect(out).toMatch(/^relay RSS after run +\d+\.\d MiB \(archive: 100 envelopes\)$/m);
}, 90_000);
