/**
 * Secure-transport envelope messages, `package encryption` (STATUS-V1-FACTS.md §5.1): the bundle
 * a device publishes, the X3DH / Double Ratchet / DH headers, and the `ProtocolMessage` that
 * carries either a public message or one `DirectMessageProtocol` per target installation.
 */
import * as encryption from './gen/encryption.js';
import {
  bytesIn,
  bytesOut,
  type DecodeOptions,
  decodeGenerated,
  encodeGenerated,
  i64In,
  i64Out,
  numOut,
  strIn,
  u32In,
} from './runtime.js';

/** `installation_id` key of a DH-only `direct_message` entry (§5.1, encryptor.go). */
export const NO_INSTALLATION_ID = 'none' as const;

/** One installation's signed pre-key (§5.1). `signedPreKey` is the compressed 33-byte SPK. */
export interface SignedPreKey {
  signedPreKey: Uint8Array;
  /** Always 0 in status-go v0.62.16 (§14.6). */
  version: number;
  /** 1 in v0.62.x. */
  protocolVersion: number;
}

/** An identity's pre-key bundle (§5.1–5.2). */
export interface Bundle {
  /** Compressed (33 B) identity public key. */
  identity: Uint8Array;
  /** Keyed by installation ID. Go writes map entries in random order, so order carries no meaning. */
  signedPreKeys: Map<string, SignedPreKey>;
  /** 65-byte signature over the bundle material (§5.2). */
  signature: Uint8Array;
  /** Unix nanoseconds at signing. */
  timestamp: bigint;
}

/** A bundle plus its private SPK, for local storage only (§5.1). */
export interface BundleContainer {
  bundle: Bundle | undefined;
  privateSignedPreKey: Uint8Array;
}

/** Double Ratchet header: compressed ratchet key, message numbers and the bundle ID (§5.1). */
export interface DRHeader {
  key: Uint8Array;
  n: number;
  pn: number;
  id: Uint8Array;
}

/** DH-only header: a compressed ephemeral key (§5.1). */
export interface DHHeader {
  key: Uint8Array;
}

/** X3DH header: Alice's compressed ephemeral key and Bob's SPK used (the bundle ID) (§5.1). */
export interface X3DHHeader {
  key: Uint8Array;
  id: Uint8Array;
}

/** One encrypted payload for one installation (§5.1, §5.5). */
export interface DirectMessageProtocol {
  x3dhHeader?: X3DHHeader | undefined;
  drHeader?: DRHeader | undefined;
  dhHeader?: DHHeader | undefined;
  payload: Uint8Array;
}

/** The secure-transport message inside a Whisper/Waku payload (§5.1). */
export interface ProtocolMessage {
  installationId: string;
  bundles: Bundle[];
  /** Keyed by target installation ID, or `NO_INSTALLATION_ID` for DH-only messages. */
  directMessage: Map<string, DirectMessageProtocol>;
  publicMessage: Uint8Array;
}

type GenSpk = encryption.SignedPreKey.$Properties;
type GenBundle = encryption.Bundle.$Properties;
type GenDmp = encryption.DirectMessageProtocol.$Properties;

function mapEntries<V>(record: { [k: string]: V } | null | undefined): [string, V][] {
  return record ? Object.entries(record) : [];
}

function record<V, G>(
  map: Map<string, V>,
  name: string,
  convert: (v: V, name: string) => G,
): { [k: string]: G } {
  if (!(map instanceof Map)) throw new TypeError(`${name}: expected a Map`);
  // A null-prototype object: a key such as "__proto__" stays an ordinary entry.
  const out: { [k: string]: G } = Object.create(null);
  for (const [k, v] of map) out[strIn(k, `${name} key`)] = convert(v, `${name}[${k}]`);
  return out;
}

const spkOut = (g: GenSpk): SignedPreKey => ({
  signedPreKey: bytesOut(g.signedPreKey),
  version: numOut(g.version),
  protocolVersion: numOut(g.protocolVersion),
});
const spkIn = (s: SignedPreKey, name: string): GenSpk => ({
  signedPreKey: bytesIn(s.signedPreKey, `${name}.signedPreKey`),
  version: u32In(s.version, `${name}.version`),
  protocolVersion: u32In(s.protocolVersion, `${name}.protocolVersion`),
});

