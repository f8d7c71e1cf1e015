/**
 * A Status chat in a web page: `createClient` on `connectWebSocket` (RLPx end to end through a
 * WebSocket bridge) and `idbStorage` (IndexedDB), in plain DOM. The relay to use comes from the
 * page's query string: `?enode=enode://…@host:port&ws=ws://host:port/` (the bridge in front of
 * that node, which is also the mailserver); `server/main.ts` starts one and prints such a URL.
 *
 * The account's private key is kept in IndexedDB in clear, next to the client's state: fine for an
 * example, not for real money; a real app would seal it with `keystoreStore` and a password.
 */
import {
  type ChatInfo,
  type Client,
  createClient,
  createIdentity,
  generateAlias,
  type Identity,
  identiconDataUri,
  identityFromMnemonic,
  identityFromPrivateKey,
  type Message,
  type MessageStatus,
} from '@statuskit/core';
import { idbStorage } from '@statuskit/storage-idb';
import { connectWebSocket } from '@statuskit/transport-ws';
import { bytesToUtf8, fromHex, type Storage, toHex, utf8ToBytes } from '@statuskit/utils';

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => {
  const el = document.getElementById(id);
  if (el === null) throw new Error(`#${id} is missing`);
  return el as T;
};

const params = new URLSearchParams(location.search);
const relay = { enode: params.get('enode') ?? '', url: params.get('ws') ?? '' };
const ACCOUNT_KEY = utf8ToBytes('account');
const STATUS_MARK: Record<MessageStatus, string> = {
  sending: '…',
  sent: '✓',
  delivered: '✓✓',
  failed: '⚠ failed',
};

let client: Client | undefined;
let current: string | undefined;
const unread = new Map<string, number>();
const names = new Map<string, string>();
/** Status changes seen for messages not shown yet (a send resolves after its first change). */
const statuses = new Map<string, MessageStatus>();

/** The account store: its own database, holding the chat key only. */
async function accountStore(): Promise<Storage> {
  return idbStorage({ dbName: 'statuskit-browser-chat-account', durability: 'strict' });
}

async function loadIdentity(): Promise<Identity | undefined> {
  const store = await accountStore();
  try {
    const raw = await store.get(ACCOUNT_KEY);
    if (raw === undefined) return undefined;
    const { privateKey } = JSON.parse(bytesToUtf8(raw)) as { privateKey: string };
    return identityFromPrivateKey(fromHex(privateKey));
  } finally {
    await store.close();
  }
}

async function saveIdentity(identity: Identity): Promise<void> {
  const store = await accountStore();
  try {
    await store.put(ACCOUNT_KEY, utf8ToBytes(JSON.stringify({ privateKey: toHex(identity.privateKey) })));
  } finally {
    await store.close();
  }
}

function nameOf(key: string): string {
  let name = names.get(key);
  if (name === undefined) {
    name = generateAlias(key);
    names.set(key, name);
  }
  return name;
}

function renderChats(): void {
  if (client === undefined) return;
  const list = $('chats');
  list.replaceChildren(
    ...client
      .chats()
      .sort((a, b) => b.joinedAtMs - a.joinedAtMs)
      .map((chat) => {
        const li = document.createElement('li');
        const button = document.createElement('button');
        button.type = 'button';
        button.dataset.chat = chat.id;
        button.textContent = chat.kind === 'public' ? `#${chat.name}` : chat.name;
        if (chat.id === current) button.classList.add('active');
        const n = unread.get(chat.id) ?? 0;
        if (n > 0) {
          const badge = document.createElement('span');
          badge.className = 'unread';
          badge.textContent = String(n);
          button.append(badge);
        }
        button.addEventListener('click', () => void selectChat(chat.id));
        li.append(button);
        return li;
      }),
  );
}

function messageItem(m: Message): HTMLLIElement {
  const li = document.createElement('li');
  li.dataset.id = m.id;
  li.className = m.outgoing ? 'outgoing' : 'incoming';
  if (m.fromHistory) li.classList.add('history');
  if (!m.outgoing) {
    const author = document.createElement('span');
    author.className = 'author';
    author.textContent = nameOf(m.author);
    li.append(author);
  }
  const text = document.createElement('span');
  text.className = 'text';
  text.textContent = m.text;
  const meta = document.createElement('span');
  meta.className = 'meta';
  meta.textContent = new Date(Number(m.timestamp)).toLocaleTimeString();
  li.append(text, meta);
  if (m.outgoing) {
    const status = document.createElement('span');
    status.className = 'status meta';
    li.append(status);
    setStatus(li, statuses.get(m.id) ?? m.status ?? 'sending');
  }
  return li;
}

function setStatus(li: HTMLElement, status: MessageStatus): void {
  li.dataset.status = status;
  const el = li.querySelector('.status');
  if (el !== null) el.textContent = STATUS_MARK[status];
}

function showMessage(m: Message): void {
  const list = $('messages');
  if (list.querySelector(`li[data-id="${m.id}"]`) !== null) return;
  // Lamport order: insert before the first later message already shown.
  const item = messageItem(m);
  item.dataset.clock = m.clock.toString();
  const later = [...list.children].find((li) => BigInt((li as HTMLElement).dataset.clock ?? '0') > m.clock);
  list.insertBefore(item, later ?? null);
  list.scrollTop = list.scrollHeight;
}

