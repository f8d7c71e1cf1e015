/**
 * Discovery v4 packets (STATUS-V1-FACTS §2.5, §11.3):
 * `keccak256(sig ‖ type ‖ data) ‖ sig(65, R‖S‖V) ‖ type ‖ RLP(data)`, the signature over
 * `keccak256(type ‖ data)`. Decoding follows EIP-8: extra list elements and trailing bytes after the
 * RLP list are ignored. Every failure is a `DiscoveryPacketError`.
 */
import {
  type CryptoProvider,
  concatBytes,
  decodeRlpPrefix,
  encodeRlp,
  equalBytes,
  nobleCrypto,
  type RlpInput,
  type RlpItem,
  rlpBigInt,
  rlpBytes,
  rlpList,
  uintToRlpBytes,
} from '@statuskit/utils';
import { DiscoveryPacketError } from '../errors.js';

/** Largest discovery packet (§2.5). */
export const DISCV4_MAX_PACKET_SIZE = 1280;
/** Packet types (§2.5). */
export const DISCV4_TYPES = {
  PING: 1,
  PONG: 2,
  FIND_NODE: 3,
  NEIGHBOURS: 4,
  ENR_REQUEST: 5,
  ENR_RESPONSE: 6,
} as const;
const HEADER = 32 + 65 + 1;

/** An endpoint: IPv4 (4 bytes) or IPv6 (16 bytes) address, UDP and TCP ports. */
export interface Endpoint {
  ip: Uint8Array;
  udpPort: number;
  tcpPort: number;
}

/** A node as carried in Neighbours. */
export interface NodeRecord extends Endpoint {
  /** 64-byte public key. */
  id: Uint8Array;
}

export type DiscoveryMessage =
  | { type: 1; version: number; from: Endpoint; to: Endpoint; expiration: number; enrSeq?: bigint }
  | { type: 2; to: Endpoint; pingHash: Uint8Array; expiration: number; enrSeq?: bigint }
  | { type: 3; target: Uint8Array; expiration: number }
  | { type: 4; nodes: NodeRecord[]; expiration: number };

/** A decoded, verified packet. */
export interface DecodedPacket {
  hash: Uint8Array;
  /** The sender's node id (64 bytes), recovered from the signature. */
  senderId: Uint8Array;
  message: DiscoveryMessage;
}

function endpointItems(e: Endpoint): RlpInput {
  return [e.ip, uintToRlpBytes(e.udpPort), uintToRlpBytes(e.tcpPort)];
}

function port(item: RlpItem | undefined, what: string): number {
  // geth decodes ports as uint16; an empty string is port 0.
  return Number(rlpBigInt(item, what, 2));
}

function readEndpoint(item: RlpItem | undefined, what: string): Endpoint {
  const f = rlpList(item, what, 3);
  const ip = rlpBytes(f[0], `${what} ip`);
  if (ip.length !== 4 && ip.length !== 16)
    throw new DiscoveryPacketError(`${what}: ip must be 4 or 16 bytes`);
  return { ip, udpPort: port(f[1], `${what} udp`), tcpPort: port(f[2], `${what} tcp`) };
}

function messageItems(m: DiscoveryMessage): RlpInput {
  switch (m.type) {
    case 1:
      return [
        uintToRlpBytes(m.version),
        endpointItems(m.from),
        endpointItems(m.to),
        uintToRlpBytes(m.expiration),
        ...(m.enrSeq === undefined ? [] : [uintToRlpBytes(m.enrSeq)]),
      ];
    case 2:
      return [
        endpointItems(m.to),
        m.pingHash,
        uintToRlpBytes(m.expiration),
        ...(m.enrSeq === undefined ? [] : [uintToRlpBytes(m.enrSeq)]),
      ];
    case 3:
      return [m.target, uintToRlpBytes(m.expiration)];
    case 4:
      return [
        m.nodes.map((n) => [n.ip, uintToRlpBytes(n.udpPort), uintToRlpBytes(n.tcpPort), n.id]),
        uintToRlpBytes(m.expiration),
      ];
  }
}

