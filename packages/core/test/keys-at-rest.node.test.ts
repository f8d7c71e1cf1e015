/**
 * Keys at rest: an audit of what the storage adapters hold after a real session (public chat, 1:1
 * both ways with ratchet steps, a contact request) when the client is opened the way the README
 * says: the identity unlocked from a password keystore, the client's storage wrapped in
 * `encryptedStorage` under `storageKeyFromIdentity`. Alice is on SQLite (the database file and its
 * WAL are scanned), Bob on memory (every key and value is dumped).
 *
 * The secrets looked for are taken from what the client actually wrote (recorded in clear above the
 * encryption): the identity and node private keys, every 32-byte item of the secure transport's
 * records (signed pre-key private key, root/chain/message keys, DH ratchet keys, X3DH secrets,
 * the static shared secrets), the negotiated topic keys, and the message texts. Each is searched as
 * raw bytes and as lower- and upper-case hex. The same session without `encryptedStorage` is the
 * control: there the scan must find them, so it is known to be able to fail.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import { sqliteStorage } from '@statuskit/storage-sqlite';
import { tcp } from '@statuskit/transport-node';
import {
  bytesToUtf8,
  type CryptoProvider,
  concatBytes,
  memoryStorage,
  prefixedStorage,
  type Storage,
  toHex,
  utf8ToBytes,
} from '@statuskit/utils';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { waitUntil } from '../../../test/support/wait.js';
import {
  type Client,
  createClient,
  createIdentity,
  encryptedStorage,
  identityFromPrivateKey,
  keystoreStore,
  storageKeyFromIdentity,
} from '../src/index.js';
import { startRelay, type TestRelay } from './support/relay.node.js';
import { recording, scan, secretsOf } from './support/secrets-at-rest.js';

let crypto: CryptoProvider;
let relay: TestRelay;
const dir = mkdtempSync(join(tmpdir(), 'statuskit-keys-at-rest-'));
beforeAll(async () => {
  crypto = await createNodeCrypto();
  relay = await startRelay({ crypto });
});
afterAll(async () => {
  await relay.close();
  rmSync(dir, { recursive: true, force: true });
});

async function memoryDump(storage: Storage): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for await (const [k, v] of storage.iterate()) parts.push(k, v);
  return concatBytes(...parts);
}

function fileDump(prefix: string): Uint8Array {
  return concatBytes(
    ...readdirSync(dir)
      .filter((f) => f.startsWith(prefix))
      .map((f) => new Uint8Array(readFileSync(join(dir, f)))),
  );
}

/** A session between Alice (SQLite at `db`) and Bob (memory); returns what to scan. */
async function session(encrypt: boolean, db: string) {
  const password = 'correct horse battery staple';
  const alice = sqliteStorage({ path: db });
  const bobRaw = memoryStorage();
  const parties: Array<{ client: Client; raw: Storage; writes: Array<[Uint8Array, Uint8Array]> }> = [];
  const fixed: Array<[string, Uint8Array]> = [];
  for (const raw of [alice, bobRaw]) {
    // The account: a keystore sealed with the password, unlocked to open the client.
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
      transports: [tcp()],
      mailservers: [relay.enode],
      minBackoffMs: 100,
    });
    fixed.push(['identity private key', identity.privateKey]);
    parties.push({ client, raw, writes });
  }
  const [a, b] = parties.map((p) => p.client) as [Client, Client];
  const texts: string[] = [];
  const got: string[] = [];
  for (const c of [a, b]) c.addEventListener('message:received', (e) => got.push(e.detail.id));
  await waitUntil(() => a.peers().length > 0 && b.peers().length > 0, 'both connected', 20_000);
  const [pa, pb] = [await a.joinPublicChat('audit'), await b.joinPublicChat('audit')];
  for (const [i, chat] of [pa, pb].entries()) {
    const text = `public secret ${i} ${toHex(crypto.randomBytes(8))}`;
    texts.push(text);
    const m = await chat.sendText(text);
    await waitUntil(() => got.includes(m.id), 'a public message', 20_000);
  }
  await b.addContact(a.identity.publicKeyString);
  const ab = await a.openChat(b.identity.publicKeyString);
  const ba = await b.openChat(a.identity.publicKeyString);
  for (let i = 0; i < 3; i++) {
    for (const chat of [ab, ba]) {
      const text = `direct secret ${i} ${toHex(crypto.randomBytes(8))}`;
      texts.push(text);
      const m = await chat.sendText(text);
      await waitUntil(() => got.includes(m.id), 'a 1:1 message', 20_000);
    }
  }
  await Promise.all([a.whenIdle(), b.whenIdle()]);
  for (const p of parties) {
    const rec = p.writes.find(([k]) => bytesToUtf8(k).includes('node-key'));
    if (rec !== undefined) {
      const nodeKey = JSON.parse(bytesToUtf8(rec[1])) as { $h: string };
      fixed.push(['node private key', Uint8Array.from(Buffer.from(nodeKey.$h, 'hex'))]);
    }
  }
  const shared = [
    ...(await a.secureTransport.getSharedSecrets()),
    ...(await b.secureTransport.getSharedSecrets()),
  ].map((s) => s.key);
  await a.close();
  await b.close();
  const aliceSecrets = secretsOf(parties[0]?.writes ?? [], fixed, shared, texts);
  const bobSecrets = secretsOf(parties[1]?.writes ?? [], fixed, shared, texts);
  const bobDump = await memoryDump(bobRaw);
  await alice.close();
  return { aliceSecrets, bobSecrets, bobDump };
}

describe('keys at rest', () => {
  it('finds no private, ratchet or message key, nor message text, in SQLite or memory when encrypted', async () => {
    const { aliceSecrets, bobSecrets, bobDump } = await session(true, join(dir, 'enc.db'));
    // The audit looks for a real set of secrets (the ratchet is in there: many 32-byte items).
    expect(aliceSecrets.filter(([w]) => w.startsWith('secure-transport')).length).toBeGreaterThan(10);
    expect(bobSecrets.filter(([w]) => w.startsWith('secure-transport')).length).toBeGreaterThan(10);
    expect(aliceSecrets.some(([w]) => w === 'negotiated topic key')).toBe(true);
    expect(aliceSecrets.some(([w]) => w === 'shared secret')).toBe(true);
    expect(scan(fileDump('enc.db'), aliceSecrets)).toEqual([]);
    expect(scan(bobDump, bobSecrets)).toEqual([]);
  }, 120_000);

  it('control: the same session without encryptedStorage leaves them readable, and the scan sees it', async () => {
    const { aliceSecrets, bobSecrets, bobDump } = await session(false, join(dir, 'plain.db'));
    const aliceHits = scan(fileDump('plain.db'), aliceSecrets);
    const bobHits = scan(bobDump, bobSecrets);
    for (const hits of [aliceHits, bobHits]) {
      expect(hits.some((h) => h.startsWith('node private key'))).toBe(true);
      expect(hits.some((h) => h.startsWith('secure-transport'))).toBe(true);
      expect(hits.some((h) => h.startsWith('message text'))).toBe(true);
      expect(hits.some((h) => h.startsWith('negotiated topic key'))).toBe(true);
    }
  }, 120_000);
});
