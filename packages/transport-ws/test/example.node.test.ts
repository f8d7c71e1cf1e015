/**
 * The README's runnable example stays runnable: it is run as its users run it, and must show both
 * routes (in-process and piped to TCP) completing the devp2p Hello and echo, then a clean stop.
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';

it('examples/bridge-in-front-of-node.ts runs end to end', () => {
  const root = fileURLToPath(new URL('../../../', import.meta.url));
  const example = fileURLToPath(new URL('../examples/bridge-in-front-of-node.ts', import.meta.url));
  const run = spawnSync(process.execPath, ['--conditions=@statuskit/source', '--import', 'tsx', example], {
    cwd: root,
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  const hellos = run.stdout
    .split('\n')
    .filter((l) => l.startsWith('client    Hello from example-node; echo:'));
  expect(hellos).toHaveLength(2);
  expect(hellos[0]).toMatch(/hello via ws:\/\/127\.0\.0\.1:\d+\/"$/);
  expect(hellos[1]).toMatch(/hello via ws:\/\/127\.0\.0\.1:\d+\/\?upstream=127\.0\.0\.1:\d+"$/);
  expect(run.stdout).toContain('stopped   (connections closed with 1001)');
});