const bundleOut = (g: GenBundle): Bundle => ({
  identity: bytesOut(g.identity),
  signedPreKeys: new Map(mapEntries(g.signedPreKeys).map(([k, v]) => [k, spkOut(v)])),
  signature: bytesOut(g.signature),
  timestamp: i64Out(g.timestamp),
});
const bundleIn = (b: Bundle, name: string): GenBundle => ({
  identity: bytesIn(b.identity, `${name}.identity`),
  signedPreKeys: record(b.signedPreKeys, `${name}.signedPreKeys`, spkIn),
  signature: bytesIn(b.signature, `${name}.signature`),
  timestamp: i64In(b.timestamp, `${name}.timestamp`),
});

const drOut = (g: encryption.DRHeader.$Properties): DRHeader => ({
  key: bytesOut(g.key),
  n: numOut(g.n),
  pn: numOut(g.pn),
  id: bytesOut(g.id),
});
const drIn = (h: DRHeader, name: string): encryption.DRHeader.$Properties => ({
  key: bytesIn(h.key, `${name}.key`),
  n: u32In(h.n, `${name}.n`),
  pn: u32In(h.pn, `${name}.pn`),
  id: bytesIn(h.id, `${name}.id`),
});
const dhOut = (g: encryption.DHHeader.$Properties): DHHeader => ({ key: bytesOut(g.key) });
const dhIn = (h: DHHeader, name: string): encryption.DHHeader.$Properties => ({
  key: bytesIn(h.key, `${name}.key`),
});
const x3dhOut = (g: encryption.X3DHHeader.$Properties): X3DHHeader => ({
  key: bytesOut(g.key),
  id: bytesOut(g.id),
});
const x3dhIn = (h: X3DHHeader, name: string): encryption.X3DHHeader.$Properties => ({
  key: bytesIn(h.key, `${name}.key`),
  id: bytesIn(h.id, `${name}.id`),
});

const dmpOut = (g: GenDmp): DirectMessageProtocol => {
  const out: DirectMessageProtocol = { payload: bytesOut(g.payload) };
  if (g.X3DHHeader) out.x3dhHeader = x3dhOut(g.X3DHHeader);
  if (g.DRHeader) out.drHeader = drOut(g.DRHeader);
  if (g.DHHeader) out.dhHeader = dhOut(g.DHHeader);
  return out;
};
const dmpIn = (d: DirectMessageProtocol, name: string): GenDmp => {
  const out: GenDmp = { payload: bytesIn(d.payload, `${name}.payload`) };
  if (d.x3dhHeader) out.X3DHHeader = x3dhIn(d.x3dhHeader, `${name}.x3dhHeader`);
  if (d.drHeader) out.DRHeader = drIn(d.drHeader, `${name}.drHeader`);
  if (d.dhHeader) out.DHHeader = dhIn(d.dhHeader, `${name}.dhHeader`);
  return out;
};

/** Encodes a `SignedPreKey`. @throws TypeError / RangeError naming the bad field. */
export function encodeSignedPreKey(value: SignedPreKey): Uint8Array {
  return encodeGenerated(encryption.SignedPreKey, spkIn(value, 'value'));
}
/** Decodes a `SignedPreKey`. @throws PayloadDecodeError */
export function decodeSignedPreKey(bytes: Uint8Array, options?: DecodeOptions): SignedPreKey {
  return spkOut(decodeGenerated(encryption.SignedPreKey, bytes, 'SignedPreKey', options));
}

/** Encodes a `Bundle`. @throws TypeError / RangeError naming the bad field. */
export function encodeBundle(value: Bundle): Uint8Array {
  return encodeGenerated(encryption.Bundle, bundleIn(value, 'value'));
}
/** Decodes a `Bundle`. @throws PayloadDecodeError */
export function decodeBundle(bytes: Uint8Array, options?: DecodeOptions): Bundle {
  return bundleOut(decodeGenerated(encryption.Bundle, bytes, 'Bundle', options));
}

