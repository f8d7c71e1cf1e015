/**
 * The bot as a service (`src/main.ts` in a child process) against a statuskit relay + mailserver on
 * loopback: it joins its public chat, answers a 1:1 message, stops gracefully on SIGTERM, and,
 * restarted on the same SQLite file, is the same account and answers what came while it was down;
 * killed with SIGKILL as a message comes in, the next run answers it; nothing is answered twice.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Client, createClient, createIdentity, type Message } from '@statuskit/core';
import { startRelay } from '@statuskit/demo/relay';
import { formatEnode } from '@statuskit/devp2p';
import { tcp } from '@statuskit/transport-node';
import { nobleCrypto } from '@statuskit/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../src/config.js';

const botDir = fileURLToPath(new URL('..', import.meta.url));

interface Running {
  child: ChildProcess;
  lines: string[];
  exited: Promise<number | null>;
}

function startBotProcess(args: string[], env: Record<string, string>): Running {
  const child = spawn(
    process.execPath,
    ['--conditions=@statuskit/source', '--import', 'tsx', 'src/main.ts', ...args],
    {
      cwd: botDir,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  let partial = '';
  const onData = (d: Buffer) => {
    const parts = (partial + d.toString('utf8')).split('\n');
    partial = parts.pop() ?? '';
    lines.push(...parts);
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  return { child, lines, exited };
}

async function until<T>(f: () => T | undefined, what: string, ms = 20_000): Promise<T> {
  const end = Date.now() + ms;
  for (;;) {
    const v = f();
    if (v !== undefined && v !== false) return v;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}

const readyKey = (bot: Running, what: string) =>
  until(() => bot.lines.map((l) => /ready: ".+" (0x04[0-9a-f]{128})$/.exec(l)?.[1]).find(Boolean), what);

describe('node-bot', () => {
  let relay: Awaited<ReturnType<typeof startRelay>>;
  let dir: string;
  let user: Client;
  const inbox: Message[] = [];
  const delivered = new Set<string>();
  beforeAll(async () => {
    relay = await startRelay();
    dir = mkdtempSync(join(tmpdir(), 'statuskit-bot-'));
    const { identity } = await createIdentity();
    user = await createClient({
      identity,
      transports: [tcp()],
      mailservers: [relay.enode],
      minBackoffMs: 100,
      maxBackoffMs: 1_000,
    });
    user.addEventListener('message:received', (e) => inbox.push(e.detail));
    user.addEventListener('message:status', (e) => {
      if (e.detail.status === 'delivered') delivered.add(e.detail.id);
    });
  });
  afterAll(async () => {
    await user?.close();
    await relay?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers 1:1 messages, stops on SIGTERM or SIGINT, survives SIGKILL, and answers each message once', async () => {
    const args = ['--peer', relay.enode, '--mailserver', relay.enode, '--db', join(dir, 'bot.sqlite')];
    const env = { BOT_CHAT: 'bot-test', BOT_PASSWORD: 'correct horse', BOT_KEYSTORE_LOG_N: '12' };
    const answers = (id: string) => inbox.filter((m) => m.replyTo === id);
    const first = startBotProcess(args, env);
    let key: string;
    let ping1: Message;
    try {
      key = await readyKey(first, 'the bot starting');
      expect(first.lines.join('\n')).toMatch(/created a new account/);
      await until(() => first.lines.some((l) => /connected to .*mailserver/.test(l)), 'the bot connecting');

      // It follows its public chat.
      const room = await user.joinPublicChat('bot-test');
      await room.sendText('hello bots');
      await until(
        () => first.lines.some((l) => / #bot-test .*: hello bots$/.test(l)),
        'the bot reading #bot-test',
      );

      // It answers a 1:1 message, as a reply to it; our message and its answer are delivered.
      const chat = await user.openChat(key);
      ping1 = await chat.sendText('ping 1');
      const pong = await until(() => answers(ping1.id)[0], 'the answer to ping 1');
      expect(pong).toMatchObject({ author: key, chatId: key, chatKind: 'one-to-one', text: 'echo: ping 1' });
      await until(() => delivered.has(ping1.id), 'ping 1 delivered to the bot');
      await until(() => first.lines.some((l) => / delivered$/.test(l)), 'the answer delivered');

      // SIGTERM: a clean stop, exit 0.
      first.child.kill('SIGTERM');
      expect(await first.exited).toBe(0);
      expect(first.lines.at(-1)).toMatch(/stopped$/);
    } finally {
      first.child.kill('SIGKILL');
    }

    // Written while the bot is down: the relay's mailserver keeps it.
    const ping2 = await (await user.openChat(key)).sendText('ping 2');

    // The same file, the same password: the same account, which catches up and answers ping 2.
    const second = startBotProcess(args, env);
    let ping3: Message;
    try {
      expect(await readyKey(second, 'the bot restarting')).toBe(key);
      expect(second.lines.join('\n')).not.toMatch(/created a new account/);
      const pong2 = await until(() => answers(ping2.id)[0], 'the answer to ping 2');
      expect(pong2.text).toBe('echo: ping 2');
      // A moment for anything answered twice to show up.
      await new Promise((r) => setTimeout(r, 1_000));
      expect(answers(ping1.id)).toHaveLength(1);
      expect(answers(ping2.id)).toHaveLength(1);

      // Killed (SIGKILL, no shutdown at all) the moment a message came in: whatever it had done with
      // it by then, the next run on the same file answers it, once.
      ping3 = await (await user.openChat(key)).sendText('ping 3');
      await until(() => second.lines.some((l) => /1:1 from .*: ping 3$/.test(l)), 'the bot receiving ping 3');
      second.child.kill('SIGKILL');
      expect(await second.exited).toBe(null);
    } finally {
      second.child.kill('SIGKILL');
    }
    const third = startBotProcess(args, env);
    try {
      expect(await readyKey(third, 'the bot starting after the kill')).toBe(key);
      await until(() => answers(ping3.id)[0], 'the answer to ping 3');
      await until(() => delivered.has(ping3.id), 'ping 3 delivered to the bot');
      await new Promise((r) => setTimeout(r, 1_000));
      expect(answers(ping3.id).map((m) => m.text)).toEqual(['echo: ping 3']);
      expect(answers(ping2.id)).toHaveLength(1);
      third.child.kill('SIGINT');
      expect(await third.exited).toBe(0);
      expect(third.lines.at(-1)).toMatch(/stopped$/);
    } finally {
      third.child.kill('SIGKILL');
    }

    // A wrong password does not open the account: exit 1, nothing started.
    const wrong = startBotProcess(args, { ...env, BOT_PASSWORD: 'wrong' });
    expect(await wrong.exited).toBe(1);
    expect(wrong.lines.join('\n')).toMatch(/failed to start: WrongPasswordError/);
  }, 120_000);
});

describe('node-bot configuration', () => {
  const a = formatEnode({
    id: nobleCrypto.secp256k1PublicKey(nobleCrypto.secp256k1GeneratePrivateKey()).subarray(1),
    host: '127.0.0.1',
    tcpPort: 30303,
    udpPort: 30303,
  });
  const b = formatEnode({
    id: nobleCrypto.secp256k1PublicKey(nobleCrypto.secp256k1GeneratePrivateKey()).subarray(1),
    host: '127.0.0.1',
    tcpPort: 30304,
    udpPort: 30304,
  });

  it('reads the environment, and flags win over it', () => {
    const env = {
      BOT_PEERS: `${a}, ${b}`,
      BOT_MAILSERVERS: b,
      BOT_DB: '/tmp/x.db',
      BOT_CHAT: 'env-chat',
      BOT_MNEMONIC: 'm',
    };
    expect(parseConfig([], env)).toEqual({
      peers: [a, b],
      mailservers: [b],
      db: '/tmp/x.db',
      chat: 'env-chat',
      prefix: 'echo: ',
      help: false,
      account: { kind: 'mnemonic', mnemonic: 'm' },
    });
    const c = parseConfig(['--peer', b, '--db', 'bot.db', '--chat', 'flag-chat', '--prefix', '> '], env);
    expect(c).toMatchObject({ peers: [b], mailservers: [b], db: 'bot.db', chat: 'flag-chat', prefix: '> ' });
    expect(parseConfig(['--mailserver', a], { BOT_PASSWORD: 'pw' }).account).toEqual({
      kind: 'keystore',
      password: 'pw',
      logN: 18,
    });
  });

  it('refuses what cannot work', () => {
    expect(() => parseConfig([], { BOT_PASSWORD: 'pw' })).toThrow(/at least one --peer/);
    expect(() => parseConfig(['--peer', a], {})).toThrow(/BOT_PASSWORD/);
    expect(() => parseConfig(['--peer', 'enode://nope'], { BOT_PASSWORD: 'pw' })).toThrow(ConfigError);
    expect(() => parseConfig(['--peer', a, '--chat', 'No Chat'], { BOT_PASSWORD: 'pw' })).toThrow(
      ConfigError,
    );
    expect(() => parseConfig(['--bogus'], {})).toThrow(ConfigError);
    expect(() => parseConfig(['--peer', a], { BOT_PASSWORD: 'pw', BOT_KEYSTORE_LOG_N: '4' })).toThrow(
      /LOG_N/,
    );
    expect(parseConfig(['--help'], {}).help).toBe(true);
    expect(parseConfig(['--', '--help'], {}).help).toBe(true);
  });
});
