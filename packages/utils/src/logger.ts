/** Structured logging, injected; silent unless the caller supplies a logger. */

/** Fields attached to a log line. Never put key material in them. */
export type LogFields = Record<string, unknown>;

/** The logger every statuskit component accepts. */
export interface Logger {
  debug(msg: string, fields?: LogFields): void;
  info(msg: string, fields?: LogFields): void;
  warn(msg: string, fields?: LogFields): void;
  error(msg: string, fields?: LogFields): void;
  /** A logger that adds `fields` to every line (for example `{ peer }`). */
  child(fields: LogFields): Logger;
}

const noop = () => {};

/** A logger that drops everything: the default. */
export const silentLogger: Logger = {
  debug: noop,
  info: noop,
  warn: noop,
  error: noop,
  child: () => silentLogger,
};

/** Levels in increasing severity. */
export const LOG_LEVELS = ['debug', 'info', 'warn', 'error'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

/**
 * A logger writing to `console` at or above `level`, with a `[name]` prefix and fields as JSON-ish
 * trailing data.
 */
export function consoleLogger(name: string, level: LogLevel = 'info', base: LogFields = {}): Logger {
  const min = LOG_LEVELS.indexOf(level);
  const make = (lvl: LogLevel) => (msg: string, fields?: LogFields) => {
    if (LOG_LEVELS.indexOf(lvl) < min) return;
    const all = { ...base, ...fields };
    const tail = Object.keys(all).length > 0 ? all : '';
    console[lvl](`[${name}] ${msg}`, tail);
  };
  return {
    debug: make('debug'),
    info: make('info'),
    warn: make('warn'),
    error: make('error'),
    child: (fields) => consoleLogger(name, level, { ...base, ...fields }),
  };
}
