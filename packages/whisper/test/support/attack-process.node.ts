/**
 * The attackers of issue #17 in a process of their own (forked by `runAttack` in
 * `attack.node.ts`), flooding a relay over loopback TCP: the relay's process then measures its own
 * event-loop stall and RSS, not the attackers' encryption and compression.
 *
 * Protocol (IPC): the parent sends one {@link AttackConfig}; the child answers `{ type: 'ready' }`
 * once its material is prepared, waits for `{ type: 'go' }` (the parent has its honest clients
 * connected and measuring), attacks, sends `{ type: 'done', result }` (an {@link AttackResult})
 * and exits.
 */
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import { createPeerSession } from '@statuskit/devp2p';
import type { CryptoProvider } from '@statuskit/utils';
import {
  encodeEnvelope,
  encodeMessagesRequest,
  encodeRawList,
  encodeWakuStatus,
  sealEnvelope,
} from '../../src/index.js';
import { type Attacker, attacker, type RelayAddress, sleep, transport } from './adversarial.node.js';

export type AttackKind = 'tiny' | 'big' | 'history' | 'padded' | 'long-ttl' | 'non-reading' | 'chatty';

export interface AttackConfig {
  kind: AttackKind;
  port: number;
  /** The relay's node id, hex. */
  id: string;
  /** Attacking peers (flooders; the non-reading row adds its 3 readers-that-never-read). */
  peers: number;
  durationMs: number;
  /** `tiny`: envelopes to send in all (stops at whichever comes first, this or the duration). */
  total?: number;
  /** `history`: the archive range to ask for. */
  from?: number;
  to?: number;
  /** `chatty`, `non-reading`: envelopes per second and peer. */
  ratePerPeer?: number;
  /** How long a flooder that is done stays connected for the relay to cut it (default 3 s). */
  lingerMs?: number;
  /** `non-reading`: how long the non-readers stay after the flood (waiting to be cut). */
  settleMs?: number;
}

export interface AttackResult {
  /** Envelopes (or requests) the attackers handed to their sessions. */
  sent: number;
  /** Attacking sessions opened (reconnects included). */
  sessions: number;
  /** Sessions the relay ended (not us), by disconnect reason. */
  cutByRelay: number;
  reasons: Record<string, number>;
  /** `history`: Request Complete (125) and P2P Message (127) packets received. */
  answered: number;
  envelopePackets: number;
  /** `non-reading`: how long after the flood started each non-reader was cut (ms). */
  cutAfterMs: number[];
  errors: string[];
}

const send = (m: unknown) => (process.send as (m: unknown) => boolean)(m);

let go: () => void = () => undefined;
const goMessage = new Promise<void>((r) => {
  go = r;
});
/** Tells the parent the material is ready, then waits for its `go` (sent once it measures). */
async function ready(): Promise<void> {
  send({ type: 'ready' });
  await goMessage;
}

function fromHex(h: string): Uint8Array {
  const out = new Uint8Array(h.length / 2);
  for (let i = 0; i < out.length; i++) out[i] = Number.parseInt(h.slice(2 * i, 2 * i + 2), 16);
  return out;
}

/** `n` distinct zero-work 20-byte envelopes (len × TTL = 19 × 3600 needs no PoW at 0.000002). */
export function tinyPacket(n: number, counter: number, nowSeconds: number): Uint8Array {
  const len = n * 20;
  if (len > 0xffff) throw new RangeError('at most 3276 envelopes per packet');
  const out = new Uint8Array(3 + len);
  out.set([0xf9, (len >>> 8) & 0xff, len & 0xff]);
  const expiry = nowSeconds + 3590;
  for (let i = 0; i < n; i++) {
    const c = counter + i;
    out.set(
      [
        0xd3,
        0x84,
        (expiry >>> 24) & 0xff,
        (expiry >>> 16) & 0xff,
        (expiry >>> 8) & 0xff,
        expiry & 0xff,
        0x82,
        0x0e,
        0x10,
        0x84,
        0xde,
        0xad,
        0xbe,
        0xef,
        0x84,
        (c >>> 24) & 0xff,
        (c >>> 16) & 0xff,
        (c >>> 8) & 0xff,
        c & 0xff,
        0x80,
      ],
      3 + i * 20,
    );
  }
  return out;
}

async function sealed(
  crypto: CryptoProvider,
  size: number,
  ttl: number,
  topic: Uint8Array,
  expiry = Math.floor(Date.now() / 1000) + ttl,
): Promise<Uint8Array> {
  const { envelope } = await sealEnvelope(
    { expiry, ttl, topic, data: crypto.randomBytes(size) },
    { powTarget: 0.000002, crypto },
  );
  return encodeEnvelope(envelope);
}

function historyRequest(n: number, from: number, to: number): Uint8Array {
  const id = new Uint8Array(32);
  new DataView(id.buffer).setUint32(28, n);
  return encodeMessagesRequest({
    id,
    from,
    to,
    limit: 1000,
    cursor: new Uint8Array(0),
    bloom: new Uint8Array(64).fill(0xff),
    topics: [],
  });
}

