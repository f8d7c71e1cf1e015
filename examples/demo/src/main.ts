/**
 * `pnpm demo [-- --peer enode://… --mailserver enode://…]`: runs the demo and exits 0 only if every
 * expected message arrived exactly once (1 otherwise, 2 on a bad command line).
 */
import { parseDemoArgs, USAGE, UsageError } from './args.js';
import { runDemo } from './demo.js';

let args: ReturnType<typeof parseDemoArgs>;
try {
  args = parseDemoArgs(process.argv.slice(2));
} catch (err) {
  if (!(err instanceof UsageError)) throw err;
  console.error(`${err.message}\n\n${USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(USAGE);
  process.exit(0);
}
const result = await runDemo({ peers: args.peers, mailservers: args.mailservers, chat: args.chat });
process.exit(result.ok ? 0 : 1);
