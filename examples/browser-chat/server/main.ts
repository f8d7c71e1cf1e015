/**
 * `pnpm start`: builds the page, starts a relay + mailserver on loopback (TCP and WebSocket) and
 * serves the page; open the printed URL in two browser profiles (or one and `examples/node-bot`)
 * and chat. Ctrl-C stops everything.
 */
import { buildPage, pageUrl, serveStatic, startRelay } from './serve.js';

const port = Number(process.env.PORT ?? 5173);
const dir = await buildPage();
const relay = await startRelay({
  port: Number(process.env.RELAY_PORT ?? 30303),
  wsPort: Number(process.env.WS_PORT ?? 8546),
});
const site = await serveStatic(dir, port);
console.log(`relay (TCP, for Node clients): ${relay.enode}`);
console.log(`relay (WebSocket bridge):      ${relay.wsUrl}`);
console.log(`open: ${pageUrl(site.url, relay)}`);
const stop = async () => {
  await site.close();
  await relay.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
