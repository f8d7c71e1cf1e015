/**
 * Runs the fixture servers as a child process of the browser project's global setup (see
 * `test/ws-bridge.global.ts`): prints the fixtures as one JSON line on stdout, and shuts down on
 * SIGTERM or when its stdin closes (the parent went away).
 * Run with `node --conditions=@statuskit/source --import tsx`.
 */
import { startFixtureServers } from './fixture-servers.js';

const servers = await startFixtureServers();
process.stdout.write(`${JSON.stringify(servers.fixtures)}\n`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await servers.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop());
process.stdin.on('end', () => void stop());
process.stdin.resume();
