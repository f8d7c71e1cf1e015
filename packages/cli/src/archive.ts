/**
 * The relay's archive around the whisper mailserver: it sees every envelope the node admits
 * (`MailserverHandler.archive`), keeps the archive's size (envelopes and bytes) for the metrics,
 * tracks writes still in flight so a shutdown can wait for them, and enforces retention by age and
 * by size over the same `Storage` keys the mailserver uses (`mailserver/` ‖ sentTime(4 BE) ‖
 * hash(32) ‖ topic(4), STATUS-V1-FACTS §4.8), oldest first, so what is left stays a contiguous
 * most-recent window.
 */
import { type Logger, prefixedStorage, type Storage, silentLogger, utf8ToBytes } from '@statuskit/utils';
import {
  archiveKey,
  type EnvelopeRecord,
  envelopeSentTime,
  MAILSERVER_LIMITS,
  type Mailserver,
  type MailserverHandler,
  type P2PResponder,
  timePrefix,
} from '@statuskit/whisper';

/** The prefix the whisper mailserver keeps its archive under. */
export const ARCHIVE_PREFIX = utf8ToBytes('mailserver/');

/** Counters of an archive. */
export interface ArchiveStats {
  envelopes: number;
  bytes: number;
  prunedByAge: number;
  prunedBySize: number;
  writeFailures: number;
}

/** A mailserver handler with size accounting, retention and a flush for shutdown. */
export interface RelayArchive extends MailserverHandler {
  readonly stats: ArchiveStats;
  /** The mailserver it wraps. */
  readonly mailserver: Mailserver;
  /** The envelope store itself (keys without the prefix). */
  readonly store: Storage;
  /** Counts what is archived already (a scan); call once before serving. */
  load(): Promise<void>;
  /** True when the archive holds this key. */
  has(key: Uint8Array): Promise<boolean>;
  /** Archives a raw envelope record unless present; resolves true when it was new. */
  add(record: EnvelopeRecord): Promise<boolean>;
  /** Deletes envelopes sent before `beforeSeconds`, then the oldest until `maxBytes` holds. */
  prune(options: { beforeSeconds?: number; maxBytes?: number }): Promise<{ byAge: number; bySize: number }>;
  /** Resolves once every archive write started so far has finished. */
  flush(): Promise<void>;
}

/** Wraps `mailserver` (created over `storage`) with accounting and retention. */
export function createRelayArchive(options: {
  mailserver: Mailserver;
  storage: Storage;
  logger?: Logger;
}): RelayArchive {
  const { mailserver } = options;
  const log = options.logger ?? silentLogger;
  const store = prefixedStorage(options.storage, ARCHIVE_PREFIX);
  const stats: ArchiveStats = { envelopes: 0, bytes: 0, prunedByAge: 0, prunedBySize: 0, writeFailures: 0 };
  const pending = new Set<Promise<unknown>>();
  const track = <T>(p: Promise<T>): Promise<T> => {
    pending.add(p);
    const done = () => pending.delete(p);
    p.then(done, done);
    return p;
  };

  async function deleteKeys(entries: [Uint8Array, number][]): Promise<void> {
    for (let i = 0; i < entries.length; i += 500) {
      const chunk = entries.slice(i, i + 500);
      await store.batch(chunk.map(([key]) => ({ type: 'delete' as const, key })));
      for (const [, size] of chunk) {
        stats.envelopes--;
        stats.bytes -= size;
      }
    }
  }

  const archive: RelayArchive = {
    stats,
    mailserver,
    store,
    async load() {
      let envelopes = 0;
      let bytes = 0;
      for await (const [key, value] of store.iterate()) {
        if (key.length !== MAILSERVER_LIMITS.DB_KEY_LENGTH) continue;
        envelopes++;
        bytes += value.length;
      }
      stats.envelopes = envelopes;
      stats.bytes = bytes;
    },
    async has(key) {
      return (await store.get(key)) !== undefined;
    },
    add(record) {
      return track(
        (async () => {
          const key = archiveKeyOf(record);
          if (await archive.has(key)) return false;
          await mailserver.archive(record);
          stats.envelopes++;
          stats.bytes += record.raw.length;
          return true;
        })(),
      );
    },
    archive(record) {
      // The node calls this once per newly admitted envelope: count it once it is written.
      return track(
        mailserver.archive(record).then(
          () => {
            stats.envelopes++;
            stats.bytes += record.raw.length;
          },
          (err: unknown) => {
            stats.writeFailures++;
            log.error('archive write failed', { error: String(err) });
          },
        ),
      );
    },
    handleRequest(payload: Uint8Array, responder: P2PResponder) {
      return mailserver.handleRequest(payload, responder);
    },
    async prune({ beforeSeconds, maxBytes }) {
      let byAge = 0;
      let bySize = 0;
      if (beforeSeconds !== undefined && beforeSeconds > 0) {
        const old: [Uint8Array, number][] = [];
        for await (const [key, value] of store.iterate({ lt: timePrefix(beforeSeconds) })) {
          if (key.length === MAILSERVER_LIMITS.DB_KEY_LENGTH) old.push([key, value.length]);
        }
        await deleteKeys(old);
        byAge = old.length;
      }
      if (maxBytes !== undefined && maxBytes > 0 && stats.bytes > maxBytes) {
        // Down to 90% of the bound, so a busy relay does not prune on every cycle.
        const target = Math.floor(maxBytes * 0.9);
        let excess = stats.bytes - target;
        const victims: [Uint8Array, number][] = [];
        for await (const [key, value] of store.iterate()) {
          if (excess <= 0) break;
          if (key.length !== MAILSERVER_LIMITS.DB_KEY_LENGTH) continue;
          victims.push([key, value.length]);
          excess -= value.length;
        }
        await deleteKeys(victims);
        bySize = victims.length;
      }
      stats.prunedByAge += byAge;
      stats.prunedBySize += bySize;
      return { byAge, bySize };
    },
    async flush() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
  return archive;
}

/** The archive key of a record (§4.8): sentTime(4 BE) ‖ hash(32) ‖ topic(4). */
export function archiveKeyOf(record: EnvelopeRecord): Uint8Array {
  return archiveKey(envelopeSentTime(record.envelope), record.hash, record.envelope.topic);
}
