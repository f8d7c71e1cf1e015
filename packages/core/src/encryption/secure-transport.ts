/**
 * The secure transport of a Status installation, as status-go's `protocol/encryption` runs it
 * (STATUS-V1-FACTS §5, §4.3–4.4): our signed bundle, X3DH session setup, Double Ratchet
 * encryption per recipient installation, the DH-only fallback, ProtocolMessage building and
 * handling, multi-device installations and the negotiated shared secret.
 *
 * Everything is persisted through the injected `Storage`. Each operation runs in one transaction
 * (`StoreTx`) committed atomically at its end, and operations are serialised, so a failure part way
 * (bad MAC, unknown session, invalid bundle or key) leaves the store byte-identical. Where status-go
 * writes before it knows the message is good (it stores bundles and clears the X3DH header flag
 * before decrypting), we write only after the whole message was handled.
 */

import {
  type Bundle,
  type DirectMessageProtocol,
  decodeProtocolMessage,
  type ProtocolMessage,
  type SignedPreKey,
} from '@statuskit/payloads';
import {
  assertBytes,
  bytesToUtf8,
  type Clock,
  type CryptoProvider,
  compareBytes,
  concatBytes,
  DecodeError,
  equalBytes,
  type Logger,
  nobleCrypto,
  type RandomSource,
  type Storage,
  serialQueue,
  silentLogger,
  systemClock,
  toHex,
  utf8ToBytes,
} from '@statuskit/utils';
import {
  InvalidPublicKeyError,
  NoPayloadError,
  SessionNotFoundError,
  UnknownInstallationError,
} from '../errors.js';
import { bundleSignatureMaterial, signBundle, verifyBundle } from './bundle.js';
import {
  BUNDLE_REFRESH_INTERVAL_MS,
  DR_LIMITS,
  MAX_INSTALLATION_ID_BYTES,
  MAX_INSTALLATIONS,
  NO_INSTALLATION_ID,
  PROTOCOL_VERSION,
} from './constants.js';
import { decryptDhOnly, encryptDhOnly } from './dh-only.js';
import {
  initiateRatchet,
  type KeptMessageKey,
  type RatchetKeySource,
  type RatchetState,
  type RatchetTracer,
  ratchetDecrypt,
  ratchetEncrypt,
  respondRatchet,
} from './ratchet.js';
import type { SharedSecretInfo } from './shared-secret.js';
import {
  decodeInstallation,
  decodeMessageKey,
  decodeOurSignedPreKey,
  decodeSession,
  decodeTheirBundle,
  encodeInstallation,
  encodeMessageKey,
  encodeOurSignedPreKey,
  encodeSession,
  encodeTheirBundle,
  type InstallationMetadata,
  type InstallationRecord,
  messageKeyKey,
  messageSeqKey,
  messageSeqPrefix,
  type SessionRecord,
  type SessionRole,
  STORE_TABLE,
  sessionIdOf,
  storeKey,
  storeKeyParts,
} from './store.js';
import { StoreTx } from './store-tx.js';
import { x3dhActive, x3dhPassive } from './x3dh.js';

/** Tunable bounds; the defaults are status-go's (§5.4, §5.6). */
export interface SecureTransportLimits {
  /** Most keys one ratchet step may skip. Default 1000. */
  maxSkip: number;
  /** Keys derived more than this many keys ago are dropped. Default 3000. */
  maxKeep: number;
  /** Most message keys kept per session. Default 2000. */
  maxMessageKeysPerSession: number;
  /** Most active installations per identity (ours included in our bundle). Default 3. */
  maxInstallations: number;
  /** Age after which our signed pre-key is replaced. Default 24 h. */
  bundleRefreshIntervalMs: number;
}

/** Options of {@link createSecureTransport}. */
export interface SecureTransportOptions {
  /** Our identity (chat) private key. */
  identityPrivateKey: Uint8Array;
  /** Our installation ID (status-go uses a UUID string). */
  installationId: string;
  /** Where sessions, keys, bundles and installations live; give it its own namespace. */
  storage: Storage;
  crypto?: CryptoProvider;
  clock?: Clock;
  /** Source of every private key we generate (pre-keys, X3DH ephemerals, ratchet keys, DH-only). */
  random?: RandomSource;
  logger?: Logger;
  limits?: Partial<SecureTransportLimits>;
  /**
   * Observes every Double Ratchet primitive call (key generation, DH, KDFs, encrypt, decrypt) in
   * order, as status-go's traced sessions record them. For conformance tests and debugging only:
   * the events carry key material.
   */
  ratchetTrace?: RatchetTracer;
}

/** An installation of an identity (status-go `multidevice.Installation`). */
export interface Installation {
  /** 65-byte identity key of the owner. */
  identity: Uint8Array;
  id: string;
  /** Last known protocol version. */
  version: number;
  enabled: boolean;
  /** Timestamp (ns) of the newest bundle that listed it; 0 for our own. */
  timestampNs: bigint;
  metadata?: InstallationMetadata;
}

/** A built direct message and how to send it (status-go `ProtocolMessageSpec`). */
export interface DirectMessageSpec {
  message: ProtocolMessage;
  /** The installations the message was encrypted for (empty for DH-only). */
  installations: Installation[];
  /** The static shared secret with the recipient. */
  sharedSecret: SharedSecretInfo;
  /** True when every targeted installation has negotiated the secret (§4.3): send on the negotiated topic. */
  agreed: boolean;
  /** Lowest protocol version of the targeted installations (0 when none). */
  minVersion: number;
}

/** What handling a ProtocolMessage produced. */
export interface HandledMessage {
  /** `public`: public_message; `ratchet`: X3DH/Double Ratchet; `dh`: DH-only. */
  kind: 'public' | 'ratchet' | 'dh';
  /** The decrypted (or public) payload. */
  payload: Uint8Array;
  /** The sender's installation ID. */
  installationId: string;
  /** Installations first learnt from this message's bundles. */
  newInstallations: Installation[];
  /** Shared secrets negotiated by this message. */
  sharedSecrets: SharedSecretInfo[];
  /**
   * For ratchet messages: pass to {@link SecureTransport.confirmMessageProcessed} once the payload
   * is processed, to drop its message key. Until then a re-delivery decrypts again.
   */
  confirmation?: Uint8Array;
}

