/**
 * Bad input to `statuskit relay` ends with one clear line on stderr and a non-zero exit code,
 * never a stack trace; a config file is equivalent to the flags, and flags win over it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, type Spawned, spawnCli, tempDir } from './support/cli.js';

let bin: string;
const started: Spawned[] = [];

beforeAll(async () => {
  bin = await buildCli();
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(started.map((s) => s.stop('SIGKILL')));
});

async function fails(args: string[]): Promise<{ code: number | null; line: string }> {
  const s = spawnCli(bin, args);
  started.push(s);
  const timer = setTimeout(() => s.proc.kill('SIGKILL'), 20_000);
  const code = await s.exited;
  clearTimeout(timer);
  const err = s.stderr().trimEnd();
  const lines = err.split('\n').filter((l) => !l.startsWith('{')); // log lines before the failure are JSON
  expect(lines).toHaveLength(1);
  expect(err).not.toMatch(/\n\s+at /);
  return { code, line: lines[0] as string };
}

const base = (data: string) => ['relay', '--data', data, '--listen', '127.0.0.1:0', '--metrics', 'off'];

describe('statuskit relay rejects bad input with one line', () => {
  it('a malformed config file', async () => {
    const dir = tempDir();
    const file = join(dir, 'relay.json');
    writeFileSync(file, '{"listen": "127.0.0.1:0",');
    const r = await fails(['relay', '--config', file]);
    expect(r.code).toBe(2);
    expect(r.line).toMatch(/^statuskit: config file .*relay\.json is not valid JSON/);
  });

  it('an unknown or ill-typed setting in the config file', async () => {
    const dir = tempDir();
    const file = join(dir, 'relay.json');
    writeFileSync(file, JSON.stringify({ listen: '127.0.0.1:0', maxPeer: 3 }));
    expect((await fails(['relay', '--config', file])).line).toBe(
      `statuskit: config file ${file}: unknown setting "maxPeer"`,
    );
    writeFileSync(file, JSON.stringify({ maxPeers: 'many' }));
    const r = await fails(['relay', '--config', file]);
    expect(r.code).toBe(2);
    expect(r.line).toBe('statuskit: maxPeers: expected an integer, got "many"');
  });

  it('a port in use', async () => {
    const server = createServer();
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
    const port = (server.address() as { port: number }).port;
    try {
      const r = await fails([
        'relay',
        '--data',
        tempDir(),
        '--listen',
        `127.0.0.1:${port}`,
        '--metrics',
        'off',
      ]);
      expect(r.code).toBe(1);
      expect(r.line).toBe(`statuskit: cannot listen for RLPx on 127.0.0.1:${port}: address already in use`);
      const m = await fails([...base(tempDir()), '--metrics', `127.0.0.1:${port}`]);
      expect(m.code).toBe(1);
      expect(m.line).toMatch(
        new RegExp(`^statuskit: cannot serve metrics on 127\\.0\\.0\\.1:${port}: .*EADDRINUSE`),
      );
    } finally {
      server.close();
    }
  });

  it('an unreadable or invalid node key file', async () => {
    const data = tempDir();
    mkdirSync(join(data, 'nodekey')); // a directory where the key file should be
    const r = await fails(base(data));
    expect(r.code).toBe(1);
    expect(r.line).toMatch(/^statuskit: cannot read node key file .*nodekey: EISDIR/);
    const data2 = tempDir();
    writeFileSync(join(data2, 'nodekey'), 'not a key\n');
    expect((await fails(base(data2))).line).toMatch(
      /^statuskit: node key file .* does not hold a 32-byte hex key$/,
    );
  });

  it('bad flags', async () => {
    const data = tempDir();
    expect((await fails([...base(data), '--max-peers', 'lots'])).line).toBe(
      'statuskit: maxPeers: expected an integer, got "lots"',
    );
    expect((await fails([...base(data), '--listen', 'localhost'])).line).toBe(
      'statuskit: listen: expected host:port, got "localhost"',
    );
    expect((await fails([...base(data), '--peer', 'enode://nope'])).line).toMatch(/^statuskit: peer: /);
    const unknown = await fails([...base(data), '--no-such-flag']);
    expect(unknown.code).toBe(2);
    expect(unknown.line).toBe("statuskit: unknown option '--no-such-flag'");
    expect(
      (
        await fails([
          ...base(data),
          '--ws',
          '127.0.0.1:0',
          '--tls-cert',
          '/nonexistent.pem',
          '--tls-key',
          '/nonexistent.key',
        ])
      ).line,
    ).toMatch(/^statuskit: cannot read TLS certificate \/nonexistent\.pem: /);
  });
});

describe('the config file', () => {
  it('is equivalent to the flags, and flags win', async () => {
    const data = tempDir();
    const file = join(data, 'relay.json');
    writeFileSync(
      file,
      JSON.stringify({
        data,
        listen: '127.0.0.1:0',
        metrics: 'off',
        logLevel: 'warn',
        capabilities: ['shh/6'],
      }),
    );
    const s = spawnCli(bin, ['relay', '--config', file, '--log-level', 'info']);
    started.push(s);
    const ready = await s.waitFor('relay ready'); // only logged at info: the flag won over the file
    expect(ready['capabilities']).toBe('shh/6');
    expect(ready['metrics']).toBeUndefined();
    expect(await s.stop('SIGINT')).toBe(0);
  });
});
