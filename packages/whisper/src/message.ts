/**
 * The plaintext inside an envelope's `Data` (STATUS-V1-FACTS §3.6):
 *
 *     flags(1) ‖ payloadSize (little-endian, 1..3 bytes) ‖ payload ‖ padding ‖ [signature(65)]
 *
 * flags bits 0-1 hold the width of the size field, bit 2 says "signed". Without caller padding the
 * plaintext is padded with random bytes to a multiple of 256 (1..256 bytes, never 0). The signature
 * is `Sign(keccak256(everything before it))` with the signed flag already set, 65 bytes `R‖S‖V`
 * with V ∈ {0,1} (§0.2, §13 #1).
 */
import {
  assertBytes,
  type CryptoProvider,
  nobleCrypto,
  type RandomSource,
  SignatureError,
  secureRandom,
} from '@statuskit/utils';
import { ENVELOPE } from './constants.js';
import { MessageFormatError } from './errors.js';

const { SIGNATURE_LENGTH, PAD_SIZE_LIMIT, SIZE_MASK, SIGNATURE_FLAG } = ENVELOPE;

/** Largest payload whose size field still fits the 2-bit width (3 bytes). */
export const MAX_PAYLOAD_LENGTH = 0xffffff;

/** Width of the little-endian size field for a payload of `length` bytes (`getSizeOfPayloadSizeField`). */
export function payloadSizeFieldLength(length: number): number {
  let s = 1;
  for (let i = length; i >= 256; i = Math.floor(i / 256)) s++;
  return s;
}

/** Options of {@link buildMessage}. */
export interface BuildMessageOptions {
  payload: Uint8Array;
  /**
   * Padding supplied by the caller, used as is with no alignment (go-ethereum `MessageParams.Padding`).
   * Omitted or empty: random padding to a multiple of 256.
   */
  padding?: Uint8Array;
  /** Sign with this secp256k1 private key. */
  signingKey?: Uint8Array;
  /** Source of the random padding (default the platform CSPRNG). */
  random?: RandomSource;
  crypto?: CryptoProvider;
}

/**
 * Builds the plaintext of a message: flags, size, payload, padding and, when a signing key is
 * given, the signature.
 * @throws RangeError when the payload is too large for the 3-byte size field.
 * @example const plaintext = buildMessage({ payload: utf8ToBytes('hi'), signingKey });
 */
export function buildMessage(options: BuildMessageOptions): Uint8Array {
  const { payload, signingKey } = options;
  assertBytes(payload, undefined, 'payload');
  if (payload.length > MAX_PAYLOAD_LENGTH)
    throw new RangeError(`payload must be at most ${MAX_PAYLOAD_LENGTH} bytes`);
  if (signingKey !== undefined) assertBytes(signingKey, 32, 'signingKey');
  const crypto = options.crypto ?? nobleCrypto;
  const sizeLen = payloadSizeFieldLength(payload.length);
  let padding = options.padding;
  if (padding !== undefined) assertBytes(padding, undefined, 'padding');
  if (padding === undefined || padding.length === 0) {
    const raw = 1 + sizeLen + payload.length + (signingKey !== undefined ? SIGNATURE_LENGTH : 0);
    const padLen = PAD_SIZE_LIMIT - (raw % PAD_SIZE_LIMIT); // 1..256, never 0 (§3.6)
    padding = randomPadding(padLen, options.random ?? secureRandom);
  }
  const bodyLen = 1 + sizeLen + payload.length + padding.length;
  const out = new Uint8Array(bodyLen + (signingKey !== undefined ? SIGNATURE_LENGTH : 0));
  out[0] = sizeLen;
  for (let i = 0, n = payload.length; i < sizeLen; i++, n = Math.floor(n / 256)) out[1 + i] = n & 0xff;
  out.set(payload, 1 + sizeLen);
  out.set(padding, 1 + sizeLen + payload.length);
  if (signingKey !== undefined) {
    out[0] = (out[0] as number) | SIGNATURE_FLAG; // the flag is set before hashing (§3.6)
    const digest = crypto.keccak256(out.subarray(0, bodyLen));
    out.set(crypto.secp256k1Sign(digest, signingKey), bodyLen);
  }
  return out;
}

