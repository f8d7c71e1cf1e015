/**
 * @statuskit/storage-idb: the statuskit `Storage` contract on IndexedDB, for web apps, workers and
 * MV3 extension service workers that must keep sessions, keys and history across reloads.
 */
export { type IdbStorageOptions, idbStorage } from './idb-storage.js';
