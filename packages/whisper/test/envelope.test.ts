/**
 * Properties and malformed-input tables of the pure envelope layer: codec round trips, mutated
 * bytes, message format, payload crypto, sealing (targets, budget, abort, yielding), filters.
 */
import {
  type Clock,
  type CryptoProvider,
  concatBytes,
  createRecoverCache,
  DecodeError,
  encodeRlp,
  fromHex,
  nobleCrypto,
  seededRandom,
  toHex,
  uintToRlpBytes,
} from '@statuskit/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildMessage,
  computePow,
  createEnvelope,
  createFilterSet,
  decodeEnvelope,
  decodeEnvelopeView,
  decryptSymmetric,
  type Envelope,
  encodeEnvelope,
  encodeEnvelopeWithoutNonce,
  encryptSymmetric,
  envelopeRecord,
  leadingZeroBits,
  openEnvelope,
  parseMessage,
  payloadSizeFieldLength,
  powInputOfRaw,
  powLeadingZeroBits,
  powOfRaw,
  powTargetBits,
  sealEnvelope,
  statusPowTarget,
  topicToBloom,
} from '../src/index.js';

const c = nobleCrypto;
const arbEnvelope = fc.record({
  expiry: fc.integer({ min: 0, max: 0xffffffff }),
  ttl: fc.integer({ min: 1, max: 0xffffffff }),
  topic: fc.uint8Array({ minLength: 4, maxLength: 4 }),
  data: fc.uint8Array({ maxLength: 300 }),
  nonce: fc.bigInt({ min: 0n, max: (1n << 64n) - 1n }),
});

const symKey = fromHex('36224048e42c49e5c59c57bba5024fbb8822d6b4ee6ac5fbefd8b77f5323ecc4');
const signer = fromHex('c87509a1c067bbde78beb793e6fa76530b6382a4c0241e5e4a9ec0a0f44dc0d3');

