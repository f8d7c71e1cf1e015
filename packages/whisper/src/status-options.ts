/**
 * The status handshake payloads (STATUS-V1-FACTS §3.2).
 *
 * - `shh/6` (Status fork): `[6, powBits, bloom, isLightNode, confirmationsEnabled, [ip, peer, topic]]`;
 *   trailing items are optional, geth 1.9.7 sends the first four.
 * - `waku/1`: the payload is just the status-options list `[[key, value]…]` with integer keys 0..6,
 *   ascending, only present options written. Status Update (22) carries the same with only the
 *   changed keys.
 * - `waku/0`: `[0, options]` with string keys `"0".."5"` (single bytes 0x30..0x35), no key 6.
 */
import {
  assertBytes,
  DecodeError,
  decodeRlp,
  encodeRlp,
  type RlpInput,
  type RlpItem,
  rlpBigInt,
  rlpBytes,
  rlpList,
  uintToRlpBytes,
} from '@statuskit/utils';
import { ENVELOPE, SHH_VERSION, WHISPER_DEFAULTS } from './constants.js';
import {
  decodePowItem,
  decodeRateLimitsItem,
  powToBits,
  type RateLimits,
  rateLimitsItem,
} from './packets.js';

/** Waku status options; every field optional (only present ones travel). */
export interface StatusOptions {
  powRequirement?: number;
  /** 64 bytes, or empty (full node). */
  bloomFilter?: Uint8Array;
  lightNode?: boolean;
  confirmationsEnabled?: boolean;
  packetRateLimits?: RateLimits;
  /** 4-byte topics, at most 10,000. An empty list means "send me nothing". */
  topicInterest?: Uint8Array[];
  /** waku/1 only. */
  bytesRateLimits?: RateLimits;
}

/** The Waku status-option keys (§3.2). */
export const STATUS_OPTION_KEYS = {
  POW_REQUIREMENT: 0,
  BLOOM_FILTER: 1,
  LIGHT_NODE: 2,
  CONFIRMATIONS_ENABLED: 3,
  PACKET_RATE_LIMITS: 4,
  TOPIC_INTEREST: 5,
  BYTES_RATE_LIMITS: 6,
} as const;

const TRUE = Uint8Array.of(0x01);
const FALSE = new Uint8Array(0); // RLP 0x80: Go encodes false as the empty string

function boolItem(b: boolean): Uint8Array {
  return b ? TRUE : FALSE;
}

/** Go's RLP bool: the canonical uint 0 (`0x80`) or 1 (`0x01`); anything else is an error. */
function decodeBool(item: RlpItem | undefined, what: string): boolean {
  const v = rlpBigInt(item, what, 1);
  if (v > 1n) throw new DecodeError(`${what}: invalid boolean`);
  return v === 1n;
}

function keyItem(key: number, version: 0 | 1): Uint8Array {
  // waku/1 writes integer keys (key 0 is 0x80); waku/0 the one-character strings "0".."5".
  return version === 1 ? uintToRlpBytes(key) : Uint8Array.of(0x30 + key);
}

