/**
 * The extension's service worker: one Status client (`createClient` on `connectWebSocket` and
 * IndexedDB), answering the popup's requests (`api.ts`). Chrome stops an idle service worker after
 * about 30 s and starts it again for the next event; nothing lives only in memory: the account,
 * the relay, chats, messages, the outbox, sessions, MVDS and synced history ranges are all in
 * IndexedDB, so each start rebuilds the client from there, reconnects, and fetches from the
 * mailserver what arrived while it was stopped.
 */
import {
  type ChatInfo,
  type Client,
  createClient,
  createIdentity,
  type Identity,
  identiconDataUri,
  identityFromPrivateKey,
  type Message,
} from '@statuskit/core';
import { idbStorage } from '@statuskit/storage-idb';
import { connectWebSocket } from '@statuskit/transport-ws';
import { bytesToUtf8, fromHex, type Storage, toHex, utf8ToBytes } from '@statuskit/utils';
import type { ChatView, MessageView, RelayConfig, Reply, Request, Responses, StatusView } from './api.js';

const bootId = crypto.randomUUID();
const bootedAtMs = Date.now();
const ACCOUNT = utf8ToBytes('account');
const RELAY = utf8ToBytes('relay');

interface State {
  settings: Storage;
  identity: Identity;
  relay: RelayConfig | null;
  client: Client | null;
  peers: Set<string>;
}

async function readJson<T>(store: Storage, key: Uint8Array): Promise<T | undefined> {
  const raw = await store.get(key);
  return raw === undefined ? undefined : (JSON.parse(bytesToUtf8(raw)) as T);
}

const writeJson = (store: Storage, key: Uint8Array, value: unknown) =>
  store.put(key, utf8ToBytes(JSON.stringify(value)));

async function boot(): Promise<State> {
  const settings = await idbStorage({ dbName: 'statuskit-extension-settings', durability: 'strict' });
  const saved = await readJson<{ privateKey: string }>(settings, ACCOUNT);
  let identity: Identity;
  if (saved === undefined) {
    // First start: a new account. (A real wallet would seal the key with keystoreStore.)
    identity = (await createIdentity()).identity;
    await writeJson(settings, ACCOUNT, { privateKey: toHex(identity.privateKey) });
  } else {
    identity = identityFromPrivateKey(fromHex(saved.privateKey));
  }
  const state: State = {
    settings,
    identity,
    relay: (await readJson<RelayConfig>(settings, RELAY)) ?? null,
    client: null,
    peers: new Set(),
  };
  if (state.relay !== null) await startClient(state);
  return state;
}

async function startClient(state: State): Promise<void> {
  if (state.relay === null) return;
  const client = await createClient({
    identity: state.identity,
    storage: await idbStorage({ dbName: 'statuskit-extension-client' }),
    transports: [connectWebSocket],
    mailservers: [{ enode: state.relay.enode, url: state.relay.ws }],
  });
  client.addEventListener('peer:connected', (e) => state.peers.add(e.detail.id));
  client.addEventListener('peer:disconnected', (e) => state.peers.delete(e.detail.id));
  client.addEventListener('error', (e) => console.warn('statuskit:', e.detail.context, e.detail.error));
  state.client = client;
}

// Started at once on every start of the worker, whatever event woke it.
const state = boot();

const statusView = (s: State): StatusView => ({
  bootId,
  bootedAtMs,
  publicKey: s.identity.publicKeyString,
  alias: s.identity.alias,
  identicon: identiconDataUri(s.identity.publicKey),
  relay: s.relay,
  peers: s.peers.size,
});

const chatView = (c: ChatInfo): ChatView => ({ id: c.id, kind: c.kind, name: c.name });

const messageView = (m: Message): MessageView => ({
  id: m.id,
  chatId: m.chatId,
  author: m.author,
  outgoing: m.outgoing,
  text: m.text,
  clock: m.clock.toString(),
  timestampMs: Number(m.timestamp),
  status: m.status ?? null,
  fromHistory: m.fromHistory === true,
});

function clientOf(s: State): Client {
  if (s.client === null) throw new Error('no relay configured yet');
  return s.client;
}

async function handle(req: Request): Promise<Responses[Request['type']]> {
  const s = await state;
  switch (req.type) {
    case 'status':
      return statusView(s);
    case 'configure': {
      if (typeof req.relay?.enode !== 'string' || typeof req.relay?.ws !== 'string') {
        throw new TypeError('relay must be { enode, ws }');
      }
      await s.client?.close();
      s.client = null;
      s.peers.clear();
      s.relay = { enode: req.relay.enode, ws: req.relay.ws };
      await writeJson(s.settings, RELAY, s.relay);
      await startClient(s);
      return statusView(s);
    }
    case 'chats':
      return clientOf(s)
        .chats()
        .sort((a, b) => b.joinedAtMs - a.joinedAtMs)
        .map(chatView);
    case 'join':
      return chatView((await clientOf(s).joinPublicChat(req.name)).info());
    case 'open':
      return chatView((await clientOf(s).openChat(req.publicKey)).info());
    case 'send': {
      const client = clientOf(s);
      const chat = client.getChat(req.chatId) ?? (await client.openChat(req.chatId));
      return messageView(await chat.sendText(req.text));
    }
    case 'messages': {
      const client = clientOf(s);
      const limit = req.limit ?? 100;
      // The latest statuses: a message's stored record is updated as it goes sent → delivered.
      return (await client.messages(req.chatId, { limit })).map(messageView);
    }
    default:
      throw new TypeError(`unknown request ${(req as { type?: unknown }).type}`);
  }
}

// Registered synchronously at the top level, so that the event that starts the worker reaches it.
chrome.runtime.onMessage.addListener((message, sender, sendResponse) => {
  if (sender.id !== chrome.runtime.id) return undefined; // only our own pages
  handle(message as Request).then(
    (result) => sendResponse({ ok: true, result } satisfies Reply<unknown>),
    (err: unknown) =>
      sendResponse({
        ok: false,
        error: err instanceof Error ? err.message : String(err),
      } satisfies Reply<unknown>),
  );
  return true; // the answer comes asynchronously
});