/** Signs and encodes a packet. */
export function encodeDiscoveryPacket(
  message: DiscoveryMessage,
  privateKey: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): { packet: Uint8Array; hash: Uint8Array } {
  const body = concatBytes(Uint8Array.of(message.type), encodeRlp(messageItems(message)));
  const sig = crypto.secp256k1Sign(crypto.keccak256(body), privateKey);
  const hash = crypto.keccak256(concatBytes(sig, body));
  const packet = concatBytes(hash, sig, body);
  if (packet.length > DISCV4_MAX_PACKET_SIZE)
    throw new RangeError(`packet of ${packet.length} bytes exceeds 1280`);
  return { packet, hash };
}

function decodeMessage(type: number, f: RlpItem[]): DiscoveryMessage {
  const expiration = (i: number) => Number(rlpBigInt(f[i], 'expiration', 8));
  switch (type) {
    case DISCV4_TYPES.PING: {
      const list = rlpList(f, 'ping', 4);
      const m: DiscoveryMessage = {
        type: 1,
        version: Number(rlpBigInt(list[0], 'version', 4)),
        from: readEndpoint(list[1], 'from'),
        to: readEndpoint(list[2], 'to'),
        expiration: expiration(3),
      };
      if (list[4] instanceof Uint8Array && list[4].length <= 8) m.enrSeq = rlpBigInt(list[4], 'enr-seq', 8);
      return m;
    }
    case DISCV4_TYPES.PONG: {
      const list = rlpList(f, 'pong', 3);
      const m: DiscoveryMessage = {
        type: 2,
        to: readEndpoint(list[0], 'to'),
        pingHash: rlpBytes(list[1], 'ping hash', 32),
        expiration: expiration(2),
      };
      if (list[3] instanceof Uint8Array && list[3].length <= 8) m.enrSeq = rlpBigInt(list[3], 'enr-seq', 8);
      return m;
    }
    case DISCV4_TYPES.FIND_NODE: {
      const list = rlpList(f, 'findnode', 2);
      return { type: 3, target: rlpBytes(list[0], 'target', 64), expiration: expiration(1) };
    }
    case DISCV4_TYPES.NEIGHBOURS: {
      const list = rlpList(f, 'neighbours', 2);
      const nodes = rlpList(list[0], 'nodes').map((n, i) => {
        const r = rlpList(n, `node ${i}`, 4);
        const ep = readEndpoint([r[0] as RlpItem, r[1] as RlpItem, r[2] as RlpItem], `node ${i}`);
        return { ...ep, id: rlpBytes(r[3], `node ${i} id`, 64) };
      });
      return { type: 4, nodes, expiration: expiration(1) };
    }
    default:
      throw new DiscoveryPacketError(`unsupported packet type ${type}`);
  }
}

/**
 * Verifies and decodes a packet: hash, signature (recovering the sender), type and data.
 * Expiration is returned, not checked (the caller compares it with its clock).
 * @throws DiscoveryPacketError
 */
export function decodeDiscoveryPacket(
  packet: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): DecodedPacket {
  if (!(packet instanceof Uint8Array)) throw new TypeError('packet must be a Uint8Array');
  if (packet.length > DISCV4_MAX_PACKET_SIZE) throw new DiscoveryPacketError('packet larger than 1280 bytes');
  if (packet.length < HEADER + 1) throw new DiscoveryPacketError('packet too short');
  const hash = packet.subarray(0, 32);
  if (!equalBytes(hash, crypto.keccak256(packet.subarray(32))))
    throw new DiscoveryPacketError('packet hash mismatch');
  const sig = packet.subarray(32, 97);
  const body = packet.subarray(97);
  let senderId: Uint8Array;
  try {
    senderId = crypto.secp256k1Recover(crypto.keccak256(body), sig).subarray(1);
  } catch (cause) {
    throw new DiscoveryPacketError('bad packet signature', { cause });
  }
  const type = body[0] as number;
  try {
    // EIP-8: trailing bytes after the RLP list are ignored, and so are extra list elements.
    const { item } = decodeRlpPrefix(body.subarray(1), {
      maxDepth: 4,
      maxInputBytes: DISCV4_MAX_PACKET_SIZE,
    });
    const fields = rlpList(item, 'packet data');
    return { hash: hash.slice(), senderId: senderId.slice(), message: decodeMessage(type, fields) };
  } catch (cause) {
    if (cause instanceof DiscoveryPacketError) throw cause;
    throw new DiscoveryPacketError('malformed packet data', { cause });
  }
}
