/**
 * The popup: a thin view over the service worker's message API (`api.ts`). It holds no state of
 * its own; it asks the worker (which Chrome starts if it was stopped) and polls while open.
 */
import type { ChatView, MessageView, Reply, Request, Responses } from './api.js';

async function ask<T extends Request>(req: T): Promise<Responses[T['type']]> {
  const reply = (await chrome.runtime.sendMessage(req)) as Reply<Responses[T['type']]>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.result;
}

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;
const MARK = { sending: '…', sent: '✓', delivered: '✓✓', failed: '⚠' } as const;
let current: string | undefined;

function showError(err: unknown): void {
  $('error').textContent = err instanceof Error ? err.message : String(err);
}

async function refresh(): Promise<void> {
  const status = await ask({ type: 'status' });
  $('alias').textContent = status.alias;
  $('pubkey').textContent = status.publicKey;
  $<HTMLImageElement>('identicon').src = status.identicon;
  $('net').textContent = status.relay === null ? 'no relay' : status.peers > 0 ? 'online' : 'connecting…';
  $('relay-form').hidden = status.relay !== null;
  if (status.relay === null) return;
  const chats: ChatView[] = await ask({ type: 'chats' });
  const select = $<HTMLSelectElement>('chats');
  if (current === undefined) current = chats[0]?.id;
  select.replaceChildren(
    ...chats.map((c) => {
      const o = document.createElement('option');
      o.value = c.id;
      o.textContent = c.kind === 'public' ? `#${c.name}` : c.name;
      o.selected = c.id === current;
      return o;
    }),
  );
  if (current === undefined) return;
  const messages: MessageView[] = await ask({ type: 'messages', chatId: current, limit: 50 });
  $('messages').replaceChildren(
    ...messages.map((m) => {
      const li = document.createElement('li');
      li.className = m.outgoing ? 'outgoing' : 'incoming';
      li.textContent = m.outgoing && m.status !== null ? `${m.text} ${MARK[m.status]}` : m.text;
      return li;
    }),
  );
}

$('chats').addEventListener('change', () => {
  current = $<HTMLSelectElement>('chats').value;
  refresh().catch(showError);
});

$('relay-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const relay = {
    enode: $<HTMLInputElement>('relay-enode').value.trim(),
    ws: $<HTMLInputElement>('relay-ws').value.trim(),
  };
  ask({ type: 'configure', relay }).then(refresh).catch(showError);
});

$('open-form').addEventListener('submit', (e) => {
  e.preventDefault();
  const target = $<HTMLInputElement>('target').value.trim();
  const req: Request = target.startsWith('#')
    ? { type: 'join', name: target.slice(1) }
    : { type: 'open', publicKey: target };
  ask(req)
    .then((chat) => {
      current = (chat as ChatView).id;
      $<HTMLInputElement>('target').value = '';
      return refresh();
    })
    .catch(showError);
});

$('composer').addEventListener('submit', (e) => {
  e.preventDefault();
  const input = $<HTMLInputElement>('text');
  if (current === undefined || input.value.trim() === '') return;
  ask({ type: 'send', chatId: current, text: input.value })
    .then(() => {
      input.value = '';
      return refresh();
    })
    .catch(showError);
});

refresh().catch(showError);
setInterval(() => refresh().catch(showError), 1500);
