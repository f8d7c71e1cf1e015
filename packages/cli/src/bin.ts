#!/usr/bin/env node
/** The `statuskit` executable: runs the program on this process's arguments and signals. */
import { runProgram } from './program.js';

const code = await runProgram(process.argv.slice(2), {
  stdout: (s) => process.stdout.write(s),
  stderr: (s) => process.stderr.write(s),
  onSignal: (handler) => {
    process.on('SIGTERM', () => handler('SIGTERM'));
    process.on('SIGINT', () => handler('SIGINT'));
  },
});
process.exitCode = code;
// Sockets or timers a failed start left behind must not keep the process alive.
if (code !== 0) setTimeout(() => process.exit(code), 200).unref();
