import { encodeMvdsPayload } from '@statuskit/payloads';
import { concatBytes, manualClock, memoryStorage, seededRandom, toHex, utf8ToBytes } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { createMvdsNode } from '../src/index.js';

const A = Uint8Array.from({ length: 65 }, (_, i) => (i === 0 ? 4 : 1));
const B = Uint8Array.from({ length: 65 }, (_, i) => (i === 0 ? 4 : 2));
const G = new Uint8Array(32).fill(9);

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
    expect(await a.pendingCount()).toBe(0);
    for (let i = 0; i < 100; i++) await a.tick();
    expect(sent.length).toBe(4);
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
    expect(await a2.pendingCount(B)).toBe(1);
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
    expect(await a.pendingCount()).toBe(0);
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
    expect(await a.pendingCount()).toBe(0);
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
