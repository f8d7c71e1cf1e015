/**
 * @statuskit/storage-sqlite: the statuskit `Storage` contract on SQLite (better-sqlite3), for Node
 * services and bots that must keep sessions, keys and history across restarts.
 */
export { type SqliteStorageOptions, sqliteStorage } from './sqlite-storage.js';
