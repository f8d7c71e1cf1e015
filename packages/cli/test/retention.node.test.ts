/**
 * Archive retention: a relay started on an archive with 48 h of envelopes prunes those older than
 * --retention-days at start, then the oldest ones until the archive fits --retention-bytes, and
 * keeps doing so on its --prune-interval-seconds schedule as new envelopes arrive.
 */
import { join } from 'node:path';
import { sqliteStorage } from '@statuskit/storage-sqlite';
import { secureRandom } from '@statuskit/utils';
import {
  createMailserver,
  encodeEnvelope,
  envelopeRecord,
  MAILSERVER_PASSWORD,
  symKeyFromPassword,
} from '@statuskit/whisper';
import { expect, it } from 'vitest';
import { connectClient, scrape, startRelayProcess, tempDir, until, useCliProcesses } from './support/cli.js';

const cli = useCliProcesses();
const { started, clients } = cli;

it('prunes by age at start, by size down to the bound, and again on schedule', async () => {
  const now = Math.floor(Date.now() / 1000);
  const data = tempDir();
  const storage = sqliteStorage({ path: join(data, 'archive.sqlite') });
  const ms = createMailserver({ storage, symKey: await symKeyFromPassword(MAILSERVER_PASSWORD) });
  const sizes: { sent: number; bytes: number }[] = [];
  for (let i = 0; i < 480; i++) {
    const sent = now - 48 * 3600 + 180 + i * 360; // one every 6 minutes over 48 h, none near the cutoff
    const raw = encodeEnvelope({
      expiry: sent + 15,
      ttl: 15,
      topic: Uint8Array.of(9, 9, 9, 9),
      data: secureRandom(100),
      nonce: BigInt(i),
    });
    sizes.push({ sent, bytes: raw.length });
    await ms.archive(envelopeRecord(raw));
  }
  await storage.close();
  const recent = sizes.filter((s) => s.sent >= now - 86_400);
  const recentBytes = recent.reduce((a, s) => a + s.bytes, 0);
  const bound = Math.floor(recentBytes / 2);

  const relay = await startRelayProcess(cli.bin, {
    data,
    args: ['--retention-days', '1', '--retention-bytes', String(bound), '--prune-interval-seconds', '1'],
  });
  started.push(relay);
  const pruned = await relay.waitFor('archive pruned');
  expect(pruned['byAge']).toBe(sizes.length - recent.length);
  expect(pruned['bySize']).toBeGreaterThan(0);
  let m = await scrape(relay.ready.metrics as string);
  const bytes = m.get('statuskit_archive_bytes') as number;
  expect(bytes).toBeLessThanOrEqual(bound);
  expect(bytes).toBeGreaterThan(bound * 0.8); // down to 90% of the bound, not far below
  expect(m.get('statuskit_archive_pruned_total{rule="age"}')).toBe(sizes.length - recent.length);
  expect(m.get('statuskit_archive_envelopes')).toBe(recent.length - (pruned['bySize'] as number));

  // New traffic pushes the archive over the bound again: the schedule prunes it back.
  const client = await connectClient(relay.ready.enode, ['waku/1']);
  clients.push(client);
  const key = secureRandom(32);
  for (let i = 0; i < 120; i++) {
    await client.node.send({
      topic: Uint8Array.of(1, 2, 3, 4),
      symKey: key,
      payload: secureRandom(200),
      powTarget: 0.00001,
    });
  }
  client.node.flush();
  const before = m.get('statuskit_archive_pruned_total{rule="size"}') as number;
  await until(
    async () => {
      m = await scrape(relay.ready.metrics as string);
      return (m.get('statuskit_archive_pruned_total{rule="size"}') as number) > before;
    },
    15_000,
    'a scheduled prune by size',
  );
  expect(m.get('statuskit_archive_bytes')).toBeLessThanOrEqual(bound);
}, 90_000);
