import { decodeMvdsPayload, encodeMvdsPayload } from '@statuskit/payloads';
import {
  type BatchOp,
  concatBytes,
  manualClock,
  memoryStorage,
  type Storage,
  StorageError,
  seededRandom,
  toHex,
  utf8ToBytes,
} from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { createMvdsNode, MVDS_STORAGE_PREFIX, mvdsMessageId } from '../src/index.js';

const A = Uint8Array.from({ length: 65 }, (_, i) => (i === 0 ? 4 : 1));
const B = Uint8Array.from({ length: 65 }, (_, i) => (i === 0 ? 4 : 2));
const C = Uint8Array.from({ length: 65 }, (_, i) => (i === 0 ? 4 : 3));
const G = new Uint8Array(32).fill(9);

/** How many keys the node keeps under a layout tag (see src/store-layout.ts). */
async function keysUnder(storage: Storage, tag: number): Promise<number> {
  let n = 0;
  for await (const _ of storage.iterate({ prefix: concatBytes(MVDS_STORAGE_PREFIX, Uint8Array.of(tag)) }))
    n++;
  return n;
}

/** A storage whose next `failures` batches throw before writing anything. */
function failingStorage(inner: Storage): Storage & { failNext(n: number): void } {
  let failures = 0;
  return {
    get: (k) => inner.get(k),
    put: (k, v) => inner.put(k, v),
    delete: (k) => inner.delete(k),
    iterate: (o) => inner.iterate(o),
    close: () => inner.close(),
    batch(ops: readonly BatchOp[]) {
      if (failures > 0) {
        failures--;
        return Promise.reject(new StorageError('injected failure'));
      }
      return inner.batch(ops);
    },
    failNext(n: number) {
      failures = n;
    },
  };
}

