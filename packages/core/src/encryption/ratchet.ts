/**
 * The Double Ratchet state machine of status-go (vendored status-im/doubleratchet v3 with
 * `EthereumCrypto`, STATUS-V1-FACTS §5.4), as pure functions: each step takes a state and returns a
 * new one plus what to persist, and never mutates its input, so a failed decryption changes nothing.
 *
 * - Initiator (`NewWithRemoteKey`): fresh DHs; `DHr = SPK_B`;
 *   `(RK, CKs) = KDF_RK(SK, DH(DHs, SPK_B))`.
 * - Responder (`New`): `DHs = SPK_B` pair, no DHr; every chain key starts as SK.
 * - Receiving a new DHr: keep the skipped keys of the current receiving chain up to `pn`, then
 *   `(RK, CKr) = KDF_RK(RK, DH(DHs, DHr))`, fresh DHs, `(RK, CKs) = KDF_RK(RK, DH(DHs, DHr))`,
 *   `PN = Ns`, `Ns = Nr = 0`.
 * - Each message key that is derived on receipt, including the one that decrypts the message, is
 *   handed back to be kept (with a sequence number) until the application confirms the message, so
 *   a re-delivered envelope decrypts again; at most `maxSkip` keys are derived in one step.
 */
import { assertBytes, type CryptoProvider, equalBytes } from '@statuskit/utils';
import { InvalidPublicKeyError, ReplayError, SkippedKeysExceededError } from '../errors.js';
import { DR_LIMITS, DR_SIZES } from './constants.js';
import {
  encodeRatchetHeader,
  kdfCk,
  kdfRk,
  type RatchetHeader,
  ratchetDh,
  ratchetOpen,
  ratchetSeal,
} from './ratchet-crypto.js';

/** A ratchet key pair: 32-byte private key, 33-byte compressed public key. */
export interface RatchetKeyPair {
  privateKey: Uint8Array;
  publicKey: Uint8Array;
}

/** Produces fresh ratchet key pairs (random by default; scripted in vector tests). */
export type RatchetKeySource = () => RatchetKeyPair;

/** The state of one Double Ratchet session (status-go `doubleratchet.State`). */
export interface RatchetState {
  /** The remote ratchet public key (33 bytes), empty until the first one is received. */
  readonly dhr: Uint8Array;
  /** Our current ratchet key pair. */
  readonly dhs: RatchetKeyPair;
  readonly rootKey: Uint8Array;
  readonly sendChainKey: Uint8Array;
  /** Messages sent on the current sending chain. */
  readonly sendN: number;
  readonly recvChainKey: Uint8Array;
  /** Messages received (or skipped) on the current receiving chain. */
  readonly recvN: number;
  /** Length of our previous sending chain. */
  readonly pn: number;
  /** How many receiving message keys have been derived in total: the next key's sequence number. */
  readonly keysCount: number;
}

/** A receiving message key to keep until confirmed (status-go `skippedKey`). */
export interface KeptMessageKey {
  /** The sender ratchet key of its chain (33 bytes). */
  dh: Uint8Array;
  n: number;
  messageKey: Uint8Array;
  /** Order of derivation, for the keep/evict bounds. */
  seq: number;
}

/**
 * One call of the ratchet's cryptographic interface (status-go `doubleratchet.Crypto`: GenerateDH,
 * DH, KdfRK, KdfCK, Encrypt, Decrypt), in the order the state machine makes it. For conformance tests
 * against status-go's traced sessions and for debugging; it carries key material, so never log it.
 */
export type RatchetTraceEvent =
  | { op: 'generate_dh'; privateKey: Uint8Array; publicKey: Uint8Array }
  | { op: 'dh'; publicKey: Uint8Array; output: Uint8Array }
  | {
      op: 'kdf_rk';
      rootKeyIn: Uint8Array;
      dhOut: Uint8Array;
      rootKeyOut: Uint8Array;
      chainKeyOut: Uint8Array;
      headerKeyOut: Uint8Array;
    }
  | { op: 'kdf_ck'; chainKeyIn: Uint8Array; chainKeyOut: Uint8Array; messageKey: Uint8Array }
  | {
      op: 'encrypt';
      messageKey: Uint8Array;
      plaintext: Uint8Array;
      associatedData: Uint8Array;
      ciphertext: Uint8Array;
    }
  | { op: 'decrypt'; messageKey: Uint8Array; associatedData: Uint8Array; plaintext: Uint8Array };

/** Receives every {@link RatchetTraceEvent}; optional everywhere, and free when absent. */
export type RatchetTracer = (event: RatchetTraceEvent) => void;

