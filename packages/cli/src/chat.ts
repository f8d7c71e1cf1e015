/**
 * The chat commands, on `@statuskit/core`'s `createClient`: `identity new | show | import`,
 * `send`, `history` and the interactive `chat`. Each opens the account in `--data DIR`, connects to
 * `--peer` relays (which are also its mailservers unless `--mailserver` names others) and closes
 * cleanly, so the SQLite state (outbox, ratchet sessions, synced ranges) is consistent for the
 * next run.
 */
import { writeFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import {
  type Chat,
  type Client,
  createClient,
  createIdentity,
  generateAlias,
  type Identity,
  identityFromMnemonic,
  identityFromPrivateKey,
  type Message,
  openKeystore,
  validateMnemonic,
} from '@statuskit/core';
import { tcp } from '@statuskit/transport-node';
import { type AccountStore, openAccount, readKeystoreFile, readPassword, readSecretFile } from './account.js';
import { CliError, ConfigError } from './errors.js';
import { parseTime } from './sync.js';

/** Where the chat commands write. */
export interface ChatIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** True when stderr is a terminal (progress bars redraw in place). */
  readonly stderrIsTty: boolean;
}

/** Options every networked chat command takes. */
export interface ClientFlags {
  data: string;
  peer?: string[];
  mailserver?: string[];
  passwordFile?: string;
  timeout?: string;
}

/** `#name` → a public chat; `0x04…` → a 1:1 chat. @throws ConfigError. */
export function parseChatTarget(
  text: string,
): { kind: 'public'; name: string } | { kind: 'one-to-one'; key: string } {
  if (/^#[a-z0-9-]{1,64}$/.test(text)) return { kind: 'public', name: text.slice(1) };
  if (/^0x04[0-9a-fA-F]{128}$/.test(text)) return { kind: 'one-to-one', key: text.toLowerCase() };
  throw new ConfigError(
    `chat: expected #name (lowercase letters, digits, dashes) or a 0x04… public key, got ${JSON.stringify(text)}`,
  );
}

function timeoutMs(flags: ClientFlags): number {
  const s = flags.timeout === undefined ? 20 : Number(flags.timeout);
  if (!Number.isFinite(s) || s <= 0) throw new ConfigError('timeout: expected a positive number of seconds');
  return s * 1000;
}

/** A client on the account in `flags.data`, connected to its peers. */
async function withClient<T>(
  flags: ClientFlags,
  options: { historyWindowSeconds?: number },
  fn: (client: Client, account: AccountStore) => Promise<T>,
): Promise<T> {
  const peers = flags.peer ?? [];
  if (peers.length === 0 && (flags.mailserver ?? []).length === 0)
    throw new ConfigError('peer: give at least one --peer enode://… (a statuskit relay)');
  const account = openAccount(flags.data);
  let client: Client | undefined;
  try {
    const identity = await account.unlock(
      await readPassword(flags.passwordFile !== undefined ? { file: flags.passwordFile } : {}),
    );
    try {
      client = await createClient({
        identity,
        storage: account.state,
        transports: [tcp()],
        peers,
        mailservers: flags.mailserver ?? peers,
        ...(options.historyWindowSeconds !== undefined
          ? { historyWindowSeconds: options.historyWindowSeconds }
          : {}),
      });
    } catch (err) {
      throw new ConfigError(`cannot start the client: ${(err as Error).message}`, { cause: err });
    }
    await waitForPeer(client, timeoutMs(flags));
    return await fn(client, account);
  } finally {
    if (client !== undefined) {
      await client.whenIdle().catch(() => {});
      await client.close().catch(() => {});
    }
    await account.close();
  }
}

function waitForPeer(client: Client, ms: number): Promise<void> {
  if (client.peers().length > 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.removeEventListener('peer:connected', on);
      reject(new CliError(`no peer connected within ${ms / 1000} s`));
    }, ms);
    const on = () => {
      clearTimeout(timer);
      client.removeEventListener('peer:connected', on);
      resolve();
    };
    client.addEventListener('peer:connected', on);
  });
}

async function openTarget(client: Client, target: string): Promise<Chat> {
  const t = parseChatTarget(target);
  return t.kind === 'public' ? client.joinPublicChat(t.name) : client.openChat(t.key);
}

/** One line for a message. */
export function formatMessage(m: Message): string {
  const when = new Date(Number(m.timestamp)).toISOString().replace('T', ' ').slice(0, 19);
  const who = m.outgoing ? 'me' : generateAlias(m.author);
  return `${when} ${who}: ${m.text}`;
}

function messageJson(m: Message): string {
  return JSON.stringify({
    id: m.id,
    chat: m.chatId,
    author: m.author,
    alias: generateAlias(m.author),
    outgoing: m.outgoing,
    clock: m.clock.toString(),
    timestamp: Number(m.timestamp),
    text: m.text,
    ...(m.fromHistory ? { fromHistory: true } : {}),
  });
}