/** Encodes a `BundleContainer` (local storage). @throws TypeError / RangeError */
export function encodeBundleContainer(value: BundleContainer): Uint8Array {
  const g: encryption.BundleContainer.$Properties = {
    privateSignedPreKey: bytesIn(value.privateSignedPreKey, 'value.privateSignedPreKey'),
  };
  if (value.bundle) g.bundle = bundleIn(value.bundle, 'value.bundle');
  return encodeGenerated(encryption.BundleContainer, g);
}
/** Decodes a `BundleContainer`. @throws PayloadDecodeError */
export function decodeBundleContainer(bytes: Uint8Array, options?: DecodeOptions): BundleContainer {
  const g = decodeGenerated(encryption.BundleContainer, bytes, 'BundleContainer', options);
  return {
    bundle: g.bundle ? bundleOut(g.bundle) : undefined,
    privateSignedPreKey: bytesOut(g.privateSignedPreKey),
  };
}

/** Encodes a `DRHeader`. @throws TypeError / RangeError */
export function encodeDRHeader(value: DRHeader): Uint8Array {
  return encodeGenerated(encryption.DRHeader, drIn(value, 'value'));
}
/** Decodes a `DRHeader`. @throws PayloadDecodeError */
export function decodeDRHeader(bytes: Uint8Array, options?: DecodeOptions): DRHeader {
  return drOut(decodeGenerated(encryption.DRHeader, bytes, 'DRHeader', options));
}
/** Encodes a `DHHeader`. @throws TypeError */
export function encodeDHHeader(value: DHHeader): Uint8Array {
  return encodeGenerated(encryption.DHHeader, dhIn(value, 'value'));
}
/** Decodes a `DHHeader`. @throws PayloadDecodeError */
export function decodeDHHeader(bytes: Uint8Array, options?: DecodeOptions): DHHeader {
  return dhOut(decodeGenerated(encryption.DHHeader, bytes, 'DHHeader', options));
}
/** Encodes an `X3DHHeader`. @throws TypeError */
export function encodeX3DHHeader(value: X3DHHeader): Uint8Array {
  return encodeGenerated(encryption.X3DHHeader, x3dhIn(value, 'value'));
}
/** Decodes an `X3DHHeader`. @throws PayloadDecodeError */
export function decodeX3DHHeader(bytes: Uint8Array, options?: DecodeOptions): X3DHHeader {
  return x3dhOut(decodeGenerated(encryption.X3DHHeader, bytes, 'X3DHHeader', options));
}

/** Encodes a `DirectMessageProtocol`. @throws TypeError / RangeError */
export function encodeDirectMessageProtocol(value: DirectMessageProtocol): Uint8Array {
  return encodeGenerated(encryption.DirectMessageProtocol, dmpIn(value, 'value'));
}
/** Decodes a `DirectMessageProtocol`. @throws PayloadDecodeError */
export function decodeDirectMessageProtocol(
  bytes: Uint8Array,
  options?: DecodeOptions,
): DirectMessageProtocol {
  return dmpOut(decodeGenerated(encryption.DirectMessageProtocol, bytes, 'DirectMessageProtocol', options));
}

/**
 * Encodes a `ProtocolMessage`.
 * @throws TypeError / RangeError naming the bad field.
 * @example
 * ```ts
 * const bytes = encodeProtocolMessage({ installationId: 'abc', bundles: [], directMessage: new Map(), publicMessage: new Uint8Array([1]) });
 * ```
 */
export function encodeProtocolMessage(value: ProtocolMessage): Uint8Array {
  if (!Array.isArray(value.bundles)) throw new TypeError('value.bundles: expected an array');
  return encodeGenerated(encryption.ProtocolMessage, {
    installationId: strIn(value.installationId, 'value.installationId'),
    bundles: value.bundles.map((b, i) => bundleIn(b, `value.bundles[${i}]`)),
    directMessage: record(value.directMessage, 'value.directMessage', dmpIn),
    publicMessage: bytesIn(value.publicMessage, 'value.publicMessage'),
  });
}
/** Decodes a `ProtocolMessage`. @throws PayloadDecodeError */
export function decodeProtocolMessage(bytes: Uint8Array, options?: DecodeOptions): ProtocolMessage {
  const g = decodeGenerated(encryption.ProtocolMessage, bytes, 'ProtocolMessage', options);
  return {
    installationId: g.installationId ?? '',
    bundles: (g.bundles ?? []).map(bundleOut),
    directMessage: new Map(mapEntries(g.directMessage).map(([k, v]) => [k, dmpOut(v)])),
    publicMessage: bytesOut(g.publicMessage),
  };
}
