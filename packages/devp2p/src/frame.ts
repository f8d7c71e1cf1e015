/**
 * RLPx framing (STATUS-V1-FACTS §2.3). Each message travels as one frame:
 * `AES-CTR(header16) ‖ headerMAC16 ‖ AES-CTR(RLP(code) ‖ payload ‖ pad16) ‖ frameMAC16`, on one
 * continuous AES-256-CTR keystream per direction (zero IV) and one running Keccak-256 MAC sponge
 * per direction. MACs are verified before anything is decrypted; a frame larger than the bound
 * ends the session.
 *
 * Received bytes are kept as a list of chunks and only the bytes of one frame are ever joined, so
 * pushing n bytes costs O(n) however they are chunked (issue 17: joining the whole buffer on every
 * push was quadratic under a flood).
 */
import {
  type CryptoProvider,
  decodeRlpPrefix,
  encodeRlp,
  equalBytesCT,
  nobleCrypto,
  type StreamCipher,
  type StreamingHash,
  uintToRlpBytes,
} from '@statuskit/utils';
import { FrameError, FrameTooLargeError } from './errors.js';

/** Largest frame size the 24-bit header can express (§2.3). */
export const MAX_FRAME_SIZE = 0xffffff;
/**
 * The frame size limit sessions use unless told otherwise: the Whisper/Waku default
 * `MaxMessageSize` of 1 MiB (STATUS-V1-FACTS §3.7–3.8, "whole packet larger than MaxMessageSize →
 * disconnect") plus 64 KiB for the message code and snappy's framing of incompressible data
 * (a few bytes per 64 KiB block). Admitting the 16 MiB the header can express would let one peer
 * make us buffer 16× what any subprotocol accepts.
 */
export const DEFAULT_MAX_FRAME_SIZE = 1024 * 1024 + 64 * 1024;
/** Header plaintext after the size: RLP `[0, 0]` (capability-id, context-id), zero padded. */
const HEADER_DATA = Uint8Array.of(0xc2, 0x80, 0x80);
const EMPTY = new Uint8Array(0);
const ZERO16 = new Uint8Array(16);
/**
 * Payloads at least this long are encrypted in place of copying them into a padded plaintext first
 * (below it, one cipher call on a copied body is cheaper than three calls).
 */
