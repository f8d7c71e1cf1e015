/**
 * Keys at rest on IndexedDB, in Chromium: the browser half of the audit in
 * `packages/core/test/keys-at-rest.node.test.ts`. Two real clients (the whole stack: RLPx, Waku v1,
 * the secure transport, MVDS) talk through a relay + mailserver over in-memory links (the chaos
 * harness with no faults), each on its own IndexedDB database, opened the way the core README says:
 * the identity unlocked from a password keystore kept in the same database, the client's storage
 * wrapped in `encryptedStorage` under `storageKeyFromIdentity`. The session: a public chat both ways,
 * a contact request, 1:1 messages both ways with ratchet steps.
 *
 * Afterwards every record of every object store of both databases is read back through the
 * IndexedDB API (keys and values, as the bytes they hold) and searched for the secrets the client
 * wrote (recorded in clear above the encryption): the identity and node private keys, every 32-byte
 * item of the secure transport's records (signed pre-key, root, chain and message keys, ratchet
 * keys), the shared secrets and negotiated topic keys, and the message texts, raw and as hex. The
 * same session without `encryptedStorage` is the control: there the scan must find them.
 */
import {
  bytesToUtf8,
  concatBytes,
  fromHex,
  nobleCrypto,
  prefixedStorage,
  type Storage,
  toHex,
  utf8ToBytes,
} from '@statuskit/utils';
import { describe, expect, it } from 'vitest';
import { waitUntil } from '../../../test/support/wait.js';
import {
  type Client,
  createClient,
  createIdentity,
  encryptedStorage,
  identityFromPrivateKey,
  keystoreStore,
  storageKeyFromIdentity,
} from '../../core/src/index.js';
import { chaosTime, createChaosNetwork } from '../../core/test/support/chaos.js';
import { recording, scan, secretsOf } from '../../core/test/support/secrets-at-rest.js';
import { idbStorage } from '../src/index.js';

const crypto = nobleCrypto;

/** The bytes an IndexedDB key or value holds, whatever its type. */
function bytesOf(x: unknown): Uint8Array {
  if (x instanceof ArrayBuffer) return new Uint8Array(x);
  if (ArrayBuffer.isView(x)) return new Uint8Array(x.buffer, x.byteOffset, x.byteLength);
  if (typeof x === 'string') return utf8ToBytes(x);
  if (Array.isArray(x)) return concatBytes(...x.map(bytesOf));
  return utf8ToBytes(JSON.stringify(x) ?? '');
}

