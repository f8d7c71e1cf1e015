/**
 * A Status bot: one account on the network through `createClient`, every bit of state (chats,
 * messages, ratchet sessions, MVDS, the outbox, synced history ranges, the account's keystore) in
 * one SQLite file. It joins a public chat and prints what is said there, and answers every 1:1
 * message with the text echoed behind a prefix, as a reply to it.
 *
 * Answers survive restarts: on start the bot answers what it received but had not answered yet
 * (e.g. it was stopped right after a message came in), and its client sends what was still in the
 * outbox. Received messages are de-duplicated by the client, so nothing is answered twice.
 */
import {
  type Client,
  createClient,
  createIdentity,
  generateAlias,
  type Identity,
  identityFromMnemonic,
  identityFromPrivateKey,
  keystoreStore,
  type Message,
} from '@statuskit/core';
import { createNodeCrypto } from '@statuskit/crypto-fast/node';
import { sqliteStorage } from '@statuskit/storage-sqlite';
import { tcp } from '@statuskit/transport-node';
import { bytesToUtf8, type Storage, utf8ToBytes } from '@statuskit/utils';
import type { BotConfig } from './config.js';

/** A running bot. */
export interface Bot {
  readonly identity: Identity;
  readonly client: Client;
  /** Waits for the answers being sent, then closes the client and the database. */
  stop(): Promise<void>;
}

/** Raised when the database belongs to another account than the one configured. */
export class AccountMismatchError extends Error {
  override name = 'AccountMismatchError';
}

const ACCOUNT = 'account';
const OWNER_KEY = utf8ToBytes('owner');

/** The account: from the mnemonic given, or from (or into, on the first run) the keystore. */
async function loadIdentity(
  config: BotConfig,
  keystore: Storage,
  log: (line: string) => void,
): Promise<Identity> {
  if (config.account.kind === 'mnemonic') return identityFromMnemonic(config.account.mnemonic);
  const keys = keystoreStore(keystore);
  const { password, logN } = config.account;
  if (await keys.has(ACCOUNT)) {
    const secret = await keys.unlock(ACCOUNT, password);
    return secret.kind === 'mnemonic'
      ? identityFromMnemonic(
          secret.mnemonic,
          secret.passphrase !== undefined ? { passphrase: secret.passphrase } : {},
        )
      : identityFromPrivateKey(secret.privateKey);
  }
  const { mnemonic, identity } = await createIdentity();
  await keys.save(ACCOUNT, { kind: 'mnemonic', mnemonic }, password, { scrypt: { logN, r: 8, p: 1 } });
  log('created a new account; its mnemonic is kept in the database, encrypted with BOT_PASSWORD');
  return identity;
}

/** Starts the bot; `log` gets one line per event worth telling. */
export async function startBot(config: BotConfig, log: (line: string) => void = console.log): Promise<Bot> {
  // One file, three tables: the client's state, the keystore, and whose database it is.
  const storage = sqliteStorage({ path: config.db });
  const keystore = sqliteStorage({ path: config.db, table: 'keystore' });
  const meta = sqliteStorage({ path: config.db, table: 'bot' });
  const closeStorage = async () => {
    for (const s of [storage, keystore, meta]) await s.close();
  };
  let identity: Identity;
  let client: Client;
  try {
    identity = await loadIdentity(config, keystore, log);
    const owner = await meta.get(OWNER_KEY);
    if (owner === undefined) await meta.put(OWNER_KEY, utf8ToBytes(identity.publicKeyString));
    else if (bytesToUtf8(owner) !== identity.publicKeyString) {
      throw new AccountMismatchError(
        `${config.db} holds the state of ${bytesToUtf8(owner)}, not this account`,
      );
    }
    client = await createClient({
      identity,
      // The fast provider: same bytes as the default noble one, several times the speed.
      crypto: await createNodeCrypto(),
      storage,
      transports: [tcp()],
      peers: config.peers,
      mailservers: config.mailservers,
      autoStart: false,
    });
  } catch (err) {
    await closeStorage();
    throw err;
  }
  const c = client;
  const name = (key: string) => `${generateAlias(key)} (${key.slice(0, 10)}…)`;

  const answering = new Set<string>();
  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  const answer = (m: Message) => {
    if (stopping || m.outgoing || m.chatKind !== 'one-to-one' || answering.has(m.id)) return;
    answering.add(m.id);
    const p = (async () => {
      const chat = c.getChat(m.chatId) ?? (await c.openChat(m.author));
      const reply = await chat.sendText(`${config.prefix}${m.text}`, { replyTo: m.id });
      log(`answered ${name(m.author)} (${reply.status}): ${reply.text}`);
    })()
      .catch((err: unknown) => log(`could not answer ${m.id}: ${String(err)}`))
      .finally(() => inFlight.delete(p));
    inFlight.add(p);
  };

  c.addEventListener('message:received', (e) => {
    const m = e.detail;
    const from = m.fromHistory ? ' (history)' : '';
    if (m.chatKind === 'public') log(`#${m.chatId} ${name(m.author)}${from}: ${m.text}`);
    else {
      log(`1:1 from ${name(m.author)}${from}: ${m.text}`);
      answer(m);
    }
  });
  c.addEventListener('message:status', (e) => {
    if (e.detail.status === 'delivered' || e.detail.status === 'failed') {
      log(
        `answer ${e.detail.id.slice(0, 12)}… ${e.detail.status}${e.detail.failure ? `: ${e.detail.failure}` : ''}`,
      );
    }
  });
  c.addEventListener('peer:connected', (e) =>
    log(
      `connected to ${e.detail.id.slice(0, 12)}… (${e.detail.capability}${e.detail.mailserver ? ', mailserver' : ''})`,
    ),
  );
  c.addEventListener('peer:disconnected', (e) => log(`disconnected from ${e.detail.id.slice(0, 12)}…`));
  c.addEventListener('history:progress', (e) => {
    if (e.detail.done) log(`history: ${e.detail.envelopes} envelopes in ${e.detail.pages} page(s)`);
  });
  c.addEventListener('error', (e) => log(`error in ${e.detail.context}: ${e.detail.error.message}`));

  await c.joinPublicChat(config.chat);
  // What came in before a stop but was never answered.
  for (const chat of c.chats()) {
    if (chat.kind !== 'one-to-one') continue;
    const messages = await c.messages(chat.id, { limit: 500 });
    const answered = new Set(messages.filter((m) => m.outgoing && m.replyTo).map((m) => m.replyTo));
    for (const m of messages) if (!m.outgoing && !answered.has(m.id)) answer(m);
  }
  c.start();

  return {
    identity,
    client: c,
    async stop() {
      stopping = true;
      await Promise.allSettled([...inFlight]);
      await c.close();
      await closeStorage();
    },
  };
}