async function run(c: AttackConfig): Promise<AttackResult> {
  const crypto = await createNodeCrypto();
  const relay: RelayAddress = { port: c.port, id: fromHex(c.id) };
  const r: AttackResult = {
    sent: 0,
    sessions: 0,
    cutByRelay: 0,
    reasons: {},
    answered: 0,
    envelopePackets: 0,
    cutAfterMs: [],
    errors: [],
  };
  const onMessage = (code: number) => {
    if (code === 125) r.answered++;
    if (code === 127) r.envelopePackets++;
  };
  const open = async (): Promise<Attacker | undefined> => {
    try {
      const a = await attacker(relay, crypto, relay.port, onMessage);
      r.sessions++;
      void a.closed.then((info) => {
        if (info.local) return;
        r.cutByRelay++;
        const k = info.reasonName ?? info.error?.message ?? 'closed';
        r.reasons[k] = (r.reasons[k] ?? 0) + 1;
      });
      return a;
    } catch (e) {
      if (r.errors.length < 5) r.errors.push(String((e as Error).message));
      return undefined;
    }
  };
  /** One peer flooding `next()` packets until the deadline, reconnecting whenever it is cut off. */
  const flood = async (
    deadline: number,
    next: () => { packet: Uint8Array; count: number; code?: number } | undefined,
    pauseMs = 0,
  ) => {
    while (Date.now() < deadline) {
      const a = await open();
      if (a === undefined) {
        await sleep(200);
        continue;
      }
      while (Date.now() < deadline && !a.isClosed()) {
        const p = next();
        if (p === undefined) break;
        if (!(await a.send(p.code ?? 1, p.packet))) break;
        r.sent += p.count;
        if (pauseMs > 0) await sleep(pauseMs);
      }
      if (!a.isClosed()) {
        // Out of material or time: give the relay `lingerMs` to work through what it has queued
        // (and cut us) before leaving on our own.
        await Promise.race([a.closed, sleep(c.lingerMs ?? 3000)]);
        if (!a.isClosed()) a.session.disconnect();
        await Promise.race([a.closed, sleep(2000)]);
        return;
      }
      await sleep(50);
    }
  };
  const peers = Array.from({ length: c.peers }, (_, k) => k);

  switch (c.kind) {
    case 'tiny': {
      const total = c.total ?? 2_000_000;
      const PER = 3200;
      let counter = 0;
      await ready();
      const deadline = Date.now() + c.durationMs;
      const next = () => {
        if (counter >= total) return undefined;
        const packet = tinyPacket(PER, counter, Math.floor(Date.now() / 1000));
        counter += PER;
        return { packet, count: PER };
      };
      await Promise.all(peers.map(() => flood(deadline, next)));
      break;
    }
    case 'big': {
      // 1 MiB Messages packets of 127 distinct valid 8 KiB envelopes each, sealed ahead.
      const topic = Uint8Array.of(1, 2, 3, 4);
      const packets: Uint8Array[] = [];
      for (let k = 0; k < c.peers; k++) {
        const envs: Uint8Array[] = [];
        for (let i = 0; i < 127; i++) envs.push(await sealed(crypto, 8192, 60, topic));
        packets.push(encodeRawList(envs));
      }
      await ready();
      const deadline = Date.now() + c.durationMs;
      await Promise.all(
        peers.map((k) => flood(deadline, () => ({ packet: packets[k] as Uint8Array, count: 127 }))),
      );
      break;
    }
    case 'history': {
      await ready();
      const deadline = Date.now() + c.durationMs;
      await Promise.all(
        peers.map((k) => {
          let i = 0;
          return flood(
            deadline,
            () => ({
              packet: historyRequest(k * 1_000_000 + i++, c.from ?? 0, c.to ?? 0),
              count: 1,
              code: 126,
            }),
            5,
          );
        }),
      );
      break;
    }
    case 'padded': {
      // One tiny valid envelope per packet, padded to ≈ 1 MiB by an expired 1 MiB envelope
      // (silently dropped, never hashed): what the relay keeps of each packet must be the tiny one.
      const topic = Uint8Array.of(1, 2, 3, 4);
      // just under the 1 MiB message limit with the tiny one and the RLP headers
      const pad = new Uint8Array((1 << 20) - 4096);
      let i = 0;
      await ready();
      const deadline = Date.now() + c.durationMs;
      await Promise.all(
        peers.map(() =>
          flood(deadline, () => {
            const t = Math.floor(Date.now() / 1000);
            const tiny = encodeEnvelope({
              expiry: t + 60,
              ttl: 60,
              topic,
              data: Uint8Array.of(i & 0xff, (i >>> 8) & 0xff, (i >>> 16) & 0xff, 7),
              nonce: 0n,
            });
            i++;
            const padNow = encodeEnvelope({ expiry: t - 5, ttl: 10, topic, data: pad, nonce: 0n });
            return { packet: encodeRawList([tiny, padNow]), count: 1 };
          }),
        ),
      );
      break;
    }
    case 'long-ttl': {
      // Envelopes of 1 KiB with a 1-hour TTL at exactly the minimum PoW, each peer at its envelope
      // rate, until the pool is full of them: honest envelopes (higher PoW per byte, TTL 15 s) must
      // still be admitted, by eviction.
      const topic = Uint8Array.of(5, 6, 7, 8);
      const rate = c.ratePerPeer ?? 150;
      const perPeer = Math.ceil((rate * c.durationMs) / 1000);
      const material: Uint8Array[][] = [];
      const expiry = Math.floor(Date.now() / 1000) + 3600;
      for (let k = 0; k < c.peers; k++) {
        const envs: Uint8Array[] = [];
        for (let i = 0; i < perPeer; i++) envs.push(await sealed(crypto, 1024, 3600, topic, expiry));
        material.push(envs);
      }
      await ready();
      const deadline = Date.now() + c.durationMs;
      // 10 envelopes a packet, `rate / 10` packets a second per peer
      await Promise.all(
        peers.map((k) => {
          let i = 0;
          const envs = material[k] as Uint8Array[];
          return flood(
            deadline,
            () => {
              if (i >= envs.length) return undefined;
              const batch = envs.slice(i, i + 10);
              i += batch.length;
              return { packet: encodeRawList(batch), count: batch.length };
            },
            Math.round(10_000 / rate),
          );
        }),
      );
      break;
    }
    case 'non-reading': {
      // 3 peers that complete the handshake and then never read, plus `peers` flooders sending
      // valid 8 KiB envelopes at `ratePerPeer` each (2 MB/s in all by default): the relay gossips
      // the flood to the non-readers until their carriers back up, and must then cut them.
      const topic = Uint8Array.of(1, 2, 3, 5);
      const rate = c.ratePerPeer ?? 64; // 64 × 8 KiB = 0.5 MiB/s per flooder
      const readers = await Promise.all(
        [0, 1, 2].map(async () => {
          const duplex = await transport.dial('127.0.0.1', relay.port, { timeoutMs: 10_000 });
          const session = createPeerSession({
            duplex,
            privateKey: crypto.secp256k1GeneratePrivateKey(),
            remoteId: relay.id,
            crypto,
            clientId: 'non-reader',
            protocols: [
              {
                name: 'waku',
                version: 1,
                length: 128,
                create(ctx) {
                  ctx.send(0, encodeWakuStatus({ powRequirement: 0.000002 }, 1));
                  return { onMessage: () => undefined };
                },
              },
            ],
          });
          await session.ready;
          await sleep(300); // let the relay read our status
          if (duplex.pauseReading === undefined) throw new Error('the TCP carrier cannot pause');
          duplex.pauseReading();
          return session;
        }),
      );
      const per = Math.max(1, Math.round(rate / 10));
      const perPeer = Math.ceil((rate * c.durationMs) / 1000) + per;
      const material: Uint8Array[][] = [];
      for (let k = 0; k < c.peers; k++) {
        const envs: Uint8Array[] = [];
        for (let i = 0; i < perPeer; i++) envs.push(await sealed(crypto, 8192, 120, topic));
        material.push(envs);
      }
      await ready();
      const started = Date.now();
      for (const s of readers) void s.closed.then(() => r.cutAfterMs.push(Date.now() - started));
      const deadline = Date.now() + c.durationMs;
      await Promise.all(
        peers.map((k) => {
          let i = 0;
          const envs = material[k] as Uint8Array[];
          return flood(
            deadline,
            () => {
              if (i >= envs.length) return undefined;
              const batch = envs.slice(i, i + per);
              i += batch.length;
              return { packet: encodeRawList(batch), count: batch.length };
            },
            100,
          );
        }),
      );
      await sleep(c.settleMs ?? 0);
      for (const s of readers) s.disconnect();
      break;
    }
    case 'chatty': {
      // Honest-looking peers: each posts `ratePerPeer` small envelopes a second (TTL 15 s).
      const topic = Uint8Array.of(3, 3, 3, 3);
      const rate = c.ratePerPeer ?? 20;
      await ready();
      const deadline = Date.now() + c.durationMs;
      let n = 0;
      await Promise.all(
        peers.map(() =>
          flood(
            deadline,
            () => {
              const t = Math.floor(Date.now() / 1000);
              const data = new Uint8Array(256);
              new DataView(data.buffer).setUint32(0, n++);
              // 256 B × 15 s needs no PoW at the minimum (len × TTL ≤ 500,000)
              const env = encodeEnvelope({ expiry: t + 15, ttl: 15, topic, data, nonce: 0n });
              return { packet: encodeRawList([env]), count: 1 };
            },
            Math.round(1000 / rate),
          ),
        ),
      );
      break;
    }
  }
  return r;
}

process.on('message', (m: AttackConfig | { type: 'go' }) => {
  if ('type' in m) {
    if (m.type === 'go') go();
    return;
  }
  run(m).then(
    (result) => {
      send({ type: 'done', result });
      setTimeout(() => process.exit(0), 100);
    },
    (e: unknown) => {
      send({ type: 'error', message: String((e as Error)?.stack ?? e) });
      setTimeout(() => process.exit(1), 100);
    },
  );
});
