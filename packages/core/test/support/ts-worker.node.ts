/** Starts a TypeScript module as a `worker_threads` worker (through ts-worker.mjs). */
import { Worker, type WorkerOptions } from 'node:worker_threads';

export function startTsWorker(module: URL, options: WorkerOptions = {}): Worker {
  return new Worker(new URL('./ts-worker.mjs', import.meta.url), {
    ...options,
    execArgv: ['--conditions=@statuskit/source'],
    workerData: { module: module.href },
  });
}
