/** Node-only helpers of the transport-ws tests: a TCP echo upstream, raw `ws` clients, waiting. */
import { createServer, type Server, type Socket } from 'node:net';
import { type ClientOptions, WebSocket } from 'ws';
import { waitUntil } from '../../../../test/support/wait.js';

/** A TCP server that echoes every byte, counting its open sockets. */
export interface EchoServer {
  readonly port: number;
  readonly endpoint: string;
  /** Sockets currently open on the server. */
  readonly open: Set<Socket>;
  close(): Promise<void>;
}

export async function echoServer(): Promise<EchoServer> {
  const open = new Set<Socket>();
  const server: Server = createServer((socket) => {
    open.add(socket);
    socket.on('close', () => open.delete(socket));
    socket.on('error', () => {});
    socket.pipe(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as { port: number }).port;
  return {
    port,
    endpoint: `127.0.0.1:${port}`,
    open,
    close: () =>
      new Promise<void>((resolve) => {
        for (const s of open) s.destroy();
        server.close(() => resolve());
      }),
  };
}

/** A raw `ws` client whose close code and reason the test reads. */
export interface RawClient {
  readonly ws: WebSocket;
  readonly opened: Promise<void>;
  readonly closed: Promise<{ code: number; reason: string }>;
  /** Binary messages received so far, concatenated length. */
  received(): number;
}

export function rawClient(url: string, options: ClientOptions = {}): RawClient {
  const ws = new WebSocket(url, options);
  let bytes = 0;
  ws.on('message', (data: Buffer) => {
    bytes += data.length;
  });
  ws.on('error', () => {});
  const opened = new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('close', () => reject(new Error('closed before open')));
  });
  opened.catch(() => {});
  const closed = new Promise<{ code: number; reason: string }>((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
  return { ws, opened, closed, received: () => bytes };
}

/** Polls `pred` until true, failing after `ms`. */
export const until = (pred: () => boolean, what: string, ms = 10_000) => waitUntil(pred, what, ms, 5);
