/**
 * Mailserver-to-mailserver sync between two `statuskit relay` processes: the second fills its
 * archive for a time range from the first (in pages, resuming after being killed mid-sync) and
 * then serves that range byte for byte as the first does.
 */
import { join } from 'node:path';
import { sqliteStorage } from '@statuskit/storage-sqlite';
import { parseEnode } from '@statuskit/transport-node';
import { secureRandom, toHex } from '@statuskit/utils';
import {
  createMailserver,
  createMailserverClient,
  encodeEnvelope,
  envelopeRecord,
  envelopeSentTime,
  MAILSERVER_PASSWORD,
  symKeyFromPassword,
} from '@statuskit/whisper';
import { expect, it } from 'vitest';
import {
  connectClient,
  scrape,
  startRelayProcess,
  type TestClient,
  tempDir,
  useCliProcesses,
} from './support/cli.js';

const cli = useCliProcesses();
const { started, clients } = cli;

const TOPICS = [Uint8Array.of(1, 1, 1, 1), Uint8Array.of(2, 2, 2, 2), Uint8Array.of(3, 3, 3, 3)];

/** Archives `count` envelopes sent over the last 48 h straight into a relay's data directory. */
async function seedArchive(data: string, count: number, now: number): Promise<Uint8Array[]> {
  const storage = sqliteStorage({ path: join(data, 'archive.sqlite') });
  const ms = createMailserver({ storage, symKey: await symKeyFromPassword(MAILSERVER_PASSWORD) });
  const raws: Uint8Array[] = [];
  for (let i = 0; i < count; i++) {
    const sent = now - 48 * 3600 + Math.floor((i * 48 * 3600) / count);
    const raw = encodeEnvelope({
      expiry: sent + 15,
      ttl: 15,
      topic: TOPICS[i % 3] as Uint8Array,
      data: secureRandom(64 + (i % 200)),
      nonce: BigInt(i),
    });
    raws.push(raw);
    await ms.archive(envelopeRecord(raw));
  }
  await storage.close();
  return raws;
}

/** Everything a mailserver serves for [from, to] on TOPICS, as raw hex, in 24 h requests. */
async function history(client: TestClient, enode: string, from: number, to: number): Promise<Set<string>> {
  const id = parseEnode(enode).id;
  const got = new Set<string>();
  const onEnvelope = (e: CustomEvent<{ origin: string; peer?: string; record: { raw: Uint8Array } }>) => {
    if (e.detail.origin === 'p2p' && e.detail.peer?.startsWith(toHex(id)))
      got.add(toHex(e.detail.record.raw));
  };
  client.node.addEventListener('envelope', onEnvelope);
  const ms = createMailserverClient({
    node: client.node,
    signingKey: client.privateKey,
    symKey: await symKeyFromPassword(MAILSERVER_PASSWORD),
  });
  for (let lo = from; lo <= to; lo += 86_400) {
    await ms.requestAll(id, { from: lo, to: Math.min(to, lo + 86_399), topics: TOPICS, limit: 1000 });
  }
  client.node.removeEventListener('envelope', onEnvelope);
  return got;
}

it('a second mailserver syncs a range from the first, resumably, and serves it byte for byte', async () => {
  const now = Math.floor(Date.now() / 1000);
  const dataA = tempDir();
  const raws = await seedArchive(dataA, 3000, now);
  const a = await startRelayProcess(cli.bin, { data: dataA });
  started.push(a);
  const from = now - 40 * 3600;
  const to = now - 4 * 3600;
  const expected = new Set(
    raws
      .filter((r) => {
        const t = envelopeSentTime(envelopeRecord(r).envelope);
        return t >= from && t <= to;
      })
      .map(toHex),
  );
  expect(expected.size).toBeGreaterThan(2000);

  // First run: pause the source after the first page, kill the syncing relay, resume the source.
  const dataB = tempDir();
  const syncArgs = [
    '--sync-from',
    a.ready.enode,
    '--sync-range',
    `${from}..${to}`,
    '--sync-page-limit',
    '40',
  ];
  const b1 = await startRelayProcess(cli.bin, { data: dataB, args: syncArgs });
  started.push(b1);
  await b1.waitFor('sync page', 30_000);
  a.proc.kill('SIGSTOP');
  try {
    await b1.stop('SIGKILL');
  } finally {
    a.proc.kill('SIGCONT');
  }
  const pagesBefore = Math.max(
    ...b1.lines.filter((l) => l.msg === 'sync page').map((l) => l['pages'] as number),
  );
  expect(b1.lines.some((l) => l.msg === 'sync complete')).toBe(false);

  // Second run: resumes after the stored cursor and completes.
  const b2 = await startRelayProcess(cli.bin, { data: dataB, args: syncArgs });
  started.push(b2);
  const firstPage = await b2.waitFor('sync page', 30_000);
  expect(firstPage['pages']).toBe(pagesBefore + 1);
  const done = await b2.waitFor('sync complete', 60_000);
  expect(done['pages']).toBe(Math.ceil(expected.size / 40) + (expected.size % 40 === 0 ? 1 : 0));
  const mb = await scrape(b2.ready.metrics as string);
  expect(mb.get('statuskit_archive_envelopes')).toBe(expected.size);

  // Both serve the range, byte for byte.
  const client = await connectClient(a.ready.enode, ['waku/1']);
  clients.push(client);
  const fromA = await history(client, a.ready.enode, from, to);
  const clientB = await connectClient(b2.ready.enode, ['waku/1']);
  clients.push(clientB);
  const fromB = await history(clientB, b2.ready.enode, from, to);
  expect(fromA.size).toBe(expected.size);
  expect([...fromB].sort()).toEqual([...expected].sort());
  expect([...fromA].sort()).toEqual([...fromB].sort());
}, 120_000);
