import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { createInterface } from 'node:readline';
import type { TestProject } from 'vitest/node';
import type { TransportWsFixtures } from '../packages/transport-ws/test/support/devp2p-exchange.js';

/**
 * Browser project only: starts the WebSocket servers the Chromium tests of @statuskit/transport-ws
 * connect to (a bridge on 127.0.0.1 with a pairing route, a statuskit devp2p node in-process, and
 * @ethereumjs/devp2p on TCP behind it) and hands their URLs and node ids to the page through
 * `inject('transportWs')`. They run in a child Node process so that workspace packages resolve
 * to their sources (`--conditions=@statuskit/source`); it is stopped when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '..');
  const main = resolve(root, 'packages/transport-ws/test/node/fixture-servers-main.ts');
  const child = spawn(process.execPath, ['--conditions=@statuskit/source', '--import', 'tsx', main], {
    cwd: root,
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const fixtures = await new Promise<TransportWsFixtures>((done, fail) => {
    const lines = createInterface({ input: child.stdout });
    lines.once('line', (line) => done(JSON.parse(line) as TransportWsFixtures));
    child.once('exit', (code) => fail(new Error(`transport-ws fixture servers exited early (${code})`)));
  });
  project.provide('transportWs', fixtures);
  return async () => {
    child.kill('SIGTERM');
    await exited;
  };
}
