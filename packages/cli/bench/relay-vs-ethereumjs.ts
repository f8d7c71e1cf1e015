/**
 * `statuskit relay` beside a reference relay on @ethereumjs/devp2p, same run, same bytes: the same
 * pre-sealed envelopes go through each (N loopback peers, each posting M envelopes, all waku/1 so
 * the reference can carry them), and each reports deliveries per second and the relay process's
 * RSS after the bounded run. Prints the ratio; never gates CI.
 *
 *   node --conditions=@statuskit/source --import tsx packages/cli/bench/relay-vs-ethereumjs.ts [peers] [envelopes per peer]
 */
import { execFileSync, spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { type BenchTarget, benchEnvelopes, formatBench, runBench, startBenchRelay } from '../src/bench.js';

const pkg = join(import.meta.dirname, '..');
const peers = Number(process.argv[2] ?? 8);
const envelopes = Number(process.argv[3] ?? 500);
const timeoutMs = 180_000;
const log = (l: string) => process.stderr.write(`${l}\n`);

// The statuskit side runs the built bin, as an operator would.
const out = join(pkg, '.test-build', 'bench');
execFileSync(join(pkg, '..', '..', 'node_modules', '.bin', 'tsup'), [], {
  cwd: pkg,
  env: { ...process.env, STATUSKIT_CLI_BIN_ONLY: '1', STATUSKIT_CLI_OUT_DIR: out },
  stdio: 'ignore',
});

async function startReference(): Promise<BenchTarget> {
  const child = spawn(
    process.execPath,
    ['--conditions=@statuskit/source', '--import', 'tsx', join(pkg, 'bench', 'ejs-relay.ts')],
    { stdio: ['pipe', 'pipe', 'inherit'], cwd: pkg },
  );
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
  const next = () => new Promise<Record<string, unknown>>((r) => lines.once('line', (l) => r(JSON.parse(l))));
  const { enode } = (await next()) as { enode: string };
  return {
    name: '@ethereumjs/devp2p reference',
    enode,
    async rssBytes() {
      const answer = next();
      child.stdin?.write('rss\n');
      return (await answer)['rss'] as number;
    },
    archived: async () => undefined,
    async stop() {
      child.stdin?.end();
      await new Promise((r) => child.once('exit', r));
    },
  };
}

const batches = await benchEnvelopes({ peers, envelopes, payloadBytes: 256, timeoutMs });
const results = [];
for (const start of [() => startBenchRelay(join(out, 'bin.js'), peers), startReference]) {
  const target = await start();
  try {
    const r = await runBench(target, batches, { timeoutMs, log, capabilities: () => 'waku/1' });
    results.push({ name: target.name, r });
    process.stdout.write(
      `${target.name}\n${formatBench(r).replace('(half waku/1, half shh/6)', '(waku/1)')}\n`,
    );
  } finally {
    await target.stop();
  }
}
const [ours, ref] = results;
if (ours !== undefined && ref !== undefined) {
  process.stdout.write(
    `ratio statuskit / reference: ${(ours.r.deliveriesPerSecond / ref.r.deliveriesPerSecond).toFixed(2)}× deliveries/s, ${(ours.r.relayRssBytes / ref.r.relayRssBytes).toFixed(2)}× RSS\n`,
  );
}
