/**
 * Test support: builds the `statuskit` bin with the package's own tsup config (bin only, into a
 * private folder under the package, so its npm dependencies resolve as in `dist/`), spawns it as a
 * real process on loopback, reads its JSON log lines, and connects in-process Whisper/Waku clients.
 */
import { type ChildProcess, execFile, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createPeerSession, type PeerSession, parseEnode } from '@statuskit/devp2p';
import { tcp } from '@statuskit/transport-node';
import { nobleCrypto } from '@statuskit/utils';
import { createWhisperNode, type WhisperCapability, type WhisperNode } from '@statuskit/whisper';
import { afterAll, beforeAll } from 'vitest';

const pkgDir = resolve(import.meta.dirname, '..', '..');

/**
 * Builds the bin once per test run (test files run in workers of one vitest process, so they share
 * `process.ppid`): the first file to claim the folder builds, the others wait for its `done` marker.
 * Resolves with the bin's path.
 */
/**
 * The usual fixture of a CLI test file: builds the bin once (before all), and kills what the file
 * started and closes its clients (after all). Push spawned relays to `started`, clients to `clients`.
 */
export function useCliProcesses(): { readonly bin: string; started: Spawned[]; clients: TestClient[] } {
  let bin: string | undefined;
  const started: Spawned[] = [];
  const clients: TestClient[] = [];
  beforeAll(async () => {
    bin = await buildCli();
  }, 120_000);
  afterAll(async () => {
    await Promise.allSettled(clients.map((c) => c.close()));
    await Promise.allSettled(started.map((s) => s.stop('SIGKILL')));
  });
  return {
    get bin() {
      if (bin === undefined) throw new Error('the CLI is built in beforeAll: read bin inside a test');
      return bin;
    },
    started,
    clients,
  };
}