/** Syncs history with a progress line on stderr. */
async function syncWithProgress(client: Client, io: ChatIo): Promise<{ envelopes: number; pages: number }> {
  const onProgress = (
    e: CustomEvent<{ envelopes: number; pages: number; remainingRanges: number; done: boolean }>,
  ) => {
    const p = e.detail;
    const line = `history: ${p.pages} page(s), ${p.envelopes} envelope(s)${p.done ? ', done' : `, ${p.remainingRanges} range(s) left`}`;
    if (io.stderrIsTty) io.stderr(`\r${bar(p)} ${line}\x1b[K${p.done ? '\n' : ''}`);
    else if (p.done) io.stderr(`${line}\n`);
  };
  client.addEventListener('history:progress', onProgress);
  try {
    return await client.syncHistory();
  } finally {
    client.removeEventListener('history:progress', onProgress);
  }
}

function bar(p: { pages: number; remainingRanges: number; done: boolean }): string {
  const total = p.pages + p.remainingRanges;
  const frac = p.done || total === 0 ? 1 : p.pages / total;
  const filled = Math.round(frac * 20);
  return `[${'#'.repeat(filled)}${'.'.repeat(20 - filled)}]`;
}

function describeIdentity(identity: { publicKeyString: string; alias: string }): string {
  return `public key: ${identity.publicKeyString}\nname:       ${identity.alias}\n`;
}

/** `statuskit identity new`. */
export async function identityNew(
  flags: { data: string; passwordFile?: string; scryptLogN?: string },
  io: ChatIo,
): Promise<void> {
  const account = openAccount(flags.data);
  try {
    if ((await account.publicKey()) !== undefined)
      throw new CliError(`${account.path} already holds an identity (${await account.publicKey()})`);
    const password = await readPassword({
      ...(flags.passwordFile !== undefined ? { file: flags.passwordFile } : {}),
      confirm: true,
    });
    const { mnemonic, identity } = await createIdentity();
    await account.save({ kind: 'mnemonic', mnemonic }, identity, password, logN(flags.scryptLogN));
    io.stdout(describeIdentity(identity));
    io.stdout(`mnemonic:   ${mnemonic}\n`);
    io.stderr('write the mnemonic down: it is the only way to restore this identity elsewhere\n');
  } finally {
    await account.close();
  }
}

function logN(text: string | undefined): number {
  const n = text === undefined ? 18 : Number(text);
  if (!Number.isInteger(n) || n < 10 || n > 22)
    throw new ConfigError('scryptLogN: expected an integer from 10 to 22');
  return n;
}

/** `statuskit identity show`. */
export async function identityShow(flags: { data: string; json?: boolean }, io: ChatIo): Promise<void> {
  const account = openAccount(flags.data);
  try {
    const key = await account.publicKey();
    if (key === undefined)
      throw new CliError(`no identity in ${account.path}: run \`statuskit identity new\` first`);
    const alias = generateAlias(key);
    io.stdout(
      flags.json === true
        ? `${JSON.stringify({ publicKey: key, alias })}\n`
        : describeIdentity({ publicKeyString: key, alias }),
    );
  } finally {
    await account.close();
  }
}

/** `statuskit identity export --out FILE`: writes the encrypted keystore blob (mode 0600). */
export async function identityExport(flags: { data: string; out: string }, io: ChatIo): Promise<void> {
  const account = openAccount(flags.data);
  try {
    const blob = await account.keys.exportBlob('account');
    if (blob === undefined)
      throw new CliError(`no identity in ${account.path}: run \`statuskit identity new\` first`);
    try {
      writeFileSync(flags.out, blob, { mode: 0o600, flag: 'wx' });
    } catch (err) {
      throw new CliError(`cannot write ${flags.out}: ${(err as Error).message}`, { cause: err });
    }
    io.stderr(
      `wrote the keystore of ${await account.publicKey()} to ${flags.out} (encrypted with the account password)\n`,
    );
  } finally {
    await account.close();
  }
}

/** `statuskit identity import --mnemonic-file F | --keystore F`. */
export async function identityImport(
  flags: {
    data: string;
    mnemonicFile?: string;
    keystore?: string;
    passwordFile?: string;
    scryptLogN?: string;
  },
  io: ChatIo,
): Promise<void> {
  if ((flags.mnemonicFile === undefined) === (flags.keystore === undefined))
    throw new ConfigError('identity import: give exactly one of --mnemonic-file and --keystore');
  const account = openAccount(flags.data);
  try {
    if ((await account.publicKey()) !== undefined)
      throw new CliError(`${account.path} already holds an identity (${await account.publicKey()})`);
    let identity: Identity;
    let password: string;
    if (flags.mnemonicFile !== undefined) {
      const mnemonic = readSecretFile(flags.mnemonicFile, 'mnemonic file');
      if (!validateMnemonic(mnemonic))
        throw new CliError(`${flags.mnemonicFile} does not hold a valid BIP39 mnemonic`);
      identity = await identityFromMnemonic(mnemonic);
      password = await readPassword({
        ...(flags.passwordFile !== undefined ? { file: flags.passwordFile } : {}),
        confirm: true,
      });
      await account.save({ kind: 'mnemonic', mnemonic }, identity, password, logN(flags.scryptLogN));
    } else {
      const blob = readKeystoreFile(flags.keystore as string);
      password = await readPassword({
        ...(flags.passwordFile !== undefined ? { file: flags.passwordFile } : {}),
        what: 'keystore password',
      });
      let secret: Awaited<ReturnType<typeof openKeystore>>;
      try {
        secret = await openKeystore(blob, password);
      } catch (err) {
        throw new CliError(
          (err as Error).name === 'WrongPasswordError'
            ? 'wrong keystore password'
            : `cannot open the keystore: ${(err as Error).message}`,
          { cause: err },
        );
      }
      identity =
        secret.kind === 'mnemonic'
          ? await identityFromMnemonic(
              secret.mnemonic,
              secret.passphrase !== undefined ? { passphrase: secret.passphrase } : {},
            )
          : identityFromPrivateKey(secret.privateKey);
      await account.save(secret, identity, password, logN(flags.scryptLogN));
    }
    io.stdout(describeIdentity(identity));
  } finally {
    await account.close();
  }
}

