/**
 * The MV3 extension loaded unpacked into Debian's Chromium (playwright-core, headless): its service
 * worker runs the Status client, reached from the popup through `chrome.runtime.sendMessage`, and
 * talks 1:1 with a Node client through a relay + mailserver on loopback (the page's RLPx goes over
 * the relay's WebSocket bridge). Then the worker is stopped through the DevTools protocol
 * (`ServiceWorker.stopAllWorkers`), the Node client writes to it while it is stopped, and the popup
 * opening again is the event that starts it: a new worker instance rebuilds the client from
 * IndexedDB, the message arrives (and is acknowledged), and the session carries on.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Client, createClient, createIdentity } from '@statuskit/core';
import { type Relay, startRelay } from '@statuskit/demo/relay';
import { tcp } from '@statuskit/transport-node';
import { fromHex } from '@statuskit/utils';
import { type BrowserContext, type CDPSession, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildExtension } from '../build.js';
import type { MessageView, Reply, Request, Responses, StatusView } from '../src/api.js';

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const STEP_MS = 20_000;

describe('examples/extension: the client in an MV3 service worker', () => {
  let relay: Relay;
  let ctx: BrowserContext;
  let page: Page;
  let cdp: CDPSession;
  let popupUrl: string;
  let swUrl: string;
  let bob: Client;
  let extKey: string;
  const bobReceived: string[] = [];
  const bobStatus = new Map<string, string>();
  /** The worker's running states as DevTools reports them, in order. */
  const swStates: string[] = [];

  /** A request to the service worker, from the extension page (Chrome starts the worker if needed). */
  async function ask<T extends Request>(req: T): Promise<Responses[T['type']]> {
    const reply = (await page.evaluate((r) => chrome.runtime.sendMessage(r), req)) as Reply<
      Responses[T['type']]
    >;
    if (!reply.ok) throw new Error(`service worker: ${reply.error}`);
    return reply.result;
  }
  const messagesWithBob = () =>
    ask({ type: 'messages', chatId: bob.identity.publicKeyString }) as Promise<MessageView[]>;
  const extStatusOf = async (text: string) => (await messagesWithBob()).find((m) => m.text === text)?.status;

  beforeAll(async () => {
    const [dir, r] = await Promise.all([
      buildExtension(mkdtempSync(join(tmpdir(), 'sk-ext-build-'))),
      startRelay(),
    ]);
    relay = r;
    const { identity } = await createIdentity();
    bob = await createClient({ identity, transports: [tcp()], mailservers: [relay.enode] });
    bob.addEventListener('message:received', (e) => bobReceived.push(e.detail.text));
    bob.addEventListener('message:status', (e) => bobStatus.set(e.detail.id, e.detail.status));
    ctx = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'sk-ext-profile-')), {
      executablePath: '/usr/bin/chromium',
      headless: true,
      args: [...CHROMIUM_ARGS, `--disable-extensions-except=${dir}`, `--load-extension=${dir}`],
    });
    const sw = ctx.serviceWorkers()[0] ?? (await ctx.waitForEvent('serviceworker', { timeout: 15_000 }));
    swUrl = sw.url();
    popupUrl = `chrome-extension://${new URL(swUrl).host}/popup.html`;
    page = await ctx.newPage();
    await page.goto(popupUrl);
    cdp = await ctx.newCDPSession(page);
    cdp.on('ServiceWorker.workerVersionUpdated', (e) => {
      for (const v of e.versions) if (v.scriptURL === swUrl) swStates.push(v.runningStatus);
    });
    await cdp.send('ServiceWorker.enable');
  }, 60_000);

  afterAll(async () => {
    await ctx?.close();
    await bob?.close();
    await relay?.close();
  });

  it('loads unpacked: the worker makes an account and connects through the bridge', async () => {
    const first = await ask({ type: 'status' });
    expect(first.publicKey).toMatch(/^0x04[0-9a-f]{128}$/);
    expect(first.identicon).toMatch(/^data:image\/png;base64,/);
    expect(first.relay).toBeNull();
    await ask({ type: 'configure', relay: { enode: relay.enode, ws: relay.wsUrl } });
    await expect.poll(async () => (await ask({ type: 'status' })).peers, { timeout: STEP_MS }).toBe(1);
    extKey = first.publicKey;
    // The popup shows it too.
    await page.reload();
    await page.locator('#alias', { hasText: first.alias }).waitFor({ timeout: STEP_MS });
  }, 40_000);

  it('exchanges 1:1 messages with a Node client, both delivered', async () => {
    const sent = await ask({
      type: 'send',
      chatId: bob.identity.publicKeyString,
      text: 'hello from the extension',
    });
    expect(sent.author).toBe(extKey);
    await expect
      .poll(() => bobReceived.includes('hello from the extension'), { timeout: STEP_MS })
      .toBe(true);
    await expect.poll(() => extStatusOf('hello from the extension'), { timeout: STEP_MS }).toBe('delivered');

    const reply = await (await bob.openChat(extKey)).sendText('hello from node');
    await expect
      .poll(async () => (await messagesWithBob()).some((m) => m.text === 'hello from node'), {
        timeout: STEP_MS,
      })
      .toBe(true);
    await expect.poll(() => bobStatus.get(reply.id), { timeout: STEP_MS }).toBe('delivered');
  }, 50_000);

  it('is stopped, gets a message while stopped, and has it after the next event restarts it', async () => {
    const before: StatusView = await ask({ type: 'status' });
    const installations = async () =>
      (await bob.secureTransport.getInstallations(fromHex(extKey))).map((i) => i.id);
    const installationsBefore = await installations();
    expect(installationsBefore).toHaveLength(1);
    await page.goto('about:blank'); // the popup closes: nothing asks the worker anything now
    const mark = swStates.length;
    await cdp.send('ServiceWorker.stopAllWorkers');
    await expect.poll(() => swStates.slice(mark).includes('stopped'), { timeout: STEP_MS }).toBe(true);

    const away = await (await bob.openChat(extKey)).sendText('sent while the worker was stopped');
    await expect
      .poll(() => away.status === 'sent' || bobStatus.get(away.id) === 'sent', { timeout: STEP_MS })
      .toBe(true);
    // Still stopped when the message has left (to the relay and its mailserver archive).
    const sinceStop = swStates.slice(swStates.indexOf('stopped', mark));
    expect(sinceStop.filter((s) => s === 'starting' || s === 'running')).toEqual([]);

    // The next event: the popup opens and asks for the status.
    await page.goto(popupUrl);
    const after = await ask({ type: 'status' });
    expect(after.bootId).not.toBe(before.bootId); // a new worker instance
    expect(after.bootedAtMs).toBeGreaterThan(before.bootedAtMs);
    expect(after.publicKey).toBe(before.publicKey);
    expect(after.relay).toEqual(before.relay);

    await expect
      .poll(async () => (await messagesWithBob()).map((m) => m.text), { timeout: 30_000 })
      .toContain('sent while the worker was stopped');
    await expect.poll(() => bobStatus.get(away.id), { timeout: STEP_MS }).toBe('delivered');

    // The session carries on from IndexedDB.
    await ask({ type: 'send', chatId: bob.identity.publicKeyString, text: 'back after the restart' });
    await expect.poll(() => bobReceived.includes('back after the restart'), { timeout: STEP_MS }).toBe(true);
    await expect.poll(() => extStatusOf('back after the restart'), { timeout: STEP_MS }).toBe('delivered');
    expect((await messagesWithBob()).map((m) => m.text)).toEqual([
      'hello from the extension',
      'hello from node',
      'sent while the worker was stopped',
      'back after the restart',
    ]);
    expect(bobReceived.filter((t) => t === 'hello from the extension')).toHaveLength(1);
    // The restarted worker is the same installation (ID and sessions from IndexedDB), not a new device.
    expect(await installations()).toEqual(installationsBefore);
    await page
      .locator('#messages li', { hasText: 'sent while the worker was stopped' })
      .waitFor({ timeout: STEP_MS });
  }, 58_000);
});