async function selectChat(id: string): Promise<void> {
  if (client === undefined) return;
  const chat = client.chats().find((c) => c.id === id);
  if (chat === undefined) return;
  current = id;
  unread.delete(id);
  $('chat-title').textContent = chatTitle(chat);
  $('messages').replaceChildren();
  for (const m of await client.messages(id, { limit: 500 })) showMessage(m);
  $<HTMLInputElement>('text').disabled = false;
  $<HTMLButtonElement>('send').disabled = false;
  $('text').focus();
  renderChats();
}

function chatTitle(chat: ChatInfo): string {
  return chat.kind === 'public' ? `#${chat.name}` : `${chat.name} (1:1)`;
}

async function start(identity: Identity, mnemonic?: string): Promise<void> {
  if (relay.enode === '' || relay.url === '') {
    throw new Error('no relay: open this page with ?enode=enode://…&ws=ws://… (see the README)');
  }
  // One database per account: chats, messages, outbox, sessions, MVDS and synced history ranges.
  const storage = await idbStorage({
    dbName: `statuskit-browser-chat-${identity.publicKeyString.slice(4, 20)}`,
  });
  const c = await createClient({
    identity,
    storage,
    transports: [connectWebSocket],
    mailservers: [relay],
  });
  client = c;
  $('setup').hidden = true;
  $('app').hidden = false;
  $<HTMLImageElement>('identicon').src = identiconDataUri(identity.publicKey);
  $('alias').textContent = identity.alias;
  $('pubkey').textContent = identity.publicKeyString;
  if (mnemonic !== undefined) {
    $('mnemonic').textContent = mnemonic;
    $('mnemonic-box').hidden = false;
  }
  const peers = new Set<string>();
  const net = $('net');
  const showNet = () => {
    net.textContent = peers.size > 0 ? `online (${peers.size})` : 'offline';
    net.classList.toggle('offline', peers.size === 0);
  };
  c.addEventListener('peer:connected', (e) => {
    peers.add(e.detail.id);
    showNet();
  });
  c.addEventListener('peer:disconnected', (e) => {
    peers.delete(e.detail.id);
    showNet();
  });
  c.addEventListener('history:progress', (e) => {
    const p = e.detail;
    $('history').textContent = p.done
      ? `history synced (${p.envelopes} envelopes)`
      : `fetching history… ${p.envelopes} envelopes, ${p.remainingRanges} ranges left`;
  });
  c.addEventListener('message:received', (e) => {
    const m = e.detail;
    if (m.chatId === current) showMessage(m);
    else {
      unread.set(m.chatId, (unread.get(m.chatId) ?? 0) + 1);
      renderChats();
    }
  });
  c.addEventListener('message:status', (e) => {
    statuses.set(e.detail.id, e.detail.status);
    const li = document.querySelector<HTMLElement>(`#messages li[data-id="${e.detail.id}"]`);
    if (li !== null) setStatus(li, e.detail.status);
  });
  c.addEventListener('chat:updated', () => renderChats());
  c.addEventListener('error', (e) => console.warn('client:', e.detail.context, e.detail.error));
  renderChats();
  const first = c.chats().sort((a, b) => b.joinedAtMs - a.joinedAtMs)[0];
  if (first !== undefined) await selectChat(first.id);
}

function guard(what: string, run: () => Promise<void>): (e: Event) => void {
  return (e) => {
    e.preventDefault();
    run().catch((err: unknown) => {
      $(what).textContent = err instanceof Error ? err.message : String(err);
    });
  };
}

$('create').addEventListener(
  'click',
  guard('setup-error', async () => {
    const { mnemonic, identity } = await createIdentity();
    await saveIdentity(identity);
    await start(identity, mnemonic);
  }),
);

$('restore-form').addEventListener(
  'submit',
  guard('setup-error', async () => {
    const identity = await identityFromMnemonic($<HTMLTextAreaElement>('restore-phrase').value);
    await saveIdentity(identity);
    await start(identity);
  }),
);

$('join-form').addEventListener(
  'submit',
  guard('fatal', async () => {
    const input = $<HTMLInputElement>('public-name');
    const name = input.value.trim().replace(/^#/, '').toLowerCase();
    if (name === '' || client === undefined) return;
    const chat = await client.joinPublicChat(name);
    input.value = '';
    await selectChat(chat.id);
  }),
);

$('open-form').addEventListener(
  'submit',
  guard('fatal', async () => {
    const input = $<HTMLInputElement>('peer-key');
    if (client === undefined || input.value.trim() === '') return;
    const chat = await client.openChat(input.value.trim());
    input.value = '';
    await selectChat(chat.id);
  }),
);

$('composer').addEventListener(
  'submit',
  guard('fatal', async () => {
    const input = $<HTMLInputElement>('text');
    const chat = current === undefined ? undefined : client?.getChat(current);
    if (chat === undefined || input.value.trim() === '') return;
    const text = input.value;
    input.value = '';
    showMessage(await chat.sendText(text));
  }),
);

// Closing the tab closes the client (IndexedDB writes are committed per operation either way).
addEventListener('pagehide', () => void client?.close());

const boot = async () => {
  const identity = await loadIdentity();
  if (identity === undefined) $('setup').hidden = false;
  else await start(identity);
};
boot().catch((err: unknown) => {
  $('fatal').textContent = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
});