describe('MVDS node', () => {
  it('sends on the next tick, retransmits on the 0.62 schedule until acked, then stops', async () => {
    const sent: Array<{ epoch: bigint; bytes: Uint8Array }> = [];
    const a = await createMvdsNode({
      id: A,
      storage: memoryStorage(),
      clock: manualClock(),
      send: (_p, bytes) => void sent.push({ epoch: a.epoch, bytes }),
    });
    await a.addPeer(G, B);
    const id = await a.appendMessage(G, utf8ToBytes('hi'));
    for (let i = 0; i < 40; i++) await a.tick();
    // status-go 0.62: first send at epoch 1, then SendEpoch += epoch + 2·count: 1, 4, 12, 30 (epochs before +1 tick offset).
    expect(sent.map((s) => s.epoch)).toEqual([2n, 5n, 13n, 31n]);
    const delivered: string[] = [];
    a.addEventListener('delivered', (e) => delivered.push(toHex(e.detail.messageId)));
    await a.receive(B, encodeMvdsPayload({ acks: [id] }));
    expect(delivered).toEqual([toHex(id)]);
    expect(a.pendingCount()).toBe(0);
    for (let i = 0; i < 100; i++) await a.tick();
    expect(sent.length).toBe(4);
    const p = decodeMvdsPayload(sent[0]?.bytes ?? new Uint8Array());
    expect(p.messages.map((m) => toHex(mvdsMessageId(m)))).toEqual([toHex(id)]);
    expect(p.messages[0]?.timestamp).toBe(1_600_000_000n); // manualClock's start, in seconds (§6.3)
  });

  it('flush sends new messages and owed acks now, coalesces, and leaves the epoch and the schedule alone', async () => {
    const sent: Array<{ epoch: bigint; payload: ReturnType<typeof decodeMvdsPayload> }> = [];
    const a = await createMvdsNode({
      id: A,
      storage: memoryStorage(),
      clock: manualClock(),
      send: (_p, bytes) => void sent.push({ epoch: a.epoch, payload: decodeMvdsPayload(bytes) }),
    });
    await a.addPeer(G, B);
    const e0 = a.epoch;
    const first = await a.appendMessage(G, utf8ToBytes('one'));
    await a.flush();
    expect(a.epoch).toBe(e0);
    expect(sent.map((s) => s.payload.messages.length)).toEqual([1]);
    // Three appends whose flushes are all queued behind a running step: one payload carries them.
    const ids = await Promise.all(['two', 'three', 'four'].map((t) => a.appendMessage(G, utf8ToBytes(t))));
    await Promise.all([a.flush(), a.flush(), a.flush()]);
    expect(sent.length).toBe(2);
    expect(sent[1]?.payload.messages.map((m) => toHex(mvdsMessageId(m))).sort()).toEqual(
      ids.map(toHex).sort(),
    );
    // Flushing again sends nothing: retransmission waits for the epoch timer.
    for (let i = 0; i < 50; i++) await a.flush();
    expect(sent.length).toBe(2);
    expect(a.epoch).toBe(e0);
    // An owed ack goes out on a flush as well.
    await a.receive(
      B,
      encodeMvdsPayload({ messages: [{ groupId: G, timestamp: 1n, body: utf8ToBytes('x') }] }),
    );
    await a.flush();
    expect(sent[2]?.payload.acks.length).toBe(1);
    // On ticks only, the first message is sent again on the 0.62 schedule from its flush at epoch 0
    // (due then at epoch 1): next = previous + epoch + 2·count = 1 + 0 + 2 = 3, then 3 + 3 + 4 = 10
    // (`sent` records the epoch after each tick's advance: 4 and 11).
    for (let i = 0; i < 12; i++) await a.tick();
    const again = sent
      .slice(3)
      .filter((s) => s.payload.messages.some((m) => toHex(mvdsMessageId(m)) === toHex(first)));
    expect(e0).toBe(0n);
    expect(again.map((s) => s.epoch)).toEqual([4n, 11n]);
  });

  it('status-go 0.64 schedule: epoch + 90·2^(count−1)', async () => {
    const epochs: bigint[] = [];
    const a = await createMvdsNode({
      id: A,
      storage: memoryStorage(),
      schedule: 'status-go-0.64',
      send: () => void epochs.push(a.epoch - 1n),
    });
    await a.addPeer(G, B);
    await a.appendMessage(G, utf8ToBytes('hi'));
    for (let i = 0; i < 700; i++) await a.tick();
    expect(epochs).toEqual([1n, 91n, 271n, 631n]);
  });

  it('keeps a body only while a record needs it, and never stores received bodies in batch mode', async () => {
    const sa = memoryStorage();
    const sb = memoryStorage();
    const wire: Uint8Array[] = [];
    const a = await createMvdsNode({ id: A, storage: sa, send: (_p, b) => void wire.push(b) });
    const b = await createMvdsNode({ id: B, storage: sb, send: (_p, b) => void wire.push(b) });
    await a.addPeer(G, B);
    await a.addPeer(G, C);
    const id = await a.appendMessage(G, utf8ToBytes('to two peers'));
    expect(a.isPending(id)).toBe(true);
    expect(await keysUnder(sa, 2)).toBe(1);
    await a.tick(); // epoch 0: the record is due at epoch 1 (§6.3)
    await a.tick();
    const delivered = await b.receive(A, wire.splice(0)[0] as Uint8Array);
    expect(delivered.map((d) => new TextDecoder().decode(d.body))).toEqual(['to two peers']);
    expect(await keysUnder(sb, 2)).toBe(0); // batch mode: nothing to offer, nothing kept
    await b.tick(); // owed acks go out on any tick
    await a.receive(B, wire.splice(0).at(-1) as Uint8Array);
    expect(a.pendingCount(B)).toBe(0);
    expect(a.pendingCount(C)).toBe(1);
    expect(a.isPending(id)).toBe(true);
    expect(await keysUnder(sa, 2)).toBe(1); // C still needs it
    await a.receive(C, encodeMvdsPayload({ acks: [mvdsMessageId(delivered[0] as never)] }));
    expect(a.pendingCount()).toBe(0);
    expect(a.isPending(id)).toBe(false);
    expect(await keysUnder(sa, 2)).toBe(0);
    expect(await keysUnder(sa, 3)).toBe(0);
  });

  it('splits outgoing payloads under maxSendPayloadBytes', async () => {
    const wire: Uint8Array[] = [];
    const a = await createMvdsNode({
      id: A,
      storage: memoryStorage(),
      maxSendPayloadBytes: 1000,
      send: (_p, b) => void wire.push(b),
    });
    await a.addPeer(G, B);
    for (let i = 0; i < 10; i++) await a.appendMessage(G, new Uint8Array(300).fill(i));
    await a.tick();
    await a.tick();
    expect(wire.length).toBeGreaterThan(3);
    for (const w of wire) expect(w.length).toBeLessThanOrEqual(1000);
    expect(wire.reduce((n, w) => n + decodeMvdsPayload(w).messages.length, 0)).toBe(10);
    // A message larger than the limit still goes, alone.
    wire.length = 0;
    const big = await createMvdsNode({
      id: A,
      storage: memoryStorage(),
      maxSendPayloadBytes: 100,
      send: (_p, b) => void wire.push(b),
    });
    await big.addPeer(G, B);
    await big.appendMessage(G, new Uint8Array(500));
    await big.appendMessage(G, new Uint8Array(10));
    await big.tick();
    await big.tick();
    expect(wire.map((w) => decodeMvdsPayload(w).messages.length)).toEqual([1, 1]);
  });

  it('answers requests only from peers in the message group', async () => {
    const wire: Array<{ to: string; bytes: Uint8Array }> = [];
    const a = await createMvdsNode({
      id: A,
      mode: 'interactive',
      storage: memoryStorage(),
      send: (to, bytes) => void wire.push({ to: toHex(to), bytes }),
    });
    await a.addPeer(G, B);
    const id = await a.appendMessage(G, utf8ToBytes('members only'));
    await a.receive(C, encodeMvdsPayload({ requests: [id] }));
    await a.receive(B, encodeMvdsPayload({ requests: [id] }));
    await a.tick();
    await a.tick();
    expect(wire.filter((w) => w.to === toHex(C))).toEqual([]);
    const toB = wire.filter((w) => w.to === toHex(B)).map((w) => decodeMvdsPayload(w.bytes));
    expect(toB.flatMap((p) => p.messages).length).toBe(1);
  });

  it('keeps group ids that prefix each other apart', async () => {
    const storage = memoryStorage();
    const short = Uint8Array.of(1, 2);
    const long = Uint8Array.of(1, 2, 3);
    const a = await createMvdsNode({ id: A, storage, send: () => {} });
    await a.addPeer(long, B);
    await a.addPeer(short, C);
    const reopened = await createMvdsNode({ id: A, storage, send: () => {} });
    expect(reopened.isPeerInGroup(short, C)).toBe(true);
    expect(reopened.isPeerInGroup(short, B)).toBe(false);
    expect(reopened.isPeerInGroup(long, B)).toBe(true);
    await reopened.appendMessage(short, utf8ToBytes('x'));
    expect(reopened.pendingCount(B)).toBe(0);
    expect(reopened.pendingCount(C)).toBe(1);
  });

  it('a step whose storage batch fails changes nothing, in storage or in memory', async () => {
    const storage = failingStorage(memoryStorage());
    const out: Uint8Array[] = [];
    const b = await createMvdsNode({ id: B, storage, send: (_p, bytes) => void out.push(bytes) });
    const got: string[] = [];
    b.addEventListener('message', (e) => got.push(toHex(e.detail.messageId)));
    const payload = encodeMvdsPayload({ messages: [{ groupId: G, timestamp: 5n, body: utf8ToBytes('m') }] });
    storage.failNext(1);
    await expect(b.receive(A, payload)).rejects.toMatchObject({ name: 'StorageError' });
    expect(got).toEqual([]);
    storage.failNext(1);
    await expect(b.tick()).rejects.toMatchObject({ name: 'StorageError' });
    expect(b.epoch).toBe(0n);
    expect(out).toEqual([]);
    await b.receive(A, payload); // the retransmission
    expect(got.length).toBe(1);
    await b.tick();
    expect(decodeMvdsPayload(out[0] as Uint8Array).acks.length).toBe(1);
  });

  it('confirmDeliveries keeps deliveries until confirmed, across a restart', async () => {
    const storage = memoryStorage();
    const opts = { id: B, storage, confirmDeliveries: true, send: () => {} };
    const b = await createMvdsNode(opts);
    const m1 = { groupId: G, timestamp: 1n, body: utf8ToBytes('one') };
    const m2 = { groupId: G, timestamp: 2n, body: utf8ToBytes('two') };
    const got = await b.receive(A, encodeMvdsPayload({ messages: [m1, m2] }));
    expect(got.map((d) => d.peerId)).toEqual([A, A]);
    await b.confirm([got[0]?.messageId as Uint8Array]);
    const b2 = await createMvdsNode(opts); // crashed before the app stored message two
    const redo = await b2.unconfirmedDeliveries();
    expect(redo).toEqual([got[1]]);
    expect(await b2.receive(A, encodeMvdsPayload({ messages: [m2] }))).toEqual([]); // still once
    await b2.confirm(redo.map((d) => d.messageId));
    expect(await b2.unconfirmedDeliveries()).toEqual([]);
  });

  it('an own message relayed back is acked, never delivered to us', async () => {
    const wire: Uint8Array[] = [];
    const a = await createMvdsNode({
      id: A,
      mode: 'interactive',
      storage: memoryStorage(),
      send: (_p, b) => void wire.push(b),
    });
    await a.addPeer(G, B);
    const id = await a.appendMessage(G, utf8ToBytes('mine'));
    const got: unknown[] = [];
    a.addEventListener('message', (e) => got.push(e.detail));
    await a.receive(C, encodeMvdsPayload({ offers: [id] }));
    await a.tick();
    expect(got).toEqual([]);
    const toC = wire.map((w) => decodeMvdsPayload(w)).find((p) => p.acks.length > 0);
    expect(toC?.acks).toEqual([id]);
  });

  it('validates options and arguments, and rejects after close', async () => {
    const storage = memoryStorage();
    await expect(createMvdsNode({ id: A, storage, send: () => {}, mode: 'x' as never })).rejects.toThrow(
      /mode/,
    );
    await expect(createMvdsNode({ id: A, storage, send: () => {}, maxSendCount: 0 })).rejects.toThrow(
      /maxSendCount/,
    );
    await expect(
      createMvdsNode({ id: A, storage, send: () => {}, schedule: 'nope' as never }),
    ).rejects.toThrow(/schedule/);
    await expect(createMvdsNode({ id: new Uint8Array(0), storage, send: () => {} })).rejects.toThrow(
      RangeError,
    );
    const a = await createMvdsNode({ id: A, storage, send: () => {} });
    await expect(a.appendMessage(new Uint8Array(0), Uint8Array.of(1))).rejects.toThrow(/groupId/);
    await expect(a.addPeer(G, new Uint8Array(256))).rejects.toThrow(/peerId/);
    const aborted = AbortSignal.abort();
    await expect(a.tick({ signal: aborted })).rejects.toMatchObject({ name: 'AbortError' });
    await a.close();
    await expect(a.tick()).rejects.toMatchObject({ name: 'ClosedError' });
  });

  it('refuses corrupt stored state with MvdsStateError', async () => {
    const storage = memoryStorage();
    await storage.put(concatBytes(MVDS_STORAGE_PREFIX, Uint8Array.of(3, 200, 1)), Uint8Array.of(9));
    await expect(createMvdsNode({ id: A, storage, send: () => {} })).rejects.toMatchObject({
      name: 'MvdsStateError',
    });
  });

  it('acks every MESSAGE, delivers it once, and keeps that across a restart', async () => {
    const storage = memoryStorage();
    const out: Uint8Array[] = [];
    let b = await createMvdsNode({ id: B, storage, send: (_p, bytes) => void out.push(bytes) });
    const got: string[] = [];
    const listen = () =>
      b.addEventListener('message', (e) => got.push(new TextDecoder().decode(e.detail.body)));
    listen();
    const payload = encodeMvdsPayload({
      messages: [{ groupId: G, timestamp: 1_600_000_000n, body: utf8ToBytes('once') }],
    });
    await b.receive(A, payload);
    await b.receive(A, payload);
    b = await createMvdsNode({ id: B, storage, send: (_p, bytes) => void out.push(bytes) }); // restart
    listen();
    await b.receive(A, payload);
    expect(got).toEqual(['once']);
    await b.tick();
    expect(out.length).toBe(1); // one payload carrying the owed acks
  });

  it('resumes retransmitting unacknowledged messages after a restart', async () => {
    const storage = memoryStorage();
    const sends: number[] = [];
    const a1 = await createMvdsNode({ id: A, storage, send: () => void sends.push(1) });
    await a1.addPeer(G, B);
    await a1.appendMessage(G, utf8ToBytes('persist me'));
    await a1.tick();
    await a1.tick();
    const a2 = await createMvdsNode({ id: A, storage, send: () => void sends.push(2) });
    expect(a2.epoch).toBe(2n);
    for (let i = 0; i < 10; i++) await a2.tick();
    expect(sends).toContain(2);
    expect(a2.pendingCount(B)).toBe(1);
  });

  it('gives up after maxSendCount and past the per-peer state limit, with events', async () => {
    const a = await createMvdsNode({
      id: A,
      storage: memoryStorage(),
      maxSendCount: 2,
      maxStatePerPeer: 1,
      schedule: (_c, e) => e + 1n,
      send: () => {},
    });
    await a.addPeer(G, B);
    const reasons: string[] = [];
    a.addEventListener('given-up', (e) => reasons.push(e.detail.reason));
    await a.appendMessage(G, utf8ToBytes('one'));
    await a.appendMessage(G, utf8ToBytes('two'));
    for (let i = 0; i < 10; i++) await a.tick();
    expect(reasons).toEqual(['state-limit', 'max-retransmissions']);
    expect(a.pendingCount()).toBe(0);
  });

  it('interactive mode: offer, request, message, ack', async () => {
    const wire: Array<{ to: Uint8Array; bytes: Uint8Array }> = [];
    const a = await createMvdsNode({
      id: A,
      mode: 'interactive',
      storage: memoryStorage(),
      send: (to, bytes) => void wire.push({ to, bytes }),
    });
    const b = await createMvdsNode({
      id: B,
      mode: 'interactive',
      storage: memoryStorage(),
      send: (to, bytes) => void wire.push({ to, bytes }),
    });
    await a.addPeer(G, B);
    await b.addPeer(G, A);
    const got: string[] = [];
    b.addEventListener('message', (e) => got.push(new TextDecoder().decode(e.detail.body)));
    await a.appendMessage(G, utf8ToBytes('offered'));
    for (let i = 0; i < 12; i++) {
      await a.tick();
      await b.tick();
      for (const w of wire.splice(0))
        await (toHex(w.to) === toHex(B) ? b : a).receive(toHex(w.to) === toHex(B) ? A : B, w.bytes);
    }
    expect(got).toEqual(['offered']);
    expect(a.pendingCount()).toBe(0);
  });

  it('rejects payloads that are not MVDS with MvdsPayloadError and leaves state untouched', async () => {
    const storage = memoryStorage();
    const b = await createMvdsNode({ id: B, storage, send: () => {} });
    const rnd = seededRandom(3);
    const good = encodeMvdsPayload({
      acks: [new Uint8Array(32)],
      messages: [{ groupId: G, timestamp: 1n, body: Uint8Array.of(1) }],
    });
    let accepted = 0;
    for (let i = 0; i < 2_000; i++) {
      const bad = good.slice();
      const r = rnd(2);
      const at = (r[0] as number) % bad.length;
      bad[at] = (bad[at] as number) ^ (1 + ((r[1] as number) % 255));
      try {
        await b.receive(A, i % 4 === 0 ? concatBytes(bad, rnd(i % 7)) : bad);
        accepted++;
      } catch (err) {
        expect((err as Error).name).toBe('MvdsPayloadError');
      }
    }
    expect(accepted).toBeLessThan(2_000);
    await expect(b.receive(A, encodeMvdsPayload({}))).rejects.toMatchObject({ name: 'MvdsPayloadError' });
    await expect(b.receive(A, utf8ToBytes('plain AMM bytes'))).rejects.toMatchObject({
      name: 'MvdsPayloadError',
    });
  });
});
