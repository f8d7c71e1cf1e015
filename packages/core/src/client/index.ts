/**
 * The client: `createClient` and the types of what it holds (chats, messages, contacts, events).
 */
export { type Chat, type Client, type ClientOptions, createClient } from './client.js';
export type { ClientTransport, HostPortCarrier, PeerAddress, UrlCarrier } from './connections.js';
export { mergeRanges, missingRanges, planHistory, type Range as HistoryRange } from './history.js';
export type * from './types.js';
