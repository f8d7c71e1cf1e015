/**
 * Messages of the p2p base protocol v5 (STATUS-V1-FACTS §2.4) and capability negotiation. Decoders
 * are bounded (Hello at most 2 KiB) and forward compatible: extra list elements are ignored.
 */
import {
  bytesToUtf8,
  compareBytes,
  decodeRlp,
  encodeRlp,
  type RlpItem,
  rlpBytes,
  rlpList,
  uintToRlpBytes,
  utf8ToBytes,
} from '@statuskit/utils';
import { P2PProtocolError } from './errors.js';
import { DISCONNECT_REASONS } from './protocol.js';

/** Message codes of the base protocol (§2.4). */
export const P2P_CODES = { HELLO: 0x00, DISCONNECT: 0x01, PING: 0x02, PONG: 0x03 } as const;
/** The p2p protocol version we announce; snappy is on when both sides say ≥ 5 (§2.3). */
export const P2P_VERSION = 5;
/** Codes 0x00–0x0f belong to the base protocol; capabilities start at 0x10 (§2.4). */
export const BASE_PROTOCOL_LENGTH = 16;
/** Largest Hello accepted (geth baseProtocolMaxMsgSize). */
export const MAX_HELLO_SIZE = 2 * 1024;

/** A capability as announced in Hello. */
export interface Capability {
  name: string;
  version: number;
}

/** The Hello message. */
export interface Hello {
  protocolVersion: number;
  clientId: string;
  capabilities: Capability[];
  listenPort: number;
  /** 64-byte node id. */
  nodeId: Uint8Array;
  /** Raw RLP of list elements beyond the five known ones (ignored). */
  extra?: Uint8Array[];
}

function uint(item: RlpItem | undefined, what: string, maxBytes: number): number {
  const b = rlpBytes(item, what);
  if (b.length > maxBytes)
    throw new P2PProtocolError(`${what} too large`, DISCONNECT_REASONS.PROTOCOL_BREACH);
  let v = 0;
  for (const x of b) v = v * 256 + x;
  return v;
}

/** RLP payload of a Hello. */
export function encodeHello(h: Hello): Uint8Array {
  return encodeRlp([
    uintToRlpBytes(h.protocolVersion),
    utf8ToBytes(h.clientId),
    h.capabilities.map((c) => [utf8ToBytes(c.name), uintToRlpBytes(c.version)]),
    uintToRlpBytes(h.listenPort),
    h.nodeId,
  ]);
}

/**
 * Decodes a Hello payload. @throws P2PProtocolError (reason PROTOCOL_BREACH, or INVALID_IDENTITY
 * for a bad node id).
 */
export function decodeHello(payload: Uint8Array): Hello {
  if (payload.length > MAX_HELLO_SIZE) {
    throw new P2PProtocolError(
      `Hello of ${payload.length} bytes exceeds ${MAX_HELLO_SIZE}`,
      DISCONNECT_REASONS.PROTOCOL_BREACH,
    );
  }
  let items: RlpItem[];
  let hello: Hello;
  try {
    items = rlpList(decodeRlp(payload, { maxDepth: 8 }), 'Hello', 5);
    const caps = rlpList(items[2], 'Hello capabilities').map((c) => {
      const pair = rlpList(c, 'capability', 2);
      return {
        name: bytesToUtf8(rlpBytes(pair[0], 'capability name')),
        version: uint(pair[1], 'capability version', 4),
      };
    });
    hello = {
      protocolVersion: uint(items[0], 'Hello version', 4),
      clientId: bytesToUtf8(rlpBytes(items[1], 'client id')),
      capabilities: caps,
      listenPort: uint(items[3], 'listen port', 4),
      nodeId: rlpBytes(items[4], 'node id'),
      extra: items.slice(5).map((i) => encodeRlp(i)),
    };
  } catch (cause) {
    if (cause instanceof P2PProtocolError) throw cause;
    throw new P2PProtocolError('malformed Hello', DISCONNECT_REASONS.PROTOCOL_BREACH, { cause });
  }
  if (hello.nodeId.length !== 64 || hello.nodeId.every((b) => b === 0)) {
    throw new P2PProtocolError('Hello has an invalid node id', DISCONNECT_REASONS.INVALID_IDENTITY);
  }
  return hello;
}

/** RLP payload of a Disconnect: a one-element list, as geth sends it. */
export function encodeDisconnect(reason: number): Uint8Array {
  return encodeRlp([uintToRlpBytes(reason)]);
}

/**
 * Reason code of a Disconnect payload. Accepts the list form and the bare integer some clients
 * send; anything else yields undefined (the peer is leaving anyway).
 */
export function decodeDisconnect(payload: Uint8Array): number | undefined {
  try {
    const item = decodeRlp(payload, { maxDepth: 2, maxInputBytes: 64 });
    const r = Array.isArray(item) ? item[0] : item;
    if (r === undefined) return undefined;
    return uint(r, 'disconnect reason', 1);
  } catch {
    return undefined;
  }
}

/** RLP payload of Ping and Pong: an empty list. */
export const EMPTY_LIST = Uint8Array.of(0xc0);

/** One negotiated capability with its block of wire IDs. */
export interface RunningCapability {
  name: string;
  version: number;
  length: number;
  offset: number;
}

/**
 * Matches our capabilities (with their message counts) against the remote list (§2.4): shared
 * name-and-version pairs, sorted by name then version, only the highest shared version of each
 * name kept, each given a contiguous block of IDs from 0x10.
 */
export function matchCapabilities(
  local: readonly { name: string; version: number; length: number }[],
  remote: readonly Capability[],
): RunningCapability[] {
  const shared = local.filter((l) => remote.some((r) => r.name === l.name && r.version === l.version));
  shared.sort((a, b) => compareBytes(utf8ToBytes(a.name), utf8ToBytes(b.name)) || a.version - b.version);
  const kept = new Map<string, { name: string; version: number; length: number }>();
  for (const c of shared) kept.set(c.name, c); // later (higher) versions replace earlier ones
  const out: RunningCapability[] = [];
  let offset = BASE_PROTOCOL_LENGTH;
  for (const c of shared) {
    if (kept.get(c.name) !== c) continue;
    out.push({ name: c.name, version: c.version, length: c.length, offset });
    offset += c.length;
  }
  return out;
}
