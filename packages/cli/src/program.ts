/**
 * The `statuskit` command line (commander). Each subcommand turns its flags into settings, runs,
 * and reports failures the operator can act on as one line on stderr with a non-zero exit code.
 */
import { parseEnode } from '@statuskit/devp2p';
import { toHex } from '@statuskit/utils';
import { Command, CommanderError, Option } from 'commander';
import pkg from '../package.json' with { type: 'json' };
import { benchOptions, benchRelay, formatBench } from './bench.js';
import {
  type ChatIo,
  chatCommand,
  historyCommand,
  identityExport,
  identityImport,
  identityNew,
  identityShow,
  sendCommand,
} from './chat.js';
import { readConfigFile, resolveRelaySettings } from './config.js';
import { CliError, describeError } from './errors.js';
import { createLogger } from './log.js';
import { startRelay } from './relay.js';
import { parseSyncRange } from './sync.js';

/** Where the program writes and how it ends; injectable for tests. */
export interface ProgramIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Resolves when the process should stop (SIGTERM, SIGINT). */
  onSignal(handler: (signal: string) => void): void;
}

const collect = (value: string, previous: string[] | undefined) => [...(previous ?? []), value];

/** Builds the program. `run` wires one subcommand's action to its implementation. */
export function buildProgram(io: ProgramIo): Command {
  const program = new Command();
  program
    .name('statuskit')
    .description('Status v1 (Whisper/Waku) relay, mailserver and chat client')
    .version(pkg.version, '-V, --version')
    .showSuggestionAfterError(false)
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      // commander's own errors (unknown flag, missing argument): one line, no help dump.
      outputError: (s, write) => write(`${s.split('\n')[0]?.replace(/^error: /, 'statuskit: ')}\n`),
    })
    .exitOverride();

  const relay = program
    .command('relay')
    .description('run a Whisper v6 + Waku v1 relay with a mailserver and a WebSocket bridge')
    .option('--config <file>', 'JSON file with any of the settings below (keys: the flag names in camelCase)')
    .option('--data <dir>', 'data directory: node key, archive (default ./statuskit-data)')
    .option('--node-key <file>', 'node key file, hex; created on first start (default <data>/nodekey)')
    .option('--listen <host:port>', 'RLPx TCP listener (default 0.0.0.0:30303)')
    .option('--public-host <host>', 'host to put in the enode URL')
    .option('--capabilities <list>', 'comma-separated: waku/1, waku/0, shh/6 (default waku/1,shh/6)')
    .option('--peer <enode>', 'static peer to keep connected (repeatable)', collect)
    .option(
      '--discovery',
      'find peers with discovery v4 (UDP, the listen port) and dial up to half of max-peers',
    )
    .option('--bootnode <enode>', 'discovery bootnode (repeatable)', collect)
    .option('--max-peers <n>', 'most devp2p sessions (default 50)')
    .option('--allow-peer <nodeid>', 'only these node ids may connect (repeatable; default anyone)', collect)
    .option('--min-pow <pow>', 'minimum PoW accepted and advertised (default 0.000002)')
    .option('--max-message-size <bytes>', 'largest envelope/packet accepted (default 1048576)')
    .option('--peer-packets-per-second <n>', 'per-peer packet rate, 0 unlimited (default 50)')
    .option('--peer-bytes-per-second <n>', 'per-peer byte rate, 0 unlimited (default 2097152)')
    .option('--no-confirmations', 'do not answer Messages batches with Message Response + Batch Ack')
    .option('--ws <host:port>', 'WebSocket bridge listener (RLPx over WebSocket), e.g. 0.0.0.0:443')
    .option('--tls-cert <file>', 'PEM certificate for the bridge (wss://)')
    .option('--tls-key <file>', 'PEM private key for the bridge')
    .option('--ws-origins <list>', 'comma-separated allowed page origins, or * (default *)')
    .option('--ws-max-connections <n>', 'most bridge connections (default 512)')
    .option('--ws-max-per-address <n>', 'most bridge connections per client address (default 8)')
    .option('--ws-bytes-per-second <n>', 'per-connection client byte rate (default 1048576)')
    .option('--metrics <host:port|off>', 'Prometheus /metrics and /health (default 127.0.0.1:9464)')
    .addOption(
      new Option('--log-level <level>', 'log level (default info)').choices([
        'debug',
        'info',
        'warn',
        'error',
      ]),
    )
    .addOption(new Option('--log-format <format>', 'log format (default json)').choices(['json', 'text']))
    .option('--no-mailserver', 'relay only: no archive, no history requests')
    .option(
      '--mailserver-password <text>',
      'password the request key derives from (default status-offline-inbox)',
    )
    .option('--retention-days <days>', 'drop archived envelopes older than this; 0 keeps all (default 30)')
    .option(
      '--retention-bytes <bytes>',
      'keep the archive under this many bytes; 0 unbounded (default 8 GiB)',
    )
    .option('--prune-interval-seconds <s>', 'how often retention runs (default 3600)')
    .option('--sync-from <enode>', 'mailserver to fill the archive from (shh/6 sync packets)')
    .option('--sync-range <from..to>', 'range to sync: unix seconds, ISO dates, now, -7d, -12h')
    .option('--sync-page-limit <n>', 'envelopes per sync page (default 1000)');

  relay.action(async (opts: Record<string, unknown>, cmd: Command) => {
    const file = typeof opts['config'] === 'string' ? readConfigFile(opts['config']) : {};
    // Only flags actually given on the command line override the file (negatable flags included).
    const flags: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(opts)) {
      if (key === 'config') continue;
      if (cmd.getOptionValueSource(key) === 'cli') flags[key] = value;
    }
    const settings = resolveRelaySettings(file, flags);
    const log = createLogger({
      level: settings.logLevel,
      format: settings.logFormat,
      write: (l) => io.stderr(`${l}\n`),
    });
    const r = await startRelay(settings, { logger: log });
    log.info('relay ready', {
      enode: r.enode,
      capabilities: settings.capabilities.join(','),
      tcp: `${r.addresses.tcp.host}:${r.addresses.tcp.port}`,
      ...(r.addresses.ws !== undefined ? { ws: r.addresses.ws.url } : {}),
      ...(r.addresses.metrics !== undefined
        ? { metrics: `http://${r.addresses.metrics.host}:${r.addresses.metrics.port}/metrics` }
        : {}),
      mailserver: settings.mailserver,
    });
    const sync = new AbortController();
    if (settings.syncFrom !== undefined && settings.syncRange !== undefined && r.sync !== undefined) {
      const range = parseSyncRange(settings.syncRange, Math.floor(Date.now() / 1000));
      const source = parseEnode(settings.syncFrom);
      log.info('sync started', { from: range.from, to: range.to, source: settings.syncFrom });
      const service = r.sync;
      // The source may be unreachable for a while (it is dialled like a static peer): retry with
      // backoff, each attempt resuming after the last stored page, until the range is complete.
      void (async () => {
        for (let attempt = 0; !sync.signal.aborted; attempt++) {
          try {
            const p = await service.run(toHex(source.id), range, {
              signal: sync.signal,
              pageLimit: settings.syncPageLimit,
              name: settings.syncRange as string,
              onPage: (pg) =>
                log.info('sync page', { pages: pg.pages, envelopes: pg.envelopes, done: pg.done }),
            });
            log.info('sync complete', {
              from: p.from,
              to: p.to,
              pages: p.pages,
              envelopes: p.envelopes,
            });
            return;
          } catch (err) {
            if (sync.signal.aborted) return;
            const retryInMs = Math.min(60_000, 2_000 * 2 ** Math.min(attempt, 5));
            log.warn('sync interrupted, will resume', { error: describeError(err), retryInMs });
            await new Promise((res) => setTimeout(res, retryInMs).unref());
          }
        }
      })();
    }
    await new Promise<void>((resolve) => {
      let stopping = false;
      io.onSignal((signal) => {
        if (stopping) {
          io.stderr(`statuskit: ${signal} again, exiting now\n`);
          process.exit(1);
        }
        stopping = true;
        sync.abort();
        void r.close(signal).then(resolve, (err: unknown) => {
          log.error('shutdown failed', { error: describeError(err) });
          resolve();
        });
      });
    });
  });
  const chatIo: ChatIo = {
    stdout: io.stdout,
    stderr: io.stderr,
    get stderrIsTty() {
      return process.stderr.isTTY === true;
    },
  };
  const clientOptions = (c: Command) =>
    c
      .option(
        '--data <dir>',
        'account directory (SQLite) (default ./statuskit-account)',
        './statuskit-account',
      )
      .option('--peer <enode>', 'relay to connect to (repeatable)', collect)
      .option('--mailserver <enode>', 'mailserver for history (repeatable; default the peers)', collect)
      .option(
        '--password-file <file>',
        'read the password from this file (else STATUSKIT_PASSWORD or a prompt)',
      )
      .option('--timeout <seconds>', 'how long to wait for a peer and for the message to leave (default 20)');

  const identity = program.command('identity').description('create, show or import the chat identity');
  identity
    .command('new')
    .description('create an identity (a new mnemonic) and store it encrypted')
    .option('--data <dir>', 'account directory (default ./statuskit-account)', './statuskit-account')
    .option(
      '--password-file <file>',
      'read the password from this file (else STATUSKIT_PASSWORD or a prompt)',
    )
    .option('--scrypt-log-n <n>', 'keystore scrypt cost, log2(N) (default 18)')
    .action((opts) => identityNew(opts, chatIo));
  identity
    .command('show')
    .description('print the public key and the three-word name')
    .option('--data <dir>', 'account directory (default ./statuskit-account)', './statuskit-account')
    .option('--json', 'one JSON object')
    .action((opts) => identityShow(opts, chatIo));
  identity
    .command('export')
    .description('write the encrypted keystore to a file (import it elsewhere with --keystore)')
    .option('--data <dir>', 'account directory (default ./statuskit-account)', './statuskit-account')
    .requiredOption('--out <file>', 'file to create')
    .action((opts) => identityExport(opts, chatIo));
  identity
    .command('import')
    .description('import an identity from a mnemonic file or a statuskit keystore file')
    .option('--data <dir>', 'account directory (default ./statuskit-account)', './statuskit-account')
    .option('--mnemonic-file <file>', 'file whose first line is the BIP39 mnemonic')
    .option('--keystore <file>', 'statuskit keystore file (asks for its password)')
    .option(
      '--password-file <file>',
      'read the password from this file (else STATUSKIT_PASSWORD or a prompt)',
    )
    .option('--scrypt-log-n <n>', 'keystore scrypt cost, log2(N) (default 18)')
    .action((opts) => identityImport(opts, chatIo));

  clientOptions(program.command('send'))
    .description('send a message to #public-chat or 0x04… (a 1:1 chat); prints its id')
    .argument('<chat>', '#name or 0x04… public key')
    .argument('<text...>', 'the message')
    .action((chat: string, words: string[], opts) => sendCommand(chat, words.join(' '), opts, chatIo));
  clientOptions(program.command('history'))
    .description("fetch a chat's history from the mailservers and print it")
    .argument('<chat>', '#name or 0x04… public key')
    .option('--since <time>', 'unix seconds, ISO date or -7d / -12h (default -24h)')
    .option('--limit <n>', 'most messages printed (default 1000)')
    .option('--json', 'one JSON object per message')
    .action((chat: string, opts) => historyCommand(chat, opts, chatIo));
  clientOptions(program.command('chat'))
    .description('interactive chat: history, then live; each line typed is sent')
    .argument('<chat>', '#name or 0x04… public key')
    .option('--json', 'one JSON object per message')
    .action((chat: string, opts) =>
      chatCommand(chat, opts, chatIo, process.stdin, (h) => io.onSignal(() => h())),
    );
  program
    .command('bench-relay')
    .description('measure envelopes relayed per second by one relay process between N loopback peers')
    .option('--peers <n>', 'peers (default 8; half waku/1, half shh/6)')
    .option('--envelopes <n>', 'envelopes each peer posts (default 500)')
    .option('--payload-bytes <n>', 'payload size (default 256)')
    .option('--timeout <seconds>', 'time bound (default 120)')
    .action(async (opts) => {
      const bin = process.argv[1];
      if (bin === undefined) throw new CliError('bench-relay: cannot find the statuskit bin');
      const r = await benchRelay(benchOptions(opts, bin, (l) => io.stderr(`${l}\n`)));
      io.stdout(formatBench(r));
    });
  return program;
}

/**
 * Runs the program on `argv` (without node and script) and returns the exit code. Errors the
 * operator can fix become one line; anything else is reported as an internal error, still on one
 * line (set STATUSKIT_DEBUG=1 for the stack).
 */
export async function runProgram(argv: readonly string[], io: ProgramIo): Promise<number> {
  const program = buildProgram(io);
  try {
    await program.parseAsync([...argv], { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit 0; commander already printed its one-line error
      return err.exitCode === 0 ? 0 : 2;
    }
    if (err instanceof CliError) {
      io.stderr(`statuskit: ${err.message}\n`);
      return err.exitCode;
    }
    io.stderr(`statuskit: internal error: ${describeError(err)}\n`);
    if (process.env['STATUSKIT_DEBUG'] === '1' && err instanceof Error) io.stderr(`${err.stack}\n`);
    return 1;
  }
}