/**
 * Random padding of `length` bytes that is not all zero: go-ethereum rejects all-zero padding
 * (`validateDataIntegrity`); we draw again instead of failing the send.
 */
function randomPadding(length: number, random: RandomSource): Uint8Array {
  for (let attempt = 0; attempt < 16; attempt++) {
    const pad = random(length);
    if (pad.length !== length) throw new RangeError('random source returned the wrong number of bytes');
    if (pad.some((b) => b !== 0)) return pad;
  }
  throw new RangeError('random source keeps returning zeros');
}

/** A parsed plaintext. */
export interface ParsedMessage {
  flags: number;
  payload: Uint8Array;
  padding: Uint8Array;
  /** The 65-byte signature, when the message is signed. */
  signature?: Uint8Array;
  /** The 65-byte uncompressed public key recovered from the signature. */
  signer?: Uint8Array;
  /** keccak256 of the signed part, when signed. */
  signedHash?: Uint8Array;
}

/**
 * Parses a decrypted plaintext like go-ethereum's `ValidateAndParse`: strips and verifies the
 * signature when flagged, reads the size field and the payload; the rest is padding.
 * @throws MessageFormatError when the lengths do not fit.
 * @throws SignatureError when the signature does not recover a key.
 */
/**
 * The signature of a decrypted message and the hash it signs (what `parseMessage` recovers the
 * signer from), or undefined when the message is unsigned or too short to be signed.
 */
export function signedPartOf(
  plaintext: Uint8Array,
  crypto: CryptoProvider = nobleCrypto,
): { hash: Uint8Array; signature: Uint8Array } | undefined {
  const end = plaintext.length - SIGNATURE_LENGTH;
  if (plaintext.length < 1 || ((plaintext[0] as number) & SIGNATURE_FLAG) === 0 || end <= 1) return undefined;
  return { hash: crypto.keccak256(plaintext.subarray(0, end)), signature: plaintext.slice(end) };
}

export function parseMessage(plaintext: Uint8Array, crypto: CryptoProvider = nobleCrypto): ParsedMessage {
  assertBytes(plaintext, undefined, 'plaintext');
  let end = plaintext.length;
  if (end < 1) throw new MessageFormatError('message: empty plaintext');
  const flags = plaintext[0] as number;
  const out: ParsedMessage = { flags, payload: new Uint8Array(0), padding: new Uint8Array(0) };
  if ((flags & SIGNATURE_FLAG) !== 0) {
    end -= SIGNATURE_LENGTH;
    if (end <= 1) throw new MessageFormatError('message: too short for its signature');
    const signature = plaintext.slice(end, end + SIGNATURE_LENGTH);
    const signedHash = crypto.keccak256(plaintext.subarray(0, end));
    let signer: Uint8Array;
    try {
      signer = crypto.secp256k1Recover(signedHash, signature);
    } catch (cause) {
      throw new SignatureError('message: the signature recovers no public key', { cause });
    }
    out.signature = signature;
    out.signer = signer;
    out.signedHash = signedHash;
  }
  let beg = 1;
  let payloadSize = 0;
  const sizeLen = flags & SIZE_MASK;
  if (sizeLen !== 0) {
    if (1 + sizeLen > end) throw new MessageFormatError('message: size field runs past the end');
    for (let i = sizeLen - 1; i >= 0; i--) payloadSize = payloadSize * 256 + (plaintext[1 + i] as number);
    if (payloadSize + sizeLen + 1 > end)
      throw new MessageFormatError('message: payload size exceeds the message');
    beg += sizeLen;
    out.payload = plaintext.slice(beg, beg + payloadSize);
  }
  out.padding = plaintext.slice(beg + payloadSize, end);
  return out;
}
