/**
 * RLPx framing (STATUS-V1-FACTS §2.3). Each message travels as one frame:
 * `AES-CTR(header16) ‖ headerMAC16 ‖ AES-CTR(RLP(code) ‖ payload ‖ pad16) ‖ frameMAC16`, on one
 * continuous AES-256-CTR keystream per direction (zero IV) and one running Keccak-256 MAC sponge
 * per direction. MACs are verified before anything is decrypted; a frame larger than the bound
 * ends the session.
 */
import {
  type CryptoProvider,
  concatBytes,
  decodeRlpPrefix,
  encodeRlp,
  equalBytesCT,
  nobleCrypto,
  type StreamCipher,
  type StreamingHash,
  uintToRlpBytes,
} from '@statuskit/utils';
import { FrameError } from './errors.js';

/** Largest frame size the 24-bit header can express (§2.3). */
export const MAX_FRAME_SIZE = 0xffffff;
/** Header plaintext after the size: RLP `[0, 0]` (capability-id, context-id), zero padded. */
const HEADER_DATA = Uint8Array.of(0xc2, 0x80, 0x80);

/** Secrets and MAC states for one session direction pair. */
export interface FrameSecrets {
  aesSecret: Uint8Array;
  macSecret: Uint8Array;
  egressMac: StreamingHash;
  ingressMac: StreamingHash;
}

/** A decoded frame: the message code and its (possibly compressed) payload. */
export interface Frame {
  code: number;
  payload: Uint8Array;
}

function xor16(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(16);
  for (let i = 0; i < 16; i++) out[i] = (a[i] as number) ^ (b[i] as number);
  return out;
}

/**
 * Encrypts and authenticates frames in one direction and decrypts and verifies them in the other.
 * `push` accepts bytes in any chunking; `next` returns complete frames.
 */
export class FrameCodec {
  readonly #crypto: CryptoProvider;
  readonly #macSecret: Uint8Array;
  readonly #egressMac: StreamingHash;
  readonly #ingressMac: StreamingHash;
  readonly #enc: StreamCipher;
  readonly #dec: StreamCipher;
  readonly #maxFrameSize: number;
  #buffer: Uint8Array = new Uint8Array(0);
  #pendingSize: number | undefined; // frame size of a header already read
  #failed = false;

  constructor(secrets: FrameSecrets, options: { crypto?: CryptoProvider; maxFrameSize?: number } = {}) {
    this.#crypto = options.crypto ?? nobleCrypto;
    this.#macSecret = secrets.macSecret.slice();
    this.#egressMac = secrets.egressMac;
    this.#ingressMac = secrets.ingressMac;
    const iv = new Uint8Array(16);
    this.#enc = this.#crypto.createAesCtr(secrets.aesSecret, iv);
    this.#dec = this.#crypto.createAesCtr(secrets.aesSecret, iv);
    this.#maxFrameSize = Math.min(options.maxFrameSize ?? MAX_FRAME_SIZE, MAX_FRAME_SIZE);
  }