describe('envelope codec', () => {
  it('round-trips every envelope', () => {
    fc.assert(
      fc.property(arbEnvelope, (env) => {
        const bytes = encodeEnvelope(env);
        const back = decodeEnvelope(bytes);
        expect(back).toEqual(env);
        expect(toHex(encodeEnvelope(back))).toBe(toHex(bytes));
      }),
    );
  });

  it('rejects or decodes differently any mutated byte', () => {
    fc.assert(
      fc.property(arbEnvelope, fc.nat(), fc.integer({ min: 1, max: 255 }), (env, at, xor) => {
        const bytes = encodeEnvelope(env);
        const mutated = bytes.slice();
        const i = at % mutated.length;
        mutated[i] = (mutated[i] as number) ^ xor;
        let decoded: Envelope;
        try {
          decoded = decodeEnvelope(mutated);
        } catch (err) {
          expect((err as Error).name).toBe('DecodeError');
          return;
        }
        // strict decoding: what decodes re-encodes to the same bytes, so it differs from the original
        expect(toHex(encodeEnvelope(decoded))).toBe(toHex(mutated));
        expect(toHex(encodeEnvelope(decoded))).not.toBe(toHex(bytes));
      }),
    );
  });

  const item = (n: number | bigint) => uintToRlpBytes(n);
  const topic = fromHex('cd423760');
  const malformed: Array<[string, Uint8Array]> = [
    ['empty input', new Uint8Array(0)],
    ['a byte string', Uint8Array.of(0x83, 1, 2, 3)],
    ['four items', encodeRlp([item(1), item(1), topic, Uint8Array.of(0xaa)])],
    ['six items', encodeRlp([item(1), item(1), topic, Uint8Array.of(0xaa), item(0), item(0)])],
    ['expiry wider than uint32', encodeRlp([item(2n ** 32n), item(1), topic, Uint8Array.of(0xaa), item(0)])],
    ['ttl wider than uint32', encodeRlp([item(1), item(2n ** 32n), topic, Uint8Array.of(0xaa), item(0)])],
    ['ttl zero', encodeRlp([item(1), item(0), topic, Uint8Array.of(0xaa), item(0)])],
    ['3-byte topic', encodeRlp([item(1), item(1), topic.subarray(0, 3), Uint8Array.of(0xaa), item(0)])],
    [
      '5-byte topic',
      encodeRlp([item(1), item(1), Uint8Array.of(1, 2, 3, 4, 5), Uint8Array.of(0xaa), item(0)]),
    ],
    ['nonce wider than uint64', encodeRlp([item(1), item(1), topic, Uint8Array.of(0xaa), item(2n ** 64n)])],
    [
      'integer with a leading zero',
      encodeRlp([Uint8Array.of(0, 1), item(1), topic, Uint8Array.of(0xaa), item(0)]),
    ],
    ['data that is a list', encodeRlp([item(1), item(1), topic, [Uint8Array.of(0xaa)], item(0)])],
    [
      'trailing bytes',
      concatBytes(encodeRlp([item(1), item(1), topic, Uint8Array.of(0xaa), item(0)]), Uint8Array.of(0)),
    ],
    ['truncated', encodeRlp([item(1), item(1), topic, new Uint8Array(100), item(0)]).subarray(0, 50)],
    ['non-canonical single byte', Uint8Array.of(0xc9, 0x81, 0x01, 0x01, 0x84, 1, 2, 3, 4, 0x80, 0x80)],
  ];
  it.each(malformed)('rejects %s with a DecodeError', (_name, bytes) => {
    expect(() => decodeEnvelope(bytes)).toThrow(DecodeError);
  });

  it('rejects out-of-range fields from callers with RangeError / TypeError', () => {
    const ok: Envelope = { expiry: 1, ttl: 1, topic, data: new Uint8Array(0), nonce: 0n };
    expect(() => encodeEnvelope({ ...ok, expiry: -1 })).toThrow(RangeError);
    expect(() => encodeEnvelope({ ...ok, ttl: 2 ** 32 })).toThrow(RangeError);
    expect(() => encodeEnvelope({ ...ok, nonce: 2n ** 64n })).toThrow(RangeError);
    expect(() => encodeEnvelope({ ...ok, topic: new Uint8Array(3) })).toThrow(RangeError);
    expect(() => encodeEnvelope({ ...ok, data: 'x' as unknown as Uint8Array })).toThrow(TypeError);
  });
});

