/**
 * A DEFLATE compressor that reproduces, bit for bit, what Go's `compress/flate` writes at its
 * default level (6) — the hash-chain lazy matcher ("classic" Go flate, Go 1.7 onwards) and its
 * Huffman block writer — and the `compress/zlib` framing around it. It exists so that the
 * identicon PNG (STATUS-V1-FACTS §8.3) can be rendered to the same bytes status-go returns; any
 * standard inflater reads its output.
 *
 * Scope: one-shot compression of inputs up to 32 KiB (one window), as Go does it for a stream
 * that is written and then closed: token blocks of at most 16384 tokens, each written as the
 * smallest of stored / fixed / dynamic, then an empty final stored block.
 */

const WINDOW_SIZE = 1 << 15;
const WINDOW_MASK = WINDOW_SIZE - 1;
const MIN_MATCH = 4; // Go emits matches of 4 or more
const MAX_MATCH = 258;
const HASH_BITS = 17;
const HASH_MASK = (1 << HASH_BITS) - 1;
const MAX_BLOCK_TOKENS = 1 << 14;
const MAX_STORE_BLOCK = 65535;
const MAX_NUM_LIT = 286;
const OFFSET_CODE_COUNT = 30;
const END_BLOCK = 256;
const LENGTH_CODES_START = 257;
const INT32_MAX = 0x7fffffff;

/** Level 6 of Go's `levels` table: good, lazy, nice, chain (fastSkipHashing = never). */
const LEVEL6 = { good: 8, lazy: 16, nice: 128, chain: 128 } as const;

// Token: literal < 2^30; match = 2^30 + (length-3) << 22 + (offset-1).
const MATCH_TYPE = 1 << 30;
const LENGTH_SHIFT = 22;
const OFFSET_MASK = (1 << LENGTH_SHIFT) - 1;

const LENGTH_EXTRA_BITS = [
  0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0,
];
const LENGTH_BASE = [
  0, 1, 2, 3, 4, 5, 6, 7, 8, 10, 12, 14, 16, 20, 24, 28, 32, 40, 48, 56, 64, 80, 96, 112, 128, 160, 192, 224,
  255,
];
const OFFSET_EXTRA_BITS = [
  0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13,
];
const OFFSET_BASE = [
  0x0000, 0x0001, 0x0002, 0x0003, 0x0004, 0x0006, 0x0008, 0x000c, 0x0010, 0x0018, 0x0020, 0x0030, 0x0040,
  0x0060, 0x0080, 0x00c0, 0x0100, 0x0180, 0x0200, 0x0300, 0x0400, 0x0600, 0x0800, 0x0c00, 0x1000, 0x1800,
  0x2000, 0x3000, 0x4000, 0x6000,
];
const CODEGEN_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

/** Length code (0..28) of `length − 3`, from the RFC 1951 table. */
function lengthCode(xlength: number): number {
  for (let c = LENGTH_BASE.length - 1; c >= 0; c--) if (xlength >= (LENGTH_BASE[c] as number)) return c;
  return 0;
}

/** Distance code (0..29) of `distance − 1`. */
function offsetCode(xoffset: number): number {
  for (let c = OFFSET_BASE.length - 1; c >= 0; c--) if (xoffset >= (OFFSET_BASE[c] as number)) return c;
  return 0;
}

/** Go's `hash4`: the first four bytes big-endian, times 0x1e35a7bd, top 17 bits. */
function hash4(b: Uint8Array, i: number): number {
  const v =
    (((b[i] as number) << 24) |
      ((b[i + 1] as number) << 16) |
      ((b[i + 2] as number) << 8) |
      (b[i + 3] as number)) >>>
    0;
  return Math.imul(v, 0x1e35a7bd) >>> (32 - HASH_BITS);
}

function reverseBits(code: number, length: number): number {
  let out = 0;
  for (let i = 0; i < length; i++) out |= ((code >> i) & 1) << (length - 1 - i);
  return out;
}

/** A Huffman code: per symbol its (bit-reversed) code and length. */
class HuffmanEncoder {
  readonly code: Uint16Array;
  readonly len: Uint16Array;
  constructor(size: number) {
    this.code = new Uint16Array(size);
    this.len = new Uint16Array(size);
  }

