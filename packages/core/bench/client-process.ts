/**
 * One client of the 1:1 bench in its own process (two clients are two devices in a deployment, and
 * the machine has more than one core): connects to the relay at `argv[2]` with the provider named
 * by `BENCH_PROVIDER`, prints `{ "key" }` (its `0x04…` key), then one line `{ "id", "t" }` per
 * received message (`t` from `epochMs`). It answers a message whose text is `warm-up` with
 * `warm-up reply`. It exits when its stdin closes.
 *
 * Run by client-e2e.ts.
 */
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import { tcp } from '@statuskit/transport-node';
import { nobleCrypto } from '@statuskit/utils';
import { createClient, createIdentity } from '../src/index.js';
import { epochMs } from './child.js';

const crypto = process.env.BENCH_PROVIDER === 'node+wasm' ? await createNodeCrypto() : nobleCrypto;
const { identity } = await createIdentity({ crypto });
const client = await createClient({
  identity,
  crypto,
  transports: [tcp()],
  mailservers: [process.argv[2] as string],
  minBackoffMs: 100,
});
client.addEventListener('message:received', (e) => {
  const m = e.detail;
  process.stdout.write(`${JSON.stringify({ id: m.id, t: epochMs() })}\n`);
  if (m.text === 'warm-up') void client.getChat(m.chatId)?.sendText('warm-up reply');
});
while (client.peers().length === 0) await new Promise((r) => setTimeout(r, 5));
process.stdout.write(`${JSON.stringify({ key: identity.publicKeyString })}\n`);
process.stdin.resume();
process.stdin.on('end', () => void client.close().then(() => process.exit(0)));
