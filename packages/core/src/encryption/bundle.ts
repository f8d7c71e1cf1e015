/**
 * X3DH bundles (STATUS-V1-FACTS §5.1, §5.2, §11.11, §13 #14), on @statuskit/payloads' `Bundle`:
 * the exact signed material, signing and verification.
 *
 * ```
 * material = Σ over installation IDs in byte order:
 *              utf8(id) ‖ signed_pre_key (33 B) ‖ utf8(decimal(version))
 *            ‖ utf8(decimal(timestamp_ns))      // only when timestamp ≠ 0
 * signature = Sign(keccak256(material), IK)      // 65 B R‖S‖V, V ∈ {0,1}
 * ```
 *
 * Verification recovers the signer and compares its address with the bundle's identity key.
 */

import type { Bundle, SignedPreKey } from '@statuskit/payloads';
import {
  assertBytes,
  type CryptoProvider,
  compareBytes,
  concatBytes,
  equalBytes,
  nobleCrypto,
  utf8ToBytes,
} from '@statuskit/utils';
import { BundleError } from '../errors.js';
import { MAX_INSTALLATION_ID_BYTES } from './constants.js';

const INT64_MAX = (1n << 63n) - 1n;

/** Installation IDs in Go `sort.Strings` order (byte order of their UTF-8). */
export function sortInstallationIds(ids: Iterable<string>): string[] {
  return [...ids]
    .map((id) => [id, utf8ToBytes(id)] as const)
    .sort((a, b) => compareBytes(a[1], b[1]))
    .map(([id]) => id);
}

/**
 * The exact bytes status-go signs for a bundle (§5.2): sorted `id ‖ spk ‖ decimal(version)`, then
 * `decimal(timestamp)` when the timestamp is not zero.
 * @example bundleSignatureMaterial(new Map([['inst-A', spk]]), 1600000000000000000n)
 */
export function bundleSignatureMaterial(
  signedPreKeys: ReadonlyMap<string, SignedPreKey>,
  timestamp: bigint,
): Uint8Array {
  if (typeof timestamp !== 'bigint') throw new TypeError('timestamp must be a bigint (unix nanoseconds)');
  const parts: Uint8Array[] = [];
  for (const id of sortInstallationIds(signedPreKeys.keys())) {
    const spk = signedPreKeys.get(id) as SignedPreKey;
    assertBytes(spk.signedPreKey, undefined, `signedPreKeys[${id}].signedPreKey`);
    if (!Number.isInteger(spk.version) || spk.version < 0 || spk.version > 0xffffffff) {
      throw new RangeError(`signedPreKeys[${id}].version must be a uint32`);
    }
    parts.push(utf8ToBytes(id), spk.signedPreKey, utf8ToBytes(String(spk.version)));
  }
  if (timestamp !== 0n) parts.push(utf8ToBytes(timestamp.toString(10)));
  return concatBytes(...parts);
}

/**
 * Signs a bundle's pre-keys at `timestamp` (ns) with the identity private key.
 * @example const bundle = signBundle(identityPrivateKey, new Map([[installationId, spk]]), nowNs);
 */
export function signBundle(
  identityPrivateKey: Uint8Array,
  signedPreKeys: ReadonlyMap<string, SignedPreKey>,
  timestamp: bigint,
  crypto: CryptoProvider = nobleCrypto,
  /** The compressed identity key, when the caller already has it (saves a point multiplication). */
  identityPublicKey?: Uint8Array,
): Bundle {
  assertBytes(identityPrivateKey, 32, 'identityPrivateKey');
  if (timestamp < 0n || timestamp > INT64_MAX) throw new RangeError('timestamp must fit an int64');
  const material = bundleSignatureMaterial(signedPreKeys, timestamp);
  return {
    identity: identityPublicKey?.slice() ?? crypto.secp256k1PublicKey(identityPrivateKey, true),
    signedPreKeys: new Map(signedPreKeys),
    signature: crypto.secp256k1Sign(crypto.keccak256(material), identityPrivateKey),
    timestamp,
  };
}

/**
 * Checks a received bundle: shape (33-byte keys on the curve, bounded installation IDs, int64
 * timestamp) and signature (§5.2). Returns the 65-byte identity key.
 * @throws BundleError when anything is wrong.
 */
export function verifyBundle(bundle: Bundle, crypto: CryptoProvider = nobleCrypto): Uint8Array {
  const { identity, signature, signedPreKeys, timestamp } = bundle;
  if (
    !(identity instanceof Uint8Array) ||
    identity.length !== 33 ||
    !crypto.secp256k1IsValidPublicKey(identity)
  ) {
    throw new BundleError('bundle identity is not a compressed secp256k1 key');
  }
  if (!(signature instanceof Uint8Array) || signature.length !== 65) {
    throw new BundleError('bundle signature must be 65 bytes');
  }
  if (typeof timestamp !== 'bigint' || timestamp < -(INT64_MAX + 1n) || timestamp > INT64_MAX) {
    throw new BundleError('bundle timestamp is not an int64');
  }
  for (const [id, spk] of signedPreKeys) {
    const idBytes = utf8ToBytes(id);
    if (idBytes.length === 0 || idBytes.length > MAX_INSTALLATION_ID_BYTES) {
      throw new BundleError('bundle installation ID is empty or too long');
    }
    if (
      !(spk.signedPreKey instanceof Uint8Array) ||
      spk.signedPreKey.length !== 33 ||
      !crypto.secp256k1IsValidPublicKey(spk.signedPreKey)
    ) {
      throw new BundleError('bundle signed pre-key is not a compressed secp256k1 key');
    }
  }
  let recovered: Uint8Array;
  try {
    recovered = crypto.secp256k1Recover(
      crypto.keccak256(bundleSignatureMaterial(signedPreKeys, timestamp)),
      signature,
    );
  } catch (cause) {
    throw new BundleError('bundle signature does not recover a key', { cause });
  }
  const identity65 = crypto.secp256k1Decompress(identity);
  const address = (pub: Uint8Array) => crypto.keccak256(pub.subarray(1)).slice(12);
  if (!equalBytes(address(recovered), address(identity65))) {
    throw new BundleError('identity key and signature mismatch');
  }
  return identity65;
}
