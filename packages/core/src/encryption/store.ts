/**
 * How the secure transport lays out its state in a `Storage` (give it its own `prefixedStorage`
 * namespace). Keys are a one-letter table tag followed by length-prefixed parts; values are RLP
 * lists. Tables:
 *
 * | tag | key parts                                   | value                                        |
 * |-----|---------------------------------------------|----------------------------------------------|
 * | `O` | our signed pre-key (33)                     | installation, private key, created ms, version, expired |
 * | `B` | identity (33), installation                 | their newest signed pre-key, version, protocol version, timestamp ns |
 * | `I` | identity (33), installation                 | enabled, protocol version, timestamp ns, name, device type, FCM token |
 * | `S` | identity (33), installation, bundle ID (33) | a ratchet session: role, SK, X3DH ephemeral, bundle version, ratchet state, kept-key count |
 * | `K` | session id (16), ratchet key (33), n (BE32) | a kept message key and its sequence number   |
 * | `Q` | session id (16), sequence (BE64)            | the `K` suffix it indexes (eviction order)   |
 * | `X` | identity (33)                               | the static shared secret with that identity  |
 * | `Y` | identity (33), installation                 | marks that installation as having negotiated the secret |
 *
 * A session id is the first 16 bytes of SHA-256 of the session's `S` key.
 */
import {
  bigIntToBytes,
  bytesToBigInt,
  bytesToUtf8,
  type CryptoProvider,
  concatBytes,
  DecodeError,
  decodeRlp,
  encodeRlp,
  type RlpItem,
  rlpBytes,
  rlpList,
  rlpNumber,
  uintToRlpBytes,
  utf8ToBytes,
} from '@statuskit/utils';
import { CorruptStateError } from '../errors.js';
import type { RatchetState } from './ratchet.js';

/** Table tags of the secure-transport store. */
export const STORE_TABLE = {
  OUR_SIGNED_PRE_KEY: 0x4f,
  THEIR_BUNDLE: 0x42,
  INSTALLATION: 0x49,
  SESSION: 0x53,
  MESSAGE_KEY: 0x4b,
  MESSAGE_KEY_SEQ: 0x51,
  SECRET: 0x58,
  SECRET_INSTALLATION: 0x59,
} as const;

function part(bytes: Uint8Array): Uint8Array {
  if (bytes.length > 255) throw new RangeError('key part must be at most 255 bytes');
  return concatBytes(Uint8Array.of(bytes.length), bytes);
}

/** A store key: tag, then each part with a one-byte length. */
export function storeKey(tag: number, ...parts: (Uint8Array | string)[]): Uint8Array {
  return concatBytes(
    Uint8Array.of(tag),
    ...parts.map((p) => part(typeof p === 'string' ? utf8ToBytes(p) : p)),
  );
}

/** Splits the parts of a store key after its tag. */
export function storeKeyParts(key: Uint8Array): Uint8Array[] {
  const out: Uint8Array[] = [];
  let i = 1;
  while (i < key.length) {
    const len = key[i] as number;
    if (i + 1 + len > key.length) throw new CorruptStateError('store key is truncated');
    out.push(key.subarray(i + 1, i + 1 + len));
    i += 1 + len;
  }
  return out;
}

/** The 16-byte id of a session, from its `S` key. */
export function sessionIdOf(crypto: CryptoProvider, sessionKey: Uint8Array): Uint8Array {
  return crypto.sha256(sessionKey).slice(0, 16);
}

/** `K` key of a kept message key. */
export function messageKeyKey(sessionId: Uint8Array, dh: Uint8Array, n: number): Uint8Array {
  const out = new Uint8Array(1 + 16 + dh.length + 4);
  out[0] = STORE_TABLE.MESSAGE_KEY;
  out.set(sessionId, 1);
  out.set(dh, 17);
  new DataView(out.buffer).setUint32(17 + dh.length, n);
  return out;
}

/** `Q` key of a kept message key's sequence number. */
export function messageSeqKey(sessionId: Uint8Array, seq: number): Uint8Array {
  const out = new Uint8Array(1 + 16 + 8);
  out[0] = STORE_TABLE.MESSAGE_KEY_SEQ;
  out.set(sessionId, 1);
  out.set(bigIntToBytes(BigInt(seq), 8), 17);
  return out;
}

