/**
 * A discovery v4 node as a sans-IO state machine: packets in through `receive`, packets out through
 * the injected `send`, time from the injected clock. It answers pings, bonds (endpoint proof) before
 * it answers findnode, keeps k-buckets, and runs iterative lookups (α = 3, k = 16). A node that sends
 * a malformed, mis-signed or expired packet is ignored and counted, never crashes it.
 */
import {
  type Clock,
  type CryptoProvider,
  type Logger,
  nobleCrypto,
  silentLogger,
  systemClock,
  TypedEventTarget,
  toHex,
} from '@statuskit/utils';
import { DiscoveryPacketError } from '../errors.js';
import {
  type DecodedPacket,
  DISCV4_TYPES,
  type DiscoveryMessage,
  decodeDiscoveryPacket,
  type Endpoint,
  encodeDiscoveryPacket,
  type NodeRecord,
} from './packet.js';
import { K_BUCKET_SIZE, RoutingTable, type TableNode } from './table.js';

/** Protocol constants (§2.5; geth p2p/discover). */
export const DISCV4 = {
  VERSION: 4,
  ALPHA: 3,
  BOND_EXPIRATION_MS: 12 * 60 * 60 * 1000,
  RESPONSE_TIMEOUT_MS: 500,
  EXPIRATION_SECONDS: 20,
  MAX_NEIGHBOURS_PER_PACKET: 12,
} as const;

/** Where a packet came from or goes to. */
export interface UdpAddress {
  host: string;
  port: number;
}

/** Events of a {@link Discv4}. */
export interface Discv4Events {
  'peer:added': TableNode;
  'packet:rejected': { from: UdpAddress; error: Error };
}

/** Options of {@link Discv4}. */
export interface Discv4Options {
  privateKey: Uint8Array;
  /** Our advertised endpoint. */
  endpoint: { host: string; udpPort: number; tcpPort: number };
  send(packet: Uint8Array, to: UdpAddress): void;
  clock?: Clock;
  logger?: Logger;
  crypto?: CryptoProvider;
}

/** IPv4 dotted quad to 4 bytes; IPv6 to 16 bytes. */
export function ipToBytes(host: string): Uint8Array {
  const v4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(host);
  if (v4) return Uint8Array.from(v4.slice(1).map((x) => Number(x) & 0xff));
  const out = new Uint8Array(16);
  const [head, tail] = host.split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const groups = [...h, ...Array(8 - h.length - t.length).fill('0'), ...t];
  groups.forEach((g, i) => {
    const v = Number.parseInt(g || '0', 16);
    out[2 * i] = v >> 8;
    out[2 * i + 1] = v & 0xff;
  });
  return out;
}

/** 4 or 16 bytes to an address string. */
export function bytesToIp(ip: Uint8Array): string {
  if (ip.length === 4) return Array.from(ip).join('.');
  const g: string[] = [];
  for (let i = 0; i < 16; i += 2) g.push((((ip[i] as number) << 8) | (ip[i + 1] as number)).toString(16));
  return g.join(':');
}

interface PendingPing {
  resolve(id: Uint8Array): void;
  reject(e: Error): void;
}

/** A discovery v4 node. */
export class Discv4 extends TypedEventTarget<Discv4Events> {
  readonly id: Uint8Array;
  readonly table: RoutingTable;
  /** Packets rejected (malformed, bad signature, expired), for monitoring. */
  rejected = 0;
  readonly #o: Discv4Options;
  readonly #crypto: CryptoProvider;
  readonly #clock: Clock;
  readonly #log: Logger;
  readonly #pings = new Map<string, PendingPing>();
  readonly #lastPongFrom = new Map<string, number>(); // they proved their endpoint to us
  readonly #lastPingFrom = new Map<string, number>(); // we answered them: they hold our proof
  readonly #pingWaiters = new Map<string, Array<() => void>>();
  readonly #neighbours = new Map<string, (nodes: NodeRecord[]) => void>();