/** Every record of every object store of `dbName`, read back through IndexedDB. */
async function idbDump(dbName: string): Promise<{ bytes: Uint8Array; records: number; stores: number }> {
  const db = await new Promise<IDBDatabase>((resolve, reject) => {
    const req = indexedDB.open(dbName);
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
  const parts: Uint8Array[] = [];
  let records = 0;
  const names = [...db.objectStoreNames];
  for (const name of names) {
    await new Promise<void>((resolve, reject) => {
      const req = db.transaction(name, 'readonly').objectStore(name).openCursor();
      req.onerror = () => reject(req.error);
      req.onsuccess = () => {
        const cursor = req.result;
        if (cursor === null) return resolve();
        parts.push(bytesOf(cursor.key), bytesOf(cursor.value));
        records++;
        cursor.continue();
      };
    });
  }
  db.close();
  return { bytes: concatBytes(...parts), records, stores: names.length };
}

/** A session between Alice and Bob, each on IndexedDB; returns what to scan. */
async function session(encrypt: boolean) {
  const password = 'correct horse battery staple';
  const net = await createChaosNetwork({ seed: 1, time: chaosTime(1), crypto });
  const parties: Array<{
    client: Client;
    dbName: string;
    raw: Storage;
    writes: Array<[Uint8Array, Uint8Array]>;
  }> = [];
  const fixed: Array<[string, Uint8Array]> = [];
  try {
    for (const name of ['alice', 'bob']) {
      const dbName = `sk-keys-at-rest-${name}-${encrypt ? 'enc' : 'plain'}-${Date.now()}`;
      const raw = await idbStorage({ dbName });
      // The account: a keystore sealed with the password, in the same database, unlocked to open the client.
      const keys = keystoreStore(prefixedStorage(raw, utf8ToBytes('keystore/')));
      const { identity: fresh } = await createIdentity({ crypto });
      await keys.save('main', { kind: 'private-key', privateKey: fresh.privateKey }, password, {
        scrypt: { logN: 10, r: 8, p: 1 },
        crypto,
      });
      const unlocked = await keys.unlock('main', password, { crypto });
      if (unlocked.kind !== 'private-key') throw new Error('unexpected keystore content');
      const identity = identityFromPrivateKey(unlocked.privateKey, crypto);
      const data = prefixedStorage(raw, utf8ToBytes('data/'));
      const writes: Array<[Uint8Array, Uint8Array]> = [];
      const storage = recording(
        encrypt
          ? encryptedStorage(data, storageKeyFromIdentity(identity.privateKey, crypto), { crypto })
          : data,
        writes,
      );
      const client = await createClient({
        identity,
        storage,
        crypto,
        transports: [net.carrier(name)],
        mailservers: [net.enode],
        minBackoffMs: 100,
      });
      fixed.push(['identity private key', identity.privateKey]);
      parties.push({ client, dbName, raw, writes });
    }
    const [a, b] = parties.map((p) => p.client) as [Client, Client];
    const texts: string[] = [];
    const got: string[] = [];
    for (const c of [a, b]) c.addEventListener('message:received', (e) => got.push(e.detail.id));
    await waitUntil(() => a.peers().length > 0 && b.peers().length > 0, 'both connected', 30_000);
    const [pa, pb] = [await a.joinPublicChat('audit'), await b.joinPublicChat('audit')];
    for (const [i, chat] of [pa, pb].entries()) {
      const text = `public secret ${i} ${toHex(crypto.randomBytes(8))}`;
      texts.push(text);
      const m = await chat.sendText(text);
      await waitUntil(() => got.includes(m.id), 'a public message', 30_000);
    }
    await b.addContact(a.identity.publicKeyString);
    const ab = await a.openChat(b.identity.publicKeyString);
    const ba = await b.openChat(a.identity.publicKeyString);
    for (let i = 0; i < 3; i++) {
      for (const chat of [ab, ba]) {
        const text = `direct secret ${i} ${toHex(crypto.randomBytes(8))}`;
        texts.push(text);
        const m = await chat.sendText(text);
        await waitUntil(() => got.includes(m.id), 'a 1:1 message', 30_000);
      }
    }
    await Promise.all([a.whenIdle(), b.whenIdle()]);
    for (const p of parties) {
      const rec = p.writes.find(([k]) => bytesToUtf8(k).includes('node-key'));
      if (rec !== undefined) {
        const nodeKey = JSON.parse(bytesToUtf8(rec[1])) as { $h: string };
        fixed.push(['node private key', fromHex(nodeKey.$h)]);
      }
    }
    const shared = [
      ...(await a.secureTransport.getSharedSecrets()),
      ...(await b.secureTransport.getSharedSecrets()),
    ].map((s) => s.key);
    await a.close();
    await b.close();
    const out = [];
    for (const p of parties) {
      await p.raw.close();
      out.push({ secrets: secretsOf(p.writes, fixed, shared, texts), dump: await idbDump(p.dbName) });
    }
    return out;
  } finally {
    await Promise.allSettled(parties.map((p) => p.client.close()));
    await net.close();
  }
}

describe('keys at rest on IndexedDB (Chromium)', () => {
  it('finds no private, ratchet or message key, nor message text, in any IndexedDB record when encrypted', async () => {
    const parties = await session(true);
    for (const { secrets, dump } of parties) {
      // The audit looks for a real set of secrets (the ratchet is in there: many 32-byte items).
      expect(secrets.filter(([w]) => w.startsWith('secure-transport')).length).toBeGreaterThan(10);
      expect(secrets.some(([w]) => w === 'negotiated topic key')).toBe(true);
      expect(dump.records).toBeGreaterThan(30);
      const hits = scan(dump.bytes, secrets);
      console.log(
        `KEYS-AT-REST idb encrypted: ${dump.records} records in ${dump.stores} stores, ${dump.bytes.length} bytes, ${secrets.length} secrets, ${hits.length} found`,
      );
      expect(hits).toEqual([]);
    }
  }, 120_000);

  it('control: the same session without encryptedStorage leaves them readable, and the scan sees it', async () => {
    const parties = await session(false);
    for (const { secrets, dump } of parties) {
      const hits = scan(dump.bytes, secrets);
      console.log(
        `KEYS-AT-REST idb control: ${dump.records} records, ${secrets.length} secrets, found: ${hits.join(', ')}`,
      );
      expect(hits.some((h) => h.startsWith('node private key'))).toBe(true);
      expect(hits.some((h) => h.startsWith('secure-transport'))).toBe(true);
      expect(hits.some((h) => h.startsWith('message text'))).toBe(true);
      expect(hits.some((h) => h.startsWith('negotiated topic key'))).toBe(true);
    }
  }, 120_000);
});
