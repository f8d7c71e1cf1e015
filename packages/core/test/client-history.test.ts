/**
 * The history planner: synced ranges per topic, what is missing, and the requests that fill it.
 */
import { memoryStorage } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import {
  MAX_GAP_S,
  MAX_REQUEST_RANGE_S,
  mergeRanges,
  missingRanges,
  planHistory,
  recordSynced,
  splitRange,
  syncedRanges,
} from '../src/client/history.js';

const T = (b: number) => Uint8Array.of(b, b, b, b);
const DAY = 86_400;

describe('history ranges', () => {
  it('merges overlapping and touching ranges', () => {
    expect(
      mergeRanges([
        [10, 20],
        [21, 30],
        [5, 8],
        [25, 40],
      ]),
    ).toEqual([
      [5, 8],
      [10, 40],
    ]);
    expect(mergeRanges([])).toEqual([]);
  });

  it('finds what a window misses', () => {
    expect(missingRanges([0, 100], [])).toEqual([[0, 100]]);
    expect(missingRanges([0, 100], [[0, 100]])).toEqual([]);
    expect(
      missingRanges(
        [0, 100],
        [
          [10, 20],
          [50, 60],
        ],
      ),
    ).toEqual([
      [0, 9],
      [21, 49],
      [61, 100],
    ]);
    expect(missingRanges([30, 40], [[0, 35]])).toEqual([[36, 40]]);
    expect(missingRanges([30, 40], [[50, 60]])).toEqual([[30, 40]]);
  });

  it('splits into requests of at most 24 h', () => {
    const pieces = splitRange([0, 3 * DAY]);
    expect(pieces).toEqual([
      [0, DAY - 1],
      [DAY, 2 * DAY - 1],
      [2 * DAY, 3 * DAY - 1],
      [3 * DAY, 3 * DAY],
    ]);
    expect(pieces.every(([a, b]) => b - a + 1 <= MAX_REQUEST_RANGE_S)).toBe(true);
  });

  it('plans new topics over the window and old ones back to their first range, newest first', async () => {
    const s = memoryStorage();
    const now = 100 * DAY;
    await recordSynced(s, [T(1)], [now - 3 * DAY, now - 2 * DAY]);
    await recordSynced(s, [T(1)], [now - DAY, now - 100]);
    await recordSynced(s, [T(2)], [now - 30 * DAY, now - 29 * DAY]);
    expect(await syncedRanges(s, T(1))).toEqual([
      [now - 3 * DAY, now - 2 * DAY],
      [now - DAY, now - 100],
    ]);
    const plan = await planHistory(s, [T(1), T(2), T(3), T(4)], [now - DAY, now]);
    const covers = (t: number) =>
      mergeRanges(plan.filter((p) => p.topics.some((x) => x[0] === t)).map((p) => p.range));
    // T1: the hole between its ranges and the newest seconds.
    expect(covers(1)).toEqual([
      [now - 2 * DAY + 1, now - DAY - 1],
      [now - 99, now],
    ]);
    // T2: synced long ago: filled back at most MAX_GAP_S.
    expect(covers(2)).toEqual([[now - MAX_GAP_S, now]]);
    // T3: new, the window only.
    expect(covers(3)).toEqual([[now - DAY, now]]);
    // Topics missing the same piece share its request; newest first; no request above 24 h.
    expect(plan.every((p) => p.range[1] - p.range[0] + 1 <= MAX_REQUEST_RANGE_S)).toBe(true);
    expect(plan.map((p) => p.range[0])).toEqual([...plan.map((p) => p.range[0])].sort((a, b) => b - a));
    for (const p of plan.filter((x) => x.topics.some((t) => t[0] === 3))) {
      expect(p.topics.map((t) => t[0])).toEqual(expect.arrayContaining([3, 4]));
    }
  });
});
