/**
 * The MVDS node (STATUS-V1-FACTS §6.3–6.5, vacp2p/mvds v0.0.23 as vendored in status-go 0.62) as a
 * sans-IO state machine over the utils `Storage` and `Clock`.
 *
 * Bytes come in through `receive`; payloads go out through the injected `send` once per epoch
 * `tick`. The state — epoch, send records, owed acks, group membership, the bodies records still
 * need and the ids already delivered — lives in storage. Each step (append, receive, tick) computes
 * its changes against an in-memory mirror, writes them in one atomic batch, and only then updates
 * the mirror, emits events and hands payloads to the transport. So a node reopened on the same
 * storage resumes retransmitting what was not acknowledged and never delivers a message twice; a
 * step whose batch fails leaves both storage and mirror as they were.
 */
import {
  decodeMvdsMessage,
  decodeMvdsPayload,
  encodeMvdsMessage,
  encodeMvdsPayload,
  type MvdsMessage,
  type MvdsPayload,
} from '@statuskit/payloads';
import {
  type BatchOp,
  type Clock,
  ClosedError,
  type CryptoProvider,
  concatBytes,
  type Logger,
  nobleCrypto,
  prefixedStorage,
  type Storage,
  silentLogger,
  systemClock,
  type TimerHandle,
  TypedEventTarget,
  throwIfAborted,
  toHex,
} from '@statuskit/utils';
import { MvdsPayloadError, MvdsStateError } from './errors.js';
import { mvdsMessageId } from './message-id.js';
import {
  MVDS_EPOCH_MS,
  MVDS_RECORD,
  MVDS_SCHEDULES,
  type MvdsRecordType,
  type MvdsScheduleName,
  type RetransmissionSchedule,
} from './schedule.js';
import {
  ackKey,
  decodeEpoch,
  decodeRecord,
  encodeEpoch,
  encodeRecord,
  epochKey,
  groupKey,
  inboxKey,
  KEY,
  lp,
  MVDS_ID_BYTES,
  messageKey,
  readLp,
  recordKey,
  type StoredRecord,
  seenKey,
  splitGroupKey,
  splitPeerIdKey,
} from './store-layout.js';

/** Namespace of the node's keys inside the storage it is given (`prefixedStorage`). */
export const MVDS_STORAGE_PREFIX = Uint8Array.of(0x6d); // "m"

/** Defaults of {@link MvdsNodeOptions}. */
export const MVDS_DEFAULTS = {
  /** mvds HEAD's `MaxSendCount` (about 10 days on the 0.64 schedule); status-go 0.62 has no limit. */
  maxSendCount: 14,
  maxStatePerPeer: 10_000,
  /** Largest payload `receive` accepts: 4 MiB, above any Waku message (§3.8). */
  maxPayloadBytes: 4 * 1024 * 1024,
  /** Outgoing payloads are split at `MaxMessageSize·3/4` of a 1 MiB Waku limit (status-go ≥ 0.64.2, §6.4). */
  maxSendPayloadBytes: 768 * 1024,
} as const;

/** A message handed to the application. */
export interface MvdsDelivery {
  groupId: Uint8Array;
  messageId: Uint8Array;
  /** The synced bytes (in Status: the AMM). */
  body: Uint8Array;
  /** Unix seconds the author stamped on it. */
  timestamp: bigint;
  /** The peer it arrived from. */
  peerId: Uint8Array;
}

/** Events of an {@link MvdsNode}. */
export interface MvdsEvents {
  /** A message delivered to the application: once per message id, ever, across restarts. */
  message: MvdsDelivery;
  /** A peer acknowledged one of our messages (or an offer of it). */
  delivered: { messageId: Uint8Array; peerId: Uint8Array };
  /** We stopped trying to get a record to a peer. */
  'given-up': {
    messageId: Uint8Array;
    peerId: Uint8Array;
    type: MvdsRecordType;
    reason: 'max-retransmissions' | 'state-limit';
  };
}

