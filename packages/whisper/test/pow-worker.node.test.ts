// The worker sealer over a Node worker_threads worker.
import { Worker } from 'node:worker_threads';
import { afterAll, describe } from 'vitest';
import { createWorkerSealer, type PowWorkerLike } from '../src/index.js';
import { workerSealerCases } from './support/pow-worker-cases.js';

const worker = new Worker(new URL('./support/pow-worker-boot.node.mjs', import.meta.url), {
  execArgv: ['--conditions=@statuskit/source'],
});
const sealer = createWorkerSealer(worker as unknown as PowWorkerLike);
afterAll(() => worker.terminate());

describe('worker sealer, Node worker_threads', () => workerSealerCases(() => sealer));
