/**
 * Mutation fuzz: more than 10,000 mutated envelopes and packets go through every decoder, the
 * node's protocol handlers and the mailserver. Nothing may crash; every failure must be one of the
 * typed errors (by `name`), and a handler may only end a session with a devp2p reason.
 */
import { DISCONNECT_REASONS, type ProtocolContext } from '@statuskit/devp2p';
import {
  fromHex,
  manualClock,
  memoryStorage,
  nobleCrypto,
  seededRandom,
  silentLogger,
  toHex,
} from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { allCases, casesOf } from '../../../test/support/vectors.js';
import {
  createMailserver,
  createWhisperNode,
  decodeBatchAck,
  decodeEnvelope,
  decodeEnvelopeList,
  decodeEnvelopeView,
  decodeMessagesRequest,
  decodeMessagesRequestPayload,
  decodeMessagesResponse,
  decodeP2PMessages,
  decodeShhStatus,
  decodeStatusOptions,
  decodeWakuStatus,
  type Envelope,
  encodeRawList,
  encodeShhStatus,
  encodeWakuStatus,
  openEnvelope,
  type P2PResponder,
  parseMessage,
  parseRequestComplete,
  type WhisperCapability,
} from '../src/index.js';

const TYPED = new Set([
  'DecodeError',
  'MessageFormatError',
  'SignatureError',
  'DecryptError',
  'MailserverError',
  'WhisperProtocolError',
]);

type Rec = Record<string, unknown>;
const h = (v: unknown) => fromHex(v as string);

/** Seed inputs from the vectors: envelopes, packets, status payloads, request payloads. */
function seeds(): {
  envelopes: Uint8Array[];
  packets: Uint8Array[];
  statuses: Uint8Array[];
  requests: Uint8Array[];
} {
  const envelopes: Uint8Array[] = [];
  for (const v of [
    ...casesOf('whisper-envelope', 'symmetric'),
    ...casesOf('whisper-envelope', 'asymmetric'),
  ]) {
    envelopes.push(h((v.expected as Rec).envelope_rlp));
  }
  for (const v of allCases('shh-live').filter((x) => x.kind === undefined)) envelopes.push(h(v.envelope_rlp));
  const packets: Uint8Array[] = [];
  const statuses: Uint8Array[] = [];
  for (const file of ['waku-status', 'shh-status', 'mailserver']) {
    for (const v of allCases(file)) {
      const e = v.expected as Rec | undefined;
      if (e?.payload_rlp !== undefined) statuses.push(h(e.payload_rlp));
      for (const p of (e?.packets_in_order as Rec[] | undefined) ?? []) packets.push(h(p.payload_rlp));
    }
  }
  const requests = casesOf('mailserver', 'history-request').map((v) =>
    h((v.expected as Rec).request_payload_rlp),
  );
  return { envelopes, packets, statuses, requests };
}

/** A mutation of `input`: flips, byte writes, truncation, insertion, duplication, splices. */
function mutate(input: Uint8Array, rnd: () => number): Uint8Array {
  const r = (n: number) => Math.floor(rnd() * n);
  let out = input.slice();
  const rounds = 1 + r(3);
  for (let k = 0; k < rounds; k++) {
    switch (r(7)) {
      case 0:
        if (out.length > 0) {
          const i = r(out.length);
          out[i] = (out[i] as number) ^ (1 << r(8));
        }
        break;
      case 1:
        if (out.length > 0) out[r(out.length)] = r(256);
        break;
      case 2:
        out = out.slice(0, r(out.length + 1));
        break;
      case 3: {
        const i = r(out.length + 1);
        const ins = Uint8Array.from({ length: 1 + r(8) }, () => r(256));
        out = Uint8Array.from([...out.subarray(0, i), ...ins, ...out.subarray(i)]);
        break;
      }
      case 4:
        out = Uint8Array.from([...out, ...out.subarray(0, r(out.length + 1))]);
        break;
      case 5:
        // header-targeted: the first bytes hold lengths
        if (out.length > 0)
          out[r(Math.min(4, out.length))] = [0x80, 0xb7, 0xb8, 0xbf, 0xc0, 0xf7, 0xf8, 0xff][r(8)] as number;
        break;
      default:
        if (out.length > 1) {
          const i = r(out.length);
          const j = r(out.length);
          out[i] = out[j] as number;
        }
    }
  }
  return out;
}