  constructor(o: Discv4Options) {
    super();
    this.#o = o;
    this.#crypto = o.crypto ?? nobleCrypto;
    this.#clock = o.clock ?? systemClock;
    this.#log = o.logger ?? silentLogger;
    this.id = this.#crypto.secp256k1PublicKey(o.privateKey).subarray(1);
    this.table = new RoutingTable(this.id, this.#crypto);
  }

  #expiration(): number {
    return Math.floor(this.#clock.now() / 1000) + DISCV4.EXPIRATION_SECONDS;
  }

  #endpoint(): Endpoint {
    return {
      ip: ipToBytes(this.#o.endpoint.host),
      udpPort: this.#o.endpoint.udpPort,
      tcpPort: this.#o.endpoint.tcpPort,
    };
  }

  #send(message: DiscoveryMessage, to: UdpAddress): Uint8Array {
    const { packet, hash } = encodeDiscoveryPacket(message, this.#o.privateKey, this.#crypto);
    this.#o.send(packet, to);
    return hash;
  }

  /** Handles one UDP datagram. Never throws. */
  receive(packet: Uint8Array, from: UdpAddress): void {
    let p: DecodedPacket;
    try {
      p = decodeDiscoveryPacket(packet, this.#crypto);
      if (p.message.expiration < Math.floor(this.#clock.now() / 1000))
        throw new DiscoveryPacketError('packet expired');
    } catch (error) {
      this.rejected++;
      this.emit('packet:rejected', { from, error: error as Error });
      this.#log.debug('discovery packet rejected', {
        from: `${from.host}:${from.port}`,
        error: String(error),
      });
      return;
    }
    const key = toHex(p.senderId);
    const m = p.message;
    switch (m.type) {
      case DISCV4_TYPES.PING: {
        this.#send(
          {
            type: 2,
            to: { ip: ipToBytes(from.host), udpPort: from.port, tcpPort: m.from.tcpPort },
            pingHash: p.hash,
            expiration: this.#expiration(),
          },
          from,
        );
        this.#lastPingFrom.set(key, this.#clock.now());
        for (const w of this.#pingWaiters.get(key) ?? []) w();
        this.#pingWaiters.delete(key);
        if (!this.#bonded(key)) {
          // Prove our endpoint to them in turn; their pong adds them to the table.
          this.ping({ host: from.host, port: from.port }, m.from.tcpPort).catch(() => {});
        }
        return;
      }
      case DISCV4_TYPES.PONG: {
        const pending = this.#pings.get(toHex(m.pingHash));
        if (pending === undefined) return; // unsolicited
        this.#pings.delete(toHex(m.pingHash));
        this.#lastPongFrom.set(key, this.#clock.now());
        pending.resolve(p.senderId);
        return;
      }
      case DISCV4_TYPES.FIND_NODE: {
        if (!this.#bonded(key)) return; // no endpoint proof: ignore, as geth does
        const nodes = this.table.closest(m.target, K_BUCKET_SIZE).map((n) => ({
          ip: ipToBytes(n.host),
          udpPort: n.udpPort,
          tcpPort: n.tcpPort,
          id: n.id,
        }));
        for (let i = 0; i < nodes.length || i === 0; i += DISCV4.MAX_NEIGHBOURS_PER_PACKET) {
          this.#send(
            {
              type: 4,
              nodes: nodes.slice(i, i + DISCV4.MAX_NEIGHBOURS_PER_PACKET),
              expiration: this.#expiration(),
            },
            from,
          );
        }
        return;
      }
      case DISCV4_TYPES.NEIGHBOURS:
        this.#neighbours.get(key)?.(m.nodes);
        return;
    }
  }

  #bonded(key: string): boolean {
    const t = this.#lastPongFrom.get(key);
    return t !== undefined && this.#clock.now() - t < DISCV4.BOND_EXPIRATION_MS;
  }

  /**
   * Pings `to` and resolves with its node id when the pong arrives; the node is then added to the
   * table. Rejects after the response timeout.
   */
  ping(to: UdpAddress, tcpPort = 0): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const hash = this.#send(
        {
          type: 1,
          version: DISCV4.VERSION,
          from: this.#endpoint(),
          to: { ip: ipToBytes(to.host), udpPort: to.port, tcpPort: 0 },
          expiration: this.#expiration(),
        },
        to,
      );
      const key = toHex(hash);
      const timer = this.#clock.setTimeout(() => {
        this.#pings.delete(key);
        reject(new DiscoveryPacketError(`no pong from ${to.host}:${to.port}`));
      }, DISCV4.RESPONSE_TIMEOUT_MS * 2);
      this.#pings.set(key, {
        resolve: (id) => {
          timer.cancel();
          const node = { id, host: to.host, udpPort: to.port, tcpPort };
          const known = this.table.get(id) !== undefined;
          if (this.table.add(node) && !known) this.emit('peer:added', node);
          resolve(id);
        },
        reject,
      });
    });
  }

  /** Waits until `id` has pinged us (so it holds our endpoint proof), up to the response timeout. */
  #awaitPingFrom(id: Uint8Array): Promise<void> {
    const key = toHex(id);
    const t = this.#lastPingFrom.get(key);
    if (t !== undefined && this.#clock.now() - t < DISCV4.BOND_EXPIRATION_MS) return Promise.resolve();
    return new Promise((resolve) => {
      const list = this.#pingWaiters.get(key) ?? [];
      const timer = this.#clock.setTimeout(resolve, DISCV4.RESPONSE_TIMEOUT_MS * 2);
      list.push(() => {
        timer.cancel();
        resolve();
      });
      this.#pingWaiters.set(key, list);
    });
  }

  /** Bonds with `node` if needed, then asks it for the nodes closest to `target`. */
  async findNode(node: TableNode, target: Uint8Array): Promise<NodeRecord[]> {
    const to = { host: node.host, port: node.udpPort };
    if (!this.#bonded(toHex(node.id))) await this.ping(to, node.tcpPort);
    await this.#awaitPingFrom(node.id);
    return new Promise((resolve) => {
      const key = toHex(node.id);
      const got: NodeRecord[] = [];
      const done = () => {
        this.#neighbours.delete(key);
        resolve(got);
      };
      const timer = this.#clock.setTimeout(done, DISCV4.RESPONSE_TIMEOUT_MS);
      this.#neighbours.set(key, (nodes) => {
        got.push(...nodes);
        if (got.length >= K_BUCKET_SIZE) {
          timer.cancel();
          done();
        }
      });
      this.#send({ type: 3, target, expiration: this.#expiration() }, to);
    });
  }

  /** Pings each bootnode and looks up our own id, filling the table. */
  async bootstrap(bootnodes: readonly { host: string; udpPort: number; tcpPort?: number }[]): Promise<void> {
    await Promise.allSettled(
      bootnodes.map((b) => this.ping({ host: b.host, port: b.udpPort }, b.tcpPort ?? 0)),
    );
    await this.lookup(this.id);
  }

  /** Iterative Kademlia lookup of `target`: returns the closest nodes found. */
  async lookup(target: Uint8Array): Promise<TableNode[]> {
    const asked = new Set<string>([toHex(this.id)]);
    const seen = new Set<string>([toHex(this.id)]);
    for (;;) {
      const batch = this.table
        .closest(target, K_BUCKET_SIZE)
        .filter((n) => !asked.has(toHex(n.id)))
        .slice(0, DISCV4.ALPHA);
      if (batch.length === 0) break;
      const results = await Promise.allSettled(
        batch.map((n) => {
          asked.add(toHex(n.id));
          return this.findNode(n, target);
        }),
      );
      const fresh: NodeRecord[] = [];
      for (const r of results) {
        if (r.status !== 'fulfilled') continue;
        for (const n of r.value) {
          const k = toHex(n.id);
          if (seen.has(k) || this.table.get(n.id) !== undefined) continue;
          seen.add(k);
          fresh.push(n);
        }
      }
      // Bond with what we learned; a pong puts the node in the table.
      await Promise.allSettled(
        fresh.map((n) => this.ping({ host: bytesToIp(n.ip), port: n.udpPort }, n.tcpPort)),
      );
    }
    return this.table.closest(target, K_BUCKET_SIZE);
  }
}
