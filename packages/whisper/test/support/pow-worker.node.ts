// A Node worker_threads PoW worker (the test and the bench spawn it with tsx): the fast provider.
import { parentPort } from 'node:worker_threads';
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import { type PowWorkerLike, servePowRequests } from '../../src/index.js';

servePowRequests(parentPort as unknown as PowWorkerLike, { crypto: createNodeCrypto() });