describe('proof of work', () => {
  it('reproduces the published go-ethereum PoW values (§11.4)', () => {
    const base = { expiry: 0, ttl: 1, topic: new Uint8Array(4), data: fromHex('deadbeef') };
    expect(computePow({ ...base, nonce: 100000n })).toBe(0.07692307692307693);
    expect(computePow({ ...base, nonce: 276n })).toBe(19.692307692307693);
  });

  it('cuts the PoW input from the received bytes exactly as it re-encodes it', () => {
    const lengths = [0, 1, 40, 50, 51, 52, 55, 56, 200, 243, 244, 255, 256, 65_520, 65_536, 70_000];
    const nonces = [0n, 1n, 127n, 128n, 255n, 256n, 2n ** 32n, 2n ** 64n - 1n];
    fc.assert(
      fc.property(
        fc.constantFrom(...lengths),
        fc.constantFrom(...nonces),
        fc.bigInt({ min: 0n, max: 2n ** 64n - 1n }),
        fc.nat({ max: 0xffffffff }),
        fc.integer({ min: 1, max: 0xffffffff }),
        fc.uint8Array({ minLength: 4, maxLength: 4 }),
        fc.boolean(),
        (len, n1, n2, expiry, ttl, topic, pick) => {
          const env: Envelope = {
            expiry,
            ttl,
            topic,
            data: new Uint8Array(len).fill(len & 0xff),
            nonce: pick ? n1 : n2,
          };
          const raw = encodeEnvelope(env);
          const cut = powInputOfRaw(raw);
          const short = encodeEnvelopeWithoutNonce(env);
          const nonce = new Uint8Array(8);
          new DataView(nonce.buffer).setBigUint64(0, env.nonce);
          expect(cut && toHex(cut.input)).toBe(toHex(concatBytes(short, nonce)));
          expect(cut?.shortLength).toBe(short.length);
          expect(powOfRaw(raw, ttl, 3)).toBe(computePow(env, 3));
          // powOfRaw hashes in reused scratch space: the bytes hashed must be exactly the input.
          let hashed = '';
          const spy = {
            ...c,
            keccak256(d: Uint8Array) {
              hashed = toHex(d);
              return c.keccak256(d);
            },
          };
          powOfRaw(raw, ttl, 0, spy);
          expect(hashed === toHex(concatBytes(short, nonce))).toBe(true);
          const view = decodeEnvelopeView(raw);
          const copy = decodeEnvelope(raw);
          expect([view.expiry, view.ttl, toHex(view.topic), view.nonce]).toEqual([
            copy.expiry,
            copy.ttl,
            toHex(copy.topic),
            copy.nonce,
          ]);
          expect(toHex(view.data) === toHex(copy.data)).toBe(true);
          expect(view.data.buffer).toBe(raw.buffer);
        },
      ),
      { numRuns: 150 },
    );
    // Not shaped like an envelope: the caller re-encodes instead.
    for (const bad of [
      new Uint8Array(0),
      Uint8Array.of(0x80),
      encodeRlp([Uint8Array.of(1)]),
      encodeRlp([[], [], [], [], []]),
    ])
      expect(powInputOfRaw(bad)).toBeUndefined();
  });

  it('counts leading zero bits', () => {
    expect(leadingZeroBits(new Uint8Array(32))).toBe(256);
    expect(leadingZeroBits(Uint8Array.of(0, 0x10))).toBe(11);
    expect(leadingZeroBits(Uint8Array.of(0x80))).toBe(0);
  });

  it('computes the sealing target with go-ethereum log2 rounding', () => {
    expect(powTargetBits(1, 12, 1)).toBe(5); // exactly 2^5: no rounding up
    expect(powTargetBits(1, 13, 1)).toBe(6);
    expect(powTargetBits(1e-9, 0, 1)).toBe(1);
    expect(() => powTargetBits(0, 10, 1)).toThrow(RangeError);
    expect(() => powTargetBits(1, 10, 0)).toThrow(RangeError);
  });

  it('seals to the first nonce reaching the target', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 1, maxLength: 400 }), async (data) => {
        const unsealed = { expiry: 1_700_000_000, ttl: 15, topic: Uint8Array.of(1, 2, 3, 4), data };
        const { envelope, targetBits } = await sealEnvelope(unsealed, { powTarget: 0.01 });
        expect(powLeadingZeroBits(envelope)).toBeGreaterThanOrEqual(targetBits);
        for (let n = 0n; n < envelope.nonce; n++) {
          expect(powLeadingZeroBits({ ...envelope, nonce: n })).toBeLessThan(targetBits);
        }
      }),
      { numRuns: 20 },
    );
  });

  it('leaves the nonce at 0 when no PoW is asked', async () => {
    const r = await sealEnvelope({ expiry: 5, ttl: 5, topic: new Uint8Array(4), data: Uint8Array.of(1) });
    expect(r.envelope.nonce).toBe(0n);
    expect(r.attempts).toBe(0);
  });

  /** A clock that moves `stepMs` forward every time it is read. */
  function steppingClock(stepMs: number): Clock {
    let t = 0;
    return {
      now: () => (t += stepMs),
      setTimeout: () => ({ cancel() {} }),
    };
  }

  it('stops at its time budget with PowTimeoutError', async () => {
    const unsealed = { expiry: 5, ttl: 5, topic: new Uint8Array(4), data: new Uint8Array(64) };
    const p = sealEnvelope(unsealed, {
      powTarget: 1e12,
      workTimeMs: 300,
      clock: steppingClock(100),
      sliceSize: 16,
    });
    await expect(p).rejects.toMatchObject({ name: 'PowTimeoutError' });
  });

  it('with a negative target works for the budget, keeps the best nonce and extends the expiry', async () => {
    const unsealed = { expiry: 100, ttl: 5, topic: new Uint8Array(4), data: new Uint8Array(64) };
    const r = await sealEnvelope(unsealed, {
      powTarget: -1,
      workTimeMs: 2000,
      clock: steppingClock(1000),
      sliceSize: 64,
    });
    expect(r.envelope.expiry).toBe(102);
    expect(r.attempts).toBe(64);
    let best = 0;
    for (let n = 0n; n < 64n; n++) best = Math.max(best, powLeadingZeroBits({ ...r.envelope, nonce: n }));
    expect(powLeadingZeroBits(r.envelope)).toBe(best);
  });

  it('is abortable and gives the event loop back between slices', async () => {
    const controller = new AbortController();
    const unsealed = { expiry: 5, ttl: 5, topic: new Uint8Array(4), data: new Uint8Array(64) };
    let slices = 0;
    const p = sealEnvelope(unsealed, {
      powTarget: 1e12,
      workTimeMs: 60_000,
      signal: controller.signal,
      sliceSize: 32,
      yield: async () => {
        slices++;
        await new Promise((r) => setTimeout(r, 0));
      },
    });
    // A timer scheduled now runs while the seal is in progress, then aborts it.
    setTimeout(() => controller.abort(), 5);
    await expect(p).rejects.toMatchObject({ name: 'AbortError' });
    expect(slices).toBeGreaterThan(0);
  });

  it('yields real macrotasks by default', async () => {
    const controller = new AbortController();
    let timerRan = false;
    setTimeout(() => {
      timerRan = true;
      controller.abort(new Error('stop'));
    }, 0);
    const unsealed = { expiry: 5, ttl: 5, topic: new Uint8Array(4), data: new Uint8Array(64) };
    await expect(
      sealEnvelope(unsealed, {
        powTarget: 1e12,
        workTimeMs: 60_000,
        signal: controller.signal,
        sliceSize: 64,
      }),
    ).rejects.toThrow('stop');
    expect(timerRan).toBe(true);
  });

  it('rejects bad options', async () => {
    const unsealed = { expiry: 5, ttl: 5, topic: new Uint8Array(4), data: new Uint8Array(1) };
    await expect(sealEnvelope(unsealed, { powTarget: Number.NaN })).rejects.toThrow(RangeError);
    await expect(sealEnvelope(unsealed, { powTarget: 1, sliceSize: 0 })).rejects.toThrow(RangeError);
    await expect(sealEnvelope(unsealed, { powTarget: 1, workTimeMs: -1 })).rejects.toThrow(RangeError);
  });

  it('uses the Status sender targets', () => {
    expect(statusPowTarget(50_000)).toBe(0.002);
    expect(statusPowTarget(50_001)).toBe(0.000002);
  });
});

