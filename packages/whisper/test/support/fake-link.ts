/**
 * Connects protocol handlers directly through fake `ProtocolContext`s, the way the devp2p session
 * would: messages are queued and delivered in order by `settle()`, a handler that throws ends the
 * link with the error's `reason` (or PROTOCOL_BREACH), and every packet is recorded.
 */
import {
  DISCONNECT_REASONS,
  type Protocol,
  type ProtocolContext,
  type ProtocolHandler,
} from '@statuskit/devp2p';
import { nobleCrypto, silentLogger } from '@statuskit/utils';

export interface Packet {
  from: string;
  to: string;
  code: number;
  payload: Uint8Array;
}

export interface Side {
  name: string;
  id: Uint8Array;
  privateKey: Uint8Array;
}

export interface Link {
  readonly packets: Packet[];
  readonly closed: boolean;
  /** The reason the link ended with, and who ended it. */
  readonly closeReason: { reason: number; by: string; error?: Error } | undefined;
  /** Inject a packet as if `from` sent it. */
  inject(from: string, code: number, payload: Uint8Array): void;
  disconnect(by: string, reason: number): void;
}

/** A fresh identity: private key and 64-byte node id. */
export function identity(name: string, privateKey = nobleCrypto.secp256k1GeneratePrivateKey()): Side {
  return { name, privateKey, id: nobleCrypto.secp256k1PublicKey(privateKey).subarray(1) };
}

const queue: Array<() => void> = [];

/** Delivers queued packets (and whatever they trigger) until nothing is left. */
export async function settle(maxRounds = 100_000): Promise<void> {
  for (let i = 0; i < maxRounds; i++) {
    const next = queue.shift();
    if (next === undefined) {
      // let promise continuations (async handlers) queue more work
      await new Promise((r) => setTimeout(r, 0));
      if (queue.length === 0) return;
      continue;
    }
    next();
  }
  throw new Error('settle: too many rounds');
}

/**
 * Links protocol `pa` run by side `a` with protocol `pb` run by `b`. When `b` is omitted (a raw
 * peer driven by the test), only `a`'s handler runs and the test injects `b`'s packets.
 */
export function link(a: Side, pa: Protocol, b: Side, pb: Protocol | undefined): Link {
  const packets: Packet[] = [];
  let closed = false;
  let closeReason: Link['closeReason'];
  const handlers = new Map<string, ProtocolHandler>();
  const other = (name: string) => (name === a.name ? b : a);
  const end = (by: string, reason: number, error?: Error) => {
    if (closed) return;
    closed = true;
    closeReason = error === undefined ? { reason, by } : { reason, by, error };
    for (const [name, h] of handlers)
      h.onClose?.({ reason, local: name === by, ...(error ? { error } : {}) });
  };
  const deliver = (to: string, code: number, payload: Uint8Array) => {
    queue.push(() => {
      if (closed) return;
      const h = handlers.get(to);
      if (h === undefined) return;
      try {
        const r = h.onMessage(code, payload);
        if (r instanceof Promise) r.catch((err: unknown) => fail(to, err));
      } catch (err) {
        fail(to, err);
      }
    });
  };
  const fail = (at: string, err: unknown) => {
    const r = (err as { reason?: unknown }).reason;
    end(at, typeof r === 'number' ? r : DISCONNECT_REASONS.PROTOCOL_BREACH, err as Error);
  };
  const ctx = (self: Side, proto: Protocol): ProtocolContext => {
    const peer = other(self.name);
    return {
      peer: { id: peer.id, clientId: peer.name, remoteAddress: `fake:${peer.name}`, capabilities: [] },
      version: proto.version,
      logger: silentLogger,
      send(code, payload) {
        if (closed) throw new Error('closed');
        if (!Number.isInteger(code) || code < 0 || code >= proto.length)
          throw new RangeError(`bad code ${code}`);
        packets.push({ from: self.name, to: peer.name, code, payload: payload.slice() });
        deliver(peer.name, code, payload.slice());
        return true;
      },
      drained: async () => {},
      disconnect(reason) {
        end(self.name, reason);
      },
    };
  };
  handlers.set(a.name, pa.create(ctx(a, pa)));
  if (pb !== undefined) handlers.set(b.name, pb.create(ctx(b, pb)));
  return {
    packets,
    get closed() {
      return closed;
    },
    get closeReason() {
      return closeReason;
    },
    inject(from, code, payload) {
      packets.push({ from, to: other(from).name, code, payload: payload.slice() });
      deliver(other(from).name, code, payload);
    },
    disconnect: (by, reason) => end(by, reason),
  };
}

/** The protocol of a node for a capability string. */
export function proto(protocols: readonly Protocol[], cap: string): Protocol {
  const p = protocols.find((x) => `${x.name}/${x.version}` === cap);
  if (p === undefined) throw new Error(`no ${cap}`);
  return p;
}
