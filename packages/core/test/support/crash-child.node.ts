/**
 * A client process for the crash tests: a client on SQLite (`SK_DB`) that kills itself with
 * SIGKILL at its `SK_KILL_AT`-th storage write (a put, delete or batch, counted from process start),
 * `before` the write reaches SQLite or `after` it committed (`SK_KILL_MODE`). Until then it
 * connects to `SK_RELAY`, opens the 1:1 chat with `SK_PEER`, receives what the peer sends and sends
 * `SK_COUNT` messages `SK_PREFIX<i>`, printing `READY`, `SENT <id>` once `sendText` resolved,
 * `RECEIVED <id>`, `KILL <n> <mode> <what>` just before dying and `DONE <writes so far>` when its messages are out.
 * The clock is the chaos time base shared with the parent (`SK_RATE`, `SK_REAL0`, `SK_VIRTUAL0`).
 */
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import { sqliteStorage } from '@statuskit/storage-sqlite';
import { tcp } from '@statuskit/transport-node';
import { type BatchOp, fromHex, type Storage } from '@statuskit/utils';
import { createClient } from '../../src/index.js';
import { chaosTime } from './chaos.js';

const env = (k: string) => {
  const v = process.env[k];
  if (v === undefined) throw new Error(`${k} is not set`);
  return v;
};
const out = (line: string) => process.stdout.write(`${line}\n`);
const killAt = Number(process.env.SK_KILL_AT ?? '0');
const mode = process.env.SK_KILL_MODE === 'after' ? 'after' : 'before';
let writes = 0;

/** Counts writes and dies at the chosen one. */
function killing(inner: Storage): Storage {
  const die = (what: string): never => {
    out(`KILL ${writes} ${mode} ${what}`);
    process.kill(process.pid, 'SIGKILL');
    throw new Error('unreachable');
  };
  const write = async (what: string, fn: () => Promise<void>) => {
    writes++;
    const now = writes === killAt;
    if (now && mode === 'before') die(what);
    await fn();
    if (now) die(what);
  };
  return {
    get: (k) => inner.get(k),
    iterate: (o) => inner.iterate(o),
    close: () => inner.close(),
    put: (k, v) => write('put', () => inner.put(k, v)),
    delete: (k) => write('delete', () => inner.delete(k)),
    batch: (ops: readonly BatchOp[]) => write(`batch(${ops.length})`, () => inner.batch(ops)),
  };
}

const time = chaosTime(Number(env('SK_RATE')), {
  realStart: Number(env('SK_REAL0')),
  virtualStart: Number(env('SK_VIRTUAL0')),
});
const client = await createClient({
  crypto: await createNodeCrypto(),
  identity: { privateKey: fromHex(env('SK_KEY')) },
  storage: killing(sqliteStorage({ path: env('SK_DB') })),
  clock: time.clock(),
  transports: [tcp()],
  mailservers: [env('SK_RELAY')],
  minBackoffMs: 100,
  maxBackoffMs: 1000,
  ttlSeconds: 60,
});
client.addEventListener('message:received', (e) => out(`RECEIVED ${e.detail.id}`));
while (client.peers().length === 0) await new Promise((r) => setTimeout(r, 10));
out('READY');
const chat = await client.openChat(env('SK_PEER'));
for (let i = 0; i < Number(env('SK_COUNT')); i++) {
  const m = await chat.sendText(`${env('SK_PREFIX')}${i}`);
  out(`SENT ${m.id}`);
}
out(`DONE ${writes}`);
// Stay up: the parent kills us, so nothing is ever closed cleanly.
setInterval(() => undefined, 1000);