/** `statuskit send <chat> <text…>`: prints the message id once the envelope has left. */
export async function sendCommand(
  target: string,
  text: string,
  flags: ClientFlags,
  io: ChatIo,
): Promise<void> {
  parseChatTarget(target);
  if (text.trim() === '') throw new ConfigError('send: the text is empty');
  await withClient(flags, {}, async (client) => {
    const chat = await openTarget(client, target);
    const sent = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new CliError('the message did not leave in time')),
        timeoutMs(flags),
      );
      chat.addEventListener('status', (e) => {
        if (e.detail.id !== message?.id) return;
        if (e.detail.status === 'failed') {
          clearTimeout(timer);
          reject(new CliError(`sending failed: ${e.detail.failure ?? 'unknown reason'}`));
        } else if (e.detail.status === 'sent' || e.detail.status === 'delivered') {
          clearTimeout(timer);
          resolve();
        }
      });
    });
    let message: Message | undefined;
    message = await chat.sendText(text);
    if (message.status !== 'sent' && message.status !== 'delivered') await sent;
    // Let the relay take the envelope before the session closes (one gossip cycle).
    client.node.flush();
    await new Promise((r) => setTimeout(r, 400));
    io.stdout(`${message.id}\n`);
  });
}

/** `statuskit history <chat>`: syncs from the mailservers, prints the chat's messages. */
export async function historyCommand(
  target: string,
  flags: ClientFlags & { since?: string; limit?: string; json?: boolean },
  io: ChatIo,
): Promise<void> {
  parseChatTarget(target);
  const now = Math.floor(Date.now() / 1000);
  const since = flags.since === undefined ? now - 86_400 : parseTime(flags.since, now);
  const limit = flags.limit === undefined ? 1000 : Number(flags.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new ConfigError('limit: expected a positive integer');
  await withClient(flags, { historyWindowSeconds: Math.max(60, now - since) }, async (client) => {
    const chat = await openTarget(client, target);
    await syncWithProgress(client, io);
    await client.whenIdle();
    for (const m of await chat.messages({ limit })) {
      if (Number(m.timestamp) / 1000 < since) continue;
      io.stdout(`${flags.json === true ? messageJson(m) : formatMessage(m)}\n`);
    }
  });
}

/**
 * `statuskit chat <chat>`: history, then live messages; each line typed is sent. Ends on EOF
 * (Ctrl-D) or Ctrl-C.
 */
export async function chatCommand(
  target: string,
  flags: ClientFlags & { json?: boolean },
  io: ChatIo,
  input: NodeJS.ReadableStream,
  onSignal: (handler: () => void) => void,
): Promise<void> {
  parseChatTarget(target);
  await withClient(flags, {}, async (client) => {
    const chat = await openTarget(client, target);
    const print = (m: Message) => io.stdout(`${flags.json === true ? messageJson(m) : formatMessage(m)}\n`);
    const seen = new Set<string>();
    await syncWithProgress(client, io);
    await client.whenIdle();
    for (const m of await chat.messages({ limit: 200 })) {
      seen.add(m.id);
      print(m);
    }
    chat.addEventListener('message', (e) => {
      if (seen.has(e.detail.id)) return;
      seen.add(e.detail.id);
      print(e.detail);
    });
    io.stderr(`chatting in ${target} as ${client.identity.alias}; type a line to send it, Ctrl-D to leave\n`);
    const rl = createInterface({ input, terminal: false });
    const sends: Promise<unknown>[] = [];
    await new Promise<void>((resolve) => {
      rl.on('line', (line) => {
        const text = line.trim();
        if (text === '') return;
        sends.push(
          chat.sendText(text).then(
            (m) => {
              seen.add(m.id);
              print(m);
            },
            (err: unknown) => io.stderr(`could not send: ${(err as Error).message}\n`),
          ),
        );
      });
      rl.on('close', resolve);
      onSignal(() => rl.close());
    });
    await Promise.allSettled(sends);
    client.node.flush();
    await new Promise((r) => setTimeout(r, 400));
  });
}
