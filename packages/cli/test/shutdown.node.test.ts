/**
 * Graceful shutdown: SIGTERM while a client streams envelopes. Every envelope the relay confirmed
 * (Batch Ack, sent after the envelope was admitted and handed to the archive) must be served by
 * the relay restarted on the same data directory, which keeps its node key.
 */

import { DISCONNECT_REASONS } from '@statuskit/devp2p';
import { parseEnode } from '@statuskit/transport-node';
import { secureRandom, toHex } from '@statuskit/utils';
import { createMailserverClient, MAILSERVER_PASSWORD, symKeyFromPassword } from '@statuskit/whisper';
import { expect, it } from 'vitest';
import { connectClient, startRelayProcess, until, useCliProcesses } from './support/cli.js';

const cli = useCliProcesses();
const { started, clients } = cli;

it('SIGTERM mid-traffic leaves an archive the restarted relay serves in full', async () => {
  const first = await startRelayProcess(cli.bin);
  started.push(first);
  const sender = await connectClient(first.ready.enode, ['waku/1']);
  clients.push(sender);
  const topic = Uint8Array.of(0x5e, 0x11, 0xd0, 0x01);
  const symKey = secureRandom(32);
  const from = Math.floor(Date.now() / 1000) - 5;

  // Batch hash -> envelope hashes, and the hashes whose batch the relay acknowledged.
  const batches = new Map<string, string[]>();
  const acked = new Set<string>();
  sender.node.addEventListener('batch:sent', (e) => batches.set(toHex(e.detail.batchHash), e.detail.hashes));
  sender.node.addEventListener('batch:acknowledged', (e) => {
    for (const h of batches.get(toHex(e.detail.batchHash)) ?? []) acked.add(h);
  });

  let sending = true;
  let sent = 0;
  const pump = (async () => {
    while (sending) {
      await sender.node.send({
        topic,
        symKey,
        payload: new TextEncoder().encode(`message ${sent}`),
        deliverLocally: false,
        powTarget: 0.00001,
      });
      sent++;
      if (sent % 5 === 0) sender.node.flush();
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  await until(() => acked.size >= 40, 20_000, '40 acknowledged envelopes');
  const code = await first.stop('SIGTERM');
  sending = false;
  await pump.catch(() => {});
  expect({ code, tail: code === 0 ? '' : first.stderr().slice(-3000) }).toEqual({ code: 0, tail: '' });
  const stopped = first.lines.find((l) => l.msg === 'relay stopped');
  expect(stopped).toBeDefined();
  // The relay said why it left.
  const info = await sender.session.closed;
  expect(info.reason).toBe(DISCONNECT_REASONS.CLIENT_QUITTING);
  expect(info.local).toBe(false);
  expect(first.stderr()).not.toMatch(/\n\s+at /); // no stack trace

  const second = await startRelayProcess(cli.bin, { data: first.data });
  started.push(second);
  expect(second.ready.enode.split('@')[0]).toBe(first.ready.enode.split('@')[0]); // the node key persisted
  const reader = await connectClient(second.ready.enode, ['waku/1']);
  clients.push(reader);
  const ms = createMailserverClient({
    node: reader.node,
    signingKey: reader.privateKey,
    symKey: await symKeyFromPassword(MAILSERVER_PASSWORD),
  });
  const served = new Set<string>();
  await ms.requestAll(
    parseEnode(second.ready.enode).id,
    { from, to: Math.floor(Date.now() / 1000) + 5, topics: [topic], limit: 1000 },
    {
      onPage: (p) => {
        for (const h of p.envelopes) served.add(h);
      },
    },
  );
  const missing = [...acked].filter((h) => !served.has(h));
  expect(missing).toEqual([]);
  expect(served.size).toBe(stopped?.['archived']);
  expect(served.size).toBeGreaterThanOrEqual(acked.size);
  expect(sent).toBeGreaterThan(acked.size); // envelopes were still in flight when the signal came
}, 90_000);
