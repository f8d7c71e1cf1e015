/**
 * The child processes of the client benches (a relay, a client): each runs one script under tsx,
 * speaks JSON lines on its stdout and ends when its stdin closes.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export interface BenchChild {
  /** The first JSON line the child printed (its address, its key). */
  hello: Record<string, unknown>;
  /** Called with every later JSON line. */
  onLine(listener: (line: Record<string, unknown>) => void): void;
  /** Writes one JSON line to the child's stdin. */
  send(line: Record<string, unknown>): void;
  /** Closes the child's stdin (it exits) and waits for it. */
  close(): Promise<void>;
}

/** Unix ms with sub-millisecond precision, comparable across processes on one machine. */
export const epochMs = (): number => performance.timeOrigin + performance.now();

/** Starts `script` (beside this file) with `args`; resolves once it printed its first line. */
export async function startChild(
  script: string,
  args: string[],
  env: Record<string, string>,
): Promise<BenchChild> {
  const child = spawn(
    process.execPath,
    [
      '--conditions=@statuskit/source',
      '--import',
      'tsx',
      fileURLToPath(new URL(script, import.meta.url)),
      ...args,
    ],
    { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'inherit'] },
  );
  const listeners: Array<(line: Record<string, unknown>) => void> = [];
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const hello = await new Promise<Record<string, unknown>>((resolve, reject) => {
    let buf = '';
    let first = true;
    child.stdout.on('data', (d: Buffer) => {
      buf += d.toString();
      for (let i = buf.indexOf('\n'); i >= 0; i = buf.indexOf('\n')) {
        const line = JSON.parse(buf.slice(0, i)) as Record<string, unknown>;
        buf = buf.slice(i + 1);
        if (first) {
          first = false;
          resolve(line);
        } else for (const l of listeners) l(line);
      }
    });
    void exited.then(() => reject(new Error(`${script} exited with ${child.exitCode}`)));
  });
  return {
    hello,
    onLine: (listener) => listeners.push(listener),
    send: (line) => child.stdin.write(`${JSON.stringify(line)}\n`),
    close: async () => {
      child.stdin.end();
      await exited;
    },
  };
}
