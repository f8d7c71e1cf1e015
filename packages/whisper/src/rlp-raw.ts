/**
 * Splits an RLP list into the raw encodings of its items, without copying. Envelope hashes are
 * computed over the bytes exactly as received (§3.3), and relays forward those bytes unchanged, so
 * the Messages and P2P packets are split here and each item is decoded on its own.
 */
import { DecodeError } from '@statuskit/utils';

interface Header {
  list: boolean;
  /** Offset of the payload. */
  start: number;
  /** Offset one past the payload. */
  end: number;
}

function header(input: Uint8Array, pos: number, what: string): Header {
  const b = input[pos];
  if (b === undefined) throw new DecodeError(`${what}: unexpected end of input`);
  if (b < 0x80) return { list: false, start: pos, end: pos + 1 };
  const list = b >= 0xc0;
  const base = list ? 0xc0 : 0x80;
  const short = b - base;
  if (short < 56) return { list, start: pos + 1, end: pos + 1 + short };
  const lenOfLen = short - 55;
  if (pos + 1 + lenOfLen > input.length) throw new DecodeError(`${what}: truncated length prefix`);
  if (input[pos + 1] === 0) throw new DecodeError(`${what}: length prefix has leading zeros`);
  let len = 0;
  for (let i = 0; i < lenOfLen; i++) len = len * 256 + (input[pos + 1 + i] as number);
  if (len < 56) throw new DecodeError(`${what}: long form used for a short payload`);
  const start = pos + 1 + lenOfLen;
  return { list, start, end: start + len };
}

/**
 * The raw RLP encodings of the items of the list that spans all of `input`, found by walking the
 * item headers only (callers decode each item strictly with `decodeRlp`); the returned arrays alias
 * `input`. At most `maxItems` items (default 1,000,000).
 * @throws DecodeError when `input` is not one list whose item headers tile it exactly.
 */
export function rlpListItemsRaw(input: Uint8Array, what: string, maxItems = 1_000_000): Uint8Array[] {
  const h = header(input, 0, what);
  if (!h.list) throw new DecodeError(`${what}: expected an RLP list`);
  if (h.end !== input.length) {
    throw new DecodeError(
      h.end > input.length ? `${what}: list runs past the end of input` : `${what}: trailing bytes`,
    );
  }
  const items: Uint8Array[] = [];
  let pos = h.start;
  while (pos < h.end) {
    const item = header(input, pos, what);
    if (item.end > h.end) throw new DecodeError(`${what}: item runs past the end of the list`);
    if (items.length >= maxItems) throw new DecodeError(`${what}: more than ${maxItems} items`);
    items.push(input.subarray(pos, item.end));
    pos = item.end;
  }
  return items;
}

/** True when `input` starts with an RLP list header (it may still be malformed). */
export function isRlpList(input: Uint8Array): boolean {
  return input.length > 0 && (input[0] as number) >= 0xc0;
}
