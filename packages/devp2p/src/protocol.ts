/**
 * The subprotocol plug-in contract (STATUS-V1-FACTS §2.4). A capability such as `shh/6` or `waku/1`
 * is a {@link Protocol}: a name, a version, how many message codes it uses, and a factory that the
 * p2p session calls once per peer after both Hellos, when the capability is shared. The session
 * maps the protocol's codes `0..length-1` onto its block of wire IDs (from 0x10, capabilities sorted
 * by name then version, highest shared version of a name kept), compresses with snappy when both
 * sides speak p2p v5, and hands the handler decoded RLP payload bytes.
 */
import type { Logger } from '@statuskit/utils';

/** Disconnect reasons of the p2p base protocol (§2.4), by name. */
export const DISCONNECT_REASONS = {
  REQUESTED: 0x00,
  NETWORK_ERROR: 0x01,
  PROTOCOL_BREACH: 0x02,
  USELESS_PEER: 0x03,
  TOO_MANY_PEERS: 0x04,
  ALREADY_CONNECTED: 0x05,
  INCOMPATIBLE_VERSION: 0x06,
  INVALID_IDENTITY: 0x07,
  CLIENT_QUITTING: 0x08,
  UNEXPECTED_IDENTITY: 0x09,
  CONNECTED_TO_SELF: 0x0a,
  PING_TIMEOUT: 0x0b,
  SUBPROTOCOL_ERROR: 0x10,
} as const;

/** A disconnect reason code (§2.4). Unknown codes from peers are kept as numbers. */
export type DisconnectReason = (typeof DISCONNECT_REASONS)[keyof typeof DISCONNECT_REASONS];

/** The name of a reason code, or `unknown(0x..)`. */
export function disconnectReasonName(code: number): string {
  for (const [name, value] of Object.entries(DISCONNECT_REASONS))
    if (value === code) return name.toLowerCase();
  return `unknown(0x${code.toString(16).padStart(2, '0')})`;
}

/** What a protocol handler knows about its peer. */
export interface PeerInfo {
  /** The remote node id: the 64-byte public key without the 0x04 prefix. */
  readonly id: Uint8Array;
  /** The client id string from the remote Hello. */
  readonly clientId: string;
  /** The remote carrier address, for logs and limits. */
  readonly remoteAddress: string;
  /** Capabilities the remote advertised, as `name/version`. */
  readonly capabilities: readonly string[];
}

/** What the session gives a protocol handler. */
export interface ProtocolContext {
  readonly peer: PeerInfo;
  /** The version of this protocol that was negotiated with the peer. */
  readonly version: number;
  readonly logger: Logger;
  /**
   * Sends message `code` (0-based within this protocol) with an RLP-encoded `payload`.
   * @returns false when the carrier is past its high-water mark (wait for `drained`).
   * @throws ClosedError when the session has ended.
   */
  send(code: number, payload: Uint8Array): boolean;
  /** Resolves once the carrier accepts more data. */
  drained(): Promise<void>;
  /**
   * Bytes sent to this peer and still queued on the carrier (optional so test doubles may omit it;
   * sessions always provide it). A broadcaster can skip a peer whose queue is long: past the
   * session's `maxQueuedBytes` the peer is disconnected.
   */
  queuedBytes?(): number;
  /** Sends Disconnect with `reason` and ends the session. */
  disconnect(reason: DisconnectReason): void;
}

/** Per-peer logic of a capability. */
export interface ProtocolHandler {
  /**
   * One message from the peer: `code` is 0-based within this protocol, `payload` the RLP bytes.
   * A thrown error (or rejected promise) makes the session disconnect with `PROTOCOL_BREACH`, or
   * with the `reason` property of the error when it has one.
   */
  onMessage(code: number, payload: Uint8Array): void | Promise<void>;
  /** The session ended; `reason` is the Disconnect reason if one was sent or received. */
  onClose?(info: { reason?: number; error?: Error; local: boolean }): void;
}

/** A capability offered to peers. */
export interface Protocol {
  readonly name: string;
  readonly version: number;
  /** How many message codes the protocol uses (its block of wire IDs). */
  readonly length: number;
  /** Called once per peer after the Hello exchange when this capability was negotiated. */
  create(context: ProtocolContext): ProtocolHandler;
}
