#!/usr/bin/env node
/** The `statuskit` executable: runs the program on this process's arguments and signals. */
import { runProgram } from './program.js';

// Signal handlers go in first, so a SIGTERM that arrives while the relay is still starting is not
// the default "die now": it is delivered to the command's handler as soon as one is registered.
let handler: ((signal: string) => void) | undefined;
let pending: string | undefined;
let signals = 0;
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.on(signal, () => {
    signals++;
    if (handler !== undefined) handler(signal);
    else if (signals > 1) process.exit(130);
    else pending = signal;
  });
}

const code = await runProgram(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  onSignal: (h) => {
    handler = h;
    if (pending !== undefined) h(pending);
  },
});
// The work is done (or failed): sockets a peer keeps half-open must not hold the process.
process.exit(code);
