/**
 * The secure-transport messages as plain data (STATUS-V1-FACTS §5.1): what the protocol layer
 * builds and handles. Their protobuf wire form comes from @statuskit/payloads; these types are the
 * in-memory shape, with byte fields as `Uint8Array`, the bundle timestamp as a bigint (ns) and
 * protobuf maps as `Map`s keyed by installation ID.
 */
import type { BundleData } from './bundle.js';

/** `X3DHHeader`: the initiator's ephemeral key and the bundle ID (the SPK used). */
export interface X3dhHeaderData {
  /** Compressed ephemeral key. */
  key: Uint8Array;
  /** Compressed signed pre-key of the responder. */
  id: Uint8Array;
}

/** `DRHeader`: ratchet key, message numbers and the bundle ID of the session. */
export interface DrHeaderData {
  /** Compressed sender ratchet key. */
  key: Uint8Array;
  n: number;
  pn: number;
  /** Compressed signed pre-key the session was built on. */
  id: Uint8Array;
}

/** `DHHeader`: the ephemeral key of a DH-only message. */
export interface DhHeaderData {
  key: Uint8Array;
}

/** `DirectMessageProtocol`: one installation's ciphertext and its headers. */
export interface DirectMessageData {
  x3dhHeader?: X3dhHeaderData;
  drHeader?: DrHeaderData;
  dhHeader?: DhHeaderData;
  payload: Uint8Array;
}

/** `ProtocolMessage`: sender installation, bundles, and a public or per-installation payload. */
export interface ProtocolMessageData {
  installationId: string;
  bundles: BundleData[];
  /** Keyed by target installation ID, or `"none"` for DH-only. */
  directMessage?: Map<string, DirectMessageData>;
  publicMessage?: Uint8Array;
}