/** The secure transport of one installation. */
export interface SecureTransport {
  readonly installationId: string;
  /** Our 65-byte identity key. */
  readonly publicKey: Uint8Array;
  /** Our current bundle, signed now: our signed pre-key plus our other active installations' (§5.2). */
  getBundle(): Promise<Bundle>;
  /** A `ProtocolMessage` carrying `payload` in clear as `public_message` (§1.2). */
  buildPublicMessage(payload: Uint8Array): Promise<ProtocolMessage>;
  /** A `ProtocolMessage` encrypted for every active installation of `theirPublicKey` (§5.5). */
  buildDirectMessage(theirPublicKey: Uint8Array, payload: Uint8Array): Promise<DirectMessageSpec>;
  /** A DH-only `ProtocolMessage` any installation of `theirPublicKey` can read (no PFS, §5.5). */
  buildDhMessage(theirPublicKey: Uint8Array, payload: Uint8Array): Promise<ProtocolMessage>;
  /**
   * Handles a received `ProtocolMessage` (decoded, or its protobuf bytes) from `theirPublicKey`
   * (the transport-layer signer):
   * bundles first, then the public message, or our installation's (or `"none"`) direct message.
   * `messageId` (e.g. the envelope hash) lets {@link confirmMessageProcessed} find the key later.
   * @throws PayloadDecodeError (bytes that are not a ProtocolMessage), BundleError,
   * UnknownInstallationError, SessionNotFoundError, RatchetError (and subclasses),
   * InvalidPublicKeyError, NoPayloadError, DecryptError. Nothing is stored then.
   */
  handleMessage(
    theirPublicKey: Uint8Array,
    message: ProtocolMessage | Uint8Array,
    messageId?: Uint8Array,
  ): Promise<HandledMessage>;
  /** Stores a bundle received out of band (contact code, QR). Returns new installations. */
  processBundle(bundle: Bundle): Promise<Installation[]>;
  /**
   * Drops the message key of a handled ratchet message, given its `confirmation` or the
   * `messageId` passed to `handleMessage` (status-go `ConfirmMessageProcessed`). Unknown ids are
   * ignored.
   */
  confirmMessageProcessed(confirmationOrMessageId: Uint8Array): Promise<void>;
  /** Our installations, ours first (enabled, current version). */
  getOurInstallations(): Promise<Installation[]>;
  /** Every known installation of an identity. */
  getInstallations(theirPublicKey: Uint8Array): Promise<Installation[]>;
  /** Enabled installations of an identity, newest first, at most `maxInstallations`. */
  getActiveInstallations(theirPublicKey: Uint8Array): Promise<Installation[]>;
  /** Enables one of our other installations (pairing). */
  enableInstallation(installationId: string): Promise<void>;
  /** Disables one of our other installations. */
  disableInstallation(installationId: string): Promise<void>;
  /** Sets the metadata of one of our installations. */
  setInstallationMetadata(installationId: string, metadata: InstallationMetadata): Promise<void>;
  /** Every negotiated shared secret (status-go `SharedSecret.All`). */
  getSharedSecrets(): Promise<SharedSecretInfo[]>;
  /**
   * Imports one of our signed pre-keys made elsewhere, e.g. a row of status-go's `bundles` table
   * when migrating an installation. It becomes current unless `expired`.
   */
  importSignedPreKey(key: ImportedSignedPreKey): Promise<void>;
  /**
   * Imports a ratchet session made elsewhere, e.g. status-go's `sessions` and `ratchet_info_v2`
   * rows when migrating an installation. Replaces any session with the same peer, installation
   * and bundle ID; its kept message keys are not imported.
   */
  importSession(session: ImportedSession): Promise<void>;
}

/** A signed pre-key to import (see {@link SecureTransport.importSignedPreKey}). */
export interface ImportedSignedPreKey {
  privateKey: Uint8Array;
  /** Bundle version (status-go counts from 1). */
  version: number;
  /** Creation time, unix ms; defaults to now. */
  createdAtMs?: number;
  expired?: boolean;
}

/** A ratchet session to import (see {@link SecureTransport.importSession}). */
export interface ImportedSession {
  /** The peer's identity key (33 or 65 bytes). */
  theirPublicKey: Uint8Array;
  /** The peer's installation ID. */
  installationId: string;
  /** The bundle ID: the responder's compressed signed pre-key. */
  bundleId: Uint8Array;
  role: SessionRole;
  /** The X3DH secret. */
  sharedSecret: Uint8Array;
  /** Our X3DH ephemeral key while unanswered (initiator only). */
  ephemeralKey?: Uint8Array;
  /** Version of the bundle the session was built on; default 0. */
  bundleVersion?: number;
  state: RatchetState;
}

const NS_PER_MS = 1_000_000n;

function checkInstallationId(id: string, name: string): void {
  if (typeof id !== 'string' || id.length === 0) throw new TypeError(`${name} must be a non-empty string`);
  if (utf8ToBytes(id).length > MAX_INSTALLATION_ID_BYTES) {
    throw new RangeError(`${name} must be at most ${MAX_INSTALLATION_ID_BYTES} bytes`);
  }
  if (id === NO_INSTALLATION_ID) throw new RangeError(`${name} must not be "${NO_INSTALLATION_ID}"`);
}

/** Checks an installation ID received from a peer (any string status-go accepts, bounded). */
function checkPeerInstallationId(id: unknown): string {
  if (typeof id !== 'string') throw new DecodeError('installation_id is not a string');
  if (utf8ToBytes(id).length > MAX_INSTALLATION_ID_BYTES)
    throw new DecodeError('installation_id is too long');
  return id;
}

