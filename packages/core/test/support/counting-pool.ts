/** A recover pool that counts the recoveries asked of it (to show that a path used the pool). */
import type { RecoverPool } from '@statuskit/utils';

export function countingPool(pool: RecoverPool): { pool: RecoverPool; used: () => number } {
  let used = 0;
  return {
    used: () => used,
    pool: {
      recover: (hash, signature) => {
        used++;
        return pool.recover(hash, signature);
      },
      get pending() {
        return pool.pending;
      },
      close: () => pool.close(),
    },
  };
}
