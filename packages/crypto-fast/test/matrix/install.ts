import { type CryptoProvider, nobleCrypto } from '@statuskit/utils';
import { afterAll, expect } from 'vitest';

/**
 * The provider matrix (issue 18): the golden-vector and fuzz suites run a second time with the fast
 * provider. Every statuskit function takes `crypto` with `nobleCrypto` as its default, and the suites
 * mostly rely on that default, so the `*-fast` projects swap the default object's methods for the fast
 * provider's before a test file is imported: every primitive the file reaches, however deep, goes
 * through the fast provider. The fast provider captured noble's own functions when it was built, so
 * nothing recurses.
 *
 * Each file then asserts that the swap really carried its work: at least one primitive call reached the
 * fast provider, so a refactor that bypassed the default could not turn the matrix into a no-op.
 */
export function installAsDefault(fast: CryptoProvider): void {
  const target = nobleCrypto as unknown as Record<string, unknown>;
  let calls = 0;
  for (const [key, value] of Object.entries(fast)) {
    target[key] =
      typeof value === 'function'
        ? (...args: unknown[]) => {
            calls++;
            return (value as (...a: unknown[]) => unknown)(...args);
          }
        : value;
  }
  afterAll(() => {
    expect(nobleCrypto.name).toBe(fast.name);
    expect(calls, 'no crypto call reached the fast provider in this file').toBeGreaterThan(0);
  });
}
