/**
 * The usual fixture of a loopback client test: relays and clients made through it are closed after
 * each test, newest first.
 */
import { tcp } from '@statuskit/transport-node';
import { afterEach } from 'vitest';
import { waitUntil } from '../../../../test/support/wait.js';
import { type Client, createClient, createIdentity } from '../../src/index.js';
import { startRelay, type TestRelay } from './relay.node.js';

export function useLoopback(): {
  /** A relay (+ mailserver unless told otherwise) on loopback TCP. */
  relay(options?: Parameters<typeof startRelay>[0]): Promise<TestRelay>;
  /** A client of `r` (its mailserver too); waits for the peer unless `autoStart` is false. */
  client(r: TestRelay, extra?: Partial<Parameters<typeof createClient>[0]>): Promise<Client>;
  /** Anything else to close after the test (storages, temporary folders). */
  open: Array<{ close(): Promise<void> | void }>;
} {
  const open: Array<{ close(): Promise<void> | void }> = [];
  afterEach(async () => {
    for (const c of open.splice(0).reverse()) await c.close();
  });
  return {
    open,
    async relay(options) {
      const r = await startRelay(options);
      open.push(r);
      return r;
    },
    async client(r, extra = {}) {
      const identity = extra.identity ?? (await createIdentity()).identity;
      const c = await createClient({
        identity,
        transports: [tcp()],
        mailservers: [r.enode],
        minBackoffMs: 100,
        maxBackoffMs: 1000,
        ...extra,
      });
      open.push(c);
      if (extra.autoStart !== false) await waitUntil(() => c.peers().length > 0, 'a peer', 10_000);
      return c;
    },
  };
}
