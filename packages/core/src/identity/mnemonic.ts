/**
 * BIP39 mnemonics and BIP32 derivation on the Status paths (STATUS-V1-FACTS §8.1), on the audited
 * @scure/bip39 and @scure/bip32. status-go's seed is the standard BIP39 one:
 * `PBKDF2-HMAC-SHA512(NFKD(mnemonic), NFKD("mnemonic" + passphrase), 2048, 64)`, and its master key
 * is standard BIP32 (HMAC-SHA512 keyed with "Bitcoin seed").
 */
import { HDKey } from '@scure/bip32';
import {
  generateMnemonic as bip39Generate,
  validateMnemonic as bip39Validate,
  entropyToMnemonic,
  mnemonicToSeed,
} from '@scure/bip39';
import { wordlist as english } from '@scure/bip39/wordlists/english.js';
import { assertBytes, type CryptoProvider, nobleCrypto, throwIfAborted, toHex } from '@statuskit/utils';
import { MnemonicError } from '../errors.js';

/** The derivation paths Status uses (§8.1). */
export const STATUS_PATHS = {
  /** EIP-1581 root. */
  EIP1581_ROOT: "m/43'/60'/1581'",
  /** The chat ("whisper") identity key of the multiaccount era. */
  CHAT: "m/43'/60'/1581'/0'/0",
  /** The database encryption key. */
  DATABASE: "m/43'/60'/1581'/1'/0",
  /** The wallet root; wallet account `i` is `WALLET_ROOT/i`. */
  WALLET_ROOT: "m/44'/60'/0'/0",
  /** The default wallet account (and the chat key of pre-multiaccount clients). */
  WALLET: "m/44'/60'/0'/0/0",
} as const;

/** Mnemonic lengths BIP39 allows, in words, with their entropy in bits. */
export const MNEMONIC_STRENGTH = { 12: 128, 15: 160, 18: 192, 21: 224, 24: 256 } as const;

/** A word count {@link generateMnemonic} accepts. */
export type MnemonicWordCount = keyof typeof MNEMONIC_STRENGTH;

/**
 * A new random English BIP39 mnemonic (12 words by default, as the Status app creates).
 * `random` defaults to the provider's CSPRNG; a scripted source makes tests deterministic.
 * @example const phrase = generateMnemonic();
 */
export function generateMnemonic(
  options: { words?: MnemonicWordCount; random?: (length: number) => Uint8Array } = {},
): string {
  const words = options.words ?? 12;
  const bits = MNEMONIC_STRENGTH[words];
  if (bits === undefined) throw new RangeError('words must be 12, 15, 18, 21 or 24');
  if (options.random === undefined) return bip39Generate(english, bits);
  const entropy = options.random(bits / 8);
  assertBytes(entropy, bits / 8, 'random(length)');
  // Same encoding as bip39's generateMnemonic, with the entropy drawn from the injected source.
  return entropyToMnemonic(entropy, english);
}

/** Normalises a phrase the way BIP39 compares it: NFKD, single spaces, trimmed, lowercase. */
export function normalizeMnemonic(mnemonic: string): string {
  if (typeof mnemonic !== 'string') throw new TypeError('mnemonic must be a string');
  return mnemonic.normalize('NFKD').trim().toLowerCase().split(/\s+/u).join(' ');
}

/** True when `mnemonic` is a valid English BIP39 phrase (words, length and checksum). */
export function validateMnemonic(mnemonic: string): boolean {
  if (typeof mnemonic !== 'string') return false;
  return bip39Validate(normalizeMnemonic(mnemonic), english);
}

/**
 * The 64-byte BIP39 seed of a phrase and optional passphrase. The phrase must be valid English BIP39.
 * @throws MnemonicError when it is not.
 */
export async function mnemonicSeed(
  mnemonic: string,
  passphrase = '',
  options: { signal?: AbortSignal } = {},
): Promise<Uint8Array> {
  if (typeof passphrase !== 'string') throw new TypeError('passphrase must be a string');
  const phrase = normalizeMnemonic(mnemonic);
  if (!bip39Validate(phrase, english))
    throw new MnemonicError('mnemonic is not a valid BIP39 English phrase');
  throwIfAborted(options.signal);
  const seed = await mnemonicToSeed(phrase, passphrase);
  throwIfAborted(options.signal);
  return seed;
}

/** One derived key pair. */
export interface DerivedKey {
  path: string;
  /** 32-byte private key. */
  privateKey: Uint8Array;
  /** 65-byte uncompressed public key. */
  publicKey: Uint8Array;
  /** 20-byte Ethereum address. */
  address: Uint8Array;
}

