/**
 * Test helpers for the secure transport: deterministic parties over in-memory storage and a
 * byte-level snapshot of a store.
 */

import { decodeProtocolMessage, encodeProtocolMessage } from '@statuskit/payloads';
import {
  type Clock,
  manualClock,
  memoryStorage,
  nobleCrypto,
  type Storage,
  seededRandom,
  toHex,
} from '@statuskit/utils';
import {
  createSecureTransport,
  type ProtocolMessage,
  type SecureTransport,
  type SecureTransportLimits,
} from '../../src/index.js';

/** Every entry of a store as `[keyHex, valueHex]`, in key order. */
export async function snapshot(storage: Storage): Promise<[string, string][]> {
  const out: [string, string][] = [];
  for await (const [k, v] of storage.iterate()) out.push([toHex(k), toHex(v)]);
  return out;
}

/** A deterministic 32-byte private key from a small seed. */
export function testKey(seed: number): Uint8Array {
  const random = seededRandom(seed * 7919 + 1);
  for (;;) {
    const k = random(32);
    if (nobleCrypto.secp256k1IsValidPrivateKey(k)) return k;
  }
}

/** One installation of an identity, with its storage kept so it can be restarted. */
export interface Device {
  name: string;
  identityPrivateKey: Uint8Array;
  publicKey: Uint8Array;
  installationId: string;
  storage: Storage;
  transport: SecureTransport;
  /** Recreates the transport over the same storage (a process restart). */
  restart(seed?: number): void;
}

let seedCounter = 1000;

/** Creates a device of identity `identitySeed` with its own storage and seeded randomness. */
export function device(
  name: string,
  identitySeed: number,
  installationId: string,
  options: { clock?: Clock; limits?: Partial<SecureTransportLimits>; storage?: Storage } = {},
): Device {
  const identityPrivateKey = testKey(identitySeed);
  const storage = options.storage ?? memoryStorage();
  const clock = options.clock ?? manualClock();
  const make = (seed: number) =>
    createSecureTransport({
      identityPrivateKey,
      installationId,
      storage,
      clock,
      random: seededRandom(seed),
      ...(options.limits !== undefined ? { limits: options.limits } : {}),
    });
  const d: Device = {
    name,
    identityPrivateKey,
    publicKey: nobleCrypto.secp256k1PublicKey(identityPrivateKey, false),
    installationId,
    storage,
    transport: make(seedCounter++),
    restart(seed) {
      d.transport = make(seed ?? seedCounter++);
    },
  };
  return d;
}

/** A message as it comes out of the wire: protobuf-encoded, then decoded (a deep copy). */
export function copyMessage(m: ProtocolMessage): ProtocolMessage {
  return decodeProtocolMessage(encodeProtocolMessage(m));
}