function random(seed: number): () => number {
  const src = seededRandom(seed);
  return () => new DataView(src(4).buffer).getUint32(0) / 2 ** 32;
}

function typed(fn: () => unknown): void {
  try {
    fn();
  } catch (err) {
    const name = (err as Error | undefined)?.name;
    if (!TYPED.has(name as string))
      throw new Error(`untyped failure ${name}: ${(err as Error).message}`, { cause: err });
  }
}

describe('fuzz', () => {
  const s = seeds();
  const symKey = fromHex('36224048e42c49e5c59c57bba5024fbb8822d6b4ee6ac5fbefd8b77f5323ecc4');
  const asymKey = fromHex('b71c71a67e1177ad4e901695e1b4b9ee17ae16c6668d313eac2f96dbcda3f291');

  it('12,000 mutated envelopes: decode, hash and open fail only with typed errors', () => {
    const rnd = random(1);
    let decoded = 0;
    for (let n = 0; n < 12_000; n++) {
      const seed = s.envelopes[n % s.envelopes.length] as Uint8Array;
      const input = mutate(seed, rnd);
      typed(() => {
        const env = decodeEnvelope(input);
        decoded++;
        typed(() => openEnvelope(env, { kind: 'symmetric', key: symKey }));
        if (n % 8 === 0) typed(() => openEnvelope(env, { kind: 'asymmetric', privateKey: asymKey }));
      });
      typed(() => parseMessage(input));
      typed(() => decodeEnvelopeList(encodeRawList([input])));
    }
    expect(decoded).toBeGreaterThan(100); // some mutations keep a valid shape
  });

  it('12,000 mutated envelopes: the copy-free decoder accepts and rejects exactly as decodeEnvelope', () => {
    const rnd = random(5);
    let viewed = 0;
    const outcome = (fn: () => Envelope) => {
      try {
        const e = fn();
        return `${e.expiry}/${e.ttl}/${toHex(e.topic)}/${toHex(e.data)}/${e.nonce}`;
      } catch (err) {
        expect((err as Error).name).toBe('DecodeError');
        return 'DecodeError';
      }
    };
    for (let n = 0; n < 12_000; n++) {
      const seed = s.envelopes[n % s.envelopes.length] as Uint8Array;
      const input = n % 4 === 0 ? seed : mutate(seed, rnd);
      const maxBytes = n % 16 === 0 ? Math.max(1, input.length - 1) : undefined;
      const opts = maxBytes === undefined ? {} : { maxBytes };
      expect(outcome(() => decodeEnvelopeView(input, opts))).toBe(outcome(() => decodeEnvelope(input, opts)));
      try {
        if (decodeEnvelopeView(input, opts).data.buffer === input.buffer) viewed++;
      } catch {}
    }
    expect(viewed).toBeGreaterThan(3000); // the direct walk, not the fallback, took the valid ones
  });

  it('12,000 mutated packets: every packet decoder fails only with typed errors', () => {
    const rnd = random(2);
    const all = [...s.packets, ...s.statuses, ...s.requests];
    for (let n = 0; n < 12_000; n++) {
      const input = mutate(all[n % all.length] as Uint8Array, rnd);
      typed(() => decodeEnvelopeList(input));
      typed(() => decodeP2PMessages(input));
      typed(() => decodeWakuStatus(input, 1));
      typed(() => decodeWakuStatus(input, 0));
      typed(() => decodeStatusOptions(input, 1));
      typed(() => decodeShhStatus(input));
      typed(() => decodeMessagesResponse(input));
      typed(() => decodeBatchAck(input));
      typed(() => decodeMessagesRequestPayload(input));
      typed(() => decodeMessagesRequest(input));
      typed(() => parseRequestComplete(input));
    }
  });

  it('10,000 mutated packets into running nodes end sessions only with devp2p reasons', () => {
    const rnd = random(3);
    const reasons = new Set<number>(Object.values(DISCONNECT_REASONS));
    const caps: WhisperCapability[] = ['waku/1', 'waku/0', 'shh/6'];
    const clock = manualClock(1_604_404_800_000);
    const node = createWhisperNode({ capabilities: caps, clock, confirmations: true, trustedPeers: [] });
    node.subscribe({
      topics: [fromHex('9282f4c4')],
      key: { kind: 'symmetric', key: symKey },
      allowP2P: true,
    });
    const all = [...s.packets, ...s.envelopes.map((e) => encodeRawList([e]))];
    const codes = [0, 1, 2, 3, 11, 12, 20, 22, 125, 126, 127, 5, 100];
    let disconnects = 0;
    let peerNo = 0;
    let handler: ReturnType<(typeof node.protocols)[number]['create']> | undefined;
    let ended = true;
    const fresh = () => {
      const cap = caps[peerNo % caps.length] as WhisperCapability;
      const id = nobleCrypto
        .secp256k1PublicKey(nobleCrypto.keccak256(Uint8Array.of(peerNo & 0xff, peerNo >> 8, 7)))
        .subarray(1);
      peerNo++;
      if (peerNo % 2 === 0) node.markTrusted(id);
      const proto = node.protocols.find((p) => `${p.name}/${p.version}` === cap);
      const ctx: ProtocolContext = {
        peer: { id, clientId: 'fuzz', remoteAddress: `10.0.0.${peerNo % 250}:30303`, capabilities: [] },
        version: proto?.version ?? 1,
        logger: silentLogger,
        send: () => true,
        drained: async () => {},
        disconnect: (reason) => {
          if (!reasons.has(reason)) throw new Error(`bad reason ${reason}`);
          ended = true;
        },
      };
      handler = proto?.create(ctx);
      ended = false;
      const status =
        cap === 'shh/6'
          ? encodeShhStatus({ powRequirement: 0.000002 })
          : encodeWakuStatus({ powRequirement: 0.000002 }, cap === 'waku/1' ? 1 : 0);
      // half of the peers start with a mutated status
      const first = peerNo % 2 === 0 ? status : mutate(status, rnd);
      deliver(0, first);
    };
    const deliver = (code: number, payload: Uint8Array) => {
      try {
        const r = handler?.onMessage(code, payload);
        if (r instanceof Promise) throw new Error('handlers are synchronous');
      } catch (err) {
        const e = err as { name?: string; reason?: unknown };
        if (e.name !== 'WhisperProtocolError' || typeof e.reason !== 'number' || !reasons.has(e.reason)) {
          throw new Error(`untyped failure ${e.name}: ${(err as Error).message}`, { cause: err });
        }
        disconnects++;
        handler?.onClose?.({ reason: e.reason, local: true });
        ended = true;
      }
    };
    for (let n = 0; n < 10_000; n++) {
      if (ended) fresh();
      const code = codes[Math.floor(rnd() * codes.length)] as number;
      const input = mutate(all[n % all.length] as Uint8Array, rnd);
      deliver(code, input);
      if (n % 500 === 0) clock.advance(1000);
    }
    expect(disconnects).toBeGreaterThan(10);
    expect(node.stats.dropped['malformed-packet']).toBeGreaterThan(0);
    node.close();
  });

  it('2,000 mutated history requests never break the mailserver', async () => {
    const rnd = random(4);
    const ms = createMailserver({
      storage: memoryStorage(),
      symKey: fromHex('765df27c0765526f920ba742ff4b9452bb0064e016435ffccd81186aa6feaae8'),
    });
    const seedPackets = casesOf('mailserver', 'history-request').flatMap((v) =>
      ((v.expected as Rec).packets_in_order as Rec[])
        .filter((p) => p.code === 126)
        .map((p) => h(p.payload_rlp)),
    );
    let answered = 0;
    const responder: P2PResponder = {
      peerId: new Uint8Array(64),
      peerKey: 'fuzz',
      capability: 'waku/1',
      sendEnvelopes: () => true,
      sendComplete: () => {
        answered++;
        return true;
      },
      drained: async () => {},
      closed: false,
    };
    for (let n = 0; n < 2000; n++) {
      await ms.handleRequest(mutate(seedPackets[n % seedPackets.length] as Uint8Array, rnd), responder);
    }
    expect(answered).toBeGreaterThan(0);
  });
});
