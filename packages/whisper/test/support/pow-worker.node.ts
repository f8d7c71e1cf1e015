// A Node worker_threads PoW worker (the test and the bench spawn it with tsx): the fast provider.
import { getPriority, setPriority } from 'node:os';
import { parentPort } from 'node:worker_threads';
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import { type PowWorkerLike, servePowRequests } from '../../src/index.js';

// On Linux a nice value is per thread: this lowers the PoW thread only, so the OS runs the main
// thread's event loop first whenever both want a core.
try {
  setPriority(Math.min(19, getPriority() + 10));
} catch {}
servePowRequests(parentPort as unknown as PowWorkerLike, { crypto: createNodeCrypto() });