/** The RLP input of a status-options list, ascending keys, only present options. */
export function statusOptionsItem(options: StatusOptions, version: 0 | 1): RlpInput[] {
  const K = STATUS_OPTION_KEYS;
  const out: RlpInput[] = [];
  const put = (key: number, value: RlpInput) => out.push([keyItem(key, version), value]);
  if (options.powRequirement !== undefined)
    put(K.POW_REQUIREMENT, uintToRlpBytes(powToBits(options.powRequirement)));
  if (options.bloomFilter !== undefined) {
    assertBytes(options.bloomFilter, undefined, 'bloomFilter');
    if (options.bloomFilter.length !== 0 && options.bloomFilter.length !== ENVELOPE.BLOOM_LENGTH) {
      throw new RangeError('bloomFilter must be 0 or 64 bytes');
    }
    put(K.BLOOM_FILTER, options.bloomFilter);
  }
  if (options.lightNode !== undefined) put(K.LIGHT_NODE, boolItem(options.lightNode));
  if (options.confirmationsEnabled !== undefined)
    put(K.CONFIRMATIONS_ENABLED, boolItem(options.confirmationsEnabled));
  if (options.packetRateLimits !== undefined)
    put(K.PACKET_RATE_LIMITS, rateLimitsItem(options.packetRateLimits));
  if (options.topicInterest !== undefined) {
    if (options.topicInterest.length > WHISPER_DEFAULTS.MAX_TOPIC_INTEREST) {
      throw new RangeError(`topicInterest must have at most ${WHISPER_DEFAULTS.MAX_TOPIC_INTEREST} topics`);
    }
    for (const [i, t] of options.topicInterest.entries())
      assertBytes(t, ENVELOPE.TOPIC_LENGTH, `topicInterest[${i}]`);
    put(K.TOPIC_INTEREST, options.topicInterest);
  }
  if (options.bytesRateLimits !== undefined && version === 1) {
    put(K.BYTES_RATE_LIMITS, rateLimitsItem(options.bytesRateLimits));
  }
  return out;
}

/** Encodes the status-options list (the Status Update body, and the waku/1 Status body). */
export function encodeStatusOptions(options: StatusOptions, version: 0 | 1): Uint8Array {
  return encodeRlp(statusOptionsItem(options, version));
}

/** The Waku Status packet body: the options list (waku/1) or `[0, options]` (waku/0). */
export function encodeWakuStatus(options: StatusOptions, version: 0 | 1): Uint8Array {
  const opts = statusOptionsItem(options, version);
  return encodeRlp(version === 1 ? opts : [uintToRlpBytes(0), opts]);
}

function readKey(item: RlpItem | undefined, version: 0 | 1): number | undefined {
  if (version === 1) {
    const k = rlpBigInt(item, 'status option key', 8);
    return k <= 6n ? Number(k) : undefined;
  }
  const b = rlpBytes(item, 'status option key');
  if (b.length !== 1) return undefined;
  const k = (b[0] as number) - 0x30;
  return k >= 0 && k <= 5 ? k : undefined;
}

/**
 * Decodes a status-options list. Unknown keys are skipped; known keys must be well-formed.
 * @throws DecodeError on malformed input (a bloom that is not 0/64 bytes, an invalid PoW, a bad bool,
 * more than 10,000 topics).
 */
export function decodeStatusOptionsItem(item: RlpItem | undefined, version: 0 | 1): StatusOptions {
  const K = STATUS_OPTION_KEYS;
  const out: StatusOptions = {};
  for (const entry of rlpList(item, 'status options')) {
    const kv = rlpList(entry, 'status option', 2);
    if (kv.length !== 2) throw new DecodeError(`status option: expected 2 items, got ${kv.length}`);
    const key = readKey(kv[0], version);
    const value = kv[1];
    switch (key) {
      case K.POW_REQUIREMENT:
        out.powRequirement = decodePowItem(value, 'pow requirement');
        break;
      case K.BLOOM_FILTER: {
        const bloom = rlpBytes(value, 'bloom filter');
        if (bloom.length !== 0 && bloom.length !== ENVELOPE.BLOOM_LENGTH) {
          throw new DecodeError(`bloom filter: wrong size ${bloom.length}`);
        }
        out.bloomFilter = bloom;
        break;
      }
      case K.LIGHT_NODE:
        out.lightNode = decodeBool(value, 'light node');
        break;
      case K.CONFIRMATIONS_ENABLED:
        out.confirmationsEnabled = decodeBool(value, 'confirmations enabled');
        break;
      case K.PACKET_RATE_LIMITS:
        out.packetRateLimits = decodeRateLimitsItem(value, 'packet rate limits');
        break;
      case K.TOPIC_INTEREST: {
        const topics = rlpList(value, 'topic interest');
        if (topics.length > WHISPER_DEFAULTS.MAX_TOPIC_INTEREST)
          throw new DecodeError('topic interest: too many topics');
        out.topicInterest = topics.map((t) => rlpBytes(t, 'topic', ENVELOPE.TOPIC_LENGTH));
        break;
      }
      case K.BYTES_RATE_LIMITS:
        if (version === 1) out.bytesRateLimits = decodeRateLimitsItem(value, 'bytes rate limits');
        break;
      default:
        break; // unknown key: skipped
    }
  }
  return out;
}

