/**
 * The message API between the popup (or any extension page) and the service worker, sent with
 * `chrome.runtime.sendMessage`. Everything is JSON-safe: keys are `0x04…` strings, clocks are
 * decimal strings, timestamps unix ms numbers.
 */

/** The relay: its enode and the WebSocket bridge in front of it (also the mailserver). */
export interface RelayConfig {
  enode: string;
  ws: string;
}

export type Request =
  | { type: 'status' }
  | { type: 'configure'; relay: RelayConfig }
  | { type: 'chats' }
  | { type: 'join'; name: string }
  | { type: 'open'; publicKey: string }
  | { type: 'send'; chatId: string; text: string }
  | { type: 'messages'; chatId: string; limit?: number };

export interface StatusView {
  /** A new value each time the service worker starts. */
  bootId: string;
  bootedAtMs: number;
  publicKey: string;
  alias: string;
  /** PNG data URI. */
  identicon: string;
  relay: RelayConfig | null;
  peers: number;
}

export interface ChatView {
  id: string;
  kind: 'public' | 'one-to-one' | 'private-group';
  name: string;
}

export interface MessageView {
  id: string;
  chatId: string;
  author: string;
  outgoing: boolean;
  text: string;
  clock: string;
  timestampMs: number;
  status: 'sending' | 'sent' | 'delivered' | 'failed' | null;
  fromHistory: boolean;
}

export interface Responses {
  status: StatusView;
  configure: StatusView;
  chats: ChatView[];
  join: ChatView;
  open: ChatView;
  send: MessageView;
  messages: MessageView[];
}

export type Reply<T> = { ok: true; result: T } | { ok: false; error: string };
