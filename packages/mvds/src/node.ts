/**
 * The MVDS node (STATUS-V1-FACTS §6.3–6.5) as a sans-IO state machine over the utils `Storage` and
 * `Clock`. Payload bytes come in through `receive`; payloads go out through the injected `send`
 * once per epoch tick. Every piece of state — the epoch, the messages, the per-peer per-message
 * send records, the acks owed and the ids already delivered — lives in storage and is written in
 * one batch per step, so a node reopened on the same storage resumes retransmitting what was not
 * acknowledged and never delivers a message twice.
 */
import {
  decodeMvdsMessage,
  decodeMvdsPayload,
  encodeMvdsMessage,
  encodeMvdsPayload,
  type MvdsMessage,
} from '@statuskit/payloads';
import {
  type BatchOp,
  type Clock,
  type CryptoProvider,
  concatBytes,
  equalBytes,
  type Logger,
  nobleCrypto,
  prefixedStorage,
  type Storage,
  silentLogger,
  systemClock,
  type TimerHandle,
  TypedEventTarget,
  toHex,
} from '@statuskit/utils';
import { MvdsPayloadError, MvdsStateError } from './errors.js';
import { mvdsMessageId } from './message-id.js';

/** Record types (§6.3). */
export const MVDS_RECORD = { OFFER: 0, REQUEST: 1, MESSAGE: 2 } as const;
type RecordType = (typeof MVDS_RECORD)[keyof typeof MVDS_RECORD];

/** status-go's epoch tick: 300 ms (§6.3). */
export const MVDS_EPOCH_MS = 300;

/**
 * When a record is sent next, given how often it was sent (`count`, already incremented), the
 * current epoch and its previous send epoch (§6.4).
 */
export type RetransmissionSchedule = (count: number, epoch: bigint, previousSendEpoch: bigint) => bigint;

/** The schedules of §6.4. */
export const MVDS_SCHEDULES = {
  /** mvds v0.0.23 as vendored in status-go 0.62: `SendEpoch += epoch + 2·count` (drifts with time). */
  'status-go-0.62': (count, epoch, previous) => previous + epoch + 2n * BigInt(count),
  /** status-go 0.64.2+: `epoch + 2^(count−1)·90` epochs (27 s, 54 s, 108 s, … at 300 ms). */
  'status-go-0.64': (count, epoch) => epoch + 2n ** BigInt(Math.max(0, count - 1)) * 90n,
} as const satisfies Record<string, RetransmissionSchedule>;

/** Events of an {@link MvdsNode}. */
export interface MvdsEvents {
  /** A message delivered to the application, exactly once. */
  message: {
    groupId: Uint8Array;
    messageId: Uint8Array;
    body: Uint8Array;
    timestamp: bigint;
    peerId: Uint8Array;
  };
  /** A peer acknowledged one of our messages. */
  delivered: { messageId: Uint8Array; peerId: Uint8Array };
  /** We stopped trying to deliver a message to a peer. */
  'given-up': { messageId: Uint8Array; peerId: Uint8Array; reason: 'max-retransmissions' | 'state-limit' };
}

/** Options of {@link createMvdsNode}. */
export interface MvdsNodeOptions {
  /** This node's id (Status: our 65-byte public key). */
  id: Uint8Array;
  storage: Storage;
  /** Hands a payload to the transport for `peerId`. */
  send(peerId: Uint8Array, payload: Uint8Array): void | Promise<void>;
  /** `batch` (what status-go runs: messages are sent outright) or `interactive` (offer/request). */
  mode?: 'batch' | 'interactive';
  clock?: Clock;
  epochMs?: number;
  schedule?: keyof typeof MVDS_SCHEDULES | RetransmissionSchedule;
  /** Sends of one record before giving up. Default 14 (mvds HEAD's MaxSendCount). */
  maxSendCount?: number;
  /** Records kept per peer; further messages to that peer are given up. Default 10,000. */
  maxStatePerPeer?: number;
  /** Largest payload accepted by `receive`. Default 4 MiB. */
  maxPayloadBytes?: number;
  crypto?: CryptoProvider;
  logger?: Logger;
}