/** The keys a Status account derives from one mnemonic (§8.1). */
export interface StatusAccountKeys {
  seed: Uint8Array;
  master: DerivedKey;
  /** status-go's key UID: `"0x" + hex(sha256(master uncompressed public key))`. */
  keyUid: string;
  chat: DerivedKey;
  wallet: DerivedKey;
  database: DerivedKey;
  /**
   * The key status-go returns for `m/43'/60'/1581'`. Because of status-go's path decoder this is
   * really `m/43'/60'` (see {@link statusGoPathIndices}); it is not used by the chat protocol.
   */
  eip1581Root: DerivedKey;
}

function derived(node: HDKey, path: string, crypto: CryptoProvider): DerivedKey {
  const privateKey = node.privateKey;
  if (privateKey === null) throw new MnemonicError(`no private key at ${path}`);
  const publicKey = crypto.secp256k1PublicKey(privateKey, false);
  return {
    path,
    privateKey: Uint8Array.from(privateKey),
    publicKey,
    address: crypto.keccak256(publicKey.subarray(1)).slice(12),
  };
}

const HARDENED = 0x80000000;

/**
 * The child indices status-go's account generator derives for a path string. It reads `m/a'/b/…`
 * like BIP32 with one quirk, kept here because status-go's addresses depend on it: a **final
 * hardened** segment is dropped (its decoder stops at end of input while waiting for a separator
 * after the `'`), so `m/43'/60'/1581'` derives `m/43'/60'`. Paths ending in a normal index, like
 * every chat and wallet path, are unaffected.
 * @throws RangeError on a malformed path.
 */
export function statusGoPathIndices(path: string): number[] {
  if (typeof path !== 'string' || !/^m(\/\d+'?)*$/u.test(path))
    throw new RangeError('path is not a BIP32 path');
  const segments = path.split('/').slice(1);
  const indices: number[] = [];
  segments.forEach((segment, i) => {
    const hardened = segment.endsWith("'");
    const index = Number(hardened ? segment.slice(0, -1) : segment);
    if (!Number.isSafeInteger(index) || index >= HARDENED)
      throw new RangeError('path index must be below 2^31');
    if (hardened && i === segments.length - 1) return; // status-go's decoder drops it
    indices.push(hardened ? index + HARDENED : index);
  });
  return indices;
}

/**
 * The key at BIP32 `path` (`m/…`, `'` for hardened) under a 64-byte seed. With `statusGo: true`
 * the path is read as status-go's generator reads it (see {@link statusGoPathIndices}).
 * @throws RangeError on a bad path or seed.
 */
export function deriveFromSeed(
  seed: Uint8Array,
  path: string,
  options: { statusGo?: boolean; crypto?: CryptoProvider } = {},
): DerivedKey {
  assertBytes(seed, undefined, 'seed');
  if (seed.length < 16 || seed.length > 64) throw new RangeError('seed must be 16 to 64 bytes');
  const crypto = options.crypto ?? nobleCrypto;
  if (options.statusGo !== true) {
    if (typeof path !== 'string' || !/^m(\/\d+'?)*$/u.test(path))
      throw new RangeError('path is not a BIP32 path');
    return derived(HDKey.fromMasterSeed(seed).derive(path), path, crypto);
  }
  let node = HDKey.fromMasterSeed(seed);
  for (const index of statusGoPathIndices(path)) node = node.deriveChild(index);
  return derived(node, path, crypto);
}

/**
 * Every key a Status account uses, derived from a mnemonic (and optional BIP39 passphrase): the
 * chat identity `m/43'/60'/1581'/0'/0`, the default wallet `m/44'/60'/0'/0/0`, the database key
 * `m/43'/60'/1581'/1'/0`, the EIP-1581 root and the master key, plus the key UID.
 * @throws MnemonicError when the phrase is not valid BIP39.
 * @example const keys = await deriveStatusKeys('legal winner thank year wave sausage worth useful legal winner thank yellow');
 */
export async function deriveStatusKeys(
  mnemonic: string,
  options: { passphrase?: string; crypto?: CryptoProvider; signal?: AbortSignal } = {},
): Promise<StatusAccountKeys> {
  const crypto = options.crypto ?? nobleCrypto;
  const seed = await mnemonicSeed(mnemonic, options.passphrase ?? '', {
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const root = HDKey.fromMasterSeed(seed);
  const master = derived(root, 'm', crypto);
  return {
    seed,
    master,
    keyUid: `0x${toHex(crypto.sha256(master.publicKey))}`,
    chat: derived(root.derive(STATUS_PATHS.CHAT), STATUS_PATHS.CHAT, crypto),
    wallet: derived(root.derive(STATUS_PATHS.WALLET), STATUS_PATHS.WALLET, crypto),
    database: derived(root.derive(STATUS_PATHS.DATABASE), STATUS_PATHS.DATABASE, crypto),
    eip1581Root: deriveFromSeed(seed, STATUS_PATHS.EIP1581_ROOT, { statusGo: true, crypto }),
  };
}
