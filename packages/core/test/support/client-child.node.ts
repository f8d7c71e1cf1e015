/**
 * A client process for crash tests: opens a client on SQLite (`SK_DB`), connects to `SK_RELAY`,
 * opens the 1:1 chat with `SK_PEER` and sends `SK_COUNT` messages `SK_PREFIX<i>`, printing
 * `SENT <id>` as each is handed to the network. The parent kills it with SIGKILL at some point.
 */
import { sqliteStorage } from '@statuskit/storage-sqlite';
import { tcp } from '@statuskit/transport-node';
import { fromHex } from '@statuskit/utils';
import { createClient } from '../../src/index.js';

const env = (k: string) => {
  const v = process.env[k];
  if (v === undefined) throw new Error(`${k} is not set`);
  return v;
};
const storage = sqliteStorage({ path: env('SK_DB') });
const client = await createClient({
  identity: { privateKey: fromHex(env('SK_KEY')) },
  storage,
  transports: [tcp()],
  mailservers: [env('SK_RELAY')],
  minBackoffMs: 100,
});
while (client.peers().length === 0) await new Promise((r) => setTimeout(r, 20));
process.stdout.write('READY\n');
const chat = await client.openChat(env('SK_PEER'));
for (let i = 0; i < Number(env('SK_COUNT')); i++) {
  const m = await chat.sendText(`${env('SK_PREFIX')}${i}`);
  process.stdout.write(`SENT ${m.id}\n`);
}
process.stdout.write('DONE\n');
// Stay up (the parent kills us) so nothing is closed cleanly.
setInterval(() => undefined, 1000);
