/**
 * What the page needs on this machine: a relay that is also a mailserver, reachable over WebSocket
 * (the bridge hands RLPx to it in-process) and TCP, and a static server for the built page. Used by
 * `pnpm start` and by the test.
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve } from 'node:path';
import { type Relay, startRelay } from '@statuskit/demo/relay';
import { build } from 'vite';

export const EXAMPLE_DIR = resolve(import.meta.dirname, '..');

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};

/** Builds the page with Vite into `outDir` (default `dist/`). */
export async function buildPage(outDir = join(EXAMPLE_DIR, 'dist')): Promise<string> {
  await build({
    configFile: join(EXAMPLE_DIR, 'vite.config.ts'),
    build: { outDir, emptyOutDir: true },
  });
  return outDir;
}

/** Serves `dir` read-only on loopback. */
export async function serveStatic(dir: string, port = 0): Promise<{ url: string; close(): Promise<void> }> {
  const root = resolve(dir);
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
    const file = normalize(join(root, path === '/' ? 'index.html' : path));
    if (!file.startsWith(root)) {
      res.writeHead(403).end();
      return;
    }
    stat(file).then(
      (s) => {
        if (!s.isFile()) throw new Error('not a file');
        res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
        createReadStream(file).pipe(res);
      },
      () => res.writeHead(404).end('not found'),
    );
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  const { port: bound } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${bound}/`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** The page's URL for a relay. */
export function pageUrl(base: string, relay: Relay): string {
  const u = new URL(base);
  u.searchParams.set('enode', relay.enode);
  u.searchParams.set('ws', relay.wsUrl);
  return u.toString();
}

export { type Relay, startRelay };
