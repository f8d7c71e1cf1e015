/**
 * The demo's command line.
 */
import { parseArgs } from 'node:util';
import { parseEnode } from '@statuskit/devp2p';

export const USAGE = `usage: pnpm demo [-- options]

Without options: an embedded relay + mailserver on loopback (TCP and WebSocket) and four clients.

  --peer enode://…        join an existing Whisper v6 / Waku v1 network through this node instead
                          of the embedded relay (repeatable; go-ethereum 1.9 with --shh, status-go)
  --mailserver enode://…  a trusted mailserver of that network to catch up from (repeatable; it
                          is dialed as a peer too; without one, the offline catch-up is skipped)
  --chat NAME             the public chat (default: status)
  -h, --help              this text`;

/** What the demo was asked to do. */
export interface DemoArgs {
  /** Peers of an existing network; with `mailservers`, both empty: the embedded relay. */
  peers: string[];
  mailservers: string[];
  chat: string;
  help: boolean;
}

/** A bad command line; `main` prints it with the usage and exits 2. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export function parseDemoArgs(argv: readonly string[]): DemoArgs {
  let values: { peer?: string[]; mailserver?: string[]; chat?: string; help?: boolean };
  try {
    ({ values } = parseArgs({
      // `pnpm start -- --flag` may hand the `--` through.
      args: argv[0] === '--' ? argv.slice(1) : [...argv],
      options: {
        peer: { type: 'string', multiple: true },
        mailserver: { type: 'string', multiple: true },
        chat: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
      allowPositionals: false,
      strict: true,
    }));
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
  const peers = values.peer ?? [];
  const mailservers = values.mailserver ?? [];
  for (const url of [...peers, ...mailservers]) {
    try {
      parseEnode(url);
    } catch (err) {
      throw new UsageError(`${url}: ${(err as Error).message}`);
    }
  }
  const chat = values.chat ?? 'status';
  if (!/^[a-z0-9-]+$/.test(chat)) throw new UsageError('--chat: a public chat name is [a-z0-9-]+');
  return { peers, mailservers, chat, help: values.help ?? false };
}