/**
 * Creates the secure transport of one installation over `storage`.
 * @throws RangeError / TypeError on bad options.
 * @example
 * const transport = createSecureTransport({ identityPrivateKey, installationId, storage });
 * const spec = await transport.buildDirectMessage(bobPublicKey, payload);
 */
export function createSecureTransport(options: SecureTransportOptions): SecureTransport {
  const crypto = options.crypto ?? nobleCrypto;
  const clock = options.clock ?? systemClock;
  const logger = (options.logger ?? silentLogger).child({ component: 'secure-transport' });
  const random: RandomSource = options.random ?? ((n) => crypto.randomBytes(n));
  const limits: SecureTransportLimits = {
    maxSkip: DR_LIMITS.MAX_SKIP,
    maxKeep: DR_LIMITS.MAX_KEEP,
    maxMessageKeysPerSession: DR_LIMITS.MAX_MESSAGE_KEYS_PER_SESSION,
    maxInstallations: MAX_INSTALLATIONS,
    bundleRefreshIntervalMs: BUNDLE_REFRESH_INTERVAL_MS,
    ...options.limits,
  };
  for (const [k, v] of Object.entries(limits)) {
    if (!Number.isSafeInteger(v) || v < 1) throw new RangeError(`limits.${k} must be a positive integer`);
  }
  assertBytes(options.identityPrivateKey, 32, 'identityPrivateKey');
  if (!crypto.secp256k1IsValidPrivateKey(options.identityPrivateKey)) {
    throw new RangeError('identityPrivateKey is not a valid secp256k1 scalar');
  }
  checkInstallationId(options.installationId, 'installationId');
  const storage = options.storage;
  if (storage === null || typeof storage !== 'object') throw new TypeError('storage must be a Storage');
  const myPrivateKey = options.identityPrivateKey.slice();
  const myPublicKey = crypto.secp256k1PublicKey(myPrivateKey, false);
  const myCompressed = crypto.secp256k1Compress(myPublicKey);
  const myInstallationId = options.installationId;
  const queue = serialQueue();
  const trace = options.ratchetTrace;
  /** messageId (hex) → confirmation token, like status-go's in-memory `messageIDs`. */
  const confirmations = new Map<string, Uint8Array>();
  /** their compressed identity (hex) → static shared secret: an ECDH per message is too dear. */
  const secretCache = new Map<string, Uint8Array>();
  // Identity keys go back and forth between 33 and 65 bytes on every message; a decompression is a
  // field square root (~0.1 ms in noble), so recent ones are remembered (copies out, never shared).
  const decompressed = new Map<string, Uint8Array>();
  const decompress = (compressed: Uint8Array): Uint8Array => {
    const hex = toHex(compressed);
    let full = decompressed.get(hex);
    if (full === undefined) {
      full = crypto.secp256k1Decompress(compressed);
      if (decompressed.size >= 256) decompressed.delete(decompressed.keys().next().value as string);
      decompressed.set(hex, full);
    }
    return full.slice();
  };
  /** Verified bundles (identity:signature:material) → the 65-byte identity. */
  const verifiedBundles = new Map<string, Uint8Array>();
  /** Our last signed bundle and the pre-key material it signed. */
  let signedBundle: { material: string; atMs: number; bundle: Bundle } | undefined;

  const newPrivateKey = (): Uint8Array => {
    for (let i = 0; i < 64; i++) {
      const k = random(32);
      assertBytes(k, 32, 'random(32)');
      if (crypto.secp256k1IsValidPrivateKey(k)) return k;
    }
    throw new RangeError('random source does not produce valid private keys');
  };
  const ratchetKeys: RatchetKeySource = () => {
    const privateKey = newPrivateKey();
    return { privateKey, publicKey: crypto.secp256k1PublicKey(privateKey, true) };
  };
  const nowNs = () => BigInt(Math.floor(clock.now())) * NS_PER_MS;

  const identity33 = (publicKey: Uint8Array, what: string): Uint8Array => {
    assertBytes(publicKey, undefined, what);
    if (
      !crypto.secp256k1IsValidPublicKey(publicKey) ||
      (publicKey.length !== 33 && publicKey.length !== 65)
    ) {
      throw new InvalidPublicKeyError(`${what} is not a secp256k1 public key`);
    }
    return crypto.secp256k1Compress(publicKey);
  };

  // ---- our signed pre-key and bundle (§5.2) ----

  async function currentSignedPreKey(tx: StoreTx): Promise<{ publicKey: Uint8Array; version: number }> {
    let current: { publicKey: Uint8Array; version: number; createdAtMs: number } | undefined;
    let maxVersion = 0;
    const ours: [Uint8Array, ReturnType<typeof decodeOurSignedPreKey>][] = [];
    for await (const [key, value] of tx.iterate({ prefix: Uint8Array.of(STORE_TABLE.OUR_SIGNED_PRE_KEY) })) {
      const r = decodeOurSignedPreKey(value);
      if (r.installationId !== myInstallationId) continue;
      const publicKey = storeKeyParts(key)[0] as Uint8Array;
      ours.push([publicKey, r]);
      maxVersion = Math.max(maxVersion, r.version);
      if (!r.expired && (current === undefined || r.version > current.version)) {
        current = { publicKey, version: r.version, createdAtMs: r.createdAtMs };
      }
    }
    const now = clock.now();
    if (current !== undefined && current.createdAtMs >= now - limits.bundleRefreshIntervalMs) return current;
    // Expired or missing: mark every one of ours expired and make a new one (status-go CreateBundle).
    for (const [publicKey, r] of ours) {
      if (!r.expired)
        tx.put(
          storeKey(STORE_TABLE.OUR_SIGNED_PRE_KEY, publicKey),
          encodeOurSignedPreKey({ ...r, expired: true }),
        );
    }
    const privateKey = newPrivateKey();
    const publicKey = crypto.secp256k1PublicKey(privateKey, true);
    const version = maxVersion + 1;
    tx.put(
      storeKey(STORE_TABLE.OUR_SIGNED_PRE_KEY, publicKey),
      encodeOurSignedPreKey({
        installationId: myInstallationId,
        privateKey,
        createdAtMs: Math.floor(now),
        version,
        expired: false,
      }),
    );
    logger.debug('new signed pre-key', { version });
    return { publicKey, version };
  }

  async function listInstallations(tx: StoreTx, identity: Uint8Array): Promise<Installation[]> {
    const out: Installation[] = [];
    let identity65: Uint8Array | undefined;
    for await (const [key, value] of tx.iterate({ prefix: storeKey(STORE_TABLE.INSTALLATION, identity) })) {
      const parts = storeKeyParts(key);
      const id = bytesToUtf8(parts[1] as Uint8Array);
      const r = decodeInstallation(value);
      identity65 ??= decompress(identity);
      const inst: Installation = {
        identity: identity65,
        id,
        version: r.version,
        enabled: r.enabled,
        timestampNs: r.timestampNs,
      };
      if (r.metadata !== undefined) inst.metadata = r.metadata;
      out.push(inst);
    }
    return out;
  }

  async function activeInstallations(
    tx: StoreTx,
    identity: Uint8Array,
    max: number,
  ): Promise<Installation[]> {
    const all = (await listInstallations(tx, identity)).filter(
      (i) => i.enabled && !(equalBytes(identity, myCompressed) && i.id === myInstallationId),
    );
    all.sort((a, b) =>
      a.timestampNs === b.timestampNs ? (a.id < b.id ? -1 : 1) : a.timestampNs > b.timestampNs ? -1 : 1,
    );
    return all.slice(0, max);
  }

  async function ourBundle(tx: StoreTx): Promise<Bundle> {
    const spk = await currentSignedPreKey(tx);
    const signedPreKeys = new Map<string, SignedPreKey>([
      [
        myInstallationId,
        { signedPreKey: spk.publicKey, version: spk.version, protocolVersion: PROTOCOL_VERSION.CURRENT },
      ],
    ]);
    for (const inst of await activeInstallations(tx, myCompressed, limits.maxInstallations - 1)) {
      const raw = await tx.get(storeKey(STORE_TABLE.THEIR_BUNDLE, myCompressed, inst.id));
      if (raw === undefined) continue;
      const b = decodeTheirBundle(raw);
      signedPreKeys.set(inst.id, {
        signedPreKey: b.signedPreKey,
        version: b.version,
        protocolVersion: inst.version,
      });
    }
    // Signing is the dearest part of every message we build; the signed bundle is reused while its
    // pre-keys are unchanged, for at most a minute (its timestamp only orders installations).
    const unsigned = toHex(bundleSignatureMaterial(signedPreKeys, 0n));
    const now = clock.now();
    if (
      signedBundle !== undefined &&
      signedBundle.material === unsigned &&
      now - signedBundle.atMs < 60_000
    ) {
      return signedBundle.bundle;
    }
    const bundle = signBundle(myPrivateKey, signedPreKeys, nowNs(), crypto, myCompressed);
    signedBundle = { material: unsigned, atMs: now, bundle };
    return bundle;
  }

  // ---- bundles and installations of others (§5.6) ----

  /**
   * status-go attaches its bundle to every message: a bundle already verified (same identity,
   * signed material and signature) is not recovered again.
   */
  function verifyCached(bundle: Bundle): Uint8Array {
    const key =
      bundle.identity instanceof Uint8Array && bundle.signature instanceof Uint8Array
        ? `${toHex(bundle.identity)}:${toHex(bundle.signature)}:${toHex(bundleSignatureMaterial(bundle.signedPreKeys, bundle.timestamp))}`
        : undefined;
    const hit = key === undefined ? undefined : verifiedBundles.get(key);
    if (hit !== undefined) return hit;
    const identity65 = verifyBundle(bundle, crypto);
    if (key !== undefined) {
      if (verifiedBundles.size >= 256) verifiedBundles.delete(verifiedBundles.keys().next().value as string);
      verifiedBundles.set(key, identity65);
    }
    return identity65;
  }

  async function applyBundle(tx: StoreTx, bundle: Bundle): Promise<Installation[]> {
    const identity65 = verifyCached(bundle);
    const identity = bundle.identity;
    const ours = equalBytes(identity, myCompressed);
    const inserted: Installation[] = [];
    for (const [id, spk] of bundle.signedPreKeys) {
      if (ours && id === myInstallationId) continue;
      if (id === NO_INSTALLATION_ID) continue;
      const bundleKey = storeKey(STORE_TABLE.THEIR_BUNDLE, identity, id);
      const rawBundle = await tx.get(bundleKey);
      const old = rawBundle === undefined ? undefined : decodeTheirBundle(rawBundle);
      if (
        old === undefined ||
        spk.version > old.version ||
        (spk.version === old.version && bundle.timestamp > old.timestampNs)
      ) {
        tx.put(
          bundleKey,
          encodeTheirBundle({
            signedPreKey: spk.signedPreKey,
            version: spk.version,
            protocolVersion: spk.protocolVersion,
            timestampNs: bundle.timestamp,
          }),
        );
      }
      const instKey = storeKey(STORE_TABLE.INSTALLATION, identity, id);
      const rawInst = await tx.get(instKey);
      if (rawInst === undefined) {
        const rec: InstallationRecord = {
          enabled: !ours,
          version: spk.protocolVersion,
          timestampNs: bundle.timestamp,
        };
        tx.put(instKey, encodeInstallation(rec));
        inserted.push({
          identity: identity65,
          id,
          version: rec.version,
          enabled: rec.enabled,
          timestampNs: rec.timestampNs,
        });
      } else {
        const rec = decodeInstallation(rawInst);
        if (rec.timestampNs < bundle.timestamp) {
          tx.put(
            instKey,
            encodeInstallation({
              ...rec,
              timestampNs: bundle.timestamp,
              version: Math.max(rec.version, spk.protocolVersion),
            }),
          );
        }
      }
    }
    return inserted;
  }

  // ---- sessions (§5.3–5.5) ----

  async function chooseSession(
    tx: StoreTx,
    identity: Uint8Array,
    installationId: string,
  ): Promise<{ key: Uint8Array; record: SessionRecord } | undefined> {
    const theirBundleRaw = await tx.get(storeKey(STORE_TABLE.THEIR_BUNDLE, identity, installationId));
    const theirVersion = theirBundleRaw === undefined ? 0 : decodeTheirBundle(theirBundleRaw).version;
    let best: { key: Uint8Array; record: SessionRecord } | undefined;
    for await (const [key, value] of tx.iterate({
      prefix: storeKey(STORE_TABLE.SESSION, identity, installationId),
    })) {
      const record = decodeSession(value);
      const bundleId = storeKeyParts(key)[2] as Uint8Array;
      if (record.role === 'responder') {
        const ourRaw = await tx.get(storeKey(STORE_TABLE.OUR_SIGNED_PRE_KEY, bundleId));
        if (ourRaw === undefined || decodeOurSignedPreKey(ourRaw).expired) continue;
      } else if (record.bundleVersion < theirVersion) {
        continue; // they published a newer bundle: start over with it (status-go expires the old one)
      }
      if (best === undefined || preferSession(record, best.record)) best = { key, record };
    }
    return best;
  }

  /**
   * Which of two concurrent sessions with one installation to send on (both sides sent a first
   * message before hearing from the other). status-go 0.62 keeps sending on the session it stored
   * first, the one it initiated (its ratchet lookup has no ordering), so a rule of our own would
   * leave each side on its own session and neither ratchet would ever step. We send on a session
   * the peer has sent on: a responder session was created by its message, an initiator session
   * once the peer answered it (we drop our X3DH header then). Only between sessions alike in that
   * do we fall back to the smallest secret (§5.6), which two statuskit peers reach together.
   */
  function preferSession(a: SessionRecord, b: SessionRecord): boolean {
    const answered = (r: SessionRecord) => r.role === 'responder' || r.ephemeralKey === undefined;
    if (answered(a) !== answered(b)) return answered(a);
    return compareBytes(a.sharedSecret, b.sharedSecret) < 0;
  }

  function encryptWith(
    tx: StoreTx,
    key: Uint8Array,
    record: SessionRecord,
    payload: Uint8Array,
  ): DirectMessageProtocol {
    const bundleId = storeKeyParts(key)[2] as Uint8Array;
    const out = ratchetEncrypt(crypto, record.state, payload, trace);
    tx.put(key, encodeSession({ ...record, state: out.state }));
    const dm: DirectMessageProtocol = {
      payload: out.ciphertext,
      drHeader: { key: out.header.dh, n: out.header.n, pn: out.header.pn, id: bundleId },
    };
    // Until the peer answers on this session, repeat the X3DH header (§5.5).
    if (record.ephemeralKey !== undefined) dm.x3dhHeader = { key: record.ephemeralKey, id: bundleId };
    return dm;
  }

  async function keepKeys(
    tx: StoreTx,
    sessionKey: Uint8Array,
    record: SessionRecord,
    kept: KeptMessageKey[],
  ): Promise<SessionRecord> {
    const sid = sessionIdOf(crypto, sessionKey);
    let count = record.keptKeys;
    for (const k of kept) {
      tx.put(messageKeyKey(sid, k.dh, k.n), encodeMessageKey({ messageKey: k.messageKey, seq: k.seq }));
      tx.put(
        messageSeqKey(sid, k.seq),
        concatBytes(k.dh, Uint8Array.of(k.n >>> 24, (k.n >>> 16) & 0xff, (k.n >>> 8) & 0xff, k.n & 0xff)),
      );
      count++;
    }
    // status-go TruncateMks: keep the newest maxMessageKeysPerSession keys of the session.
    const drop = async (entries: [Uint8Array, Uint8Array][]) => {
      for (const [qKey, ref] of entries) {
        tx.delete(qKey);
        tx.delete(concatBytes(Uint8Array.of(STORE_TABLE.MESSAGE_KEY), sid, ref));
        count--;
      }
    };
    if (count > limits.maxMessageKeysPerSession) {
      const victims: [Uint8Array, Uint8Array][] = [];
      for await (const e of tx.iterate({
        prefix: messageSeqPrefix(sid),
        limit: count - limits.maxMessageKeysPerSession,
      }))
        victims.push(e);
      await drop(victims);
    }
    // status-go DeleteOldMks: drop keys derived more than maxKeep keys ago.
    const keysCount = record.state.keysCount;
    if (keysCount >= limits.maxKeep) {
      const victims: [Uint8Array, Uint8Array][] = [];
      for await (const e of tx.iterate({
        prefix: messageSeqPrefix(sid),
        lte: messageSeqKey(sid, keysCount - limits.maxKeep),
      })) {
        victims.push(e);
      }
      await drop(victims);
    }
    return { ...record, keptKeys: count };
  }

  function confirmationToken(sessionKey: Uint8Array, dh: Uint8Array, n: number): Uint8Array {
    const out = new Uint8Array(1 + sessionKey.length + dh.length + 4);
    out[0] = sessionKey.length;
    out.set(sessionKey, 1);
    out.set(dh, 1 + sessionKey.length);
    new DataView(out.buffer).setUint32(1 + sessionKey.length + dh.length, n);
    return out;
  }

  async function decryptDirect(
    tx: StoreTx,
    theirIdentity: Uint8Array,
    theirPublicKey: Uint8Array,
    theirInstallationId: string,
    dm: DirectMessageProtocol,
  ): Promise<{ kind: 'ratchet' | 'dh'; payload: Uint8Array; confirmation?: Uint8Array }> {
    if (dm.x3dhHeader !== undefined) {
      const { key: ephemeral, id: bundleId } = dm.x3dhHeader;
      assertBytes(bundleId, undefined, 'x3dhHeader.id');
      if (bundleId.length !== 33) throw new SessionNotFoundError('X3DH bundle ID is not a signed pre-key');
      const sessionKey = storeKey(STORE_TABLE.SESSION, theirIdentity, theirInstallationId, bundleId);
      if ((await tx.get(sessionKey)) === undefined) {
        const ourRaw = await tx.get(storeKey(STORE_TABLE.OUR_SIGNED_PRE_KEY, bundleId));
        if (ourRaw === undefined) throw new SessionNotFoundError('session not found: unknown signed pre-key');
        const ours = decodeOurSignedPreKey(ourRaw);
        const { sharedSecret } = x3dhPassive(
          {
            identityPrivateKey: myPrivateKey,
            signedPreKeyPrivateKey: ours.privateKey,
            theirIdentityKey: theirPublicKey,
            theirEphemeralKey: ephemeral,
          },
          crypto,
        );
        tx.put(
          sessionKey,
          encodeSession({
            role: 'responder',
            sharedSecret,
            bundleVersion: ours.version,
            state: respondRatchet(sharedSecret, { privateKey: ours.privateKey, publicKey: bundleId }),
            keptKeys: 0,
          }),
        );
      }
    }
    if (dm.drHeader !== undefined) {
      const h = dm.drHeader;
      assertBytes(h.id, undefined, 'drHeader.id');
      assertBytes(h.key, undefined, 'drHeader.key');
      for (const v of [h.n, h.pn]) {
        if (!Number.isInteger(v) || v < 0 || v > 0xffffffff)
          throw new DecodeError('ratchet header number is not a uint32');
      }
      if (h.id.length !== 33)
        throw new SessionNotFoundError('session not found: bundle ID is not a signed pre-key');
      const sessionKey = storeKey(STORE_TABLE.SESSION, theirIdentity, theirInstallationId, h.id);
      const raw = await tx.get(sessionKey);
      if (raw === undefined) throw new SessionNotFoundError('session not found');
      const record = decodeSession(raw);
      const sid = sessionIdOf(crypto, sessionKey);
      const keptRaw = h.key.length === 33 ? await tx.get(messageKeyKey(sid, h.key, h.n)) : undefined;
      const header = { dh: h.key, n: h.n, pn: h.pn };
      const result = ratchetDecrypt(crypto, record.state, header, dm.payload, {
        keptKey: keptRaw === undefined ? undefined : decodeMessageKey(keptRaw).messageKey,
        newKeyPair: ratchetKeys,
        limits: { maxSkip: limits.maxSkip },
        trace,
      });
      let next: SessionRecord = { ...record, state: result.state };
      // They answered on this session: stop sending the X3DH header (status-go RatchetInfoConfirmed).
      delete next.ephemeralKey;
      if (!result.fromKeptKey) next = await keepKeys(tx, sessionKey, next, result.keptKeys);
      if (!result.fromKeptKey || record.ephemeralKey !== undefined) tx.put(sessionKey, encodeSession(next));
      return {
        kind: 'ratchet',
        payload: result.plaintext,
        confirmation: confirmationToken(sessionKey, h.key, h.n),
      };
    }
    if (dm.dhHeader !== undefined) {
      return { kind: 'dh', payload: decryptDhOnly(myPrivateKey, dm.dhHeader.key, dm.payload, crypto) };
    }
    throw new NoPayloadError('direct message has no key header');
  }

  function protocolVersionOf(bundles: Bundle[], installationId: string): number {
    if (installationId === '') return PROTOCOL_VERSION.DEFAULT_MIN;
    // status-go getProtocolVersion: the first bundle decides.
    const first = bundles[0];
    if (first === undefined) return PROTOCOL_VERSION.DEFAULT_MIN;
    return first.signedPreKeys.get(installationId)?.protocolVersion ?? PROTOCOL_VERSION.DEFAULT_MIN;
  }

  function recordSecret(
    tx: StoreTx,
    theirIdentity: Uint8Array,
    theirPublicKey: Uint8Array,
    installationId: string,
  ): SharedSecretInfo {
    const cacheKey = toHex(theirIdentity);
    let key = secretCache.get(cacheKey);
    if (key === undefined) {
      key = crypto.secp256k1Ecdh(myPrivateKey, theirPublicKey);
      if (secretCache.size >= 1024) secretCache.clear();
      secretCache.set(cacheKey, key);
    }
    tx.put(storeKey(STORE_TABLE.SECRET, theirIdentity), key);
    tx.put(storeKey(STORE_TABLE.SECRET_INSTALLATION, theirIdentity, installationId), Uint8Array.of(1));
    return { identity: decompress(theirIdentity), key };
  }

  async function run<T>(f: (tx: StoreTx) => Promise<T>): Promise<T> {
    return queue(async () => {
      const tx = new StoreTx(storage);
      const out = await f(tx);
      await tx.commit();
      return out;
    });
  }

  const transport: SecureTransport = {
    installationId: myInstallationId,
    publicKey: myPublicKey,

    getBundle: () => run((tx) => ourBundle(tx)),

    async buildPublicMessage(payload) {
      assertBytes(payload, undefined, 'payload');
      return run(async (tx) => ({
        installationId: myInstallationId,
        bundles: [await ourBundle(tx)],
        directMessage: new Map(),
        publicMessage: payload.slice(),
      }));
    },

    async buildDhMessage(theirPublicKey, payload) {
      assertBytes(payload, undefined, 'payload');
      identity33(theirPublicKey, 'theirPublicKey');
      return run(async (tx) => {
        const m = encryptDhOnly(theirPublicKey, payload, {
          crypto,
          random,
          ephemeralPrivateKey: newPrivateKey(),
        });
        return {
          installationId: myInstallationId,
          bundles: [await ourBundle(tx)],
          directMessage: new Map([
            [NO_INSTALLATION_ID, { payload: m.payload, dhHeader: { key: m.ephemeralPublicKey } }],
          ]),
          publicMessage: new Uint8Array(0),
        };
      });
    },

    async buildDirectMessage(theirPublicKey, payload) {
      assertBytes(payload, undefined, 'payload');
      const theirIdentity = identity33(theirPublicKey, 'theirPublicKey');
      return run(async (tx) => {
        const installations = await activeInstallations(tx, theirIdentity, limits.maxInstallations);
        const direct = new Map<string, DirectMessageProtocol>();
        const targeted: Installation[] = [];
        if (installations.length === 0) {
          const m = encryptDhOnly(theirPublicKey, payload, {
            crypto,
            random,
            ephemeralPrivateKey: newPrivateKey(),
          });
          direct.set(NO_INSTALLATION_ID, { payload: m.payload, dhHeader: { key: m.ephemeralPublicKey } });
        }
        for (const inst of installations) {
          if (inst.id === myInstallationId) continue;
          const session = await chooseSession(tx, theirIdentity, inst.id);
          if (session !== undefined) {
            targeted.push(inst);
            direct.set(inst.id, encryptWith(tx, session.key, session.record, payload));
            continue;
          }
          const bundleRaw = await tx.get(storeKey(STORE_TABLE.THEIR_BUNDLE, theirIdentity, inst.id));
          if (bundleRaw === undefined) {
            logger.warn('no session nor bundle for installation', { installation: inst.id });
            continue;
          }
          targeted.push(inst);
          const bundle = decodeTheirBundle(bundleRaw);
          const ephemeralPrivateKey = newPrivateKey();
          const { sharedSecret } = x3dhActive(
            {
              identityPrivateKey: myPrivateKey,
              ephemeralPrivateKey,
              theirIdentityKey: theirPublicKey,
              theirSignedPreKey: bundle.signedPreKey,
            },
            crypto,
          );
          const record: SessionRecord = {
            role: 'initiator',
            sharedSecret,
            ephemeralKey: crypto.secp256k1PublicKey(ephemeralPrivateKey, true),
            bundleVersion: bundle.version,
            state: initiateRatchet(crypto, sharedSecret, bundle.signedPreKey, ratchetKeys, trace),
            keptKeys: 0,
          };
          const key = storeKey(STORE_TABLE.SESSION, theirIdentity, inst.id, bundle.signedPreKey);
          direct.set(inst.id, encryptWith(tx, key, record, payload));
        }
        const message: ProtocolMessage = {
          installationId: myInstallationId,
          bundles: [await ourBundle(tx)],
          directMessage: direct,
          publicMessage: new Uint8Array(0),
        };
        // status-go Agreed: record the secret under our own installation ID, then check theirs.
        const sharedSecret = recordSecret(tx, theirIdentity, theirPublicKey, myInstallationId);
        let agreed = targeted.length > 0;
        for (const inst of targeted) {
          if ((await tx.get(storeKey(STORE_TABLE.SECRET_INSTALLATION, theirIdentity, inst.id))) === undefined)
            agreed = false;
        }
        const minVersion =
          targeted.length === 0 ? PROTOCOL_VERSION.DEFAULT_MIN : Math.min(...targeted.map((i) => i.version));
        return { message, installations: targeted, sharedSecret, agreed, minVersion };
      });
    },

    async handleMessage(theirPublicKey, input, messageId) {
      const theirIdentity = identity33(theirPublicKey, 'theirPublicKey');
      const message: ProtocolMessage = input instanceof Uint8Array ? decodeProtocolMessage(input) : input;
      if (message === null || typeof message !== 'object')
        throw new TypeError('message must be a ProtocolMessage');
      if (messageId !== undefined) assertBytes(messageId, undefined, 'messageId');
      return run(async (tx) => {
        const newInstallations: Installation[] = [];
        for (const bundle of message.bundles ?? []) newInstallations.push(...(await applyBundle(tx, bundle)));
        const base = {
          installationId: message.installationId,
          newInstallations,
          sharedSecrets: [] as SharedSecretInfo[],
        };
        if (message.publicMessage !== undefined && message.publicMessage.length > 0) {
          return { ...base, kind: 'public' as const, payload: message.publicMessage.slice() };
        }
        const direct = message.directMessage;
        if (direct === undefined || direct.size === 0)
          throw new NoPayloadError('protocol message has no payload');
        const dm = direct.get(myInstallationId) ?? direct.get(NO_INSTALLATION_ID);
        if (dm === undefined) {
          const ownIdentity = equalBytes(theirIdentity, myCompressed);
          throw new UnknownInstallationError(
            ownIdentity
              ? 'received a message from a device that is not paired'
              : 'no message for our installation (device not found)',
            { ownIdentity },
          );
        }
        const theirInstallationId = checkPeerInstallationId(message.installationId);
        const out = await decryptDirect(tx, theirIdentity, theirPublicKey, theirInstallationId, dm);
        const result: HandledMessage = { ...base, kind: out.kind, payload: out.payload };
        if (
          protocolVersionOf(message.bundles ?? [], message.installationId) >=
          PROTOCOL_VERSION.SHARED_SECRET_NEGOTIATION
        ) {
          result.sharedSecrets = [recordSecret(tx, theirIdentity, theirPublicKey, message.installationId)];
        }
        if (out.confirmation !== undefined) {
          result.confirmation = out.confirmation;
          if (messageId !== undefined) confirmations.set(toHex(messageId), out.confirmation);
        }
        return result;
      });
    },

    async processBundle(bundle) {
      return run((tx) => applyBundle(tx, bundle));
    },

    async confirmMessageProcessed(idOrToken) {
      assertBytes(idOrToken, undefined, 'confirmationOrMessageId');
      const token = confirmations.get(toHex(idOrToken)) ?? idOrToken;
      return run(async (tx) => {
        const len = token[0] as number;
        if (token.length !== 1 + len + 33 + 4 || token[1] !== STORE_TABLE.SESSION) return;
        const sessionKey = token.subarray(1, 1 + len);
        const dh = token.subarray(1 + len, 1 + len + 33);
        const n = new DataView(token.buffer, token.byteOffset + 1 + len + 33, 4).getUint32(0);
        const sid = sessionIdOf(crypto, sessionKey);
        const kKey = messageKeyKey(sid, dh, n);
        const raw = await tx.get(kKey);
        if (raw !== undefined) {
          const { seq } = decodeMessageKey(raw);
          tx.delete(kKey);
          tx.delete(messageSeqKey(sid, seq));
          const sRaw = await tx.get(sessionKey);
          if (sRaw !== undefined) {
            const record = decodeSession(sRaw);
            tx.put(sessionKey, encodeSession({ ...record, keptKeys: Math.max(0, record.keptKeys - 1) }));
          }
        }
        confirmations.delete(toHex(idOrToken));
      });
    },

    async getOurInstallations() {
      return run(async (tx) => {
        const all = await listInstallations(tx, myCompressed);
        const mine = all.find((i) => i.id === myInstallationId);
        const self: Installation = {
          identity: myPublicKey,
          id: myInstallationId,
          version: PROTOCOL_VERSION.CURRENT,
          enabled: true,
          timestampNs: mine?.timestampNs ?? 0n,
        };
        if (mine?.metadata !== undefined) self.metadata = mine.metadata;
        return [self, ...all.filter((i) => i.id !== myInstallationId)];
      });
    },

    async getInstallations(theirPublicKey) {
      const id = identity33(theirPublicKey, 'theirPublicKey');
      return run((tx) => listInstallations(tx, id));
    },

    async getActiveInstallations(theirPublicKey) {
      const id = identity33(theirPublicKey, 'theirPublicKey');
      return run((tx) => activeInstallations(tx, id, limits.maxInstallations));
    },

    enableInstallation: (installationId) => setEnabled(installationId, true),
    disableInstallation: (installationId) => setEnabled(installationId, false),

    async setInstallationMetadata(installationId, metadata) {
      checkInstallationId(installationId, 'installationId');
      for (const f of ['name', 'deviceType', 'fcmToken'] as const) {
        if (typeof metadata?.[f] !== 'string') throw new TypeError(`metadata.${f} must be a string`);
      }
      return run(async (tx) => {
        const key = storeKey(STORE_TABLE.INSTALLATION, myCompressed, installationId);
        const raw = await tx.get(key);
        const rec: InstallationRecord =
          raw === undefined ? { enabled: false, version: 0, timestampNs: 0n } : decodeInstallation(raw);
        tx.put(
          key,
          encodeInstallation({
            ...rec,
            metadata: { name: metadata.name, deviceType: metadata.deviceType, fcmToken: metadata.fcmToken },
          }),
        );
      });
    },

    async importSignedPreKey(key) {
      assertBytes(key.privateKey, 32, 'key.privateKey');
      if (!crypto.secp256k1IsValidPrivateKey(key.privateKey))
        throw new RangeError('key.privateKey is not a valid scalar');
      if (!Number.isInteger(key.version) || key.version < 0 || key.version > 0xffffffff) {
        throw new RangeError('key.version must be a uint32');
      }
      const publicKey = crypto.secp256k1PublicKey(key.privateKey, true);
      await run(async (tx) => {
        tx.put(
          storeKey(STORE_TABLE.OUR_SIGNED_PRE_KEY, publicKey),
          encodeOurSignedPreKey({
            installationId: myInstallationId,
            privateKey: key.privateKey.slice(),
            createdAtMs: Math.floor(key.createdAtMs ?? clock.now()),
            version: key.version,
            expired: key.expired ?? false,
          }),
        );
      });
    },

    async importSession(session) {
      const theirIdentity = identity33(session.theirPublicKey, 'session.theirPublicKey');
      checkInstallationId(session.installationId, 'session.installationId');
      assertBytes(session.bundleId, 33, 'session.bundleId');
      assertBytes(session.sharedSecret, 32, 'session.sharedSecret');
      if (session.role !== 'initiator' && session.role !== 'responder') {
        throw new TypeError("session.role must be 'initiator' or 'responder'");
      }
      const record: SessionRecord = {
        role: session.role,
        sharedSecret: session.sharedSecret.slice(),
        bundleVersion: session.bundleVersion ?? 0,
        state: session.state,
        keptKeys: 0,
      };
      if (session.ephemeralKey !== undefined) record.ephemeralKey = session.ephemeralKey.slice();
      const encoded = encodeSession(record);
      try {
        decodeSession(encoded); // rejects a malformed state before it is stored
      } catch (cause) {
        throw new RangeError('session.state has keys of the wrong size or bad counters', { cause });
      }
      await run(async (tx) => {
        tx.put(
          storeKey(STORE_TABLE.SESSION, theirIdentity, session.installationId, session.bundleId),
          encoded,
        );
      });
    },

    async getSharedSecrets() {
      return run(async (tx) => {
        const out: SharedSecretInfo[] = [];
        for await (const [key, value] of tx.iterate({ prefix: Uint8Array.of(STORE_TABLE.SECRET) })) {
          out.push({ identity: decompress(storeKeyParts(key)[0] as Uint8Array), key: value });
        }
        return out;
      });
    },
  };

  async function setEnabled(installationId: string, enabled: boolean): Promise<void> {
    checkInstallationId(installationId, 'installationId');
    if (installationId === myInstallationId) throw new RangeError('installationId is our own installation');
    return run(async (tx) => {
      const key = storeKey(STORE_TABLE.INSTALLATION, myCompressed, installationId);
      const raw = await tx.get(key);
      if (raw === undefined) throw new RangeError('installationId is not a known installation of ours');
      tx.put(key, encodeInstallation({ ...decodeInstallation(raw), enabled }));
    });
  }

  return transport;
}