/** The traced primitives: each forwards to the pure function and reports its inputs and outputs. */
function traced(crypto: CryptoProvider, trace: RatchetTracer | undefined) {
  return {
    generate(source: RatchetKeySource, what: string): RatchetKeyPair {
      const pair = checkPair(source(), what);
      trace?.({ op: 'generate_dh', privateKey: pair.privateKey, publicKey: pair.publicKey });
      return pair;
    },
    dh(privateKey: Uint8Array, publicKey: Uint8Array): Uint8Array {
      const output = ratchetDh(crypto, privateKey, publicKey);
      trace?.({ op: 'dh', publicKey, output });
      return output;
    },
    kdfRk(rootKeyIn: Uint8Array, dhOut: Uint8Array) {
      const out = kdfRk(crypto, rootKeyIn, dhOut);
      trace?.({
        op: 'kdf_rk',
        rootKeyIn,
        dhOut,
        rootKeyOut: out.rootKey,
        chainKeyOut: out.chainKey,
        headerKeyOut: out.headerKey,
      });
      return out;
    },
    kdfCk(chainKeyIn: Uint8Array) {
      const out = kdfCk(crypto, chainKeyIn);
      trace?.({ op: 'kdf_ck', chainKeyIn, chainKeyOut: out.chainKey, messageKey: out.messageKey });
      return out;
    },
    seal(messageKey: Uint8Array, plaintext: Uint8Array, associatedData: Uint8Array): Uint8Array {
      const ciphertext = ratchetSeal(crypto, messageKey, plaintext, associatedData);
      trace?.({ op: 'encrypt', messageKey, plaintext, associatedData, ciphertext });
      return ciphertext;
    },
    open(messageKey: Uint8Array, ciphertext: Uint8Array, associatedData: Uint8Array): Uint8Array {
      const plaintext = ratchetOpen(crypto, messageKey, ciphertext, associatedData);
      trace?.({ op: 'decrypt', messageKey, associatedData, plaintext });
      return plaintext;
    },
  };
}

/** Bounds of one session (status-go defaults in {@link DR_LIMITS}). */
export interface RatchetLimits {
  maxSkip: number;
}

/** A key source over the provider's random private keys. */
export function randomRatchetKeys(crypto: CryptoProvider): RatchetKeySource {
  return () => {
    const privateKey = crypto.secp256k1GeneratePrivateKey();
    return { privateKey, publicKey: crypto.secp256k1PublicKey(privateKey, true) };
  };
}

function checkPair(pair: RatchetKeyPair, what: string): RatchetKeyPair {
  assertBytes(pair?.privateKey, 32, `${what}.privateKey`);
  assertBytes(pair.publicKey, DR_SIZES.PUBLIC_KEY, `${what}.publicKey`);
  return pair;
}

/**
 * The initiator's state after X3DH (status-go `NewWithRemoteKey(SK, SPK_B)`).
 * @throws InvalidPublicKeyError when `remotePublicKey` is not a point.
 */
export function initiateRatchet(
  crypto: CryptoProvider,
  sharedSecret: Uint8Array,
  remotePublicKey: Uint8Array,
  newKeyPair: RatchetKeySource,
  trace?: RatchetTracer,
): RatchetState {
  assertBytes(sharedSecret, 32, 'sharedSecret');
  assertBytes(remotePublicKey, DR_SIZES.PUBLIC_KEY, 'remotePublicKey');
  if (!crypto.secp256k1IsValidPublicKey(remotePublicKey)) {
    throw new InvalidPublicKeyError('remote ratchet key is not a point of secp256k1');
  }
  const t = traced(crypto, trace);
  const dhs = t.generate(newKeyPair, 'newKeyPair()');
  const step = t.kdfRk(sharedSecret, t.dh(dhs.privateKey, remotePublicKey));
  return {
    dhr: remotePublicKey.slice(),
    dhs,
    rootKey: step.rootKey,
    sendChainKey: step.chainKey,
    sendN: 0,
    recvChainKey: sharedSecret.slice(),
    recvN: 0,
    pn: 0,
    keysCount: 0,
  };
}

/** The responder's state after X3DH (status-go `New(SK, SPK_B pair)`). */
export function respondRatchet(sharedSecret: Uint8Array, keyPair: RatchetKeyPair): RatchetState {
  assertBytes(sharedSecret, 32, 'sharedSecret');
  return {
    dhr: new Uint8Array(0),
    dhs: checkPair(keyPair, 'keyPair'),
    rootKey: sharedSecret.slice(),
    sendChainKey: sharedSecret.slice(),
    sendN: 0,
    recvChainKey: sharedSecret.slice(),
    recvN: 0,
    pn: 0,
    keysCount: 0,
  };
}

/** Result of {@link ratchetEncrypt}. */
export interface RatchetEncryptResult {
  state: RatchetState;
  header: RatchetHeader;
  /** `iv ‖ AES-CTR ‖ HMAC` (§5.4). */
  ciphertext: Uint8Array;
}

/**
 * Encrypts one message: the header carries `n` before the chain step; the associated data is the
 * encoded header (status-go passes no extra AD).
 */
export function ratchetEncrypt(
  crypto: CryptoProvider,
  state: RatchetState,
  plaintext: Uint8Array,
  trace?: RatchetTracer,
): RatchetEncryptResult {
  assertBytes(plaintext, undefined, 'plaintext');
  if (state.sendN >= 0xffffffff) throw new RangeError('sending chain is exhausted');
  const t = traced(crypto, trace);
  const header: RatchetHeader = { dh: state.dhs.publicKey, n: state.sendN, pn: state.pn };
  const { chainKey, messageKey } = t.kdfCk(state.sendChainKey);
  const ciphertext = t.seal(messageKey, plaintext, encodeRatchetHeader(header));
  return { state: { ...state, sendChainKey: chainKey, sendN: state.sendN + 1 }, header, ciphertext };
}

