/** A `worker_threads` recover worker for the core tests (noble). */
import { parentPort } from 'node:worker_threads';
import { serveRecoverRequests } from '@statuskit/utils';

if (parentPort === null) throw new Error('recover-worker.node.ts runs as a worker');
serveRecoverRequests(parentPort);
