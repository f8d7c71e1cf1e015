/**
 * Properties of the Double Ratchet state machine: any interleaving of sends with any delivery
 * order (within the skip bound) decrypts every message once; a kept key decrypts a re-delivery
 * without changing the state; any changed byte of a ciphertext or header is rejected with a
 * typed error; states are never mutated in place.
 */
import { nobleCrypto as crypto, seededRandom, toHex } from '@statuskit/utils';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  encodeRatchetHeader,
  initiateRatchet,
  type KeptMessageKey,
  type RatchetHeader,
  type RatchetKeySource,
  type RatchetState,
  ratchetDecrypt,
  ratchetEncrypt,
  respondRatchet,
} from '../src/index.js';

function keySource(seed: number): RatchetKeySource {
  const random = seededRandom(seed);
  return () => {
    for (;;) {
      const privateKey = random(32);
      if (crypto.secp256k1IsValidPrivateKey(privateKey)) {
        return { privateKey, publicKey: crypto.secp256k1PublicKey(privateKey, true) };
      }
    }
  };
}

interface Party {
  state: RatchetState;
  keys: RatchetKeySource;
  kept: Map<string, Uint8Array>;
}

const keyId = (dh: Uint8Array, n: number) => `${toHex(dh)}:${n}`;

function pair(seed: number): { alice: Party; bob: Party } {
  const sk = crypto.keccak256(Uint8Array.of(seed & 0xff, seed >> 8));
  const bobKeys = keySource(seed * 2 + 1);
  const spk = bobKeys();
  const aliceKeys = keySource(seed * 2);
  return {
    alice: { state: initiateRatchet(crypto, sk, spk.publicKey, aliceKeys), keys: aliceKeys, kept: new Map() },
    bob: { state: respondRatchet(sk, spk), keys: bobKeys, kept: new Map() },
  };
}

function receive(p: Party, header: RatchetHeader, ciphertext: Uint8Array): Uint8Array {
  const id = keyId(header.dh, header.n);
  const r = ratchetDecrypt(crypto, p.state, header, ciphertext, {
    keptKey: p.kept.get(id),
    newKeyPair: p.keys,
  });
  p.state = r.state;
  for (const k of r.keptKeys as KeptMessageKey[]) p.kept.set(keyId(k.dh, k.n), k.messageKey);
  p.kept.delete(id); // the application confirms at once
  return r.plaintext;
}