/** Result of {@link ratchetDecrypt}. */
export interface RatchetDecryptResult {
  plaintext: Uint8Array;
  /** The new state (the same object when a kept key decrypted the message). */
  state: RatchetState;
  /** Keys derived by this step (skipped ones and the message's own), to keep until confirmed. */
  keptKeys: KeptMessageKey[];
  /** True when the message decrypted with a key kept from earlier (no state change). */
  fromKeptKey: boolean;
}

/** Derives the keys of the receiving chain up to `until` (status-go `skipMessageKeys`). */
function skipKeys(
  t: ReturnType<typeof traced>,
  s: { recvChainKey: Uint8Array; recvN: number; keysCount: number },
  dh: Uint8Array,
  until: number,
  limits: RatchetLimits,
  keep: boolean,
  out: KeptMessageKey[],
): { recvChainKey: Uint8Array; recvN: number; keysCount: number } {
  if (until < s.recvN) throw new ReplayError('message is older than the receiving chain and its key is gone');
  if (s.recvN + limits.maxSkip < until) {
    throw new SkippedKeysExceededError(`message skips ${until - s.recvN} keys, more than ${limits.maxSkip}`);
  }
  let { recvChainKey, recvN, keysCount } = s;
  while (recvN < until) {
    const step = t.kdfCk(recvChainKey);
    if (keep) out.push({ dh, n: recvN, messageKey: step.messageKey, seq: keysCount });
    recvChainKey = step.chainKey;
    recvN++;
    keysCount++;
  }
  return { recvChainKey, recvN, keysCount };
}

/**
 * Decrypts one message (status-go `RatchetDecrypt`). `keptKey` is the message key stored earlier
 * for `(header.dh, header.n)`, if any: the caller looks it up first.
 * @throws InvalidPublicKeyError when the header key is not a point.
 * @throws SkippedKeysExceededError when the header asks to skip more than `limits.maxSkip` keys.
 * @throws ReplayError when the message is older than the chain and its key is gone.
 * @throws RatchetError when the message does not authenticate.
 */
export function ratchetDecrypt(
  crypto: CryptoProvider,
  state: RatchetState,
  header: RatchetHeader,
  ciphertext: Uint8Array,
  options: {
    keptKey?: Uint8Array | undefined;
    newKeyPair: RatchetKeySource;
    limits?: RatchetLimits;
    trace?: RatchetTracer | undefined;
  },
): RatchetDecryptResult {
  assertBytes(ciphertext, undefined, 'ciphertext');
  assertBytes(header.dh, undefined, 'header.dh');
  const ad = encodeRatchetHeader(header);
  const t = traced(crypto, options.trace);
  if (options.keptKey !== undefined) {
    const plaintext = t.open(options.keptKey, ciphertext, ad);
    return { plaintext, state, keptKeys: [], fromKeptKey: true };
  }
  // A key equal to the current DHr was checked when it arrived; any other must be a point.
  const known = equalBytes(header.dh, state.dhr);
  if (!known && (header.dh.length !== DR_SIZES.PUBLIC_KEY || !crypto.secp256k1IsValidPublicKey(header.dh))) {
    throw new InvalidPublicKeyError('ratchet header key is not a compressed secp256k1 key');
  }
  const limits = options.limits ?? { maxSkip: DR_LIMITS.MAX_SKIP };
  const kept: KeptMessageKey[] = [];
  let s: RatchetState = state;
  if (!known) {
    // Keys left on the previous receiving chain stay decryptable. The responder's initial chain has
    // no sender key yet (status-go keys those by an empty key, so nothing can ever use them): we only
    // apply the bound there.
    const chain = skipKeys(t, s, s.dhr, header.pn, limits, s.dhr.length > 0, kept);
    const recv = t.kdfRk(s.rootKey, t.dh(s.dhs.privateKey, header.dh));
    const dhs = t.generate(options.newKeyPair, 'newKeyPair()');
    const send = t.kdfRk(recv.rootKey, t.dh(dhs.privateKey, header.dh));
    s = {
      dhr: header.dh.slice(),
      dhs,
      rootKey: send.rootKey,
      sendChainKey: send.chainKey,
      sendN: 0,
      recvChainKey: recv.chainKey,
      recvN: 0,
      pn: s.sendN,
      keysCount: chain.keysCount,
    };
  }
  const chain = skipKeys(t, s, s.dhr, header.n, limits, true, kept);
  const step = t.kdfCk(chain.recvChainKey);
  const plaintext = t.open(step.messageKey, ciphertext, ad);
  kept.push({ dh: s.dhr, n: header.n, messageKey: step.messageKey, seq: chain.keysCount });
  return {
    plaintext,
    state: { ...s, recvChainKey: step.chainKey, recvN: chain.recvN + 1, keysCount: chain.keysCount + 1 },
    keptKeys: kept,
    fromKeptKey: false,
  };
}