/** Options of {@link createMvdsNode}. */
export interface MvdsNodeOptions {
  /** This node's id (Status: our 65-byte public key, §6.5). */
  id: Uint8Array;
  /** Where the state lives; the node uses the {@link MVDS_STORAGE_PREFIX} namespace of it. */
  storage: Storage;
  /**
   * Hands a payload to the transport for `peerId`. Called after the state change it reflects is
   * stored; a throw or rejection counts as a lost packet (it is logged and retried on schedule).
   */
  send(peerId: Uint8Array, payload: Uint8Array): void | Promise<void>;
  /** `batch` (what status-go runs: messages go out outright) or `interactive` (offer, request). */
  mode?: 'batch' | 'interactive';
  clock?: Clock;
  /** Milliseconds between ticks under `start()`. Default {@link MVDS_EPOCH_MS}. */
  epochMs?: number;
  /** Default `status-go-0.62`, what status-go 0.62 runs (see {@link MVDS_SCHEDULES} on its drift). */
  schedule?: MvdsScheduleName | RetransmissionSchedule;
  /** Sends of one record before it is given up. Default 14. */
  maxSendCount?: number;
  /** Send records kept per peer; records past it are given up at once. Default 10,000. */
  maxStatePerPeer?: number;
  /** Largest payload `receive` accepts. Default 4 MiB. */
  maxPayloadBytes?: number;
  /** Outgoing payloads are split to stay under this size (a lone larger message goes alone). */
  maxSendPayloadBytes?: number;
  /**
   * When true, each delivered message is also kept in storage until the application calls
   * `confirm` (after it has stored the message itself); `unconfirmedDeliveries()` returns the rest
   * after a restart. This closes the window where a crash between our write and the application's
   * would lose a message that is already marked seen and acknowledged. Default false: a message
   * counts as handled once its `message` event has been emitted.
   */
  confirmDeliveries?: boolean;
  crypto?: CryptoProvider;
  logger?: Logger;
}

/** Options every async node operation takes. */
export interface MvdsCallOptions {
  signal?: AbortSignal;
}

/** A running MVDS node. */
export interface MvdsNode extends TypedEventTarget<MvdsEvents> {
  /** The current epoch (persisted; ticks advance it). */
  readonly epoch: bigint;
  /** Adds `peerId` to the group: our later messages in it go to that peer. */
  addPeer(groupId: Uint8Array, peerId: Uint8Array, options?: MvdsCallOptions): Promise<void>;
  /** Whether `peerId` is in the group. */
  isPeerInGroup(groupId: Uint8Array, peerId: Uint8Array): boolean;
  /**
   * Stores a message for the group's peers, due next epoch; returns its id (§6.2). Its timestamp is
   * the clock's unix second, so the same body appended twice within one second is one message.
   */
  appendMessage(groupId: Uint8Array, body: Uint8Array, options?: MvdsCallOptions): Promise<Uint8Array>;
  /**
   * Handles a payload from `peerId`: acks, then requests, then offers, then messages (§6.3).
   * Resolves with the messages delivered to the application by this payload (also emitted as
   * `message` events), in payload order.
   * @throws MvdsPayloadError when the bytes are not a valid, non-empty MVDS payload or carry ids
   *   that are not 32 bytes; nothing is changed then.
   */
  receive(peerId: Uint8Array, payload: Uint8Array, options?: MvdsCallOptions): Promise<MvdsDelivery[]>;
  /** One epoch: sends every due record and owed ack (one payload per peer, split by size), then advances. */
  tick(options?: MvdsCallOptions): Promise<void>;
  /**
   * Sends, now, the records never sent yet and the owed acks, without advancing the epoch (so the
   * retransmission schedule stays on the epoch timer however often it is called). Calls made while
   * an earlier flush is still queued share it: under load appended messages coalesce into one
   * payload per peer. Resolves when the sends it made are done.
   */
  flush(options?: MvdsCallOptions): Promise<void>;
  /** Ticks every `epochMs` on the clock until `stop()`. */
  start(): void;
  stop(): void;
  /** Stops ticking and waits for the running step; later calls reject with `ClosedError`. */
  close(): Promise<void>;
  /** Send records still waiting for an ack (for one peer, or all). */
  pendingCount(peerId?: Uint8Array): number;
  /** Whether a send record of message `messageId` is still waiting for an ack (from any peer). */
  isPending(messageId: Uint8Array): boolean;
  /** With `confirmDeliveries`: marks deliveries as handled by the application. Unknown ids are ignored. */
  confirm(messageIds: readonly Uint8Array[], options?: MvdsCallOptions): Promise<void>;
  /** With `confirmDeliveries`: the deliveries not confirmed yet (after a restart: the ones to redo), by id order. */
  unconfirmedDeliveries(options?: MvdsCallOptions): Promise<MvdsDelivery[]>;
}

/** A send record in the mirror. */
interface Rec extends StoredRecord {
  peer: Uint8Array;
  peerLp: Uint8Array;
  peerHex: string;
  id: Uint8Array;
  idHex: string;
  key: string;
}

interface OwedAck {
  peer: Uint8Array;
  peerLp: Uint8Array;
  id: Uint8Array;
}

