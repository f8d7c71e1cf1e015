/**
 * Structured logs for the command: one line per event on stderr, either JSON (`{"t":…,"level":…,
 * "msg":…, …fields}`, for journald and log shippers) or plain text. Implements the utils `Logger`
 * so every statuskit component logs through it.
 */
import type { LogFields, Logger, LogLevel } from '@statuskit/utils';

const LEVELS: readonly LogLevel[] = ['debug', 'info', 'warn', 'error'];

/** Options of {@link createLogger}. */
export interface CliLoggerOptions {
  level: LogLevel;
  format: 'json' | 'text';
  /** Where lines go; default stderr. */
  write?: (line: string) => void;
  /** Clock for the timestamp, ms. */
  now?: () => number;
}

function jsonSafe(value: unknown): unknown {
  if (value instanceof Uint8Array) return `0x${Buffer.from(value).toString('hex')}`;
  if (typeof value === 'bigint') return value.toString();
  if (value instanceof Error) return value.message;
  return value;
}

/** Creates a logger writing one line per call at or above `level`. */
export function createLogger(options: CliLoggerOptions, base: LogFields = {}): Logger {
  const min = LEVELS.indexOf(options.level);
  const write = options.write ?? ((line: string) => process.stderr.write(`${line}\n`));
  const now = options.now ?? Date.now;
  const make = (level: LogLevel) => (msg: string, fields?: LogFields) => {
    if (LEVELS.indexOf(level) < min) return;
    const all: LogFields = { ...base, ...fields };
    if (options.format === 'json') {
      write(JSON.stringify({ t: new Date(now()).toISOString(), level, msg, ...all }, (_k, v) => jsonSafe(v)));
      return;
    }
    const tail = Object.entries(all)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => {
        const s = jsonSafe(v);
        return `${k}=${typeof s === 'string' && !/\s/.test(s) ? s : JSON.stringify(s)}`;
      })
      .join(' ');
    write(
      `${new Date(now()).toISOString()} ${level.toUpperCase().padEnd(5)} ${msg}${tail ? ` ${tail}` : ''}`,
    );
  };
  return {
    debug: make('debug'),
    info: make('info'),
    warn: make('warn'),
    error: make('error'),
    child: (fields) => createLogger(options, { ...base, ...fields }),
  };
}
