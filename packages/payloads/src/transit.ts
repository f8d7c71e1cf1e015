/**
 * Read-only decoding of the legacy Transit-JSON payloads that status-react 0.x and early 1.0 sent
 * before protobuf (STATUS-V1-FACTS §7.13). Non-verbose Transit: tagged values `["~#tag", v]`,
 * keywords `"~:kw"`, maps `["^ ", k, v, …]`, and the write cache (`"^0"`, `"^1"`, …) that replaces
 * repeated map keys, keywords and tags. Bounded by input size; every failure is a
 * `PayloadDecodeError`. Nothing here encodes: statuskit never sends transit.
 */
import { assertBytes, bytesToUtf8 } from '@statuskit/utils';
import { PayloadDecodeError } from './errors.js';

/** A Transit keyword (`~:chat-id` → `{ keyword: 'chat-id' }`). */
export interface TransitKeyword {
  keyword: string;
}
/** A tagged Transit value the decoder does not interpret further. */
export interface TransitTagged {
  tag: string;
  value: TransitValue;
}
export type TransitValue =
  | string
  | number
  | bigint
  | boolean
  | null
  | TransitKeyword
  | TransitTagged
  | TransitValue[]
  | Map<TransitValue, TransitValue>;

const CACHE_DIGITS = 44;
const CACHE_BASE = 48;
const MAX_CACHE = CACHE_DIGITS * CACHE_DIGITS;

function cacheIndex(code: string): number {
  if (code.length === 2) return code.charCodeAt(1) - CACHE_BASE;
  if (code.length === 3)
    return (code.charCodeAt(1) - CACHE_BASE) * CACHE_DIGITS + (code.charCodeAt(2) - CACHE_BASE);
  return -1;
}

class Reader {
  #cache: string[] = [];

  #remember(s: string): void {
    if (this.#cache.length === MAX_CACHE) this.#cache = [];
    this.#cache.push(s);
  }

  /** Resolves cache references and records cacheable strings (Transit's read cache). */
  #resolve(s: string, asMapKey: boolean): string {
    if (s.length > 1 && s[0] === '^' && s !== '^ ') {
      const i = cacheIndex(s);
      const hit = i >= 0 ? this.#cache[i] : undefined;
      if (hit === undefined) throw new PayloadDecodeError(`transit: unknown cache reference ${s}`);
      return hit;
    }
    if (s.length > 3 && (asMapKey || s.startsWith('~:') || s.startsWith('~$') || s.startsWith('~#')))
      this.#remember(s);
    return s;
  }

  #scalar(s: string): TransitValue {
    if (s[0] !== '~' || s.length < 2) return s;
    const rest = s.slice(2);
    switch (s[1]) {
      case '~':
      case '^':
      case '`':
        return s.slice(1);
      case ':':
        return { keyword: rest };
      case '$':
        return { tag: '$', value: rest };
      case 'i':
        if (!/^-?\d{1,40}$/.test(rest)) throw new PayloadDecodeError('transit: bad ~i integer');
        return BigInt(rest);
      case '_':
        return null;
      case '?':
        return rest === 't';
      default:
        return { tag: s[1] as string, value: rest };
    }
  }

  read(v: unknown, asMapKey = false, depth = 0): TransitValue {
    if (depth > 64) throw new PayloadDecodeError('transit: nested too deeply');
    if (typeof v === 'string') return this.#scalar(this.#resolve(v, asMapKey));
    if (typeof v === 'number' || typeof v === 'boolean' || v === null) return v;
    if (!Array.isArray(v)) throw new PayloadDecodeError('transit: verbose (object) maps are not supported');
    if (v[0] === '^ ') {
      if (v.length % 2 !== 1) throw new PayloadDecodeError('transit: map with an odd number of elements');
      const m = new Map<TransitValue, TransitValue>();
      for (let i = 1; i < v.length; i += 2) {
        const key = this.read(v[i], true, depth + 1);
        m.set(
          typeof key === 'object' && key !== null && 'keyword' in key ? `:${key.keyword}` : key,
          this.read(v[i + 1], false, depth + 1),
        );
      }
      return m;
    }
    if (v.length === 2 && typeof v[0] === 'string') {
      const head = this.#resolve(v[0], false);
      if (head.startsWith('~#')) return { tag: head.slice(2), value: this.read(v[1], false, depth + 1) };
      return [this.#scalar(head), this.read(v[1], false, depth + 1)];
    }
    return v.map((x) => this.read(x, false, depth + 1));
  }
}

/** Decodes any Transit-JSON value. @throws PayloadDecodeError */
export function decodeTransit(bytes: Uint8Array, options: { maxBytes?: number } = {}): TransitValue {
  assertBytes(bytes, undefined, 'bytes');
  const max = options.maxBytes ?? 1024 * 1024;
  if (bytes.length > max) throw new PayloadDecodeError(`transit: ${bytes.length} bytes exceeds ${max}`);
  let json: unknown;
  try {
    json = JSON.parse(bytesToUtf8(bytes));
  } catch (cause) {
    throw new PayloadDecodeError('transit: not valid UTF-8 JSON', { cause });
  }
  return new Reader().read(json);
}

