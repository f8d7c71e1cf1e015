// The worker sealer over a Chromium module Web Worker.
import { afterAll, describe } from 'vitest';
import { createWorkerSealer, type PowWorkerLike } from '../src/index.js';
import { workerSealerCases } from './support/pow-worker-cases.js';

interface WorkerCtor {
  new (url: URL, options: { type: 'module' }): PowWorkerLike & { terminate(): void };
}
const WorkerClass = (globalThis as unknown as { Worker: WorkerCtor }).Worker;
const worker = new WorkerClass(new URL('./support/pow-worker.browser.ts', import.meta.url), {
  type: 'module',
});
const sealer = createWorkerSealer(worker);
afterAll(() => worker.terminate());

describe('worker sealer, Web Worker', () => workerSealerCases(() => sealer));