/** A running MVDS node. */
export interface MvdsNode extends TypedEventTarget<MvdsEvents> {
  readonly epoch: bigint;
  /** Adds `peerId` to the group: our messages in it go to that peer. */
  addPeer(groupId: Uint8Array, peerId: Uint8Array): Promise<void>;
  /** Stores a message for the group's peers; returns its id. Sent on the next tick. */
  appendMessage(groupId: Uint8Array, body: Uint8Array): Promise<Uint8Array>;
  /**
   * Handles a payload from `peerId`: acks, then requests, then offers, then messages (§6.3).
   * @throws MvdsPayloadError when the bytes are not a valid MVDS payload (state untouched).
   */
  receive(peerId: Uint8Array, payload: Uint8Array): Promise<void>;
  /** One epoch: sends every due record (and owed acks), then advances the epoch. */
  tick(): Promise<void>;
  /** Ticks every `epochMs` on the clock. */
  start(): void;
  stop(): void;
  /** Records still waiting for an ack (for one peer, or all). */
  pendingCount(peerId?: Uint8Array): Promise<number>;
}

const K = { EPOCH: 1, MSG: 2, STATE: 3, GROUP: 4, SEEN: 5, ACK: 6 } as const;
const EMPTY = new Uint8Array(0);

function peerKey(peer: Uint8Array): Uint8Array {
  if (peer.length === 0 || peer.length > 255) throw new RangeError('peerId must be 1..255 bytes');
  return concatBytes(Uint8Array.of(peer.length), peer);
}

/** Splits `len ‖ peer ‖ rest`. */
function splitPeer(bytes: Uint8Array): { peer: Uint8Array; rest: Uint8Array } {
  const n = bytes[0] as number;
  return { peer: bytes.slice(1, 1 + n), rest: bytes.slice(1 + n) };
}

interface SendRecord {
  type: RecordType;
  count: number;
  sendEpoch: bigint;
  groupId: Uint8Array;
}

function encodeRecord(r: SendRecord): Uint8Array {
  const out = new Uint8Array(1 + 4 + 8 + r.groupId.length);
  const v = new DataView(out.buffer);
  out[0] = r.type;
  v.setUint32(1, r.count);
  v.setBigUint64(5, r.sendEpoch);
  out.set(r.groupId, 13);
  return out;
}

function decodeRecord(b: Uint8Array): SendRecord {
  if (b.length < 13 || (b[0] as number) > 2) throw new MvdsStateError('corrupt MVDS send record in storage');
  const v = new DataView(b.buffer, b.byteOffset, b.byteLength);
  return {
    type: b[0] as RecordType,
    count: v.getUint32(1),
    sendEpoch: v.getBigUint64(5),
    groupId: b.slice(13),
  };
}

class Node extends TypedEventTarget<MvdsEvents> implements MvdsNode {
  epoch = 0n;
  readonly #o: MvdsNodeOptions;
  readonly #s: Storage;
  readonly #clock: Clock;
  readonly #crypto: CryptoProvider;
  readonly #log: Logger;
  readonly #schedule: RetransmissionSchedule;
  #queue: Promise<unknown> = Promise.resolve();
  #timer: TimerHandle | undefined;

  constructor(o: MvdsNodeOptions) {
    super();
    this.#o = o;
    this.#s = o.storage;
    this.#clock = o.clock ?? systemClock;
    this.#crypto = o.crypto ?? nobleCrypto;
    this.#log = o.logger ?? silentLogger;
    const s = o.schedule ?? 'status-go-0.62';
    this.#schedule = typeof s === 'function' ? s : MVDS_SCHEDULES[s];
  }

