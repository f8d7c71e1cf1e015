/**
 * The bot's configuration: command-line flags, each with an environment variable beside it (flags
 * win). Secrets (the account's mnemonic or the keystore password) come from the environment only,
 * so they never show in `ps`.
 */
import { parseArgs } from 'node:util';
import { parseEnode } from '@statuskit/devp2p';

export const USAGE = `usage: pnpm start -- [options]   (in examples/node-bot)

  --peer enode://…        a Whisper v6 / Waku v1 node to join through (repeatable)  BOT_PEERS
  --mailserver enode://…  a trusted mailserver, also dialed as a peer (repeatable)   BOT_MAILSERVERS
  --db PATH               the SQLite file with all the bot's state                  BOT_DB
                          (default ./statuskit-bot.sqlite)
  --chat NAME             the public chat to join (default statuskit-bot)            BOT_CHAT
  --prefix TEXT           what answers start with (default "echo: ")                 BOT_PREFIX
  -h, --help              this text

At least one --peer or --mailserver. Lists in the environment are separated by commas or spaces.
The account:
  BOT_MNEMONIC            use this account (12–24 BIP39 words); nothing is stored about it, or
  BOT_PASSWORD            on the first run create an account and keep it in the database in an
                          encrypted keystore (scrypt), opened with this password on later runs
  BOT_KEYSTORE_LOG_N      scrypt cost of a new keystore, log2 N (default 18; lower only for tests)`;

/** The bot's configuration. */
export interface BotConfig {
  peers: string[];
  mailservers: string[];
  db: string;
  chat: string;
  prefix: string;
  account: { kind: 'mnemonic'; mnemonic: string } | { kind: 'keystore'; password: string; logN: number };
  help: boolean;
}

/** A bad configuration: `main` prints it with the usage and exits 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

const list = (v: string | undefined) => (v ?? '').split(/[\s,]+/).filter((s) => s.length > 0);

/** Reads the configuration from `argv` (without node and the script) and `env`. */
export function parseConfig(argv: readonly string[], env: Record<string, string | undefined>): BotConfig {
  let values: {
    peer?: string[];
    mailserver?: string[];
    db?: string;
    chat?: string;
    prefix?: string;
    help?: boolean;
  };
  try {
    ({ values } = parseArgs({
      // `pnpm start -- --flag` may hand the `--` through.
      args: argv[0] === '--' ? argv.slice(1) : [...argv],
      options: {
        peer: { type: 'string', multiple: true },
        mailserver: { type: 'string', multiple: true },
        db: { type: 'string' },
        chat: { type: 'string' },
        prefix: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (err) {
    throw new ConfigError((err as Error).message);
  }
  const help = values.help ?? false;
  const peers = values.peer ?? list(env.BOT_PEERS);
  const mailservers = values.mailserver ?? list(env.BOT_MAILSERVERS);
  for (const url of [...peers, ...mailservers]) {
    try {
      parseEnode(url);
    } catch (err) {
      throw new ConfigError(`${url}: ${(err as Error).message}`);
    }
  }
  const chat = values.chat ?? env.BOT_CHAT ?? 'statuskit-bot';
  if (!/^[a-z0-9-]+$/.test(chat)) throw new ConfigError('chat: a public chat name is [a-z0-9-]+');
  const config = {
    peers,
    mailservers,
    db: values.db ?? env.BOT_DB ?? './statuskit-bot.sqlite',
    chat,
    prefix: values.prefix ?? env.BOT_PREFIX ?? 'echo: ',
    help,
  };
  if (help) return { ...config, account: { kind: 'keystore', password: '', logN: 18 } };
  if (peers.length + mailservers.length === 0)
    throw new ConfigError('give at least one --peer or --mailserver');
  if (env.BOT_MNEMONIC !== undefined && env.BOT_MNEMONIC.trim() !== '') {
    return { ...config, account: { kind: 'mnemonic', mnemonic: env.BOT_MNEMONIC } };
  }
  if (env.BOT_PASSWORD === undefined || env.BOT_PASSWORD === '') {
    throw new ConfigError('set BOT_PASSWORD (the keystore password) or BOT_MNEMONIC (the account)');
  }
  const logN = env.BOT_KEYSTORE_LOG_N === undefined ? 18 : Number(env.BOT_KEYSTORE_LOG_N);
  if (!Number.isInteger(logN) || logN < 10 || logN > 22) throw new ConfigError('BOT_KEYSTORE_LOG_N: 10..22');
  return { ...config, account: { kind: 'keystore', password: env.BOT_PASSWORD, logN } };
}
