/**
 * A `worker_threads` entry that runs a TypeScript worker module (`workerData.module`, a file URL)
 * under tsx: Node 20 does not apply `--import tsx` hooks to a worker's own entry.
 */
import { workerData } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
await import(workerData.module);
