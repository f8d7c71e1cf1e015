/**
 * Single faults over the chaos harness, each with its expected outcome: a public envelope whose
 * connection broke before it left is sent again; clocks skewed beyond the 10 s Whisper allowance
 * (§3.7) lose live envelopes, which the mailserver (receiver skewed) or MVDS (sender skewed, 1:1)
 * bring back once the clock is corrected, while a public message sent with a clock too far ahead
 * is refused by the relay and lost, as with status-go.
 */
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import type { CryptoProvider } from '@statuskit/utils';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../../test/support/wait.js';
import { type Client, createClient, createIdentity, type Message } from '../../src/index.js';
import {
  type ChaosNetwork,
  type ChaosTime,
  chaosTime,
  createChaosNetwork,
  type SkewedClock,
} from '../support/chaos.js';

let crypto: CryptoProvider;
beforeAll(async () => {
  crypto = await createNodeCrypto();
});
const open: Array<{ close(): Promise<void> }> = [];
afterEach(async () => {
  for (const c of open.splice(0).reverse()) await c.close();
});

async function network(
  seed: number,
  time: ChaosTime,
  latencyMs: [number, number] = [5, 50],
): Promise<ChaosNetwork> {
  const net = await createChaosNetwork({ seed, time, crypto, link: { latencyMs } });
  open.push(net);
  return net;
}

async function party(
  net: ChaosNetwork,
  name: string,
  clock: SkewedClock,
  extra: Partial<Parameters<typeof createClient>[0]> = {},
): Promise<{ client: Client; box: Message[] }> {
  const { identity } = await createIdentity({ crypto });
  const client = await createClient({
    identity,
    crypto,
    clock,
    transports: [net.carrier(name)],
    mailservers: [net.enode],
    minBackoffMs: 200,
    maxBackoffMs: 1000,
    historyTimeoutMs: 30_000,
    ...extra,
  });
  open.push(client);
  const box: Message[] = [];
  client.addEventListener('message:received', (e) => box.push(e.detail));
  await waitUntil(() => client.peers().length > 0, `${name} connected`, 20_000);
  return { client, box };
}

describe('chaos: single faults', () => {
  it('sends a public message again when the connection that carried it broke before it expired', async () => {
    const time = chaosTime(10);
    // A slow link: what is sent is still on the wire when the link breaks.
    const net = await network(101, time, [1500, 1500]);
    const a = await party(net, 'alice', time.clock(), { ttlSeconds: 5 });
    const b = await party(net, 'bob', time.clock());
    const [chatA] = [await a.client.joinPublicChat('resend'), await b.client.joinPublicChat('resend')];
    await a.client.whenIdle();
    const sentBatches: string[] = [];
    a.client.node.addEventListener('batch:sent', (e) => sentBatches.push(...e.detail.hashes));
    // The message is handed to the node, and the link breaks while it is on the wire.
    const m = await chatA?.sendText('through a broken link');
    await waitUntil(() => sentBatches.length > 0, 'the envelope leaving alice');
    net.partition('alice');
    expect(m?.status).toBe('sent');
    await waitUntil(() => a.client.peers().length === 0, 'alice cut off');
    // Longer than the TTL: the envelope expires in Alice's pool, unsent.
    await time.sleep(8_000);
    net.heal('alice');
    await waitUntil(() => b.box.some((x) => x.id === m?.id), 'bob receiving it after the heal', 20_000);
    await b.client.syncHistory();
    await b.client.whenIdle();
    expect(b.box.filter((x) => x.id === m?.id)).toHaveLength(1);
    expect((await b.client.messages('resend')).map((x) => x.id)).toEqual([m?.id]);
  }, 60_000);

  it('a receiver whose clock is 25 s behind drops live envelopes and catches up once corrected', async () => {
    const time = chaosTime(10);
    const net = await network(102, time);
    const a = await party(net, 'alice', time.clock());
    const bClock = time.clock(-25_000);
    const b = await party(net, 'bob', bClock);
    const chatA = await a.client.joinPublicChat('skewed');
    await b.client.joinPublicChat('skewed');
    await b.client.whenIdle();
    const dm = await a.client.openChat(b.client.identity.publicKeyString);
    const pub = await chatA.sendText('public, while bob lives in the past');
    const one = await dm.sendText('1:1, while bob lives in the past');
    await waitUntil(
      () => (b.client.node.stats.dropped.future ?? 0) >= 2,
      'bob dropping envelopes from the future',
      20_000,
    );
    expect(b.box).toEqual([]);
    // NTP steps Bob's clock; the next sync brings what he dropped, each once.
    bClock.skewMs = 0;
    await b.client.syncHistory();
    await waitUntil(() => b.box.length >= 2, 'bob catching up', 20_000);
    await b.client.syncHistory();
    await b.client.whenIdle();
    expect(b.box.map((x) => x.id).sort()).toEqual([pub.id, one.id].sort());
  }, 60_000);

  it('a sender 25 s ahead is refused by the relay: 1:1 arrives after the correction, public is lost', async () => {
    const time = chaosTime(10);
    const net = await network(103, time);
    const aClock = time.clock(25_000);
    const a = await party(net, 'alice', aClock);
    const b = await party(net, 'bob', time.clock());
    const chatA = await a.client.joinPublicChat('ahead');
    await b.client.joinPublicChat('ahead');
    const dm = await a.client.openChat(b.client.identity.publicKeyString);
    const before = net.relay.stats.dropped.future ?? 0;
    const pub = await chatA.sendText('public, from the future');
    const one = await dm.sendText('1:1, from the future');
    await waitUntil(
      () => (net.relay.stats.dropped.future ?? 0) >= before + 2,
      'the relay refusing envelopes from the future',
      20_000,
    );
    aClock.skewMs = 0;
    // MVDS sends the 1:1 message again (27 s later, §6.4) with a corrected envelope time.
    await waitUntil(() => b.box.some((x) => x.id === one.id), 'bob receiving the 1:1 message', 30_000);
    await b.client.syncHistory();
    await b.client.whenIdle();
    expect(b.box.map((x) => x.id)).toEqual([one.id]);
    expect(b.box.some((x) => x.id === pub.id)).toBe(false);
    await waitUntil(() => a.client.getChat(b.client.identity.publicKeyString) !== undefined, 'the 1:1 chat');
  }, 60_000);
});