/** The `Q` prefix of one session. */
export function messageSeqPrefix(sessionId: Uint8Array): Uint8Array {
  return concatBytes(Uint8Array.of(STORE_TABLE.MESSAGE_KEY_SEQ), sessionId);
}

/** The `K` prefix of one session. */
export function messageKeyPrefix(sessionId: Uint8Array): Uint8Array {
  return concatBytes(Uint8Array.of(STORE_TABLE.MESSAGE_KEY), sessionId);
}

function decode(value: Uint8Array, what: string, minItems: number): RlpItem[] {
  try {
    return rlpList(decodeRlp(value, { maxInputBytes: 64 * 1024, maxDepth: 2 }), what, minItems);
  } catch (cause) {
    throw new CorruptStateError(`stored ${what} is corrupt`, { cause });
  }
}

function guard<T>(what: string, f: () => T): T {
  try {
    return f();
  } catch (cause) {
    if (cause instanceof CorruptStateError) throw cause;
    if (cause instanceof DecodeError || cause instanceof TypeError || cause instanceof RangeError) {
      throw new CorruptStateError(`stored ${what} is corrupt`, { cause });
    }
    throw cause;
  }
}

const num = (v: number | bigint) => uintToRlpBytes(v);
const flag = (b: boolean) => uintToRlpBytes(b ? 1 : 0);

/** Our signed pre-key (`O`). */
export interface OurSignedPreKeyRecord {
  installationId: string;
  privateKey: Uint8Array;
  createdAtMs: number;
  version: number;
  expired: boolean;
}

export function encodeOurSignedPreKey(r: OurSignedPreKeyRecord): Uint8Array {
  return encodeRlp([
    utf8ToBytes(r.installationId),
    r.privateKey,
    num(r.createdAtMs),
    num(r.version),
    flag(r.expired),
  ]);
}

export function decodeOurSignedPreKey(value: Uint8Array): OurSignedPreKeyRecord {
  const l = decode(value, 'signed pre-key', 5);
  return guard('signed pre-key', () => ({
    installationId: bytesToUtf8(rlpBytes(l[0], 'installation')),
    privateKey: rlpBytes(l[1], 'private key', 32),
    createdAtMs: rlpNumber(l[2], 'created'),
    version: rlpNumber(l[3], 'version', 4),
    expired: rlpNumber(l[4], 'expired', 1) === 1,
  }));
}

/** Their newest signed pre-key for one installation (`B`). */
export interface TheirBundleRecord {
  signedPreKey: Uint8Array;
  version: number;
  protocolVersion: number;
  timestampNs: bigint;
}

/** Signed int64 nanoseconds as RLP: two's complement in 8 bytes when negative. */
function int64(v: bigint): Uint8Array {
  return v >= 0n ? num(v) : bigIntToBytes(BigInt.asUintN(64, v), 8);
}
function readInt64(item: RlpItem | undefined, what: string): bigint {
  const b = rlpBytes(item, what);
  if (b.length > 8) throw new DecodeError(`${what}: longer than 8 bytes`);
  return BigInt.asIntN(64, bytesToBigInt(b));
}

export function encodeTheirBundle(r: TheirBundleRecord): Uint8Array {
  return encodeRlp([r.signedPreKey, num(r.version), num(r.protocolVersion), int64(r.timestampNs)]);
}

export function decodeTheirBundle(value: Uint8Array): TheirBundleRecord {
  const l = decode(value, 'bundle', 4);
  return guard('bundle', () => ({
    signedPreKey: rlpBytes(l[0], 'signed pre-key', 33),
    version: rlpNumber(l[1], 'version', 4),
    protocolVersion: rlpNumber(l[2], 'protocol version', 4),
    timestampNs: readInt64(l[3], 'timestamp'),
  }));
}

/** Metadata of one of our installations (status-go `InstallationMetadata`). */
export interface InstallationMetadata {
  name: string;
  deviceType: string;
  fcmToken: string;
}

/** An installation of an identity (`I`). */
export interface InstallationRecord {
  enabled: boolean;
  /** Last known protocol version. */
  version: number;
  /** Timestamp (ns) of the newest bundle that listed it. */
  timestampNs: bigint;
  metadata?: InstallationMetadata;
}

