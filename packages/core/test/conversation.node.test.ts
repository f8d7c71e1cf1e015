/**
 * A conversation between two statuskit identities with two installations each, over an in-memory
 * network that reorders (within a window), drops (fewer messages than the skip bound), duplicates,
 * and restarts devices from their storage. Every message must be decrypted exactly once by every
 * installation it was encrypted for, except the dropped copies; duplicates must fail with typed
 * errors and change nothing.
 */

import { encodeProtocolMessage } from '@statuskit/payloads';
import { manualClock, type RandomSource, seededRandom, utf8ToBytes } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import type { ProtocolMessage } from '../src/index.js';
import { copyMessage, type Device, device, snapshot } from './support/parties.js';

interface Envelope {
  id: string;
  from: Device;
  to: Device;
  /** The ProtocolMessage protobuf, as it travels in a Whisper/Waku payload. */
  bytes: Uint8Array;
  /** True for a copy re-sent by the network after the original. */
  duplicate: boolean;
}

const MAX_SKIP = 24;
const REORDER_WINDOW = 5;
const MAX_DROPS = 8;

function rng(seed: number) {
  const r: RandomSource = seededRandom(seed);
  return {
    int: (n: number) => {
      const b = r(4);
      const v =
        ((b[0] as number) << 24) | ((b[1] as number) << 16) | ((b[2] as number) << 8) | (b[3] as number);
      return (v >>> 0) % n;
    },
  };
}

async function converse(seed: number, steps: number) {
  const clock = manualClock();
  const limits = { maxSkip: MAX_SKIP };
  const a1 = device('a1', 11, 'alice-1', { clock, limits });
  const a2 = device('a2', 11, 'alice-2', { clock, limits });
  const b1 = device('b1', 22, 'bob-1', { clock, limits });
  const b2 = device('b2', 22, 'bob-2', { clock, limits });
  const all = [a1, a2, b1, b2];
  const peersOf = (d: Device) => (d.name.startsWith('a') ? [b1, b2] : [a1, a2]);
  const ownOther = (d: Device) => ({ a1: a2, a2: a1, b1: b2, b2: b1 })[d.name as 'a1'] as Device;

  // Pairing: each device announces itself to its twin, which enables it; then everyone publishes.
  for (const d of all) {
    const twin = ownOther(d);
    await twin.transport.handleMessage(
      d.publicKey,
      copyMessage(await d.transport.buildDhMessage(twin.publicKey, utf8ToBytes('pair'))),
    );
    await twin.transport.enableInstallation(d.installationId);
  }
  for (const d of all) {
    const m = await d.transport.buildPublicMessage(utf8ToBytes('hello'));
    for (const other of all)
      if (other !== d) await other.transport.handleMessage(d.publicKey, copyMessage(m));
  }

  const r = rng(seed);
  const inbox = new Map<Device, Envelope[]>(all.map((d) => [d, []]));
  const expected = new Map<string, Set<string>>(); // message id → installations that must decrypt it
  const decrypted = new Map<string, string[]>(); // message id → installations that decrypted it
  const delivered = new Map<string, Envelope>();
  let drops = 0;
  let sent = 0;
  let duplicatesRejected = 0;

  const enqueue = (from: Device, to: Device, id: string, message: ProtocolMessage) => {
    (inbox.get(to) as Envelope[]).push({
      id,
      from,
      to,
      bytes: encodeProtocolMessage(message),
      duplicate: false,
    });
  };

  const send = async (from: Device) => {
    const id = `${from.name}#${sent++}`;
    const body = utf8ToBytes(id);
    const toPeers = await from.transport.buildDirectMessage(peersOf(from)[0]?.publicKey as Uint8Array, body);
    const toTwin = await from.transport.buildDirectMessage(from.publicKey, body);
    const targets = new Set<string>();
    for (const spec of [toPeers, toTwin])
      for (const k of spec.message.directMessage?.keys() ?? []) targets.add(k);
    expect(targets).toEqual(new Set(all.filter((d) => d !== from).map((d) => d.installationId)));
    expected.set(id, targets);
    for (const to of peersOf(from)) enqueue(from, to, id, toPeers.message);
    enqueue(from, ownOther(from), id, toTwin.message);
  };

  const deliver = async (env: Envelope) => {
    const key = `${env.id}@${env.to.name}`;
    const before = env.duplicate ? await snapshot(env.to.storage) : undefined;
    try {
      const res = await env.to.transport.handleMessage(env.from.publicKey, env.bytes, utf8ToBytes(key));
      expect(new TextDecoder().decode(res.payload)).toBe(env.id);
      await env.to.transport.confirmMessageProcessed(utf8ToBytes(key));
      const list = decrypted.get(env.id) ?? [];
      list.push(env.to.installationId);
      decrypted.set(env.id, list);
      delivered.set(key, env);
    } catch (e) {
      if (!env.duplicate) throw new Error(`${key} failed: ${(e as Error).name}: ${(e as Error).message}`);
      expect(['ReplayError', 'RatchetError']).toContain((e as Error).name);
      expect(await snapshot(env.to.storage)).toEqual(before);
      duplicatesRejected++;
    }
  };

  for (let step = 0; step < steps; step++) {
    const action = r.int(100);
    const d = all[r.int(all.length)] as Device;
    const box = inbox.get(d) as Envelope[];
    if (action < 35) await send(d);
    else if (action < 85 && box.length > 0) {
      const env = box.splice(r.int(Math.min(REORDER_WINDOW, box.length)), 1)[0] as Envelope;
      await deliver(env);
    } else if (action < 90 && delivered.size > 0) {
      const keys = [...delivered.keys()];
      const env = delivered.get(keys[r.int(keys.length)] as string) as Envelope;
      // The network re-sends it to the same device later (mailserver catch-up, re-broadcast).
      (inbox.get(env.to) as Envelope[]).push({ ...env, duplicate: true });
    } else if (action < 94 && box.length > 0 && drops < MAX_DROPS) {
      const env = box.splice(r.int(Math.min(REORDER_WINDOW, box.length)), 1)[0] as Envelope;
      if (!env.duplicate) {
        drops++;
        (expected.get(env.id) as Set<string>).delete(env.to.installationId);
      }
    } else if (action < 97) {
      d.restart();
    } else {
      clock.advance(60_000);
    }
  }
  // Drain every inbox in order.
  for (const d of all) {
    const box = inbox.get(d) as Envelope[];
    while (box.length > 0) await deliver(box.shift() as Envelope);
  }
  for (const [id, targets] of expected) {
    expect([...(decrypted.get(id) ?? [])].sort(), id).toEqual([...targets].sort());
  }
  return { sent, drops, duplicatesRejected, keys: (await snapshot(b1.storage)).length };
}

describe('two identities × two installations over a lossy, reordering network', () => {
  it.each([1, 2, 3, 4])(
    'seed %i: every message decrypted exactly once by each targeted installation',
    async (seed) => {
      const stats = await converse(seed, 260);
      expect(stats.sent).toBeGreaterThan(40);
      expect(stats.drops).toBeGreaterThan(0);
      expect(stats.duplicatesRejected).toBeGreaterThan(0);
    },
  );
});