describe('message format', () => {
  it('round-trips payloads, signed or not, padded to 256', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 1200 }), fc.boolean(), fc.integer(), (payload, sign, seed) => {
        const plaintext = buildMessage({
          payload,
          ...(sign ? { signingKey: signer } : {}),
          random: seededRandom(seed),
        });
        expect(plaintext.length % 256).toBe(0);
        const m = parseMessage(plaintext);
        expect(toHex(m.payload)).toBe(toHex(payload));
        expect(m.flags & 3).toBe(payloadSizeFieldLength(payload.length));
        expect(m.padding.length).toBeGreaterThanOrEqual(1);
        if (sign) expect(toHex(m.signer as Uint8Array)).toBe(toHex(c.secp256k1PublicKey(signer)));
        else expect(m.signer).toBeUndefined();
      }),
      { numRuns: 50 },
    );
  });

  it('uses the size-field widths of go-ethereum', () => {
    expect(payloadSizeFieldLength(0)).toBe(1);
    expect(payloadSizeFieldLength(255)).toBe(1);
    expect(payloadSizeFieldLength(256)).toBe(2);
    expect(payloadSizeFieldLength(65535)).toBe(2);
    expect(payloadSizeFieldLength(65536)).toBe(3);
  });

  it('never emits an all-zero padding', () => {
    let calls = 0;
    const zerosThenOnes = (n: number) => (calls++ === 0 ? new Uint8Array(n) : new Uint8Array(n).fill(1));
    const p = buildMessage({ payload: new Uint8Array(254), random: zerosThenOnes });
    expect(p.length).toBe(512);
    expect(parseMessage(p).padding.every((b) => b === 1)).toBe(true);
  });

  const signedShort = Uint8Array.of(0x05, ...new Uint8Array(65));
  const badSig = buildMessage({ payload: Uint8Array.of(1), signingKey: signer, random: seededRandom(1) });
  badSig[badSig.length - 1] = 7; // V outside {0,1}
  const table: Array<[string, Uint8Array, string]> = [
    ['an empty plaintext', new Uint8Array(0), 'MessageFormatError'],
    ['a signed message too short for its signature', signedShort, 'MessageFormatError'],
    ['a size field past the end', Uint8Array.of(0x03, 1), 'MessageFormatError'],
    ['a payload size past the end', Uint8Array.of(0x01, 9, 1, 2), 'MessageFormatError'],
    ['a signature that recovers nothing', badSig, 'SignatureError'],
  ];
  it.each(table)('rejects %s', (_n, bytes, name) => {
    expect(() => parseMessage(bytes)).toThrow(expect.objectContaining({ name }));
  });

  it('accepts flags without a size field: everything is padding', () => {
    const m = parseMessage(Uint8Array.of(0x00, 1, 2, 3));
    expect(m.payload.length).toBe(0);
    expect(toHex(m.padding)).toBe('010203');
  });

  it('refuses payloads the 3-byte size field cannot describe', () => {
    expect(() => buildMessage({ payload: new Uint8Array(0x1000000) })).toThrow(RangeError);
  });
});