  /** Runs `fn` after every earlier operation: storage steps never interleave. */
  #serial<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.#queue.then(fn, fn);
    this.#queue = run.catch(() => {});
    return run;
  }

  async load(): Promise<void> {
    const e = await this.#s.get(Uint8Array.of(K.EPOCH));
    if (e !== undefined) {
      if (e.length !== 8) throw new MvdsStateError('corrupt MVDS epoch in storage');
      this.epoch = new DataView(e.buffer, e.byteOffset, 8).getBigUint64(0);
    }
  }

  addPeer(groupId: Uint8Array, peerId: Uint8Array): Promise<void> {
    return this.#serial(() =>
      this.#s.put(concatBytes(Uint8Array.of(K.GROUP), groupId, peerKey(peerId)), EMPTY),
    );
  }

  async #peersOf(groupId: Uint8Array): Promise<Uint8Array[]> {
    const out: Uint8Array[] = [];
    for await (const [k] of this.#s.iterate({ prefix: concatBytes(Uint8Array.of(K.GROUP), groupId) })) {
      out.push(splitPeer(k.subarray(1 + groupId.length)).peer);
    }
    return out;
  }

  async #stateCount(peer: Uint8Array): Promise<number> {
    let n = 0;
    for await (const _ of this.#s.iterate({ prefix: concatBytes(Uint8Array.of(K.STATE), peerKey(peer)) }))
      n++;
    return n;
  }

  /** Ops that schedule `type` of `id` for `peer` on the next epoch, unless the peer's state is full. */
  async #schedulePeer(
    ops: BatchOp[],
    peer: Uint8Array,
    id: Uint8Array,
    type: RecordType,
    groupId: Uint8Array,
    limitReached: () => void,
  ): Promise<void> {
    if ((await this.#stateCount(peer)) >= (this.#o.maxStatePerPeer ?? 10_000)) {
      limitReached();
      return;
    }
    ops.push({
      type: 'put',
      key: concatBytes(Uint8Array.of(K.STATE), peerKey(peer), id),
      value: encodeRecord({ type, count: 0, sendEpoch: this.epoch + 1n, groupId }),
    });
  }

  appendMessage(groupId: Uint8Array, body: Uint8Array): Promise<Uint8Array> {
    if (!(groupId instanceof Uint8Array) || groupId.length === 0)
      throw new TypeError('groupId must be non-empty bytes');
    if (!(body instanceof Uint8Array)) throw new TypeError('body must be a Uint8Array');
    return this.#serial(async () => {
      const m: MvdsMessage = { groupId, timestamp: BigInt(Math.floor(this.#clock.now() / 1000)), body };
      const id = mvdsMessageId(m, this.#crypto);
      const ops: BatchOp[] = [
        { type: 'put', key: concatBytes(Uint8Array.of(K.MSG), id), value: encodeMvdsMessage(m) },
      ];
      const type = this.#o.mode === 'interactive' ? MVDS_RECORD.OFFER : MVDS_RECORD.MESSAGE;
      const givenUp: Uint8Array[] = [];
      for (const peer of await this.#peersOf(groupId)) {
        await this.#schedulePeer(ops, peer, id, type, groupId, () => givenUp.push(peer));
      }
      await this.#s.batch(ops);
      for (const peer of givenUp)
        this.emit('given-up', { messageId: id, peerId: peer, reason: 'state-limit' });
      return id;
    });
  }

  receive(peerId: Uint8Array, payload: Uint8Array): Promise<void> {
    let p: ReturnType<typeof decodeMvdsPayload>;
    try {
      p = decodeMvdsPayload(payload, { maxBytes: this.#o.maxPayloadBytes ?? 4 * 1024 * 1024 });
    } catch (cause) {
      return Promise.reject(new MvdsPayloadError('not an MVDS payload', { cause }));
    }
    if (p.acks.length + p.offers.length + p.requests.length + p.messages.length === 0) {
      return Promise.reject(new MvdsPayloadError('empty MVDS payload'));
    }
    for (const id of [...p.acks, ...p.offers, ...p.requests]) {
      if (id.length !== 32) return Promise.reject(new MvdsPayloadError('MVDS message ids are 32 bytes'));
    }
    const pk = peerKey(peerId);
    return this.#serial(async () => {
      const ops: BatchOp[] = [];
      const delivered: Uint8Array[] = [];
      const fresh: Array<{ id: Uint8Array; m: MvdsMessage }> = [];
      const stateKey = (id: Uint8Array) => concatBytes(Uint8Array.of(K.STATE), pk, id);
      for (const id of p.acks) {
        if ((await this.#s.get(stateKey(id))) !== undefined) {
          ops.push({ type: 'delete', key: stateKey(id) });
          delivered.push(id);
        }
      }
      for (const id of p.requests) {
        const have = await this.#s.get(concatBytes(Uint8Array.of(K.MSG), id));
        if (have === undefined) continue;
        const m = decodeMvdsMessage(have);
        ops.push({
          type: 'put',
          key: stateKey(id),
          value: encodeRecord({
            type: MVDS_RECORD.MESSAGE,
            count: 0,
            sendEpoch: this.epoch + 1n,
            groupId: m.groupId,
          }),
        });
      }
      for (const id of p.offers) {
        if ((await this.#s.get(concatBytes(Uint8Array.of(K.SEEN), id))) !== undefined) continue;
        if ((await this.#s.get(concatBytes(Uint8Array.of(K.MSG), id))) !== undefined) continue;
        ops.push({
          type: 'put',
          key: stateKey(id),
          value: encodeRecord({
            type: MVDS_RECORD.REQUEST,
            count: 0,
            sendEpoch: this.epoch + 1n,
            groupId: EMPTY,
          }),
        });
      }
      const inThisPayload = new Set<string>();
      for (const m of p.messages) {
        const id = mvdsMessageId(m, this.#crypto);
        const hex = toHex(id);
        // Every MESSAGE is acked, even a duplicate: the sender evidently missed our earlier ack.
        ops.push({ type: 'put', key: concatBytes(Uint8Array.of(K.ACK), pk, id), value: EMPTY });
        ops.push({ type: 'delete', key: stateKey(id) }); // a REQUEST we had for it is answered
        if (
          inThisPayload.has(hex) ||
          (await this.#s.get(concatBytes(Uint8Array.of(K.SEEN), id))) !== undefined
        )
          continue;
        inThisPayload.add(hex);
        ops.push({ type: 'put', key: concatBytes(Uint8Array.of(K.SEEN), id), value: EMPTY });
        ops.push({ type: 'put', key: concatBytes(Uint8Array.of(K.MSG), id), value: encodeMvdsMessage(m) });
        fresh.push({ id, m });
        if (this.#o.mode === 'interactive') {
          for (const other of await this.#peersOf(m.groupId)) {
            if (!equalBytes(other, peerId))
              await this.#schedulePeer(ops, other, id, MVDS_RECORD.OFFER, m.groupId, () => {});
          }
        }
      }
      await this.#s.batch(ops);
      for (const id of delivered) this.emit('delivered', { messageId: id, peerId });
      for (const { id, m } of fresh) {
        this.emit('message', {
          groupId: m.groupId,
          messageId: id,
          body: m.body,
          timestamp: m.timestamp,
          peerId,
        });
      }
    });
  }

  tick(): Promise<void> {
    return this.#serial(async () => {
      const epoch = this.epoch;
      const byPeer = new Map<
        string,
        {
          peer: Uint8Array;
          acks: Uint8Array[];
          offers: Uint8Array[];
          requests: Uint8Array[];
          messages: MvdsMessage[];
        }
      >();
      const entry = (peer: Uint8Array) => {
        const k = toHex(peer);
        let e = byPeer.get(k);
        if (e === undefined) {
          e = { peer, acks: [], offers: [], requests: [], messages: [] };
          byPeer.set(k, e);
        }
        return e;
      };
      const ops: BatchOp[] = [];
      const givenUp: MvdsEvents['given-up'][] = [];
      for await (const [k] of this.#s.iterate({ prefix: Uint8Array.of(K.ACK) })) {
        const { peer, rest } = splitPeer(k.subarray(1));
        entry(peer).acks.push(rest);
        ops.push({ type: 'delete', key: k });
      }
      const max = this.#o.maxSendCount ?? 14;
      for await (const [k, v] of this.#s.iterate({ prefix: Uint8Array.of(K.STATE) })) {
        const r = decodeRecord(v);
        if (r.sendEpoch > epoch) continue;
        const { peer, rest: id } = splitPeer(k.subarray(1));
        if (r.count >= max) {
          ops.push({ type: 'delete', key: k });
          givenUp.push({ messageId: id, peerId: peer, reason: 'max-retransmissions' });
          continue;
        }
        const e = entry(peer);
        if (r.type === MVDS_RECORD.MESSAGE) {
          const m = await this.#s.get(concatBytes(Uint8Array.of(K.MSG), id));
          if (m === undefined) {
            ops.push({ type: 'delete', key: k });
            continue;
          }
          e.messages.push(decodeMvdsMessage(m));
        } else if (r.type === MVDS_RECORD.OFFER) e.offers.push(id);
        else e.requests.push(id);
        const count = r.count + 1;
        ops.push({
          type: 'put',
          key: k,
          value: encodeRecord({ ...r, count, sendEpoch: this.#schedule(count, epoch, r.sendEpoch) }),
        });
      }
      const next = new Uint8Array(8);
      new DataView(next.buffer).setBigUint64(0, epoch + 1n);
      ops.push({ type: 'put', key: Uint8Array.of(K.EPOCH), value: next });
      // State first, then the wire: a crash in between costs one transmission, never a record.
      await this.#s.batch(ops);
      this.epoch = epoch + 1n;
      for (const g of givenUp) this.emit('given-up', g);
      for (const e of byPeer.values()) {
        try {
          await this.#o.send(e.peer, encodeMvdsPayload(e));
        } catch (err) {
          this.#log.warn('mvds send failed', { error: String(err) });
        }
      }
    });
  }

  start(): void {
    if (this.#timer !== undefined) return;
    const loop = () => {
      this.#timer = this.#clock.setTimeout(() => {
        this.tick().then(loop, (err: unknown) => {
          this.#log.error('mvds tick failed', { error: String(err) });
          loop();
        });
      }, this.#o.epochMs ?? MVDS_EPOCH_MS);
    };
    loop();
  }

  stop(): void {
    this.#timer?.cancel();
    this.#timer = undefined;
  }

  async pendingCount(peerId?: Uint8Array): Promise<number> {
    const prefix =
      peerId === undefined ? Uint8Array.of(K.STATE) : concatBytes(Uint8Array.of(K.STATE), peerKey(peerId));
    let n = 0;
    for await (const _ of this.#s.iterate({ prefix })) n++;
    return n;
  }
}

/**
 * Opens an MVDS node on `storage` (resuming its epoch and state).
 * @example
 * const node = await createMvdsNode({ id: myPub, storage, send: (peer, bytes) => transport.send(peer, bytes) });
 * await node.addPeer(groupId, theirPub);
 * await node.appendMessage(groupId, ammBytes);
 * node.start();
 */
export async function createMvdsNode(options: MvdsNodeOptions): Promise<MvdsNode> {
  if (!(options.id instanceof Uint8Array)) throw new TypeError('id must be a Uint8Array');
  const node = new Node({ ...options, storage: prefixedStorage(options.storage, Uint8Array.of(0x6d)) });
  await node.load();
  return node;
}
