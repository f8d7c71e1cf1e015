/**
 * A Status identity: the chat key pair (`m/43'/60'/1581'/0'/0` of the account mnemonic, STATUS-V1-FACTS
 * §8.1) with every form other layers and UIs need: the `0x04…` string, the compressed key, the
 * address, the three-word name and the multiformat display key.
 */
import { type CryptoProvider, nobleCrypto } from '@statuskit/utils';
import { STATUS_ALIAS_WORDS } from './alias.js';
import { loadStatusAliasWords } from './alias-lfsr.js';
import { identityWithWords } from './identity-core.js';
import { deriveStatusKeys, generateMnemonic, type MnemonicWordCount } from './mnemonic.js';

/** A chat identity. Holds the private key: keep it in memory only, at rest use a keystore. */
export interface Identity {
  /** 32-byte secp256k1 private key. */
  readonly privateKey: Uint8Array;
  /** 65-byte uncompressed public key. */
  readonly publicKey: Uint8Array;
  /** 33-byte compressed public key. */
  readonly compressedPublicKey: Uint8Array;
  /** `"0x04" + hex(X‖Y)`. */
  readonly publicKeyString: string;
  /** 20-byte Ethereum address of the chat key. */
  readonly address: Uint8Array;
  /** The three-word name. */
  readonly alias: string;
  /** base58btc multiformat key (`zQ3sh…`). */
  readonly multiformat: string;
}

/**
 * The identity of a 32-byte private key.
 * @throws RangeError when `privateKey` is not a valid secp256k1 scalar.
 * @example const me = identityFromPrivateKey(fromHex('c87509a1…'));
 */
export function identityFromPrivateKey(
  privateKey: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): Identity {
  return identityWithWords(privateKey, crypto, STATUS_ALIAS_WORDS);
}

/**
 * The chat identity of an account mnemonic (BIP39 passphrase optional).
 * @throws MnemonicError when the phrase is not valid BIP39.
 */
export async function identityFromMnemonic(
  mnemonic: string,
  options: { passphrase?: string; crypto?: CryptoProvider; signal?: AbortSignal } = {},
): Promise<Identity> {
  const keys = await deriveStatusKeys(mnemonic, options);
  return identityWithWords(keys.chat.privateKey, options.crypto ?? nobleCrypto, await loadStatusAliasWords());
}

/**
 * A new account: a fresh mnemonic and its chat identity.
 * @example const { mnemonic, identity } = await createIdentity();
 */
export async function createIdentity(
  options: {
    words?: MnemonicWordCount;
    random?: (length: number) => Uint8Array;
    crypto?: CryptoProvider;
    signal?: AbortSignal;
  } = {},
): Promise<{ mnemonic: string; identity: Identity }> {
  const mnemonic = generateMnemonic({
    ...(options.words !== undefined ? { words: options.words } : {}),
    ...(options.random !== undefined ? { random: options.random } : {}),
  });
  const identity = await identityFromMnemonic(mnemonic, {
    ...(options.crypto !== undefined ? { crypto: options.crypto } : {}),
    ...(options.signal !== undefined ? { signal: options.signal } : {}),
  });
  return { mnemonic, identity };
}
