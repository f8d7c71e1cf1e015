import { StatuskitError } from '@statuskit/utils';

/**
 * A failure the operator can fix (bad flag or config, port in use, unreadable key file): the
 * command prints its message as one line on stderr and exits with `exitCode`, never a stack trace.
 */
export class CliError extends StatuskitError {
  override readonly name: string = 'CliError';
  /** 2 for usage and configuration errors, 1 for runtime failures. */
  readonly exitCode: number;

  constructor(message: string, options: { cause?: unknown; exitCode?: number } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.exitCode = options.exitCode ?? 1;
  }
}

/** A configuration or flag value the command cannot use (exit code 2). */
export class ConfigError extends CliError {
  override readonly name: string = 'ConfigError';

  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { ...options, exitCode: 2 });
  }
}

/** One line describing `err` for stderr: the message and, for system errors, their code. */
export function describeError(err: unknown): string {
  if (err instanceof CliError) return err.message;
  if (err instanceof Error) {
    const code = (err as NodeJS.ErrnoException).code;
    const text = err.message.split('\n')[0] ?? err.name;
    return code !== undefined && !text.includes(code) ? `${text} (${code})` : text;
  }
  return String(err);
}