  /** `updateMAC` of §2.3: absorb AES(mac-secret, digest[:16]) XOR seed, return digest[:16]. */
  #updateMac(mac: StreamingHash, seed: Uint8Array): Uint8Array {
    const enc = this.#crypto.aesEncryptBlock(this.#macSecret, mac.digest().subarray(0, 16));
    mac.update(xor16(enc, seed));
    return mac.digest().slice(0, 16);
  }

  /** The egress MAC digest (for tests against the vectors). */
  egressDigest(): Uint8Array {
    return this.#egressMac.digest();
  }

  /** Encodes one message. `payload` is the message body as it goes on the wire (already compressed). */
  encode(code: number, payload: Uint8Array): Uint8Array {
    if (!Number.isSafeInteger(code) || code < 0) throw new RangeError('code must be a non-negative integer');
    const codeRlp = encodeRlp(uintToRlpBytes(code));
    const size = codeRlp.length + payload.length;
    if (size > this.#maxFrameSize)
      throw new RangeError(`frame of ${size} bytes exceeds ${this.#maxFrameSize}`);
    const header = new Uint8Array(16);
    header[0] = size >>> 16;
    header[1] = (size >>> 8) & 0xff;
    header[2] = size & 0xff;
    header.set(HEADER_DATA, 3);
    const headerCt = this.#enc.update(header);
    const headerMac = this.#updateMac(this.#egressMac, headerCt);
    const padded = new Uint8Array(Math.ceil(size / 16) * 16);
    padded.set(codeRlp);
    padded.set(payload, codeRlp.length);
    const frameCt = this.#enc.update(padded);
    this.#egressMac.update(frameCt);
    const frameMac = this.#updateMac(this.#egressMac, this.#egressMac.digest().subarray(0, 16));
    return concatBytes(headerCt, headerMac, frameCt, frameMac);
  }

  /** Adds received bytes. */
  push(bytes: Uint8Array): void {
    if (this.#failed) throw new FrameError('frame codec failed earlier');
    this.#buffer = this.#buffer.length === 0 ? bytes.slice() : concatBytes(this.#buffer, bytes);
  }

  /** Bytes received and not yet consumed by a complete frame. */
  get buffered(): number {
    return this.#buffer.length;
  }

  /**
   * The next complete frame, or undefined when more bytes are needed.
   * @throws FrameError on a bad MAC, an oversized frame or a malformed header or code; the codec
   * is then unusable (the session must end).
   */
  next(): Frame | undefined {
    if (this.#failed) throw new FrameError('frame codec failed earlier');
    try {
      return this.#next();
    } catch (err) {
      this.#failed = true;
      throw err;
    }
  }

  #next(): Frame | undefined {
    if (this.#pendingSize === undefined) {
      if (this.#buffer.length < 32) return undefined;
      const headerCt = this.#buffer.subarray(0, 16);
      const headerMac = this.#buffer.subarray(16, 32);
      const expected = this.#updateMac(this.#ingressMac, headerCt);
      if (!equalBytesCT(expected, headerMac)) throw new FrameError('bad header MAC');
      const header = this.#dec.update(headerCt);
      const size = ((header[0] as number) << 16) | ((header[1] as number) << 8) | (header[2] as number);
      if (size === 0) throw new FrameError('empty frame');
      if (size > this.#maxFrameSize)
        throw new FrameError(`frame of ${size} bytes exceeds ${this.#maxFrameSize}`);
      this.#pendingSize = size;
      this.#buffer = this.#buffer.subarray(32);
    }
    const size = this.#pendingSize;
    const padded = Math.ceil(size / 16) * 16;
    if (this.#buffer.length < padded + 16) return undefined;
    const frameCt = this.#buffer.subarray(0, padded);
    const frameMac = this.#buffer.subarray(padded, padded + 16);
    this.#ingressMac.update(frameCt);
    const expected = this.#updateMac(this.#ingressMac, this.#ingressMac.digest().subarray(0, 16));
    if (!equalBytesCT(expected, frameMac)) throw new FrameError('bad frame MAC');
    const content = this.#dec.update(frameCt).subarray(0, size);
    this.#buffer = this.#buffer.slice(padded + 16);
    this.#pendingSize = undefined;
    let code: number;
    let payload: Uint8Array;
    try {
      const { item, rest } = decodeRlpPrefix(content, { maxDepth: 1 });
      if (!(item instanceof Uint8Array) || item.length > 4 || (item.length > 0 && item[0] === 0)) {
        throw new FrameError('message code is not a canonical integer');
      }
      code = 0;
      for (const b of item) code = code * 256 + b;
      payload = rest.slice();
    } catch (cause) {
      if (cause instanceof FrameError) throw cause;
      throw new FrameError('malformed message code', { cause });
    }
    return { code, payload };
  }
}
