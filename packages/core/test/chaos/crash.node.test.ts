/**
 * Crash tests: Alice's client runs in a child process on SQLite and is killed with SIGKILL again
 * and again: at a storage write chosen by a seeded PRNG (before it reaches SQLite, or right after
 * it committed), while she sends and while she receives, or at an arbitrary moment when she got
 * that far. Bob, in this process, writes to her meanwhile. Afterwards Alice is reopened on the
 * same file and the network is left to settle; then every message Alice's `sendText` returned is
 * in her store, every outgoing message in her store reached Bob exactly once and ends `delivered`,
 * and every message Bob sent is stored by Alice exactly once.
 *
 * `CRASH_KILLS` (default 50) sets the number of kill points, `CRASH_SEED` the seed (`random` for a
 * fresh one; the soak runs 1,000 kill points that way).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import { sqliteStorage } from '@statuskit/storage-sqlite';
import { tcp } from '@statuskit/transport-node';
import { toHex } from '@statuskit/utils';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../../test/support/wait.js';
import { type Client, createClient, createIdentity, type Message } from '../../src/index.js';
import { chaosTime, prng } from '../support/chaos.js';
import { startRelay } from '../support/relay.node.js';

const KILLS = Number(process.env.CRASH_KILLS ?? 50);
const SEED =
  process.env.CRASH_SEED === 'random'
    ? Math.floor(Math.random() * 2 ** 32)
    : Number(process.env.CRASH_SEED ?? 20261207);
/** Virtual ms per real ms: MVDS retransmits after 27 s of virtual time (§6.4). */
const RATE = 5;
/**
 * A child run makes 20–40 writes until its three messages are out (the first run more), then
 * more as it receives and acknowledges; kill points are drawn from the first 50.
 */
const MAX_KILL_WRITE = 50;

const dir = mkdtempSync(join(tmpdir(), 'statuskit-crash-'));
const child = join(dir, 'child.mjs');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  // One bundle instead of a TypeScript loader per start: a child is up in a fraction of a second.
  const sqlitePkg = createRequire(import.meta.url).resolve('@statuskit/storage-sqlite/package.json');
  const betterSqlite = createRequire(sqlitePkg).resolve('better-sqlite3');
  await build({
    entryPoints: [join(__dirname, '..', 'support', 'crash-child.node.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    conditions: ['@statuskit/source'],
    outfile: child,
    logLevel: 'warning',
    plugins: [
      {
        name: 'native-sqlite',
        setup(b) {
          b.onResolve({ filter: /^better-sqlite3$/ }, () => ({ path: betterSqlite, external: true }));
        },
      },
    ],
  });
  expect(dirname(child)).toBe(dir);
}, 60_000);

interface Run {
  killedAt?: string;
  timed: boolean;
  sent: string[];
  received: string[];
}

function runChild(env: Record<string, string>, timedKillMs: number, afterDoneMs: number): Promise<Run> {
  return new Promise((resolve, reject) => {
    const p: ChildProcess = spawn(process.execPath, [child], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const run: Run = { timed: false, sent: [], received: [] };
    const started = Date.now();
    let buf = '';
    let err = '';
    let timer: NodeJS.Timeout | undefined;
    const killLater = (ms: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        run.timed = true;
        p.kill('SIGKILL');
      }, ms);
    };
    killLater(timedKillMs);
    p.stderr?.setEncoding('utf8').on('data', (c: string) => {
      err += c;
    });
    p.stdout?.setEncoding('utf8').on('data', (chunk: string) => {
      buf += chunk;
      const lines = buf.split('\n');
      buf = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('SENT ')) run.sent.push(line.slice(5));
        else if (line.startsWith('RECEIVED ')) run.received.push(line.slice(9));
        else if (line.startsWith('KILL ')) run.killedAt = line.slice(5);
        else if (line.startsWith('DONE')) killLater(afterDoneMs);
        if (line === 'READY') readyHooks.shift()?.();
        if (process.env.CRASH_DEBUG) console.log(Date.now() - started, line);
      }
    });
    p.once('exit', (_code, signal) => {
      clearTimeout(timer);
      if (signal !== 'SIGKILL') reject(new Error(`child ended by itself (${signal}): ${err.slice(-2000)}`));
      else resolve(run);
    });
  });
}
const readyHooks: Array<() => void> = [];

