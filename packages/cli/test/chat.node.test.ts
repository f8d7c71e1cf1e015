/**
 * The chat commands as real processes through a `statuskit relay`: two accounts made with
 * `identity new`, a public-chat and a 1:1 message sent with `send` and read back with `history`
 * from the relay's mailserver, a live `chat` session reading and sending lines, and `identity
 * import` restoring the same key from the mnemonic.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateAlias } from '@statuskit/core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { buildCli, type Spawned, spawnCli, startRelayProcess, tempDir } from './support/cli.js';

let bin: string;
const started: Spawned[] = [];
const env = { STATUSKIT_PASSWORD: 'correct horse battery staple' };

beforeAll(async () => {
  bin = await buildCli();
}, 120_000);

afterAll(async () => {
  await Promise.allSettled(started.map((s) => s.stop('SIGKILL')));
});

async function run(
  args: string[],
  timeoutMs = 45_000,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const s = spawnCli(bin, args, env);
  started.push(s);
  const timer = setTimeout(() => s.proc.kill('SIGKILL'), timeoutMs);
  const code = await s.exited;
  clearTimeout(timer);
  return { code, stdout: s.stdout(), stderr: s.stderr() };
}

async function ok(args: string[]): Promise<string> {
  const r = await run(args);
  expect({ code: r.code, stderr: r.code === 0 ? '' : r.stderr }).toEqual({ code: 0, stderr: '' });
  return r.stdout;
}

const keyOf = (out: string) => /public key: (0x04[0-9a-f]{128})/.exec(out)?.[1] as string;

it('send, history and chat between two accounts through a relay', async () => {
  const relay = await startRelayProcess(bin);
  started.push(relay);
  const peer = ['--peer', relay.ready.enode];
  const dirA = tempDir();
  const dirB = tempDir();
  const newA = await ok(['identity', 'new', '--data', dirA, '--scrypt-log-n', '10']);
  const newB = await ok(['identity', 'new', '--data', dirB, '--scrypt-log-n', '10']);
  const keyA = keyOf(newA);
  const keyB = keyOf(newB);
  expect(keyA).toMatch(/^0x04/);
  expect(await ok(['identity', 'show', '--data', dirA])).toContain(keyA);

  // Public chat: A sends, B reads the relay's archive.
  const id = (await ok(['send', '--data', dirA, ...peer, '#cli-test', 'hello', 'from', 'A'])).trim();
  expect(id).toMatch(/^0x[0-9a-f]{64}$/);
  const history = await ok(['history', '--data', dirB, ...peer, '#cli-test']);
  expect(history).toContain(`${generateAlias(keyA)}: hello from A`);

  // 1:1: A writes to B's key, B reads its chat with A.
  await ok(['send', '--data', dirA, ...peer, keyB, 'a secret for B']);
  const dm = await ok(['history', '--data', dirB, ...peer, keyA, '--json']);
  const lines = dm
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l) as { text: string; author: string });
  expect(lines.map((l) => [l.author, l.text])).toContainEqual([keyA, 'a secret for B']);

  // Interactive chat: B sees history, then A's live message, and sends a line A reads back.
  const chat = spawnCli(bin, ['chat', '--data', dirB, ...peer, '#cli-test'], env);
  started.push(chat);
  await waitOutput(chat, (s) => s.stderr().includes('chatting in #cli-test'));
  expect(chat.stdout()).toContain('hello from A');
  await ok(['send', '--data', dirA, ...peer, '#cli-test', 'live from A']);
  await waitOutput(chat, (s) => s.stdout().includes(`${generateAlias(keyA)}: live from A`));
  chat.proc.stdin?.write('typed by B\n');
  await waitOutput(chat, (s) => s.stdout().includes('me: typed by B'));
  chat.proc.stdin?.end();
  expect(await chat.exited).toBe(0);
  expect(await ok(['history', '--data', dirA, ...peer, '#cli-test'])).toContain(
    `${generateAlias(keyB)}: typed by B`,
  );

  // The mnemonic restores the same identity elsewhere.
  const mnemonic = /mnemonic: +(.+)/.exec(newA)?.[1] as string;
  const file = join(tempDir(), 'mnemonic.txt');
  writeFileSync(file, `${mnemonic}\n`);
  const imported = await ok([
    'identity',
    'import',
    '--data',
    tempDir(),
    '--mnemonic-file',
    file,
    '--scrypt-log-n',
    '10',
  ]);
  expect(keyOf(imported)).toBe(keyA);

  // So does the keystore file, with its password.
  const blob = join(tempDir(), 'a.skks');
  await ok(['identity', 'export', '--data', dirA, '--out', blob]);
  const fromKeystore = await ok([
    'identity',
    'import',
    '--data',
    tempDir(),
    '--keystore',
    blob,
    '--scrypt-log-n',
    '10',
  ]);
  expect(keyOf(fromKeystore)).toBe(keyA);
  const wrong = spawnCli(bin, ['identity', 'import', '--data', tempDir(), '--keystore', blob], {
    STATUSKIT_PASSWORD: 'not the password',
  });
  started.push(wrong);
  expect(await wrong.exited).toBe(1);
  expect(wrong.stderr().trim()).toBe('statuskit: wrong keystore password');
}, 180_000);

it('fails with one line without an identity, a password or a peer', async () => {
  const dir = tempDir();
  const none = await run(['send', '--data', dir, '--peer', 'enode://x', '#a', 'hi']);
  expect(none.code).not.toBe(0);
  expect(none.stderr.trim().split('\n')).toHaveLength(1);
  const noPeer = await run(['history', '--data', dir, '#a']);
  expect(noPeer.stderr.trim()).toBe(
    'statuskit: peer: give at least one --peer enode://… (a statuskit relay)',
  );
  const badChat = await run(['send', '--data', dir, '--peer', 'enode://x', 'general', 'hi']);
  expect(badChat.code).toBe(2);
  expect(badChat.stderr.trim()).toMatch(/^statuskit: chat: expected #name/);
}, 60_000);

async function waitOutput(s: Spawned, cond: (s: Spawned) => boolean, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!cond(s)) {
    if (Date.now() > end) throw new Error(`timed out; stdout:\n${s.stdout()}\nstderr:\n${s.stderr()}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