/** One step's staged changes: storage ops plus the mirror updates applied once they are stored. */
class Step {
  readonly ops: BatchOp[] = [];
  readonly records = new Map<string, Rec | null>();
  readonly acks = new Map<string, OwedAck | null>();
  readonly seen = new Set<string>();
  /** Bodies (encoded Message) that records created in this step need. */
  readonly bodies = new Map<string, Uint8Array>();
  readonly peerDelta = new Map<string, number>();
  readonly refDelta = new Map<string, { id: Uint8Array; delta: number }>();
  epoch: bigint | undefined;
}

const needsBody = (r: Rec | null | undefined): number =>
  r != null && (r.type === MVDS_RECORD.MESSAGE || r.type === MVDS_RECORD.OFFER) ? 1 : 0;

/** Encoded size of a length-delimited field with a 3-byte tag (every MVDS field, §6.1). */
const fieldSize = (n: number): number => 3 + (n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : 4) + n;

function positiveInt(value: number | undefined, fallback: number, name: string): number {
  if (value === undefined) return fallback;
  if (!Number.isSafeInteger(value) || value <= 0)
    throw new RangeError(`${name}: expected a positive integer`);
  return value;
}

class Node extends TypedEventTarget<MvdsEvents> implements MvdsNode {
  epoch = 0n;
  readonly #s: Storage;
  readonly #send: MvdsNodeOptions['send'];
  /** A flush queued and not started yet: later flush calls share it. */
  #queuedFlush: Promise<void> | undefined;
  readonly #interactive: boolean;
  readonly #clock: Clock;
  readonly #crypto: CryptoProvider;
  readonly #log: Logger;
  readonly #schedule: RetransmissionSchedule;
  readonly #epochMs: number;
  readonly #maxSendCount: number;
  readonly #maxStatePerPeer: number;
  readonly #maxPayloadBytes: number;
  readonly #maxSendPayloadBytes: number;
  readonly #confirm: boolean;
  readonly #records = new Map<string, Rec>();
  readonly #perPeer = new Map<string, number>();
  /** idHex → MESSAGE and OFFER records that need the stored body. */
  readonly #refs = new Map<string, number>();
  /** idHex → keys of the records about that message (any peer, any type). */
  readonly #byId = new Map<string, Set<string>>();
  readonly #groups = new Map<string, Map<string, Uint8Array>>();
  readonly #acks = new Map<string, OwedAck>();
  #queue: Promise<unknown> = Promise.resolve();
  #timer: TimerHandle | undefined;
  #closed = false;

