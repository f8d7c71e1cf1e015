// A Web Worker PoW worker (module worker): the isomorphic fast provider.
import { createFastCrypto } from '@statuskit/crypto-fast';
import { type PowWorkerLike, servePowRequests } from '../../src/index.js';

servePowRequests(globalThis as unknown as PowWorkerLike, { crypto: createFastCrypto() });
