/**
 * The bot as a service: reads its configuration, starts, and on SIGINT or SIGTERM stops gracefully
 * (answers being sent finish, the client disconnects, the database is closed) before exiting 0.
 * Exit codes: 0 stopped cleanly, 1 failed, 2 bad configuration.
 */
import { startBot } from './bot.js';
import { ConfigError, parseConfig, USAGE } from './config.js';

const log = (line: string) => console.log(`${new Date().toISOString()} ${line}`);

let config: ReturnType<typeof parseConfig>;
try {
  config = parseConfig(process.argv.slice(2), process.env);
} catch (err) {
  if (!(err instanceof ConfigError)) throw err;
  console.error(`${err.message}\n\n${USAGE}`);
  process.exit(2);
}
if (config.help) {
  console.log(USAGE);
  process.exit(0);
}

try {
  const bot = await startBot(config, log);
  log(`ready: "${bot.identity.alias}" ${bot.identity.publicKeyString}`);
  log(`in #${config.chat}; send a 1:1 message to the key above to get an answer`);
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    log(`${signal}: stopping`);
    bot.stop().then(
      () => {
        log('stopped');
        process.exit(0);
      },
      (err: unknown) => {
        log(`stop failed: ${String(err)}`);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (err) {
  log(`failed to start: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`);
  process.exit(1);
}
