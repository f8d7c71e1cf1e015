/**
 * The keys-at-rest audits' shared pieces (SQLite in Node, IndexedDB in Chromium): a storage that
 * records what the client writes above the encryption, the secrets found in those writes, and a scan
 * of stored bytes for them, raw or as hex.
 */
import {
  type BatchOp,
  bytesToUtf8,
  concatBytes,
  decodeRlp,
  fromHex,
  nobleCrypto,
  type RlpItem,
  type Storage,
  toHex,
  utf8ToBytes,
} from '@statuskit/utils';

/** Records every value written through it (in clear: it sits above the encryption). */
export function recording(inner: Storage, writes: Array<[Uint8Array, Uint8Array]>): Storage {
  return {
    get: (k) => inner.get(k),
    iterate: (o) => inner.iterate(o),
    close: () => inner.close(),
    delete: (k) => inner.delete(k),
    async put(k, v) {
      writes.push([k, v]);
      await inner.put(k, v);
    },
    async batch(ops: readonly BatchOp[]) {
      for (const op of ops) if (op.type === 'put') writes.push([op.key, op.value]);
      await inner.batch(ops);
    },
  };
}

const startsWith = (a: Uint8Array, p: Uint8Array) => a.length >= p.length && p.every((b, i) => a[i] === b);

function leaves32(item: RlpItem, out: Uint8Array[]): void {
  if (Array.isArray(item)) for (const x of item) leaves32(x, out);
  else if (item.length === 32) out.push(item);
}

/** The secrets the client wrote, by kind. */
export function secretsOf(
  writes: Array<[Uint8Array, Uint8Array]>,
  fixed: Array<[string, Uint8Array]>,
  shared: Uint8Array[],
  texts: string[],
): Array<[string, Uint8Array]> {
  const out: Array<[string, Uint8Array]> = [...fixed];
  const st = utf8ToBytes('st/');
  const topicKeys = concatBytes(utf8ToBytes('cl/'), Uint8Array.of(0x08));
  for (const [k, v] of writes) {
    if (!startsWith(k, st)) continue;
    const found: Uint8Array[] = [];
    try {
      leaves32(decodeRlp(v), found);
    } catch {
      continue;
    }
    for (const f of found) out.push([`secure-transport ${String.fromCharCode(k[3] ?? 0)} record`, f]);
  }
  for (const secret of shared) {
    out.push(['shared secret', secret]);
    const name = utf8ToBytes(toHex(secret));
    for (const key of [
      concatBytes(topicKeys, utf8ToBytes(toHex(nobleCrypto.keccak256(name)))),
      concatBytes(topicKeys, name),
    ]) {
      const rec = writes.find(([k]) => toHex(k) === toHex(key));
      if (rec === undefined) continue;
      const value = JSON.parse(bytesToUtf8(rec[1])) as { $h: string };
      out.push(['negotiated topic key', fromHex(value.$h)]);
    }
  }
  for (const t of texts) out.push(['message text', utf8ToBytes(t)]);
  return out;
}

function indexOf(hay: Uint8Array, needle: Uint8Array): number {
  const first = needle[0];
  outer: for (let i = hay.indexOf(first as number); i >= 0 && i <= hay.length - needle.length; ) {
    for (let j = 1; j < needle.length; j++) {
      if (hay[i + j] !== needle[j]) {
        i = hay.indexOf(first as number, i + 1);
        continue outer;
      }
    }
    return i;
  }
  return -1;
}

/** Which secrets appear in `dump`, raw or as hex. */
export function scan(dump: Uint8Array, secrets: Array<[string, Uint8Array]>): string[] {
  const hits = new Set<string>();
  for (const [what, s] of secrets) {
    for (const form of [s, utf8ToBytes(toHex(s)), utf8ToBytes(toHex(s).toUpperCase())]) {
      if (indexOf(dump, form) >= 0) hits.add(`${what} (${form === s ? 'raw' : 'hex'})`);
    }
  }
  return [...hits].sort();
}