export function encodeInstallation(r: InstallationRecord): Uint8Array {
  const m = r.metadata;
  return encodeRlp([
    flag(r.enabled),
    num(r.version),
    int64(r.timestampNs),
    m === undefined ? [] : [utf8ToBytes(m.name), utf8ToBytes(m.deviceType), utf8ToBytes(m.fcmToken)],
  ]);
}

export function decodeInstallation(value: Uint8Array): InstallationRecord {
  const l = decode(value, 'installation', 4);
  return guard('installation', () => {
    const m = rlpList(l[3], 'metadata');
    const r: InstallationRecord = {
      enabled: rlpNumber(l[0], 'enabled', 1) === 1,
      version: rlpNumber(l[1], 'version', 4),
      timestampNs: readInt64(l[2], 'timestamp'),
    };
    if (m.length === 3) {
      r.metadata = {
        name: bytesToUtf8(rlpBytes(m[0], 'name')),
        deviceType: bytesToUtf8(rlpBytes(m[1], 'device type')),
        fcmToken: bytesToUtf8(rlpBytes(m[2], 'fcm token')),
      };
    }
    return r;
  });
}

/** Which side of X3DH we were in a session. */
export type SessionRole = 'initiator' | 'responder';

/** A ratchet session (`S`): status-go's ratchet info and DR session in one record. */
export interface SessionRecord {
  role: SessionRole;
  /** The X3DH shared secret. */
  sharedSecret: Uint8Array;
  /** Our X3DH ephemeral key while the peer has not answered yet (initiator only). */
  ephemeralKey?: Uint8Array;
  /** Version of the bundle the session was built on. */
  bundleVersion: number;
  state: RatchetState;
  /** How many message keys this session keeps (`K` entries). */
  keptKeys: number;
}

export function encodeSession(r: SessionRecord): Uint8Array {
  const s = r.state;
  return encodeRlp([
    num(r.role === 'initiator' ? 0 : 1),
    r.sharedSecret,
    r.ephemeralKey ?? new Uint8Array(0),
    num(r.bundleVersion),
    num(r.keptKeys),
    [
      s.dhr,
      s.dhs.privateKey,
      s.dhs.publicKey,
      s.rootKey,
      s.sendChainKey,
      num(s.sendN),
      s.recvChainKey,
      num(s.recvN),
      num(s.pn),
      num(s.keysCount),
    ],
  ]);
}

export function decodeSession(value: Uint8Array): SessionRecord {
  const l = decode(value, 'session', 6);
  return guard('session', () => {
    const s = rlpList(l[5], 'ratchet state', 10);
    const ephemeralKey = rlpBytes(l[2], 'ephemeral key');
    const r: SessionRecord = {
      role: rlpNumber(l[0], 'role', 1) === 0 ? 'initiator' : 'responder',
      sharedSecret: rlpBytes(l[1], 'shared secret', 32),
      bundleVersion: rlpNumber(l[3], 'bundle version', 4),
      keptKeys: rlpNumber(l[4], 'kept keys'),
      state: {
        dhr: rlpBytes(s[0], 'dhr'),
        dhs: { privateKey: rlpBytes(s[1], 'dhs private', 32), publicKey: rlpBytes(s[2], 'dhs public', 33) },
        rootKey: rlpBytes(s[3], 'root key', 32),
        sendChainKey: rlpBytes(s[4], 'send chain key', 32),
        sendN: rlpNumber(s[5], 'send n', 4),
        recvChainKey: rlpBytes(s[6], 'receive chain key', 32),
        recvN: rlpNumber(s[7], 'receive n', 4),
        pn: rlpNumber(s[8], 'pn', 4),
        keysCount: rlpNumber(s[9], 'keys count'),
      },
    };
    if (ephemeralKey.length > 0) r.ephemeralKey = ephemeralKey;
    return r;
  });
}

/** A kept message key (`K`). */
export interface MessageKeyRecord {
  messageKey: Uint8Array;
  seq: number;
}

export function encodeMessageKey(r: MessageKeyRecord): Uint8Array {
  return encodeRlp([r.messageKey, num(r.seq)]);
}

export function decodeMessageKey(value: Uint8Array): MessageKeyRecord {
  const l = decode(value, 'message key', 2);
  return guard('message key', () => ({
    messageKey: rlpBytes(l[0], 'message key', 32),
    seq: rlpNumber(l[1], 'seq'),
  }));
}
