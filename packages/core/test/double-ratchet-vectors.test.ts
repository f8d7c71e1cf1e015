/**
 * `double-ratchet` cases of x3dh-dr.json (status-go v0.62.18 `protocol/encryption` with the vendored
 * status-im/doubleratchet v3 and `EthereumCrypto`, traced by the vector generator): whole sessions
 * between two parties whose every key is pinned. Each session is replayed on both sides through the
 * real secure transport (X3DH, ratchet, DirectMessageProtocol building and handling), in the script's
 * order, and every step is checked: the header and its encoding, status-go's DRHeader and
 * DirectMessageProtocol bytes, the ciphertext, the plaintext, and the trace of every ratchet
 * primitive call (GenerateDH, DH, KDF_RK, KDF_CK, Encrypt, Decrypt) with its inputs and outputs.
 */
import {
  decodeDirectMessageProtocol,
  encodeDirectMessageProtocol,
  encodeDRHeader,
  type ProtocolMessage,
} from '@statuskit/payloads';
import { fromHex, manualClock, memoryStorage, toHex } from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { allCases, type VectorCase } from '../../../test/support/vectors.js';
import {
  createSecureTransport,
  encodeRatchetHeader,
  type RatchetTraceEvent,
  type SecureTransport,
} from '../src/index.js';

type Rec = Record<string, unknown>;
type Party = 'A' | 'B';
const h = (v: unknown) => fromHex(v as string);