describe('crash: SIGKILL at storage writes, restart, repeat', () => {
  it(
    `loses nothing and doubles nothing over ${KILLS} kills (seed ${SEED})`,
    async () => {
      const rng = prng(SEED);
      const time = chaosTime(RATE);
      const crypto = await createNodeCrypto();
      const relay = await startRelay({ clock: time.clock(), crypto });
      const { identity: alice } = await createIdentity();
      const { identity: bobId } = await createIdentity();
      const db = join(dir, 'alice.db');
      const bob = await createClient({
        crypto,
        identity: bobId,
        clock: time.clock(),
        transports: [tcp()],
        mailservers: [relay.enode],
        minBackoffMs: 100,
        maxBackoffMs: 1000,
        ttlSeconds: 60,
      });
      const bobGot = new Map<string, number>();
      bob.addEventListener('message:received', (e) =>
        bobGot.set(e.detail.id, (bobGot.get(e.detail.id) ?? 0) + 1),
      );
      let a: Client | undefined;
      let storage: ReturnType<typeof sqliteStorage> | undefined;
      try {
        await waitUntil(() => bob.peers().length > 0, 'bob connected', 20_000);
        const bobChat = await bob.openChat(alice.publicKeyString);
        const sentByAlice = new Set<string>();
        const sentByBob: string[] = [];
        const killedAt: string[] = [];
        let timed = 0;
        const t0 = Date.now();
        for (let k = 0; k < KILLS; k++) {
          const killAt = 1 + rng.int(MAX_KILL_WRITE);
          const mode = rng.chance(0.5) ? 'after' : 'before';
          // Bob writes while Alice starts: she receives (and stores) while she may be killed.
          readyHooks.push(() => {
            void bobChat.sendText(`bob ${k}`).then((m) => sentByBob.push(m.id));
          });
          const run = await runChild(
            {
              SK_DB: db,
              SK_KEY: toHex(alice.privateKey),
              SK_RELAY: relay.enode,
              SK_PEER: bob.identity.publicKeyString,
              SK_COUNT: '3',
              SK_PREFIX: `alice ${k}.`,
              SK_KILL_AT: String(killAt),
              SK_KILL_MODE: mode,
              SK_RATE: String(RATE),
              SK_REAL0: String(time.realStart),
              SK_VIRTUAL0: String(time.virtualStart),
            },
            5000,
            rng.range(0, 1000),
          );
          readyHooks.length = 0;
          for (const id of run.sent) sentByAlice.add(id);
          if (run.killedAt !== undefined) killedAt.push(run.killedAt);
          else timed++;
        }
        const crashMs = Date.now() - t0;
        // Alice comes back for good on the same file; the network settles.
        storage = sqliteStorage({ path: db });
        a = await createClient({
          crypto,
          identity: alice,
          storage,
          clock: time.clock(),
          transports: [tcp()],
          mailservers: [relay.enode],
          minBackoffMs: 100,
          maxBackoffMs: 1000,
          ttlSeconds: 60,
        });
        const alive = a;
        const aliceChat = bob.identity.publicKeyString;
        const settled = async () => {
          const mine = await alive.messages(aliceChat);
          const out = mine.filter((m) => m.outgoing);
          const inc = mine.filter((m) => !m.outgoing);
          const bobs = await bob.messages(alice.publicKeyString);
          return (
            out.every((m) => m.status === 'delivered' && bobGot.has(m.id)) &&
            sentByBob.every((id) => inc.some((m) => m.id === id)) &&
            bobs.filter((m) => m.outgoing).every((m) => m.status === 'delivered')
          );
        };
        // MVDS retries drift apart with uptime (status-go 0.62 schedule, §6.4): longer runs settle longer.
        const end = Date.now() + 120_000 + KILLS * 500;
        let lastLog = 0;
        while (!(await settled()) && Date.now() < end) {
          await new Promise((r) => setTimeout(r, 250));
          if (process.env.CRASH_DEBUG && Date.now() - lastLog > 5000) {
            lastLog = Date.now();
            const mine = await alive.messages(aliceChat);
            console.log(
              'settling',
              mine
                .filter((m) => m.outgoing && m.status !== 'delivered')
                .map((m) => `${m.id.slice(0, 8)}:${m.status}:${bobGot.get(m.id) ?? 0}`)
                .join(' '),
              'bob→alice missing',
              sentByBob.filter((id) => !mine.some((m) => m.id === id)).length,
            );
          }
          if (alive.peers().length > 0) await alive.syncHistory().catch(() => undefined);
        }
        await alive.syncHistory();
        await alive.whenIdle();
        await bob.whenIdle();
        const mine: Message[] = await alive.messages(aliceChat);
        const ids = mine.map((m) => m.id);
        const outgoing = mine.filter((m) => m.outgoing);
        const incoming = mine.filter((m) => !m.outgoing);
        console.log(
          JSON.stringify({
            seed: SEED,
            kills: KILLS,
            atWrite: killedAt.length,
            before: killedAt.filter((x) => x.includes('before')).length,
            inBatch: killedAt.filter((x) => x.includes('batch')).length,
            timed,
            aliceSentReturned: sentByAlice.size,
            aliceStoredOutgoing: outgoing.length,
            bobSent: sentByBob.length,
            crashPhaseMs: crashMs,
            settleMs: Date.now() - t0 - crashMs,
          }),
        );
        // Nothing twice in Alice's store, nothing twice at Bob.
        expect(new Set(ids).size).toBe(ids.length);
        expect([...bobGot.values()].filter((n) => n !== 1)).toEqual([]);
        // What sendText returned survived every crash.
        expect([...sentByAlice].filter((id) => !ids.includes(id))).toEqual([]);
        // Every outgoing message reached Bob once and ends delivered; Bob got nothing else.
        expect(outgoing.filter((m) => bobGot.get(m.id) !== 1).map((m) => m.id)).toEqual([]);
        expect([...bobGot.keys()].sort()).toEqual(outgoing.map((m) => m.id).sort());
        expect(outgoing.filter((m) => m.status !== 'delivered').map((m) => m.status)).toEqual([]);
        // Every message Bob sent is stored by Alice exactly once.
        expect(incoming.map((m) => m.id).sort()).toEqual([...sentByBob].sort());
        expect(killedAt.length).toBeGreaterThan(KILLS / 2);
      } finally {
        await a?.close();
        await storage?.close();
        await bob.close();
        await relay.close();
      }
    },
    300_000 + KILLS * 3000,
  );
});