export async function buildCli(): Promise<string> {
  const base = join(pkgDir, '.test-build');
  mkdirSync(base, { recursive: true });
  // Folders of earlier runs (an hour old) go.
  for (const name of readdirSync(base)) {
    const path = join(base, name);
    if (Date.now() - statSync(path).mtimeMs > 3_600_000) rmSync(path, { recursive: true, force: true });
  }
  // The vitest process's id and start time name this run (a reused pid must not find an old bin).
  let started = '';
  try {
    started = (readFileSync(`/proc/${process.ppid}/stat`, 'utf8').split(') ')[1] ?? '').split(' ')[19] ?? '';
  } catch {
    started = String(Date.now()); // no procfs: no sharing between files, each builds its own
  }
  const out = join(base, `run-${process.ppid}-${started}`);
  const bin = join(out, 'bin.js');
  const done = join(out, 'done');
  let builder = true;
  try {
    mkdirSync(out);
  } catch {
    builder = false;
  }
  if (!builder) {
    const end = Date.now() + 150_000;
    while (!existsSync(done)) {
      if (Date.now() > end) throw new Error(`timed out waiting for another test file to build ${bin}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    if (readFileSync(done, 'utf8') !== 'ok') throw new Error(`building ${bin} failed in another test file`);
    return bin;
  }
  const tsup = join(pkgDir, '..', '..', 'node_modules', '.bin', 'tsup');
  try {
    await new Promise<void>((res, rej) => {
      execFile(
        tsup,
        [],
        {
          cwd: pkgDir,
          timeout: 120_000,
          env: { ...process.env, STATUSKIT_CLI_BIN_ONLY: '1', STATUSKIT_CLI_OUT_DIR: out },
        },
        (err, _stdout, stderr) => (err ? rej(new Error(`tsup failed: ${err.message}\n${stderr}`)) : res()),
      );
    });
  } catch (err) {
    writeFileSync(done, 'failed');
    throw err;
  }
  writeFileSync(done, 'ok');
  return bin;
}

/** A fresh temporary data directory. */
export function tempDir(prefix = 'statuskit-cli-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A log line of the relay (JSON format). */
export type LogLine = { level: string; msg: string } & Record<string, unknown>;

/** A spawned `statuskit` process. */
export interface Spawned {
  proc: ChildProcess;
  /** Parsed JSON log lines so far. */
  lines: LogLine[];
  /** Raw stderr and stdout so far. */
  stderr: () => string;
  stdout: () => string;
  /** Resolves with the first log line whose `msg` is `msg` (rejects on exit or timeout). */
  waitFor(msg: string | ((l: LogLine) => boolean), timeoutMs?: number): Promise<LogLine>;
  /** Resolves with the exit code (null on signal). */
  exited: Promise<number | null>;
  /** Sends `signal` and waits for the exit (SIGKILL after `timeoutMs`). */
  stop(signal?: NodeJS.Signals, timeoutMs?: number): Promise<number | null>;
}

/** Runs `node bin args…`. */
export function spawnCli(bin: string, args: readonly string[], env: Record<string, string> = {}): Spawned {
  const proc = spawn(process.execPath, [bin, ...args], {
    stdio: ['pipe', 'pipe', 'pipe'],
    env: { ...process.env, ...env },
  });
  let err = '';
  let out = '';
  let partial = '';
  const lines: LogLine[] = [];
  const waiters = new Set<() => void>();
  proc.stderr?.setEncoding('utf8').on('data', (chunk: string) => {
    err += chunk;
    partial += chunk;
    const parts = partial.split('\n');
    partial = parts.pop() ?? '';
    for (const p of parts) {
      if (!p.startsWith('{')) continue;
      try {
        lines.push(JSON.parse(p) as LogLine);
      } catch {
        // not a log line
      }
    }
    for (const w of waiters) w();
  });
  proc.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    for (const w of waiters) w();
  });
  const exited = new Promise<number | null>((res) => proc.once('exit', (code) => res(code)));
  let done = false;
  void exited.then(() => {
    done = true;
    for (const w of waiters) w();
  });
  const spawned: Spawned = {
    proc,
    lines,
    stderr: () => err,
    stdout: () => out,
    exited,
    waitFor(msg, timeoutMs = 20_000) {
      const match = typeof msg === 'string' ? (l: LogLine) => l.msg === msg : msg;
      return new Promise((res, rej) => {
        const check = () => {
          const hit = lines.find(match);
          if (hit !== undefined) {
            cleanup();
            res(hit);
          } else if (done) {
            cleanup();
            rej(new Error(`statuskit exited before ${String(msg)}; stderr:\n${err}`));
          }
        };
        const timer = setTimeout(() => {
          cleanup();
          rej(new Error(`timed out waiting for ${String(msg)}; stderr:\n${err}`));
        }, timeoutMs);
        const cleanup = () => {
          clearTimeout(timer);
          waiters.delete(check);
        };
        waiters.add(check);
        check();
      });
    },
    async stop(signal = 'SIGTERM', timeoutMs = 15_000) {
      if (!done) proc.kill(signal);
      const timer = setTimeout(() => proc.kill('SIGKILL'), timeoutMs);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
  return spawned;
}

/** Where a started relay listens, from its `relay ready` line. */
export interface RelayReady {
  enode: string;
  ws?: string;
  metrics?: string;
}

/** Spawns `statuskit relay` on loopback with free ports and waits until it is ready. */
export async function startRelayProcess(
  bin: string,
  options: { data?: string; args?: readonly string[] } = {},
): Promise<Spawned & { ready: RelayReady; data: string }> {
  const data = options.data ?? tempDir();
  mkdirSync(dirname(join(data, 'x')), { recursive: true });
  const s = spawnCli(bin, [
    'relay',
    '--data',
    data,
    '--listen',
    '127.0.0.1:0',
    '--metrics',
    '127.0.0.1:0',
    '--log-level',
    'debug',
    ...(options.args ?? []),
  ]);
  const line = await s.waitFor('relay ready');
  const ready: RelayReady = { enode: line['enode'] as string };
  if (typeof line['ws'] === 'string') ready.ws = line['ws'];
  if (typeof line['metrics'] === 'string') ready.metrics = line['metrics'];
  return Object.assign(s, { ready, data });
}

/** An in-process Whisper/Waku client connected to a relay over TCP. */
export interface TestClient {
  node: WhisperNode;
  privateKey: Uint8Array;
  session: PeerSession;
  close(): Promise<void>;
}

/** Connects a full node speaking `capabilities` to `enode` and waits for the Whisper handshake. */
export async function connectClient(enode: string, capabilities: WhisperCapability[]): Promise<TestClient> {
  const e = parseEnode(enode);
  const privateKey = nobleCrypto.secp256k1GeneratePrivateKey();
  const node = createWhisperNode({ capabilities });
  const session = createPeerSession({
    duplex: await tcp().dial(e.host, e.tcpPort, { timeoutMs: 5_000 }),
    privateKey,
    remoteId: e.id,
    protocols: node.protocols,
  });
  await session.ready;
  await until(() => node.peers().length > 0, 5_000, 'whisper handshake');
  return {
    node,
    privateKey,
    session,
    async close() {
      node.close();
      session.disconnect();
      await session.closed;
    },
  };
}

/** Polls `cond` every 25 ms until it holds. */
export async function until(
  cond: () => boolean | Promise<boolean>,
  timeoutMs: number,
  what: string,
): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

/** Fetches a relay's metrics and returns `name{labels}` → value. */
export async function scrape(url: string): Promise<Map<string, number>> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  const out = new Map<string, number>();
  for (const line of (await res.text()).split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const i = line.lastIndexOf(' ');
    out.set(line.slice(0, i), Number(line.slice(i + 1)));
  }
  return out;
}
