/**
 * MVDS message identity (STATUS-V1-FACTS §6.2, §6.5):
 * `id = SHA-256("MESSAGE_ID" ‖ group_id ‖ LE64(timestamp seconds) ‖ body)`, and the 1:1 group id
 * `keccak256(compressed K1 ‖ compressed K2)` with K1 the key of the smaller X coordinate.
 */
import { bytesToBigInt, type CryptoProvider, concatBytes, nobleCrypto, utf8ToBytes } from '@statuskit/utils';

const PREFIX = utf8ToBytes('MESSAGE_ID');

/** The MVDS message id of a message. */
export function mvdsMessageId(
  m: { groupId: Uint8Array; timestamp: bigint; body: Uint8Array },
  crypto: CryptoProvider = nobleCrypto,
): Uint8Array {
  const ts = new Uint8Array(8);
  new DataView(ts.buffer).setBigUint64(0, BigInt.asUintN(64, m.timestamp), true);
  return crypto.sha256(concatBytes(PREFIX, m.groupId, ts, m.body));
}

/** The group id both parties of a 1:1 chat compute (§6.5). */
export function oneToOneGroupId(
  a: Uint8Array,
  b: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): Uint8Array {
  const ca = crypto.secp256k1Compress(a);
  const cb = crypto.secp256k1Compress(b);
  const first = bytesToBigInt(ca.subarray(1)) <= bytesToBigInt(cb.subarray(1));
  return crypto.keccak256(first ? concatBytes(ca, cb) : concatBytes(cb, ca));
}