describe('Double Ratchet properties', () => {
  it('decrypts every message of any interleaving and delivery order', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 30 }),
        fc.array(fc.nat(), { maxLength: 60 }),
        (seed, senders, picks) => {
          const { alice, bob } = pair(seed);
          const inFlight: { to: Party; from: string; header: RatchetHeader; ct: Uint8Array; text: string }[] =
            [];
          let aliceSent = 0;
          let i = 0;
          const deliver = (k: number) => {
            const m = inFlight.splice(k % inFlight.length, 1)[0];
            if (m === undefined) return;
            expect(new TextDecoder().decode(receive(m.to, m.header, m.ct))).toBe(m.text);
          };
          for (const fromAlice of senders) {
            // Bob can only send once he has heard from Alice (he has no sending chain before).
            const sender = fromAlice || bob.state.dhr.length === 0 ? alice : bob;
            if (sender === alice) aliceSent++;
            const text = `${sender === alice ? 'a' : 'b'}${i++}`;
            const out = ratchetEncrypt(crypto, sender.state, new TextEncoder().encode(text));
            sender.state = out.state;
            inFlight.push({
              to: sender === alice ? bob : alice,
              from: text,
              header: out.header,
              ct: out.ciphertext,
              text,
            });
            const pick = picks[i];
            if (pick !== undefined && pick % 3 === 0 && inFlight.length > 0) deliver(pick);
          }
          while (inFlight.length > 0) deliver(picks[inFlight.length] ?? 0);
          expect(aliceSent).toBeGreaterThan(0);
        },
      ),
      { numRuns: 25 },
    );
  });

  it('rejects any changed byte of ciphertext or header and never mutates the state', () => {
    const { alice, bob } = pair(7);
    const out = ratchetEncrypt(crypto, alice.state, new TextEncoder().encode('hello ratchet'));
    const before = JSON.stringify(bob.state, (_k, v) => (v instanceof Uint8Array ? Array.from(v) : v));
    fc.assert(
      fc.property(fc.nat(), fc.integer({ min: 1, max: 255 }), fc.boolean(), (pos, x, inHeader) => {
        const ct = out.ciphertext.slice();
        const header = { ...out.header, dh: out.header.dh.slice() };
        if (inHeader) {
          const encoded = encodeRatchetHeader(header);
          const at = pos % encoded.length;
          if (at < 4) header.n = (header.n ^ (x << (8 * at))) >>> 0;
          else if (at < 8) header.pn = (header.pn ^ (x << (8 * (at - 4)))) >>> 0;
          else (header.dh as Uint8Array)[at - 8] = ((header.dh[at - 8] as number) ^ x) & 0xff;
        } else {
          const at = pos % ct.length;
          ct[at] = (ct[at] as number) ^ x;
        }
        let error: Error | undefined;
        try {
          ratchetDecrypt(crypto, bob.state, header, ct, { newKeyPair: bob.keys, limits: { maxSkip: 50 } });
        } catch (e) {
          error = e as Error;
        }
        expect(error?.name).toMatch(
          /^(RatchetError|ReplayError|SkippedKeysExceededError|InvalidPublicKeyError)$/,
        );
      }),
      { numRuns: 150 },
    );
    expect(JSON.stringify(bob.state, (_k, v) => (v instanceof Uint8Array ? Array.from(v) : v))).toBe(before);
    expect(new TextDecoder().decode(receive(bob, out.header, out.ciphertext))).toBe('hello ratchet');
  });

  it('a kept key decrypts a re-delivery without touching the state', () => {
    const { alice, bob } = pair(9);
    const out = ratchetEncrypt(crypto, alice.state, Uint8Array.of(1, 2, 3));
    const first = ratchetDecrypt(crypto, bob.state, out.header, out.ciphertext, { newKeyPair: bob.keys });
    const kept = first.keptKeys.find((k) => k.n === out.header.n) as KeptMessageKey;
    const again = ratchetDecrypt(crypto, first.state, out.header, out.ciphertext, {
      keptKey: kept.messageKey,
      newKeyPair: bob.keys,
    });
    expect(again.fromKeptKey).toBe(true);
    expect(again.state).toBe(first.state);
    expect(again.plaintext).toEqual(Uint8Array.of(1, 2, 3));
    expect(() =>
      ratchetDecrypt(crypto, first.state, out.header, out.ciphertext, { newKeyPair: bob.keys }),
    ).toThrow(expect.objectContaining({ name: 'ReplayError' }));
  });

  it('bounds the keys one step may skip, counting both chains like status-go', () => {
    const { alice, bob } = pair(11);
    let s = alice.state;
    const sent = [];
    for (let i = 0; i < 6; i++) {
      const out = ratchetEncrypt(crypto, s, Uint8Array.of(i));
      s = out.state;
      sent.push(out);
    }
    const last = sent[5] as (typeof sent)[number];
    expect(() =>
      ratchetDecrypt(crypto, bob.state, last.header, last.ciphertext, {
        newKeyPair: bob.keys,
        limits: { maxSkip: 4 },
      }),
    ).toThrow(expect.objectContaining({ name: 'SkippedKeysExceededError' }));
    const ok = ratchetDecrypt(crypto, bob.state, last.header, last.ciphertext, {
      newKeyPair: bob.keys,
      limits: { maxSkip: 5 },
    });
    expect(ok.keptKeys.map((k) => k.n)).toEqual([0, 1, 2, 3, 4, 5]);
  });
});