  bitLength(freq: ArrayLike<number>): number {
    let total = 0;
    for (let i = 0; i < freq.length; i++) {
      const f = freq[i] as number;
      if (f !== 0) total += f * (this.len[i] as number);
    }
    return total;
  }

  /** Go's length-limited Huffman construction (package-merge by levels), then canonical codes. */
  generate(freq: ArrayLike<number>, maxBitsIn: number): void {
    const list: { literal: number; freq: number }[] = [];
    for (let i = 0; i < freq.length; i++) {
      const f = freq[i] as number;
      if (f !== 0) list.push({ literal: i, freq: f });
      else this.len[i] = 0;
    }
    if (list.length <= 2) {
      list.forEach((node, i) => {
        this.code[node.literal] = i;
        this.len[node.literal] = 1;
      });
      return;
    }
    list.sort((a, b) => (a.freq === b.freq ? a.literal - b.literal : a.freq - b.freq));
    const bitCount = bitCounts(list, maxBitsIn);
    let code = 0;
    let rest = list;
    for (let n = 0; n < bitCount.length; n++) {
      code <<= 1;
      const bits = bitCount[n] as number;
      if (n === 0 || bits === 0) continue;
      const chunk = rest.slice(rest.length - bits).sort((a, b) => a.literal - b.literal);
      for (const node of chunk) {
        this.code[node.literal] = reverseBits(code, n);
        this.len[node.literal] = n;
        code++;
      }
      rest = rest.slice(0, rest.length - bits);
    }
  }
}

/** How many symbols get each bit length (index = bits), Go's `bitCounts`. */
function bitCounts(sorted: { literal: number; freq: number }[], maxBitsIn: number): number[] {
  const n = sorted.length;
  const freqAt = (i: number) => (i < n ? (sorted[i] as { freq: number }).freq : INT32_MAX);
  const maxBits = Math.min(maxBitsIn, n - 1);
  interface Level {
    level: number;
    lastFreq: number;
    nextCharFreq: number;
    nextPairFreq: number;
    needed: number;
  }
  const levels: Level[] = [];
  for (let i = 0; i <= maxBits + 1; i++)
    levels.push({ level: i, lastFreq: 0, nextCharFreq: 0, nextPairFreq: 0, needed: 0 });
  const leafCounts: number[][] = [];
  for (let i = 0; i <= maxBits + 1; i++) leafCounts.push(new Array<number>(maxBits + 2).fill(0));
  for (let level = 1; level <= maxBits; level++) {
    levels[level] = {
      level,
      lastFreq: freqAt(1),
      nextCharFreq: freqAt(2),
      nextPairFreq: level === 1 ? INT32_MAX : freqAt(0) + freqAt(1),
      needed: 0,
    };
    (leafCounts[level] as number[])[level] = 2;
  }
  (levels[maxBits] as Level).needed = 2 * n - 4;
  let level = maxBits;
  for (;;) {
    const l = levels[level] as Level;
    if (l.nextPairFreq === INT32_MAX && l.nextCharFreq === INT32_MAX) {
      l.needed = 0;
      (levels[level + 1] as Level).nextPairFreq = INT32_MAX;
      level++;
      continue;
    }
    const prevFreq = l.lastFreq;
    const counts = leafCounts[level] as number[];
    if (l.nextCharFreq < l.nextPairFreq) {
      const next = (counts[level] as number) + 1;
      l.lastFreq = l.nextCharFreq;
      counts[level] = next;
      l.nextCharFreq = freqAt(next);
    } else {
      l.lastFreq = l.nextPairFreq;
      const below = leafCounts[level - 1] as number[];
      for (let j = 0; j < level; j++) counts[j] = below[j] as number;
      (levels[l.level - 1] as Level).needed = 2;
    }
    l.needed--;
    if (l.needed === 0) {
      if (l.level === maxBits) break;
      (levels[l.level + 1] as Level).nextPairFreq = prevFreq + l.lastFreq;
      level++;
    } else {
      while ((levels[level - 1] as Level).needed > 0) level--;
    }
  }
  const top = leafCounts[maxBits] as number[];
  if (top[maxBits] !== n) throw new Error('go-deflate: Huffman construction did not use every leaf');
  const bitCount = new Array<number>(maxBits + 1).fill(0);
  let bits = 1;
  for (let lv = maxBits; lv > 0; lv--) {
    bitCount[bits] = (top[lv] as number) - (top[lv - 1] as number);
    bits++;
  }
  return bitCount;
}

