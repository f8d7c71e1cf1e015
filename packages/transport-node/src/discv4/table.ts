/**
 * The Kademlia routing table of discovery v4 (STATUS-V1-FACTS §2.5): 256 buckets by the log
 * distance between `keccak256(id)`s, at most k = 16 nodes per bucket, least recently seen first.
 */
import { type CryptoProvider, equalBytes, nobleCrypto, toHex } from '@statuskit/utils';

export const K_BUCKET_SIZE = 16;

/** A node in the table. */
export interface TableNode {
  /** 64-byte public key. */
  id: Uint8Array;
  host: string;
  udpPort: number;
  tcpPort: number;
}

/** Log distance of two 32-byte hashes: index of the highest differing bit + 1 (0 when equal). */
export function logDistance(a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < 32; i++) {
    const x = (a[i] as number) ^ (b[i] as number);
    if (x !== 0) return (31 - i) * 8 + (32 - Math.clz32(x));
  }
  return 0;
}

function xorCompare(target: Uint8Array, a: Uint8Array, b: Uint8Array): number {
  for (let i = 0; i < 32; i++) {
    const d = ((a[i] as number) ^ (target[i] as number)) - ((b[i] as number) ^ (target[i] as number));
    if (d !== 0) return d;
  }
  return 0;
}

/** 256 k-buckets around our own id. */
export class RoutingTable {
  readonly #self: Uint8Array;
  readonly #crypto: CryptoProvider;
  readonly #buckets: Array<Array<TableNode & { hash: Uint8Array }>> = Array.from({ length: 257 }, () => []);

  constructor(selfId: Uint8Array, crypto: CryptoProvider = nobleCrypto) {
    this.#crypto = crypto;
    this.#self = crypto.keccak256(selfId);
  }

  /** Adds or refreshes a node (moves it to the tail). Returns false when its bucket is full. */
  add(node: TableNode): boolean {
    const hash = this.#crypto.keccak256(node.id);
    const bucket = this.#buckets[logDistance(this.#self, hash)] as Array<TableNode & { hash: Uint8Array }>;
    if (logDistance(this.#self, hash) === 0) return false; // ourselves
    const at = bucket.findIndex((n) => equalBytes(n.id, node.id));
    if (at >= 0) bucket.splice(at, 1);
    else if (bucket.length >= K_BUCKET_SIZE) return false;
    bucket.push({ ...node, hash });
    return true;
  }

  remove(id: Uint8Array): void {
    for (const b of this.#buckets) {
      const at = b.findIndex((n) => equalBytes(n.id, id));
      if (at >= 0) b.splice(at, 1);
    }
  }

  get(id: Uint8Array): TableNode | undefined {
    const key = toHex(id);
    for (const b of this.#buckets) for (const n of b) if (toHex(n.id) === key) return n;
    return undefined;
  }

  /** The `count` nodes closest to `targetId` by XOR distance of their hashes. */
  closest(targetId: Uint8Array, count = K_BUCKET_SIZE): TableNode[] {
    const t = this.#crypto.keccak256(targetId);
    return this.#buckets
      .flat()
      .sort((a, b) => xorCompare(t, a.hash, b.hash))
      .slice(0, count)
      .map(({ hash: _h, ...n }) => n);
  }

  get size(): number {
    return this.#buckets.reduce((s, b) => s + b.length, 0);
  }

  all(): TableNode[] {
    return this.#buckets.flat().map(({ hash: _h, ...n }) => n);
  }
}