/** A legacy message as §7.13 lays it out, and the other legacy payloads by tag. */
export type LegacyPayload =
  | {
      kind: 'message';
      text: string;
      contentType: string;
      messageType: string;
      clock: bigint;
      timestampMs: bigint;
      chatId: string;
      responseTo?: string;
      name?: string;
    }
  | {
      kind: 'contact';
      tag: 'c2' | 'c3' | 'c4';
      name: string;
      profileImage: string;
      address: string;
      fcmToken: string;
    }
  | { kind: 'pair-installation'; installationId: string; deviceType: string; name: string; fcmToken: string }
  | { kind: 'sync-installation'; value: TransitValue }
  | { kind: 'group-membership-update'; chatId: string; updates: TransitValue[]; message?: LegacyPayload };

const str = (v: TransitValue | undefined, what: string): string => {
  if (typeof v !== 'string') throw new PayloadDecodeError(`transit: ${what} must be a string`);
  return v;
};
const int = (v: TransitValue | undefined, what: string): bigint => {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number' && Number.isSafeInteger(v)) return BigInt(v);
  throw new PayloadDecodeError(`transit: ${what} must be an integer`);
};
const kw = (v: TransitValue | undefined, what: string): string => {
  if (typeof v === 'object' && v !== null && 'keyword' in v) return v.keyword;
  throw new PayloadDecodeError(`transit: ${what} must be a keyword`);
};

function legacyMessage(v: TransitValue): LegacyPayload {
  if (!Array.isArray(v) || v.length < 6)
    throw new PayloadDecodeError('transit: c4 message needs 6 positional fields');
  const content = v[5];
  if (!(content instanceof Map)) throw new PayloadDecodeError('transit: message content must be a map');
  const out: LegacyPayload = {
    kind: 'message',
    text: str(v[0], 'text'),
    contentType: str(v[1], 'content-type'),
    messageType: kw(v[2], 'message-type'),
    clock: int(v[3], 'clock'),
    timestampMs: int(v[4], 'timestamp'),
    chatId: str(content.get(':chat-id'), ':chat-id'),
  };
  const responseTo = content.get(':response-to');
  if (typeof responseTo === 'string') out.responseTo = responseTo;
  const name = content.get(':name');
  if (typeof name === 'string') out.name = name;
  return out;
}

function legacyContact(tag: 'c2' | 'c3' | 'c4', v: TransitValue): LegacyPayload {
  if (!Array.isArray(v) || v.length < 4)
    throw new PayloadDecodeError('transit: contact payload needs 4 fields');
  return {
    kind: 'contact',
    tag,
    name: str(v[0], 'name'),
    profileImage: str(v[1], 'profile-image'),
    address: str(v[2], 'address'),
    fcmToken: str(v[3], 'fcm-token'),
  };
}

/**
 * Decodes a legacy Transit payload (§7.13) to a typed value. `c4` is a Message when its value is
 * the 6-field message vector, otherwise a contact update, as status-protocol-go treats them.
 * @throws PayloadDecodeError on malformed input or an unknown tag.
 */
export function decodeLegacyTransit(bytes: Uint8Array, options: { maxBytes?: number } = {}): LegacyPayload {
  const top = decodeTransit(bytes, options);
  if (typeof top !== 'object' || top === null || !('tag' in top))
    throw new PayloadDecodeError('transit: expected a tagged value');
  const v = top.value;
  switch (top.tag) {
    case 'c4':
      // status-protocol-go reads c4 as a Message when it has the message shape, else a contact.
      return Array.isArray(v) && v[5] instanceof Map ? legacyMessage(v) : legacyContact('c4', v);
    case 'c2':
    case 'c3':
      return legacyContact(top.tag, v);
    case 'p1':
      return { kind: 'sync-installation', value: v };
    case 'p2':
      if (!Array.isArray(v) || v.length < 4)
        throw new PayloadDecodeError('transit: pair installation needs 4 fields');
      return {
        kind: 'pair-installation',
        installationId: str(v[0], 'installation-id'),
        deviceType: str(v[1], 'device-type'),
        name: str(v[2], 'name'),
        fcmToken: str(v[3], 'fcm-token'),
      };
    case 'g5': {
      if (!Array.isArray(v) || v.length < 2 || !Array.isArray(v[1])) {
        throw new PayloadDecodeError('transit: group membership update needs [chat-id, updates]');
      }
      const out: LegacyPayload = {
        kind: 'group-membership-update',
        chatId: str(v[0], 'chat-id'),
        updates: v[1],
      };
      const m = v[2];
      if (typeof m === 'object' && m !== null && 'tag' in m && m.tag === 'c4')
        out.message = legacyMessage(m.value);
      return out;
    }
    default:
      throw new PayloadDecodeError(`transit: unknown tag ${top.tag}`);
  }
}