function fixedLiteralEncoding(): HuffmanEncoder {
  const h = new HuffmanEncoder(MAX_NUM_LIT);
  for (let ch = 0; ch < MAX_NUM_LIT; ch++) {
    const [bits, size] =
      ch < 144
        ? [ch + 48, 8]
        : ch < 256
          ? [ch + 400 - 144, 9]
          : ch < 280
            ? [ch - 256, 7]
            : [ch + 192 - 280, 8];
    h.code[ch] = reverseBits(bits, size);
    h.len[ch] = size;
  }
  return h;
}

function fixedOffsetEncoding(): HuffmanEncoder {
  const h = new HuffmanEncoder(OFFSET_CODE_COUNT);
  for (let i = 0; i < OFFSET_CODE_COUNT; i++) {
    h.code[i] = reverseBits(i, 5);
    h.len[i] = 5;
  }
  return h;
}

const FIXED_LIT = fixedLiteralEncoding();
const FIXED_OFF = fixedOffsetEncoding();

/** An LSB-first bit writer (the bit order DEFLATE uses). */
class BitWriter {
  readonly out: number[] = [];
  #bits = 0;
  #n = 0;
  writeBits(value: number, count: number): void {
    for (let i = 0; i < count; i++) {
      this.#bits |= ((value >>> i) & 1) << this.#n;
      this.#n++;
      if (this.#n === 8) {
        this.out.push(this.#bits);
        this.#bits = 0;
        this.#n = 0;
      }
    }
  }
  /** Pads to a byte boundary with zero bits. */
  flush(): void {
    if (this.#n > 0) {
      this.out.push(this.#bits);
      this.#bits = 0;
      this.#n = 0;
    }
  }
}

/** Go's `huffmanBitWriter`, the parts a level-6 stream uses. */
class BlockWriter {
  readonly w = new BitWriter();
  readonly literalFreq = new Array<number>(MAX_NUM_LIT).fill(0);
  readonly offsetFreq = new Array<number>(OFFSET_CODE_COUNT).fill(0);
  readonly codegenFreq = new Array<number>(19).fill(0);
  codegen: number[] = [];
  readonly literalEncoding = new HuffmanEncoder(MAX_NUM_LIT);
  readonly offsetEncoding = new HuffmanEncoder(OFFSET_CODE_COUNT);
  readonly codegenEncoding = new HuffmanEncoder(19);

  writeStoredHeader(length: number, eof: boolean): void {
    this.w.writeBits(eof ? 1 : 0, 3);
    this.w.flush();
    this.w.writeBits(length, 16);
    this.w.writeBits(~length & 0xffff, 16);
  }

  indexTokens(tokens: number[]): [numLiterals: number, numOffsets: number] {
    this.literalFreq.fill(0);
    this.offsetFreq.fill(0);
    for (const t of tokens) {
      if (t < MATCH_TYPE) {
        this.literalFreq[t] = (this.literalFreq[t] as number) + 1;
        continue;
      }
      const lc = LENGTH_CODES_START + lengthCode((t - MATCH_TYPE) >>> LENGTH_SHIFT);
      const oc = offsetCode(t & OFFSET_MASK);
      this.literalFreq[lc] = (this.literalFreq[lc] as number) + 1;
      this.offsetFreq[oc] = (this.offsetFreq[oc] as number) + 1;
    }
    let numLiterals = MAX_NUM_LIT;
    while (this.literalFreq[numLiterals - 1] === 0) numLiterals--;
    let numOffsets = OFFSET_CODE_COUNT;
    while (numOffsets > 0 && this.offsetFreq[numOffsets - 1] === 0) numOffsets--;
    if (numOffsets === 0) {
      this.offsetFreq[0] = 1;
      numOffsets = 1;
    }
    this.literalEncoding.generate(this.literalFreq, 15);
    this.offsetEncoding.generate(this.offsetFreq, 15);
    return [numLiterals, numOffsets];
  }

  /** RFC 1951 §3.2.7 run-length coding of the code lengths, as Go generates it. */
  generateCodegen(numLiterals: number, numOffsets: number): void {
    this.codegenFreq.fill(0);
    const sizes: number[] = [];
    for (let i = 0; i < numLiterals; i++) sizes.push(this.literalEncoding.len[i] as number);
    for (let i = 0; i < numOffsets; i++) sizes.push(this.offsetEncoding.len[i] as number);
    const BAD = 255;
    sizes.push(BAD);
    const out: number[] = [];
    let size = sizes[0] as number;
    let count = 1;
    for (let inIndex = 1; size !== BAD; inIndex++) {
      const nextSize = sizes[inIndex] as number;
      if (nextSize === size) {
        count++;
        continue;
      }
      if (size !== 0) {
        out.push(size);
        this.codegenFreq[size] = (this.codegenFreq[size] as number) + 1;
        count--;
        while (count >= 3) {
          const n = Math.min(6, count);
          out.push(16, n - 3);
          this.codegenFreq[16] = (this.codegenFreq[16] as number) + 1;
          count -= n;
        }
      } else {
        while (count >= 11) {
          const n = Math.min(138, count);
          out.push(18, n - 11);
          this.codegenFreq[18] = (this.codegenFreq[18] as number) + 1;
          count -= n;
        }
        if (count >= 3) {
          out.push(17, count - 3);
          this.codegenFreq[17] = (this.codegenFreq[17] as number) + 1;
          count = 0;
        }
      }
      count--;
      for (; count >= 0; count--) {
        out.push(size);
        this.codegenFreq[size] = (this.codegenFreq[size] as number) + 1;
      }
      size = nextSize;
      count = 1;
    }
    out.push(BAD);
    this.codegen = out;
  }

  dynamicSize(extraBits: number): [size: number, numCodegens: number] {
    let numCodegens = 19;
    while (numCodegens > 4 && this.codegenFreq[CODEGEN_ORDER[numCodegens - 1] as number] === 0) numCodegens--;
    const header =
      3 +
      5 +
      5 +
      4 +
      3 * numCodegens +
      this.codegenEncoding.bitLength(this.codegenFreq) +
      (this.codegenFreq[16] as number) * 2 +
      (this.codegenFreq[17] as number) * 3 +
      (this.codegenFreq[18] as number) * 7;
    const size =
      header +
      this.literalEncoding.bitLength(this.literalFreq) +
      this.offsetEncoding.bitLength(this.offsetFreq) +
      extraBits;
    return [size, numCodegens];
  }

  writeCode(enc: HuffmanEncoder, symbol: number): void {
    this.w.writeBits(enc.code[symbol] as number, enc.len[symbol] as number);
  }

  writeDynamicHeader(numLiterals: number, numOffsets: number, numCodegens: number, eof: boolean): void {
    this.w.writeBits(eof ? 5 : 4, 3);
    this.w.writeBits(numLiterals - 257, 5);
    this.w.writeBits(numOffsets - 1, 5);
    this.w.writeBits(numCodegens - 4, 4);
    for (let i = 0; i < numCodegens; i++) {
      this.w.writeBits(this.codegenEncoding.len[CODEGEN_ORDER[i] as number] as number, 3);
    }
    for (let i = 0; ; ) {
      const word = this.codegen[i++] as number;
      if (word === 255) break;
      this.writeCode(this.codegenEncoding, word);
      if (word === 16) this.w.writeBits(this.codegen[i++] as number, 2);
      else if (word === 17) this.w.writeBits(this.codegen[i++] as number, 3);
      else if (word === 18) this.w.writeBits(this.codegen[i++] as number, 7);
    }
  }

  writeTokens(tokens: number[], lit: HuffmanEncoder, off: HuffmanEncoder): void {
    for (const t of tokens) {
      if (t < MATCH_TYPE) {
        this.writeCode(lit, t);
        continue;
      }
      const xlength = (t - MATCH_TYPE) >>> LENGTH_SHIFT;
      const lc = lengthCode(xlength);
      this.writeCode(lit, lc + LENGTH_CODES_START);
      const lBits = LENGTH_EXTRA_BITS[lc] as number;
      if (lBits > 0) this.w.writeBits(xlength - (LENGTH_BASE[lc] as number), lBits);
      const xoffset = t & OFFSET_MASK;
      const oc = offsetCode(xoffset);
      this.writeCode(off, oc);
      const oBits = OFFSET_EXTRA_BITS[oc] as number;
      if (oBits > 0) this.w.writeBits(xoffset - (OFFSET_BASE[oc] as number), oBits);
    }
  }

  /** Go's `writeBlock`: the smallest of fixed, dynamic and stored. */
  writeBlock(tokensIn: number[], eof: boolean, input: Uint8Array | undefined): void {
    const tokens = [...tokensIn, END_BLOCK];
    const [numLiterals, numOffsets] = this.indexTokens(tokens);
    const storable = input !== undefined && input.length <= MAX_STORE_BLOCK;
    const storedSize = storable ? (input.length + 5) * 8 : 0;
    let extraBits = 0;
    if (storable) {
      for (let c = LENGTH_CODES_START + 8; c < numLiterals; c++) {
        extraBits += (this.literalFreq[c] as number) * (LENGTH_EXTRA_BITS[c - LENGTH_CODES_START] as number);
      }
      for (let c = 4; c < numOffsets; c++)
        extraBits += (this.offsetFreq[c] as number) * (OFFSET_EXTRA_BITS[c] as number);
    }
    let lit = FIXED_LIT;
    let off = FIXED_OFF;
    let size = 3 + FIXED_LIT.bitLength(this.literalFreq) + FIXED_OFF.bitLength(this.offsetFreq) + extraBits;
    this.generateCodegen(numLiterals, numOffsets);
    this.codegenEncoding.generate(this.codegenFreq, 7);
    const [dynamicSize, numCodegens] = this.dynamicSize(extraBits);
    if (dynamicSize < size) {
      size = dynamicSize;
      lit = this.literalEncoding;
      off = this.offsetEncoding;
    }
    if (storable && storedSize < size) {
      this.writeStoredHeader(input.length, eof);
      this.w.flush();
      for (const b of input) this.w.writeBits(b, 8);
      return;
    }
    if (lit === FIXED_LIT) this.w.writeBits(eof ? 3 : 2, 3);
    else this.writeDynamicHeader(numLiterals, numOffsets, numCodegens, eof);
    this.writeTokens(tokens, lit, off);
  }
}

/**
 * Raw DEFLATE of `data` exactly as Go's `flate.NewWriter(w, 6)` followed by `Close()` writes it.
 * @throws RangeError for inputs over 32 KiB.
 */
export function goDeflate(data: Uint8Array): Uint8Array {
  if (data.length > WINDOW_SIZE) throw new RangeError('goDeflate handles inputs of at most 32 KiB');
  const win = data;
  const windowEnd = data.length;
  const hashHead = new Uint32Array(1 << HASH_BITS);
  const hashPrev = new Uint32Array(WINDOW_SIZE);
  const hashOffset = 1;
  const writer = new BlockWriter();
  let tokens: number[] = [];
  let blockStart = 0;
  let index = 0;
  let length = MIN_MATCH - 1;
  let offset = 0;
  let byteAvailable = false;
  let chainHead = -1;
  const maxInsertIndex = windowEnd - (MIN_MATCH - 1);

  const writeBlock = (end: number) => {
    writer.writeBlock(tokens, false, blockStart <= end ? win.subarray(blockStart, end) : undefined);
    blockStart = end;
    tokens = [];
  };

  const findMatch = (pos: number, prevHead: number, prevLength: number, lookahead: number) => {
    const minMatchLook = Math.min(MAX_MATCH, lookahead);
    const winLen = pos + minMatchLook;
    const nice = Math.min(winLen - pos, LEVEL6.nice);
    let tries: number = LEVEL6.chain;
    let best = prevLength;
    let bestOffset = 0;
    let ok = false;
    if (best >= LEVEL6.good) tries >>= 2;
    let wEnd = win[pos + best] as number;
    const minIndex = pos - WINDOW_SIZE;
    for (let i = prevHead; tries > 0; tries--) {
      if (wEnd === win[i + best]) {
        let n = 0;
        while (n < minMatchLook && win[i + n] === win[pos + n]) n++;
        if (n > best && (n > MIN_MATCH || pos - i <= 4096)) {
          best = n;
          bestOffset = pos - i;
          ok = true;
          if (n >= nice) break;
          wEnd = win[pos + n] as number;
        }
      }
      if (i === minIndex) break;
      i = (hashPrev[i & WINDOW_MASK] as number) - hashOffset;
      if (i < minIndex || i < 0) break;
    }
    return { length: best, offset: bestOffset, ok };
  };

  for (;;) {
    const lookahead = windowEnd - index;
    if (lookahead === 0) {
      if (byteAvailable) {
        tokens.push(win[index - 1] as number);
        byteAvailable = false;
      }
      if (tokens.length > 0) writeBlock(index);
      break;
    }
    if (index < maxInsertIndex) {
      const h = hash4(win, index) & HASH_MASK;
      chainHead = hashHead[h] as number;
      hashPrev[index & WINDOW_MASK] = chainHead;
      hashHead[h] = index + hashOffset;
    }
    const prevLength = length;
    const prevOffset = offset;
    length = MIN_MATCH - 1;
    offset = 0;
    const minIndex = Math.max(index - WINDOW_SIZE, 0);
    if (chainHead - hashOffset >= minIndex && lookahead > prevLength && prevLength < LEVEL6.lazy) {
      const m = findMatch(index, chainHead - hashOffset, MIN_MATCH - 1, lookahead);
      if (m.ok) {
        length = m.length;
        offset = m.offset;
      }
    }
    if (prevLength >= MIN_MATCH && length <= prevLength) {
      // The previous position's match is at least as good: emit it (lazy matching).
      tokens.push(MATCH_TYPE + ((prevLength - 3) << LENGTH_SHIFT) + (prevOffset - 1));
      const newIndex = index + prevLength - 1;
      for (index++; index < newIndex; index++) {
        if (index < maxInsertIndex) {
          const h = hash4(win, index) & HASH_MASK;
          hashPrev[index & WINDOW_MASK] = hashHead[h] as number;
          hashHead[h] = index + hashOffset;
        }
      }
      byteAvailable = false;
      length = MIN_MATCH - 1;
      if (tokens.length === MAX_BLOCK_TOKENS) writeBlock(index);
    } else {
      if (byteAvailable) {
        tokens.push(win[index - 1] as number);
        if (tokens.length === MAX_BLOCK_TOKENS) writeBlock(index);
      }
      index++;
      byteAvailable = true;
    }
  }
  // Close: an empty final stored block.
  writer.writeStoredHeader(0, true);
  writer.w.flush();
  return Uint8Array.from(writer.w.out);
}

/** Adler-32 of `data` (RFC 1950). */
export function adler32(data: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (let i = 0; i < data.length; ) {
    const end = Math.min(i + 5552, data.length);
    for (; i < end; i++) {
      a += data[i] as number;
      b += a;
    }
    a %= 65521;
    b %= 65521;
  }
  return ((b << 16) | a) >>> 0;
}

/** zlib framing of {@link goDeflate} as Go's `zlib.NewWriterLevel(w, DefaultCompression)` writes it. */
export function goZlib(data: Uint8Array): Uint8Array {
  const body = goDeflate(data);
  const out = new Uint8Array(2 + body.length + 4);
  out[0] = 0x78;
  out[1] = 0x9c;
  out.set(body, 2);
  new DataView(out.buffer).setUint32(2 + body.length, adler32(data));
  return out;
}