/** Decodes a Status Update (22) body. */
export function decodeStatusOptions(payload: Uint8Array, version: 0 | 1): StatusOptions {
  return decodeStatusOptionsItem(
    decodeRlp(payload, { maxInputBytes: 1024 * 1024, maxDepth: 4, maxItems: 40_000 }),
    version,
  );
}

/**
 * Decodes a Waku Status (code 0) body: the options list for waku/1, `[0, options]` for waku/0.
 * @throws DecodeError on malformed input or a version mismatch.
 */
export function decodeWakuStatus(payload: Uint8Array, version: 0 | 1): StatusOptions {
  const item = decodeRlp(payload, { maxInputBytes: 1024 * 1024, maxDepth: 5, maxItems: 40_000 });
  if (version === 1) return decodeStatusOptionsItem(item, 1);
  const top = rlpList(item, 'waku/0 status', 2);
  const v = rlpBigInt(top[0], 'waku/0 version', 8);
  if (v !== 0n) throw new DecodeError(`waku/0 status: version ${v}`);
  return decodeStatusOptionsItem(top[1], 0);
}

/** The `shh/6` status fields. */
export interface ShhStatus {
  version: number;
  powRequirement?: number;
  /** 64 bytes, or empty: a full node. */
  bloomFilter?: Uint8Array;
  lightNode?: boolean;
  confirmationsEnabled?: boolean;
  rateLimits?: RateLimits;
}

/**
 * The `shh/6` status body. Items are written up to the last one given (a field can only be present
 * when all before it are); omitting `confirmationsEnabled` gives geth's four items.
 */
export function encodeShhStatus(s: Omit<ShhStatus, 'version'> & { version?: number }): Uint8Array {
  const items: RlpInput[] = [uintToRlpBytes(s.version ?? SHH_VERSION)];
  const bloom = s.bloomFilter ?? new Uint8Array(0);
  if (bloom.length !== 0 && bloom.length !== ENVELOPE.BLOOM_LENGTH)
    throw new RangeError('bloomFilter must be 0 or 64 bytes');
  items.push(uintToRlpBytes(powToBits(s.powRequirement ?? 0)), bloom, boolItem(s.lightNode ?? false));
  if (s.confirmationsEnabled !== undefined || s.rateLimits !== undefined) {
    items.push(boolItem(s.confirmationsEnabled ?? false));
  }
  if (s.rateLimits !== undefined) items.push(rateLimitsItem(s.rateLimits));
  return encodeRlp(items);
}

/**
 * Decodes a `shh/6` status body. Missing trailing items stay undefined; items past the sixth are
 * ignored as geth ignores them.
 * @throws DecodeError on malformed items or a bloom that is not 0/64 bytes.
 */
export function decodeShhStatus(payload: Uint8Array): ShhStatus {
  const list = rlpList(
    decodeRlp(payload, { maxInputBytes: 4096, maxDepth: 4, maxItems: 64 }),
    'shh status',
    1,
  );
  const out: ShhStatus = { version: Number(rlpBigInt(list[0], 'shh version', 8)) };
  if (list.length > 1) out.powRequirement = decodePowItem(list[1], 'shh pow');
  if (list.length > 2) {
    const bloom = rlpBytes(list[2], 'shh bloom');
    if (bloom.length !== 0 && bloom.length !== ENVELOPE.BLOOM_LENGTH) {
      throw new DecodeError(`shh bloom: wrong size ${bloom.length}`);
    }
    out.bloomFilter = bloom;
  }
  if (list.length > 3) out.lightNode = decodeBool(list[3], 'shh light node');
  if (list.length > 4) out.confirmationsEnabled = decodeBool(list[4], 'shh confirmations');
  if (list.length > 5) out.rateLimits = decodeRateLimitsItem(list[5], 'shh rate limits');
  return out;
}