const SPLIT_MIN = 2048;

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
  readonly #chunks: Uint8Array[] = [];
  #first = 0; // index of the first unconsumed chunk
  #head = 0; // bytes of #chunks[#first] already consumed
  #buffered = 0;
  #pendingSize: number | undefined; // frame size of a header already read
  #failed = false;

  /**
   * @param options.maxFrameSize largest frame accepted and sent (default
   * {@link DEFAULT_MAX_FRAME_SIZE}, at most {@link MAX_FRAME_SIZE}).
   */
  constructor(secrets: FrameSecrets, options: { crypto?: CryptoProvider; maxFrameSize?: number } = {}) {
    this.#crypto = options.crypto ?? nobleCrypto;
    this.#macSecret = secrets.macSecret.slice();
    this.#egressMac = secrets.egressMac;
    this.#ingressMac = secrets.ingressMac;
    const iv = new Uint8Array(16);
    this.#enc = this.#crypto.createAesCtr(secrets.aesSecret, iv);
    this.#dec = this.#crypto.createAesCtr(secrets.aesSecret, iv);
    const max = options.maxFrameSize ?? DEFAULT_MAX_FRAME_SIZE;
    if (!Number.isInteger(max) || max < 1) throw new RangeError('maxFrameSize must be a positive integer');
    this.#maxFrameSize = Math.min(max, MAX_FRAME_SIZE);
  }

  /**
   * `updateMAC` of §2.3: absorb AES(mac-secret, digest[:16]) XOR seed, return digest[:16].
   * `current` is the MAC's digest now when the caller already has it (the frame-body seed is that
   * digest: it is computed once, not twice).
   */
  #updateMac(mac: StreamingHash, seed: Uint8Array, current: Uint8Array = mac.digest()): Uint8Array {
    const enc = this.#crypto.aesEncryptBlock(this.#macSecret, current.subarray(0, 16));
    mac.update(xor16(enc, seed));
    return mac.digest().subarray(0, 16);
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
    const padded = Math.ceil(size / 16) * 16;
    // The frame is assembled in place: header, header MAC, ciphertext, frame MAC in one buffer, and
    // the body MAC absorbs that ciphertext straight from it (no padded copy, no final join).
    const out = new Uint8Array(32 + padded + 16);
    const header = new Uint8Array(16);
    header[0] = size >>> 16;
    header[1] = (size >>> 8) & 0xff;
    header[2] = size & 0xff;
    header.set(HEADER_DATA, 3);
    const headerCt = this.#enc.update(header);
    out.set(headerCt);
    out.set(this.#updateMac(this.#egressMac, headerCt), 16);
    if (payload.length < SPLIT_MIN) {
      const body = out.subarray(32, 32 + padded);
      body.set(codeRlp);
      body.set(payload, codeRlp.length);
      body.set(this.#enc.update(body));
    } else {
      // Large payloads are encrypted where they lie: one keystream, three calls, one copy.
      let o = 32;
      for (const part of [codeRlp, payload, ZERO16.subarray(0, padded - size)]) {
        if (part.length === 0) continue;
        out.set(this.#enc.update(part), o);
        o += part.length;
      }
    }
    const egress = this.#egressMac;
    egress.update(out.subarray(32, 32 + padded));
    const seed = egress.digest().subarray(0, 16);
    out.set(this.#updateMac(egress, seed, seed), 32 + padded);
    return out;
  }

  /** The largest frame this codec accepts and sends. */
  get maxFrameSize(): number {
    return this.#maxFrameSize;
  }

  /**
   * Adds received bytes. The codec keeps `bytes` (no copy): the caller must not modify it
   * afterwards, as the `Duplex` contract already promises for `data` events.
   */
  push(bytes: Uint8Array): void {
    if (this.#failed) throw new FrameError('frame codec failed earlier');
    if (bytes.length === 0) return;
    this.#chunks.push(bytes);
    this.#buffered += bytes.length;
  }

  /** Bytes received and not yet consumed by a complete frame. */
  get buffered(): number {
    return this.#buffered;
  }

  /** Removes and returns the next `n` bytes (`n ≤ buffered`): a view when they lie in one chunk. */
  #take(n: number): Uint8Array {
    const chunks = this.#chunks;
    const first = chunks[this.#first] as Uint8Array;
    let out: Uint8Array;
    if (first.length - this.#head >= n) {
      out = first.subarray(this.#head, this.#head + n);
      this.#head += n;
    } else {
      out = new Uint8Array(n);
      let filled = 0;
      while (filled < n) {
        const chunk = chunks[this.#first] as Uint8Array;
        const part = Math.min(n - filled, chunk.length - this.#head);
        out.set(chunk.subarray(this.#head, this.#head + part), filled);
        filled += part;
        this.#head += part;
        if (this.#head === chunk.length) this.#dropFirst();
      }
    }
    if (this.#first < chunks.length && this.#head === (chunks[this.#first] as Uint8Array).length) {
      this.#dropFirst();
    }
    this.#buffered -= n;
    return out;
  }

  /** Advances past the first chunk; compacts the list now and then (never an O(n) shift per chunk). */
  #dropFirst(): void {
    this.#chunks[this.#first] = EMPTY;
    this.#first++;
    this.#head = 0;
    if (this.#first === this.#chunks.length) {
      this.#chunks.length = 0;
      this.#first = 0;
    } else if (this.#first >= 1024 && this.#first * 2 >= this.#chunks.length) {
      this.#chunks.splice(0, this.#first);
      this.#first = 0;
    }
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
      if (this.#buffered < 32) return undefined;
      const header32 = this.#take(32);
      const headerCt = header32.subarray(0, 16);
      const headerMac = header32.subarray(16, 32);
      const expected = this.#updateMac(this.#ingressMac, headerCt);
      if (!equalBytesCT(expected, headerMac)) throw new FrameError('bad header MAC');
      const header = this.#dec.update(headerCt);
      const size = ((header[0] as number) << 16) | ((header[1] as number) << 8) | (header[2] as number);
      if (size === 0) throw new FrameError('empty frame');
      // Checked on the header alone: the body of an oversized frame is never buffered or read.
      if (size > this.#maxFrameSize) throw new FrameTooLargeError(size, this.#maxFrameSize);
      this.#pendingSize = size;
    }
    const size = this.#pendingSize;
    const padded = Math.ceil(size / 16) * 16;
    if (this.#buffered < padded + 16) return undefined;
    const body = this.#take(padded + 16);
    const frameCt = body.subarray(0, padded);
    const frameMac = body.subarray(padded, padded + 16);
    const ingress = this.#ingressMac;
    ingress.update(frameCt);
    const seed = ingress.digest().subarray(0, 16);
    const expected = this.#updateMac(ingress, seed, seed);
    if (!equalBytesCT(expected, frameMac)) throw new FrameError('bad frame MAC');
    const content = this.#dec.update(frameCt).subarray(0, size);
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
      // `update` returns a fresh array (StreamCipher contract): the payload is a view into it.
      payload = rest;
    } catch (cause) {
      if (cause instanceof FrameError) throw cause;
      throw new FrameError('malformed message code', { cause });
    }
    return { code, payload };
  }
}
