/**
 * The recover worker of the catch-up bench (a `worker_threads` worker): serves `createRecoverPool`
 * with the provider named by `BENCH_PROVIDER`.
 */
import { parentPort } from 'node:worker_threads';
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import { nobleCrypto, serveRecoverRequests } from '@statuskit/utils';

if (parentPort === null) throw new Error('recover-worker.ts runs as a worker');
serveRecoverRequests(parentPort, {
  crypto: process.env.BENCH_PROVIDER === 'node+wasm' ? createNodeCrypto() : nobleCrypto,
});
