// Loads the TypeScript worker through tsx inside the worker thread (loader flags such as
// `--import tsx` in execArgv do not reach worker threads on Node 20).
import { register } from 'tsx/esm/api';

register();
await import('./pow-worker.node.ts');