  constructor(o: MvdsNodeOptions) {
    super();
    this.#s = prefixedStorage(o.storage, MVDS_STORAGE_PREFIX);
    this.#send = o.send;
    this.#interactive = o.mode === 'interactive';
    this.#clock = o.clock ?? systemClock;
    this.#crypto = o.crypto ?? nobleCrypto;
    this.#log = o.logger ?? silentLogger;
    const s = o.schedule ?? 'status-go-0.62';
    if (typeof s === 'function') this.#schedule = s;
    else if (Object.hasOwn(MVDS_SCHEDULES, s)) this.#schedule = MVDS_SCHEDULES[s];
    else throw new RangeError(`schedule: expected one of ${Object.keys(MVDS_SCHEDULES).join(', ')}`);
    this.#epochMs = positiveInt(o.epochMs, MVDS_EPOCH_MS, 'epochMs');
    this.#maxSendCount = positiveInt(o.maxSendCount, MVDS_DEFAULTS.maxSendCount, 'maxSendCount');
    this.#maxStatePerPeer = positiveInt(o.maxStatePerPeer, MVDS_DEFAULTS.maxStatePerPeer, 'maxStatePerPeer');
    this.#maxPayloadBytes = positiveInt(o.maxPayloadBytes, MVDS_DEFAULTS.maxPayloadBytes, 'maxPayloadBytes');
    this.#confirm = o.confirmDeliveries === true;
    this.#maxSendPayloadBytes = positiveInt(
      o.maxSendPayloadBytes,
      MVDS_DEFAULTS.maxSendPayloadBytes,
      'maxSendPayloadBytes',
    );
  }

  /** Fills the mirror from storage. */
  async load(): Promise<void> {
    const e = await this.#s.get(epochKey());
    if (e !== undefined) this.epoch = decodeEpoch(e);
    for await (const [k, v] of this.#s.iterate({ prefix: Uint8Array.of(KEY.RECORD) })) {
      const { peer, id } = splitPeerIdKey(k);
      const r = this.#rec(peer, id, decodeRecord(v));
      this.#records.set(r.key, r);
      this.#index(r, true);
      this.#perPeer.set(r.peerHex, (this.#perPeer.get(r.peerHex) ?? 0) + 1);
      if (needsBody(r)) this.#refs.set(r.idHex, (this.#refs.get(r.idHex) ?? 0) + 1);
    }
    for await (const [k] of this.#s.iterate({ prefix: Uint8Array.of(KEY.GROUP) })) {
      const { group, peer } = splitGroupKey(k);
      this.#groupPeers(group, true).set(toHex(peer), peer);
    }
    for await (const [k] of this.#s.iterate({ prefix: Uint8Array.of(KEY.ACK) })) {
      const { peer, id } = splitPeerIdKey(k);
      this.#acks.set(`${toHex(peer)}:${toHex(id)}`, { peer, peerLp: lp(peer, 'peer'), id });
    }
  }

  #rec(peer: Uint8Array, id: Uint8Array, s: StoredRecord): Rec {
    const peerHex = toHex(peer);
    const idHex = toHex(id);
    return { ...s, peer, peerLp: lp(peer, 'peerId'), peerHex, id, idHex, key: `${peerHex}:${idHex}` };
  }

  #index(r: Rec, add: boolean): void {
    let keys = this.#byId.get(r.idHex);
    if (add) {
      if (keys === undefined) {
        keys = new Set();
        this.#byId.set(r.idHex, keys);
      }
      keys.add(r.key);
    } else if (keys !== undefined) {
      keys.delete(r.key);
      if (keys.size === 0) this.#byId.delete(r.idHex);
    }
  }

  #groupPeers(group: Uint8Array, create: boolean): Map<string, Uint8Array> {
    const g = toHex(group);
    let peers = this.#groups.get(g);
    if (peers === undefined) {
      peers = new Map();
      if (create) this.#groups.set(g, peers);
    }
    return peers;
  }

  /** Runs `fn` after every earlier step: steps never interleave. */
  #serial<T>(signal: AbortSignal | undefined, fn: () => Promise<T>): Promise<T> {
    if (this.#closed) return Promise.reject(new ClosedError('MVDS node is closed'));
    const run = this.#queue.then(() => {
      throwIfAborted(signal);
      return fn();
    });
    this.#queue = run.catch(() => {});
    return run;
  }

  // ----- staging ------------------------------------------------------------------------------

  #get(step: Step, key: string): Rec | undefined {
    const staged = step.records.get(key);
    if (staged !== undefined) return staged ?? undefined;
    return this.#records.get(key);
  }

  #stage(step: Step, key: string, next: Rec | null): void {
    const before = this.#get(step, key);
    const any = next ?? before;
    if (any === undefined) return;
    step.peerDelta.set(
      any.peerHex,
      (step.peerDelta.get(any.peerHex) ?? 0) + (next ? 1 : 0) - (before ? 1 : 0),
    );
    const ref = step.refDelta.get(any.idHex) ?? { id: any.id, delta: 0 };
    ref.delta += needsBody(next) - needsBody(before);
    step.refDelta.set(any.idHex, ref);
    step.records.set(key, next);
  }

  /** Whether `peerHex` may hold one more record in this step. */
  #room(step: Step, peerHex: string): boolean {
    return (this.#perPeer.get(peerHex) ?? 0) + (step.peerDelta.get(peerHex) ?? 0) < this.#maxStatePerPeer;
  }

  #schedule1(step: Step, peer: Uint8Array, id: Uint8Array, type: MvdsRecordType, groupId: Uint8Array): Rec {
    const r = this.#rec(peer, id, { type, count: 0, sendEpoch: this.epoch + 1n, groupId });
    this.#stage(step, r.key, r);
    return r;
  }

  #owe(step: Step, peer: Uint8Array, peerLp: Uint8Array, id: Uint8Array): void {
    step.acks.set(`${toHex(peer)}:${toHex(id)}`, { peer, peerLp, id });
  }

  async #isSeen(step: Step, id: Uint8Array, idHex: string): Promise<boolean> {
    return step.seen.has(idHex) || (await this.#s.get(seenKey(id))) !== undefined;
  }

  /** Turns a step into one batch, writes it, then updates the mirror. */
  async #commit(step: Step): Promise<void> {
    const ops = step.ops;
    for (const [key, r] of step.records) {
      const before = this.#records.get(key);
      const rec = r ?? before;
      if (rec === undefined) continue;
      if (r === null) {
        if (before !== undefined) ops.push({ type: 'delete', key: recordKey(rec.peerLp, rec.id) });
      } else ops.push({ type: 'put', key: recordKey(r.peerLp, r.id), value: encodeRecord(r) });
    }
    const refsAfter = new Map<string, number>();
    for (const [idHex, { id, delta }] of step.refDelta) {
      const before = this.#refs.get(idHex) ?? 0;
      const after = before + delta;
      refsAfter.set(idHex, after);
      if (after > 0 && before === 0) {
        const body = step.bodies.get(idHex);
        if (body === undefined) throw new MvdsStateError('MVDS record without a message body');
        ops.push({ type: 'put', key: messageKey(id), value: body });
      } else if (after === 0 && before > 0) ops.push({ type: 'delete', key: messageKey(id) });
    }
    for (const [key, a] of step.acks) {
      if (a !== null) ops.push({ type: 'put', key: ackKey(a.peerLp, a.id), value: new Uint8Array(0) });
      else {
        const owed = this.#acks.get(key);
        if (owed) ops.push({ type: 'delete', key: ackKey(owed.peerLp, owed.id) });
      }
    }
    if (step.epoch !== undefined) ops.push({ type: 'put', key: epochKey(), value: encodeEpoch(step.epoch) });
    if (ops.length > 0) await this.#s.batch(ops);
    // Stored: now the mirror.
    for (const [key, r] of step.records) {
      const before = this.#records.get(key);
      if (r === null) {
        this.#records.delete(key);
        if (before) this.#index(before, false);
      } else {
        this.#records.set(key, r);
        this.#index(r, true);
      }
    }
    for (const [peerHex, d] of step.peerDelta) {
      const n = (this.#perPeer.get(peerHex) ?? 0) + d;
      if (n > 0) this.#perPeer.set(peerHex, n);
      else this.#perPeer.delete(peerHex);
    }
    for (const [idHex, n] of refsAfter) {
      if (n > 0) this.#refs.set(idHex, n);
      else this.#refs.delete(idHex);
    }
    for (const [key, a] of step.acks) {
      if (a === null) this.#acks.delete(key);
      else this.#acks.set(key, a);
    }
    if (step.epoch !== undefined) this.epoch = step.epoch;
  }

  // ----- operations ---------------------------------------------------------------------------

  addPeer(groupId: Uint8Array, peerId: Uint8Array, options?: MvdsCallOptions): Promise<void> {
    let key: Uint8Array;
    try {
      key = groupKey(lp(groupId, 'groupId'), lp(peerId, 'peerId'));
    } catch (err) {
      return Promise.reject(err);
    }
    const group = groupId.slice();
    const peer = peerId.slice();
    return this.#serial(options?.signal, async () => {
      if (this.isPeerInGroup(group, peer)) return;
      await this.#s.put(key, new Uint8Array(0));
      this.#groupPeers(group, true).set(toHex(peer), peer);
    });
  }

  isPeerInGroup(groupId: Uint8Array, peerId: Uint8Array): boolean {
    return this.#groupPeers(groupId, false).has(toHex(peerId));
  }

  appendMessage(groupId: Uint8Array, body: Uint8Array, options?: MvdsCallOptions): Promise<Uint8Array> {
    try {
      lp(groupId, 'groupId');
      if (!(body instanceof Uint8Array)) throw new TypeError('body: expected a Uint8Array');
    } catch (err) {
      return Promise.reject(err);
    }
    const m: MvdsMessage = { groupId: groupId.slice(), timestamp: 0n, body: body.slice() };
    return this.#serial(options?.signal, async () => {
      // §6.3: the timestamp is the unix second at append time.
      m.timestamp = BigInt(Math.floor(this.#clock.now() / 1000));
      const id = mvdsMessageId(m, this.#crypto);
      const idHex = toHex(id);
      const step = new Step();
      step.bodies.set(idHex, encodeMvdsMessage(m));
      // Our own message is never delivered back to us if a peer relays it (interactive mode).
      step.ops.push({ type: 'put', key: seenKey(id), value: new Uint8Array(0) });
      const type = this.#interactive ? MVDS_RECORD.OFFER : MVDS_RECORD.MESSAGE;
      const givenUp: MvdsEvents['given-up'][] = [];
      for (const [peerHex, peer] of this.#groupPeers(m.groupId, false)) {
        if (this.#get(step, `${peerHex}:${idHex}`) !== undefined) continue; // appended twice this second
        if (!this.#room(step, peerHex)) {
          givenUp.push({ messageId: id, peerId: peer, type, reason: 'state-limit' });
          continue;
        }
        this.#schedule1(step, peer, id, type, m.groupId);
      }
      await this.#commit(step);
      for (const g of givenUp) this.emit('given-up', g);
      return id;
    });
  }

  receive(peerId: Uint8Array, payload: Uint8Array, options?: MvdsCallOptions): Promise<MvdsDelivery[]> {
    let p: MvdsPayload;
    let peerLp: Uint8Array;
    try {
      peerLp = lp(peerId, 'peerId');
      p = decodeMvdsPayload(payload, { maxBytes: this.#maxPayloadBytes });
    } catch (cause) {
      if (cause instanceof TypeError || cause instanceof RangeError) return Promise.reject(cause);
      return Promise.reject(new MvdsPayloadError('not an MVDS payload', { cause }));
    }
    if (p.acks.length + p.offers.length + p.requests.length + p.messages.length === 0) {
      return Promise.reject(new MvdsPayloadError('empty MVDS payload (IsValid fails)'));
    }
    for (const id of [...p.acks, ...p.offers, ...p.requests]) {
      if (id.length !== MVDS_ID_BYTES)
        return Promise.reject(new MvdsPayloadError(`MVDS message ids are ${MVDS_ID_BYTES} bytes`));
    }
    const peer = peerId.slice();
    const peerHex = toHex(peer);
    return this.#serial(options?.signal, async () => {
      const step = new Step();
      const delivered: Uint8Array[] = [];
      const givenUp: MvdsEvents['given-up'][] = [];
      const fresh: MvdsDelivery[] = [];
      // 1. Acks remove our records for that peer (v0.0.23 onAck).
      for (const id of p.acks) {
        const key = `${peerHex}:${toHex(id)}`;
        const r = this.#get(step, key);
        if (r === undefined) continue;
        this.#stage(step, key, null);
        if (r.type !== MVDS_RECORD.REQUEST) delivered.push(id);
      }
      // 2. Requests: send the message next epoch, if we hold it and the peer is in its group.
      for (const id of p.requests) {
        const idHex = toHex(id);
        const stored =
          step.bodies.get(idHex) ??
          ((this.#refs.get(idHex) ?? 0) > 0 ? await this.#s.get(messageKey(id)) : undefined);
        if (stored === undefined) continue;
        let m: MvdsMessage;
        try {
          m = decodeMvdsMessage(stored);
        } catch (cause) {
          throw new MvdsStateError('corrupt MVDS message in storage', { cause });
        }
        if (!this.isPeerInGroup(m.groupId, peer)) {
          this.#log.debug('mvds: request from a peer outside the group', { peer: peerHex });
          continue;
        }
        const key = `${peerHex}:${idHex}`;
        const r = this.#get(step, key);
        if (r === undefined && !this.#room(step, peerHex)) {
          givenUp.push({ messageId: id, peerId: peer, type: MVDS_RECORD.MESSAGE, reason: 'state-limit' });
          continue;
        }
        // Keep the send count of an existing record, so repeated requests stay bounded.
        const next = this.#rec(peer, id, {
          type: MVDS_RECORD.MESSAGE,
          count: r?.count ?? 0,
          sendEpoch: this.epoch + 1n,
          groupId: m.groupId,
        });
        step.bodies.set(idHex, stored);
        this.#stage(step, key, next);
      }
      // 3. Offers: request what we lack. An offer of something we already have is acked, so the
      //    offerer stops (v0.0.23 leaves a "maybe ack?" todo here and would offer forever).
      for (const id of p.offers) {
        const idHex = toHex(id);
        const key = `${peerHex}:${idHex}`;
        if (await this.#isSeen(step, id, idHex)) {
          this.#owe(step, peer, peerLp, id);
          continue;
        }
        if (this.#get(step, key) !== undefined || (this.#refs.get(idHex) ?? 0) > 0) continue;
        if (!this.#room(step, peerHex)) {
          givenUp.push({ messageId: id, peerId: peer, type: MVDS_RECORD.REQUEST, reason: 'state-limit' });
          continue;
        }
        this.#schedule1(step, peer, id, MVDS_RECORD.REQUEST, new Uint8Array(0));
      }
      // 4. Messages: ack every one, duplicates too (the sender evidently missed our ack); deliver
      //    each id once, ever.
      for (const m of p.messages) {
        const id = mvdsMessageId(m, this.#crypto);
        const idHex = toHex(id);
        const key = `${peerHex}:${idHex}`;
        this.#owe(step, peer, peerLp, id);
        if (this.#get(step, key) !== undefined) this.#stage(step, key, null); // answers our REQUEST
        if (await this.#isSeen(step, id, idHex)) continue;
        step.seen.add(idHex);
        step.ops.push({ type: 'put', key: seenKey(id), value: new Uint8Array(0) });
        // Our requests for it to other offerers are answered too (v0.0.23 keeps them, and they
        // go unanswered once the offerer has dropped the body).
        for (const other of this.#byId.get(idHex) ?? []) {
          if (this.#get(step, other)?.type === MVDS_RECORD.REQUEST) this.#stage(step, other, null);
        }
        if (this.#confirm)
          step.ops.push({ type: 'put', key: inboxKey(id), value: concatBytes(peerLp, encodeMvdsMessage(m)) });
        fresh.push({ groupId: m.groupId, messageId: id, body: m.body, timestamp: m.timestamp, peerId: peer });
        if (!this.#interactive) continue;
        // Interactive mode offers it on to the group's other peers (a no-op for 1:1 groups).
        for (const [otherHex, other] of this.#groupPeers(m.groupId, false)) {
          if (otherHex === peerHex || this.#get(step, `${otherHex}:${idHex}`) !== undefined) continue;
          if (!this.#room(step, otherHex)) {
            givenUp.push({ messageId: id, peerId: other, type: MVDS_RECORD.OFFER, reason: 'state-limit' });
            continue;
          }
          step.bodies.set(idHex, encodeMvdsMessage(m));
          this.#schedule1(step, other, id, MVDS_RECORD.OFFER, m.groupId);
        }
      }
      await this.#commit(step);
      for (const id of delivered) this.emit('delivered', { messageId: id, peerId: peer });
      for (const g of givenUp) this.emit('given-up', g);
      for (const d of fresh) this.emit('message', d);
      return fresh;
    });
  }

  tick(options?: MvdsCallOptions): Promise<void> {
    return this.#sendStep(options?.signal, true);
  }

  flush(options?: MvdsCallOptions): Promise<void> {
    if (this.#queuedFlush !== undefined && options?.signal === undefined) return this.#queuedFlush;
    const run = this.#sendStep(options?.signal, false, () => {
      if (this.#queuedFlush === run) this.#queuedFlush = undefined;
    });
    if (options?.signal === undefined) this.#queuedFlush = run;
    return run;
  }

  /**
   * A tick (`advance`: every due record, then the next epoch) or a flush (only records never sent,
   * same epoch). `started` runs when the step begins, before it reads the records.
   */
  #sendStep(signal: AbortSignal | undefined, advance: boolean, started?: () => void): Promise<void> {
    const sends: Promise<void>[] = [];
    const done = this.#serial(signal, async () => {
      started?.();
      const epoch = this.epoch;
      const step = new Step();
      const out = new Map<string, { peer: Uint8Array; payload: MvdsPayload }>();
      const entry = (peerHex: string, peer: Uint8Array): MvdsPayload => {
        let e = out.get(peerHex);
        if (e === undefined) {
          e = { peer, payload: { acks: [], offers: [], requests: [], messages: [] } };
          out.set(peerHex, e);
        }
        return e.payload;
      };
      for (const [key, a] of this.#acks) {
        entry(toHex(a.peer), a.peer).acks.push(a.id);
        step.acks.set(key, null);
      }
      const givenUp: MvdsEvents['given-up'][] = [];
      const bodies = new Map<string, MvdsMessage | undefined>();
      for (const r of this.#records.values()) {
        if (advance ? r.sendEpoch > epoch : r.count > 0) continue;
        if (r.count >= this.#maxSendCount) {
          this.#stage(step, r.key, null);
          givenUp.push({ messageId: r.id, peerId: r.peer, type: r.type, reason: 'max-retransmissions' });
          continue;
        }
        if (r.type === MVDS_RECORD.MESSAGE) {
          // v0.0.23 keeps, unsent, a MESSAGE record whose peer left the group.
          if (!this.isPeerInGroup(r.groupId, r.peer)) continue;
          if (!bodies.has(r.idHex)) {
            const stored = await this.#s.get(messageKey(r.id));
            bodies.set(r.idHex, stored === undefined ? undefined : decodeMvdsMessage(stored));
          }
          const m = bodies.get(r.idHex);
          if (m === undefined) {
            this.#log.error('mvds: message body missing, dropping its record', { id: r.idHex });
            this.#stage(step, r.key, null);
            continue;
          }
          entry(r.peerHex, r.peer).messages.push(m);
        } else if (r.type === MVDS_RECORD.OFFER) entry(r.peerHex, r.peer).offers.push(r.id);
        else entry(r.peerHex, r.peer).requests.push(r.id);
        const count = r.count + 1;
        this.#stage(step, r.key, { ...r, count, sendEpoch: this.#schedule(count, epoch, r.sendEpoch) });
      }
      if (advance) step.epoch = epoch + 1n;
      // State first, then the wire: a crash in between costs one transmission, never a record.
      await this.#commit(step);
      for (const g of givenUp) this.emit('given-up', g);
      for (const { peer, payload } of out.values()) {
        for (const part of this.#split(payload)) sends.push(this.#transmit(peer, encodeMvdsPayload(part)));
      }
    });
    // Sends complete outside the step queue, so a slow transport never holds up receive.
    return done.then(() => Promise.all(sends).then(() => undefined));
  }

  async #transmit(peer: Uint8Array, bytes: Uint8Array): Promise<void> {
    try {
      await this.#send(peer, bytes);
    } catch (err) {
      this.#log.warn('mvds: send failed', { error: String(err) });
    }
  }

  /** Splits a payload into parts under `maxSendPayloadBytes` (status-go ≥ 0.64.2 does the same). */
  *#split(p: MvdsPayload): Generator<MvdsPayload> {
    const max = this.#maxSendPayloadBytes;
    let part: MvdsPayload = { acks: [], offers: [], requests: [], messages: [] };
    let size = 0;
    const add = (n: number): void => {
      size += n;
    };
    const full = (n: number) => size > 0 && size + n > max;
    const parts: MvdsPayload[] = [];
    const flush = () => {
      parts.push(part);
      part = { acks: [], offers: [], requests: [], messages: [] };
      size = 0;
    };
    for (const list of ['acks', 'offers', 'requests'] as const) {
      for (const id of p[list]) {
        const n = fieldSize(id.length);
        if (full(n)) flush();
        part[list].push(id);
        add(n);
      }
    }
    for (const m of p.messages) {
      const n = fieldSize(fieldSize(m.groupId.length) + 3 + 10 + fieldSize(m.body.length));
      if (full(n)) flush();
      part.messages.push(m);
      add(n);
    }
    if (size > 0) flush();
    yield* parts;
  }

  start(): void {
    if (this.#closed) throw new ClosedError('MVDS node is closed');
    if (this.#timer !== undefined) return;
    const loop = () => {
      this.#timer = this.#clock.setTimeout(() => {
        this.tick().then(loop, (err: unknown) => {
          if (this.#closed) return;
          this.#log.error('mvds: tick failed', { error: String(err) });
          loop();
        });
      }, this.#epochMs);
    };
    loop();
  }

  stop(): void {
    this.#timer?.cancel();
    this.#timer = undefined;
  }

  async close(): Promise<void> {
    this.stop();
    this.#closed = true;
    await this.#queue;
  }

  confirm(messageIds: readonly Uint8Array[], options?: MvdsCallOptions): Promise<void> {
    if (!Array.isArray(messageIds)) return Promise.reject(new TypeError('messageIds: expected an array'));
    const ops: BatchOp[] = [];
    for (const [i, id] of messageIds.entries()) {
      if (!(id instanceof Uint8Array) || id.length !== MVDS_ID_BYTES)
        return Promise.reject(new TypeError(`messageIds[${i}]: expected ${MVDS_ID_BYTES} bytes`));
      ops.push({ type: 'delete', key: inboxKey(id) });
    }
    return this.#serial(options?.signal, () => this.#s.batch(ops));
  }

  unconfirmedDeliveries(options?: MvdsCallOptions): Promise<MvdsDelivery[]> {
    return this.#serial(options?.signal, async () => {
      const out: MvdsDelivery[] = [];
      for await (const [k, v] of this.#s.iterate({ prefix: Uint8Array.of(KEY.INBOX) })) {
        const { part: peerId, next } = readLp(v, 0);
        let m: MvdsMessage;
        try {
          m = decodeMvdsMessage(v.subarray(next));
        } catch (cause) {
          throw new MvdsStateError('corrupt MVDS delivery in storage', { cause });
        }
        out.push({ groupId: m.groupId, messageId: k.slice(1), body: m.body, timestamp: m.timestamp, peerId });
      }
      return out;
    });
  }

  pendingCount(peerId?: Uint8Array): number {
    if (peerId === undefined) return this.#records.size;
    return this.#perPeer.get(toHex(peerId)) ?? 0;
  }

  isPending(messageId: Uint8Array): boolean {
    const idHex = toHex(messageId);
    for (const r of this.#records.values()) if (r.idHex === idHex) return true;
    return false;
  }
}

/**
 * Opens an MVDS node on `storage`, resuming its epoch, records, owed acks and groups.
 * @throws TypeError / RangeError on bad options; MvdsStateError when the stored state is corrupt.
 * @example
 * ```ts
 * const node = await createMvdsNode({ id: myPub, storage, send: (peer, bytes) => transport.send(peer, bytes) });
 * await node.addPeer(groupId, theirPub);
 * await node.appendMessage(groupId, ammBytes);
 * node.start();
 * ```
 */
export async function createMvdsNode(options: MvdsNodeOptions): Promise<MvdsNode> {
  if (typeof options !== 'object' || options === null) throw new TypeError('options: expected an object');
  lp(options.id, 'options.id');
  if (typeof options.storage?.batch !== 'function')
    throw new TypeError('options.storage: expected a Storage');
  if (typeof options.send !== 'function') throw new TypeError('options.send: expected a function');
  if (options.mode !== undefined && options.mode !== 'batch' && options.mode !== 'interactive')
    throw new RangeError('options.mode: expected batch or interactive');
  const node = new Node(options);
  await node.load();
  return node;
}