describe('symmetric payload encryption', () => {
  it('detects any tampering as DecryptError', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 200 }), fc.nat(), (pt, at) => {
        const data = encryptSymmetric(symKey, pt, { random: seededRandom(at) });
        expect(toHex(decryptSymmetric(symKey, data))).toBe(toHex(pt));
        const bad = data.slice();
        const i = at % bad.length;
        bad[i] = (bad[i] as number) ^ 0x40;
        expect(() => decryptSymmetric(symKey, bad)).toThrow(
          expect.objectContaining({ name: 'DecryptError' }),
        );
      }),
      { numRuns: 50 },
    );
  });

  it('rejects bad keys and short data', () => {
    expect(() => encryptSymmetric(new Uint8Array(32), Uint8Array.of(1))).toThrow(RangeError);
    expect(() => encryptSymmetric(new Uint8Array(16).fill(1), Uint8Array.of(1))).toThrow(RangeError);
    expect(() => decryptSymmetric(symKey, new Uint8Array(27))).toThrow(
      expect.objectContaining({ name: 'DecryptError' }),
    );
  });
});

describe('createEnvelope and filters', () => {
  it('creates envelopes that filters open, reporting signer, padding and key', async () => {
    const recipient = fromHex('b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291');
    const topic = Uint8Array.of(9, 9, 9, 9);
    const sym = await createEnvelope({
      payload: Uint8Array.of(1, 2, 3),
      topic,
      symKey,
      signingKey: signer,
      ttlSeconds: 15,
    });
    const asym = await createEnvelope({
      payload: Uint8Array.of(4, 5),
      topic,
      publicKey: c.secp256k1PublicKey(recipient),
      powTarget: 0.002,
    });
    const other = Uint8Array.of(1, 1, 1, 1);
    const filters = createFilterSet();
    filters.add({ id: 'sym', topics: [topic], key: { kind: 'symmetric', key: symKey } });
    filters.add({ id: 'asym', topics: [topic], key: { kind: 'asymmetric', privateKey: recipient } });
    filters.add({ id: 'elsewhere', topics: [other], key: { kind: 'symmetric', key: symKey } });
    filters.add({ id: 'picky', topics: [topic], key: { kind: 'symmetric', key: symKey }, minPow: 1e9 });
    filters.add({ id: 'p2p-only', topics: [topic], key: { kind: 'symmetric', key: symKey }, allowP2P: true });
    const r1 = filters.match(sym, sym.pow);
    expect(r1.deliveries.map((d) => d.filter.id).sort()).toEqual(['p2p-only', 'sym']);
    expect(r1.failures.map((f) => [f.filter.id, f.reason])).toEqual([['asym', 'decrypt-failed']]);
    const m = (r1.deliveries[0] as (typeof r1.deliveries)[0]).message;
    expect(toHex(m.payload)).toBe('010203');
    expect(toHex(m.signer as Uint8Array)).toBe(toHex(c.secp256k1PublicKey(signer)));
    expect(m.key.kind).toBe('symmetric');
    expect((m.padding.length + 1 + 1 + 3 + 65) % 256).toBe(0);
    const r2 = filters.match(asym, asym.pow);
    expect(r2.deliveries.map((d) => d.filter.id)).toEqual(['asym']);
    const p2p = filters.match(sym, sym.pow, { p2p: true });
    expect(p2p.deliveries.map((d) => d.filter.id)).toEqual(['p2p-only']);
    expect(filters.topics()?.map(toHex).sort()).toEqual(['01010101', '09090909']);
    filters.add({ id: 'all', key: { kind: 'symmetric', key: symKey } });
    expect(filters.topics()).toBeUndefined();
    expect(filters.remove('all')).toBe(true);
    expect(toHex(filters.bloom())).toBe(
      toHex(topicToBloom(topic).map((b, i) => b | (topicToBloom(other)[i] as number))),
    );
  });

  it('checks the expected signer', async () => {
    const topic = Uint8Array.of(1, 2, 3, 4);
    const env = await createEnvelope({
      payload: Uint8Array.of(1),
      topic,
      symKey,
      signingKey: signer,
      powTarget: 0,
    });
    const filters = createFilterSet();
    const someoneElse = c.secp256k1PublicKey(
      fromHex('4646464646464646464646464646464646464646464646464646464646464646'),
    );
    filters.add({
      id: 'them',
      topics: [topic],
      key: { kind: 'symmetric', key: symKey },
      signer: someoneElse,
    });
    filters.add({
      id: 'me',
      topics: [topic],
      key: { kind: 'symmetric', key: symKey },
      signer: c.secp256k1PublicKey(signer, true),
    });
    const r = filters.match(env, env.pow);
    expect(r.deliveries.map((d) => d.filter.id)).toEqual(['me']);
    expect(r.failures.map((f) => f.reason)).toEqual(['signer-mismatch']);
  });

  it('lists the signatures match would recover, and opens with them primed instead of recovering', async () => {
    const recipient = fromHex('b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291');
    const topic = Uint8Array.of(9, 9, 9, 9);
    const signed = await createEnvelope({ payload: Uint8Array.of(1), topic, symKey, signingKey: signer });
    const unsigned = await createEnvelope({ payload: Uint8Array.of(2), topic, symKey });
    const asym = await createEnvelope({
      payload: Uint8Array.of(3),
      topic,
      publicKey: c.secp256k1PublicKey(recipient),
      signingKey: signer,
    });
    let recovered = 0;
    const counting: CryptoProvider = Object.create(c);
    counting.secp256k1Recover = (hash, sig) => {
      recovered++;
      return c.secp256k1Recover(hash, sig);
    };
    const cache = createRecoverCache(counting);
    const filters = createFilterSet({ crypto: cache.crypto });
    filters.add({ id: 'sym', topics: [topic], key: { kind: 'symmetric', key: symKey } });
    filters.add({ id: 'same-key', topics: [topic], key: { kind: 'symmetric', key: symKey } });
    filters.add({ id: 'asym', topics: [topic], key: { kind: 'asymmetric', privateKey: recipient } });
    filters.add({
      id: 'wrong-key',
      topics: [topic],
      key: { kind: 'symmetric', key: new Uint8Array(32).fill(7) },
    });
    // One entry per distinct symmetric key that opens it; asymmetric keys and wrong keys give none.
    const list = filters.signaturesOf(signed, signed.pow);
    expect(list).toHaveLength(1);
    const { hash, signature } = list[0] as { hash: Uint8Array; signature: Uint8Array };
    expect(c.secp256k1Recover(hash, signature)).toEqual(c.secp256k1PublicKey(signer, false));
    expect(filters.signaturesOf(unsigned, unsigned.pow)).toEqual([]);
    expect(filters.signaturesOf(asym, asym.pow)).toEqual([]);
    expect(filters.signaturesOf(signed, signed.pow, { p2p: true })).toEqual([]); // no filter allows P2P
    // Primed, match recovers nothing; the primed key is used once.
    cache.prime(hash, signature, c.secp256k1Recover(hash, signature));
    recovered = 0;
    const r = filters.match(signed, signed.pow);
    expect(r.deliveries.map((d) => d.filter.id).sort()).toEqual(['same-key', 'sym']);
    expect(r.deliveries[0]?.message.signer).toEqual(c.secp256k1PublicKey(signer, false));
    expect(recovered).toBe(0);
    expect(cache.size).toBe(0);
    filters.match(signed, signed.pow);
    expect(recovered).toBe(1);
  });

  it('rejects bad filter options', () => {
    const filters = createFilterSet();
    expect(() => filters.add({ key: { kind: 'symmetric', key: new Uint8Array(32) } })).toThrow(RangeError);
    expect(() => filters.add({ key: { kind: 'asymmetric', privateKey: new Uint8Array(32) } })).toThrow(
      RangeError,
    );
    expect(() => filters.add({ key: { kind: 'x' } as never })).toThrow(TypeError);
    expect(() =>
      filters.add({ key: { kind: 'symmetric', key: symKey }, topics: [new Uint8Array(3)] }),
    ).toThrow(RangeError);
    expect(() => filters.add({ key: { kind: 'symmetric', key: symKey }, minPow: -1 })).toThrow(RangeError);
    filters.add({ id: 'a', key: { kind: 'symmetric', key: symKey } });
    expect(() => filters.add({ id: 'a', key: { kind: 'symmetric', key: symKey } })).toThrow(RangeError);
  });

  it('opens with the envelope record API too', async () => {
    const env = await createEnvelope({
      payload: Uint8Array.of(7),
      topic: new Uint8Array(4),
      symKey,
      powTarget: 0,
      expiry: 99,
    });
    const rec = envelopeRecord(env.raw);
    expect(rec.hashHex).toBe(env.hashHex);
    expect(toHex(openEnvelope(rec.envelope, { kind: 'symmetric', key: symKey }).payload)).toBe('07');
    expect(() => openEnvelope(rec.envelope, { kind: 'symmetric', key: symKey.map((b) => b ^ 1) })).toThrow(
      expect.objectContaining({ name: 'DecryptError' }),
    );
  });
});
