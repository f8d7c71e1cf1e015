/**
 * Mailserver history for the client (§4.7, §10.2): which ranges of which topics are synced, which
 * are missing, and the requests that fill them. Synced ranges are kept per topic in storage; a sync
 * asks the active trusted mailserver for every missing range of the window (at most 24 h per
 * request, cursors followed), records a range only once all its pages arrived, and moves to the next
 * mailserver when one times out, errs or disconnects, so an interrupted range is asked again there.
 */
import { type Storage, toHex } from '@statuskit/utils';
import type { MailserverClient } from '@statuskit/whisper';
import { CLIENT_TABLE, ClientTx, clientKey } from './store.js';

/** A closed range of unix seconds. */
export type Range = [from: number, to: number];

/** Most a single request may span (status-go's `maxQueryRange`). */
export const MAX_REQUEST_RANGE_S = 24 * 3600;

/** How far back gaps of an already-synced topic are filled (status-react `max-gaps-range`, 7 days). */
export const MAX_GAP_S = 7 * 24 * 3600;

/** Merges overlapping or touching ranges. */
export function mergeRanges(ranges: readonly Range[]): Range[] {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const out: Range[] = [];
  for (const r of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && r[0] <= last[1] + 1) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** The parts of `window` not covered by `synced` (merged). */
export function missingRanges(window: Range, synced: readonly Range[]): Range[] {
  const out: Range[] = [];
  let cursor = window[0];
  for (const [a, b] of mergeRanges(synced)) {
    if (b < cursor) continue;
    if (a > window[1]) break;
    if (a > cursor) out.push([cursor, Math.min(a - 1, window[1])]);
    cursor = Math.max(cursor, b + 1);
  }
  if (cursor <= window[1]) out.push([cursor, window[1]]);
  return out;
}

/** Splits a range into pieces of at most `max` seconds. */
export function splitRange([from, to]: Range, max = MAX_REQUEST_RANGE_S): Range[] {
  const out: Range[] = [];
  for (let a = from; a <= to; a += max) out.push([a, Math.min(to, a + max - 1)]);
  return out;
}

/** Reads the synced ranges of a topic. */
export async function syncedRanges(storage: Storage, topic: Uint8Array): Promise<Range[]> {
  const tx = new ClientTx(storage);
  return (await tx.get<Range[]>(clientKey(CLIENT_TABLE.SYNC, toHex(topic)))) ?? [];
}

/** Records `range` as synced for every topic, in one batch. */
export async function recordSynced(
  storage: Storage,
  topics: readonly Uint8Array[],
  range: Range,
): Promise<void> {
  const tx = new ClientTx(storage);
  for (const t of topics) {
    const key = clientKey(CLIENT_TABLE.SYNC, toHex(t));
    tx.put(key, mergeRanges([...((await tx.get<Range[]>(key)) ?? []), range]));
  }
  await tx.commit();
}

/** One planned request: a range and the topics missing it. */
export interface PlannedRequest {
  range: Range;
  topics: Uint8Array[];
}

/**
 * Plans the requests that fill every topic's missing ranges in `window`: topics missing the same
 * range share a request (their blooms OR-ed, as status-go sends them), each at most 24 h.
 */
export async function planHistory(
  storage: Storage,
  topics: readonly Uint8Array[],
  window: Range,
  options: { maxGapSeconds?: number } = {},
): Promise<PlannedRequest[]> {
  const byRange = new Map<string, PlannedRequest>();
  for (const topic of topics) {
    const synced = await syncedRanges(storage, topic);
    // A topic synced before keeps its whole history gap-free, back to its first synced range (at
    // most `maxGapSeconds`, the mobile client's 7 days): an offline spell longer than the window
    // is filled too. A new topic gets the window.
    const first = synced[0]?.[0];
    const floor = window[1] - (options.maxGapSeconds ?? MAX_GAP_S);
    const from = first === undefined ? window[0] : Math.max(floor, Math.min(window[0], first));
    for (const gap of missingRanges([from, window[1]], synced)) {
      for (const piece of splitRange(gap)) {
        const k = `${piece[0]}-${piece[1]}`;
        const entry = byRange.get(k) ?? { range: piece, topics: [] };
        entry.topics.push(topic);
        byRange.set(k, entry);
      }
    }
  }
  // Newest first: what a user looks at first (§4.8 recommends newest → oldest).
  return [...byRange.values()].sort((a, b) => b.range[0] - a.range[0]);
}

/** Runs planned requests on one mailserver; resolves with counts, rejects at the first failure. */
export async function runHistory(
  storage: Storage,
  client: MailserverClient,
  mailserverId: string,
  plan: readonly PlannedRequest[],
  options: {
    limit: number;
    timeoutMs: number;
    /**
     * Ranges are recorded as synced up to here at most: envelopes can reach a mailserver a little
     * after their sent time (TTL, clock drift), so the newest seconds are asked again next time.
     */
    syncedUpTo?: number;
    signal?: AbortSignal;
    onProgress?: (p: { envelopes: number; pages: number; remainingRanges: number }) => void;
  },
): Promise<{ envelopes: number; pages: number }> {
  let envelopes = 0;
  let pages = 0;
  for (const [i, req] of plan.entries()) {
    await client.requestAll(
      mailserverId,
      { from: req.range[0], to: req.range[1], topics: req.topics, limit: options.limit },
      {
        timeoutMs: options.timeoutMs,
        ...(options.signal !== undefined ? { signal: options.signal } : {}),
        onPage: (page) => {
          envelopes += page.envelopes.length;
          pages++;
          options.onProgress?.({ envelopes, pages, remainingRanges: plan.length - i });
        },
      },
    );
    const end = Math.min(req.range[1], options.syncedUpTo ?? req.range[1]);
    if (end >= req.range[0]) await recordSynced(storage, req.topics, [req.range[0], end]);
    options.onProgress?.({ envelopes, pages, remainingRanges: plan.length - i - 1 });
  }
  return { envelopes, pages };
}