/** A trace event as the vectors write it: snake_case fields, hex values. */
function traceJson(e: RatchetTraceEvent): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(e)) {
    out[k.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`)] = v instanceof Uint8Array ? toHex(v) : String(v);
  }
  return out;
}

/** Every field the vector gives for a trace entry must be what our call produced, in order. */
function checkTrace(where: string, actual: RatchetTraceEvent[], expected: Rec[]): void {
  const got = actual.map(traceJson);
  for (let i = 0; i < Math.max(got.length, expected.length); i++) {
    const want = expected[i];
    const have = got[i];
    expect(have, `${where}: trace[${i}] is missing (expected ${want?.op})`).toBeDefined();
    expect(want, `${where}: unexpected trace[${i}] ${have?.op}`).toBeDefined();
    const picked = Object.fromEntries(Object.keys(want as Rec).map((k) => [k, (have as Rec)[k]]));
    expect(picked, `${where}: trace[${i}]`).toEqual(want);
  }
}

/** A random source that hands out the pinned private keys in order, and fails past them. */
function pinnedKeys(who: string, keys: string[]): (n: number) => Uint8Array {
  let next = 0;
  return (n) => {
    if (n !== 32) throw new Error(`${who}: unexpected random(${n})`);
    const k = keys[next++];
    if (k === undefined) throw new Error(`${who} asked for more keys than the vector pins`);
    return fromHex(k);
  };
}

/**
 * Replays one `double-ratchet` case. Throws (an assertion error) at the first field that differs.
 */
export async function replayDoubleRatchet(c: VectorCase): Promise<void> {
  const input = c.input as Rec;
  const expected = c.expected as Rec;
  const steps = expected.steps as Rec[];
  const initTrace = (expected.init_trace ?? {}) as Record<string, Rec[] | null>;
  const clock = manualClock(1_700_000_000_000);
  const traces: Record<Party, RatchetTraceEvent[]> = { A: [], B: [] };
  const installation: Record<Party, string> = { A: 'alice-installation', B: 'bob-installation' };
  const make = (who: Party, identity: string, keys: string[]): SecureTransport =>
    createSecureTransport({
      identityPrivateKey: h(identity),
      installationId: installation[who],
      storage: memoryStorage(),
      clock,
      random: pinnedKeys(who, keys),
      ratchetTrace: (e) => traces[who].push(e),
    });
  const alice = make('A', input.alice_identity_privkey as string, [
    input.alice_x3dh_ephemeral_privkey as string,
    ...(input.alice_ratchet_privkeys_in_order as string[]),
  ]);
  const bob = make(
    'B',
    input.bob_identity_privkey as string,
    input.bob_ratchet_privkeys_in_order as string[],
  );
  const parties: Record<Party, SecureTransport> = { A: alice, B: bob };
  const other = (p: Party): Party => (p === 'A' ? 'B' : 'A');

  // Bob's bundle carries the pinned signed pre-key; Alice's own pre-key is not part of the session
  // (any fixed key keeps it from drawing on her pinned keys).
  await bob.importSignedPreKey({ privateKey: h(input.bob_signed_pre_key_privkey), version: 1 });
  await alice.importSignedPreKey({ privateKey: new Uint8Array(32).fill(0x77), version: 1 });
  expect(toHex((await bob.getBundle()).signedPreKeys.get(installation.B)?.signedPreKey as Uint8Array)).toBe(
    input.bundle_id,
  );
  await alice.processBundle(await bob.getBundle());

  const sent = new Map<string, { from: Party; message: ProtocolMessage }>();
  const started: Record<Party, boolean> = { A: false, B: false };
  for (const step of steps) {
    const by = step.by as Party;
    const where = `${c.id} step ${step.step} (${step.op} ${step.message} by ${by})`;
    const me = parties[by];
    const peer = other(by);
    traces[by].length = 0;
    let expectedTrace = step.trace as Rec[];
    if (!started[by]) {
      expectedTrace = [...(initTrace[by === 'A' ? 'alice' : 'bob'] ?? []), ...expectedTrace];
      started[by] = true;
    }
    if (step.op === 'encrypt') {
      const spec = await me.buildDirectMessage(parties[peer].publicKey, h(step.plaintext));
      const dm = spec.message.directMessage.get(installation[peer]);
      expect(dm, `${where}: no direct message for the peer`).toBeDefined();
      if (dm?.drHeader === undefined) throw new Error(`${where}: not a ratchet message`);
      const header = step.header as Rec;
      expect(
        { dh: toHex(dm.drHeader.key), n: dm.drHeader.n, pn: dm.drHeader.pn },
        `${where}: header`,
      ).toEqual(header);
      const encoded = encodeRatchetHeader({ dh: dm.drHeader.key, n: dm.drHeader.n, pn: dm.drHeader.pn });
      expect(toHex(encoded), `${where}: header_encoded`).toBe(step.header_encoded);
      expect(toHex(dm.payload), `${where}: ciphertext`).toBe(step.ciphertext);
      expect(toHex(encodeDRHeader(dm.drHeader)), `${where}: dr_header_proto`).toBe(step.dr_header_proto);
      expect(toHex(encodeDirectMessageProtocol(dm)), `${where}: direct_message_protocol_proto`).toBe(
        step.direct_message_protocol_proto,
      );
      // What travels is status-go's encoding of the message.
      const theirs = decodeDirectMessageProtocol(h(step.direct_message_protocol_proto));
      sent.set(step.message as string, {
        from: by,
        message: { ...spec.message, directMessage: new Map([[installation[peer], theirs]]) },
      });
    } else if (step.op === 'decrypt') {
      const m = sent.get(step.message as string);
      if (m === undefined) throw new Error(`${where}: message was never sent`);
      expect(m.from, `${where}: decrypted by its sender`).toBe(peer);
      const handled = await me.handleMessage(parties[peer].publicKey, m.message);
      expect(handled.kind, `${where}: kind`).toBe('ratchet');
      expect(toHex(handled.payload), `${where}: plaintext`).toBe(step.plaintext);
      // The application processed it (status-go ConfirmMessageProcessed).
      await me.confirmMessageProcessed(handled.confirmation as Uint8Array);
    } else {
      throw new Error(`${where}: unknown op ${String(step.op)}`);
    }
    checkTrace(where, traces[by], expectedTrace);
  }
}

const sessions = allCases('x3dh-dr').filter((c) => c.kind === 'double-ratchet');

describe('x3dh-dr.json double-ratchet sessions', () => {
  it('the file has double-ratchet sessions', () => {
    expect(sessions.length).toBeGreaterThan(0);
  });

  it.each(sessions.map((c) => [c.id, c] as const))('replays %s on both sides', async (_id, c) => {
    await replayDoubleRatchet(c);
  });

  /** Mutates the first hex value of the first trace entry of each op, one at a time. */
  it.each(sessions.map((c) => [c.id, c] as const))(
    '%s: a changed trace value fails the replay',
    async (_id, c) => {
      const steps = (c.expected as Rec).steps as Rec[];
      const seen = new Set<string>();
      let mutations = 0;
      for (let s = 0; s < steps.length; s++) {
        const trace = (steps[s] as Rec).trace as Rec[];
        for (let t = 0; t < trace.length; t++) {
          const entry = trace[t] as Rec;
          if (seen.has(entry.op as string)) continue;
          seen.add(entry.op as string);
          for (const field of Object.keys(entry).filter(
            (k) => k !== 'op' && (entry[k] as string).length > 0,
          )) {
            const copy = structuredClone(c) as VectorCase;
            const target = (((copy.expected as Rec).steps as Rec[])[s] as Rec).trace as Rec[];
            const value = (target[t] as Rec)[field] as string;
            (target[t] as Rec)[field] = (value[0] === '0' ? '1' : '0') + value.slice(1);
            await expect(replayDoubleRatchet(copy), `${entry.op}.${field}`).rejects.toThrow();
            mutations++;
          }
        }
      }
      for (const op of ['kdf_ck', 'encrypt', 'decrypt']) expect(seen).toContain(op);
      expect(mutations).toBeGreaterThan(10);
    },
  );
});
