/**
 * The browser chat page in Debian's Chromium (playwright-core) against a Node client, through a
 * relay + mailserver on loopback whose WebSocket bridge carries the page's RLPx: public and 1:1
 * messages both ways with delivery status; then the page is left, messages are sent to it while
 * it is gone, and it is opened again: identity, chats, sessions and history come back from
 * IndexedDB, what was sent meanwhile arrives, and the conversation goes on with nothing lost or
 * doubled. The last step saves a screenshot (to the README's PNG with UPDATE_SCREENSHOT=1).
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  type Client,
  type ClientEvents,
  createClient,
  createIdentity,
  generateAlias,
  identityFromMnemonic,
} from '@statuskit/core';
import { tcp } from '@statuskit/transport-node';
import { fromHex } from '@statuskit/utils';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildPage, EXAMPLE_DIR, pageUrl, type Relay, serveStatic, startRelay } from '../server/serve.js';

const CHROMIUM_ARGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
];
const PUBLIC = 'statuskit-browser';
const STEP_MS = 20_000;

/** Resolves with the first `type` event of `client` that matches, or fails after `ms`. */
function nextEvent<K extends keyof ClientEvents>(
  client: Client,
  type: K,
  match: (detail: ClientEvents[K]) => boolean,
  ms = STEP_MS,
): Promise<ClientEvents[K]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      client.removeEventListener(type, listener);
      reject(new Error(`no matching ${String(type)} within ${ms} ms`));
    }, ms);
    const listener = (e: CustomEvent<ClientEvents[K]>) => {
      if (!match(e.detail)) return;
      clearTimeout(timer);
      client.removeEventListener(type, listener);
      resolve(e.detail);
    };
    client.addEventListener(type, listener);
  });
}

/** The texts of the messages shown in the page's open chat, in order. */
const shownTexts = (page: Page) => page.locator('#messages li .text').allTextContents();
const statusOf = (page: Page, text: string) =>
  page.locator('#messages li', { has: page.locator('.text', { hasText: text }) }).getAttribute('data-status');

describe('examples/browser-chat in Chromium', () => {
  let relay: Relay;
  let site: Awaited<ReturnType<typeof serveStatic>>;
  let url: string;
  let browser: Browser;
  let page: Page;
  let bob: Client;
  let pageKey: string;
  const pageErrors: string[] = [];
  const bobRejected: ClientEvents['message:rejected'][] = [];
  const bobReceived: string[] = [];
  const bobStatus = new Map<string, string>();
  const statusAtBob = (id: string) => bobStatus.get(id);

  beforeAll(async () => {
    const [dir, r] = await Promise.all([
      buildPage(mkdtempSync(join(tmpdir(), 'sk-browser-chat-'))),
      startRelay(),
    ]);
    relay = r;
    site = await serveStatic(dir);
    url = pageUrl(site.url, relay);
    const { identity } = await createIdentity();
    bob = await createClient({ identity, transports: [tcp()], mailservers: [relay.enode] });
    bob.addEventListener('message:rejected', (e) => bobRejected.push(e.detail));
    bob.addEventListener('message:received', (e) => bobReceived.push(e.detail.text));
    bob.addEventListener('message:status', (e) => bobStatus.set(e.detail.id, e.detail.status));
    browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
    const context = await browser.newContext({ viewport: { width: 1000, height: 600 } });
    page = await context.newPage();
    page.on('pageerror', (err) => pageErrors.push(err.message));
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await bob?.close();
    await site?.close();
    await relay?.close();
  });

  it('creates an account: mnemonic, three-word name and identicon, online through the bridge', async () => {
    await page.goto(url);
    await page.click('#create');
    await page.locator('#alias').filter({ hasText: /\S/ }).waitFor({ timeout: STEP_MS });
    pageKey = (await page.textContent('#pubkey')) ?? '';
    expect(pageKey).toMatch(/^0x04[0-9a-f]{128}$/);
    expect(await page.textContent('#alias')).toBe(generateAlias(pageKey));
    const mnemonic = (await page.textContent('#mnemonic')) ?? '';
    expect(mnemonic.split(' ')).toHaveLength(12);
    expect((await identityFromMnemonic(mnemonic)).publicKeyString).toBe(pageKey);
    expect(await page.getAttribute('#identicon', 'src')).toMatch(/^data:image\/png;base64,/);
    await page.locator('#net', { hasText: 'online' }).waitFor({ timeout: STEP_MS });
  }, 40_000);

  it('exchanges public chat messages both ways', async () => {
    const bobChat = await bob.joinPublicChat(PUBLIC);
    await page.fill('#public-name', PUBLIC);
    await page.click('#join');
    await page.locator('#chat-title', { hasText: `#${PUBLIC}` }).waitFor({ timeout: STEP_MS });

    const atBob = nextEvent(bob, 'message:received', (m) => m.text === 'hello from the page');
    await page.fill('#text', 'hello from the page');
    await page.click('#send');
    const got = await atBob;
    expect(got.chatId).toBe(PUBLIC);
    expect(got.author).toBe(pageKey);
    await expect.poll(() => statusOf(page, 'hello from the page'), { timeout: STEP_MS }).toBe('sent');

    await bobChat.sendText('hello from node');
    await page
      .locator('#messages li.incoming .text', { hasText: 'hello from node' })
      .waitFor({ timeout: STEP_MS });
    expect(await page.locator('#messages li.incoming .author').first().textContent()).toBe(
      bob.identity.alias,
    );
  }, 50_000);

  it('exchanges 1:1 messages both ways, each delivered', async () => {
    await page.fill('#peer-key', bob.identity.publicKeyString);
    await page.click('#open');
    await page.locator('#chat-title', { hasText: bob.identity.alias }).waitFor({ timeout: STEP_MS });

    const atBob = nextEvent(bob, 'message:received', (m) => m.text === '1:1 from the page');
    await page.fill('#text', '1:1 from the page');
    await page.click('#send');
    const got = await atBob;
    expect(got).toMatchObject({ chatId: pageKey, chatKind: 'one-to-one', author: pageKey });
    await expect.poll(() => statusOf(page, '1:1 from the page'), { timeout: STEP_MS }).toBe('delivered');

    const bobChat = await bob.openChat(pageKey);
    const sent = await bobChat.sendText('1:1 from node');
    const delivered = nextEvent(bob, 'message:status', (s) => s.id === sent.id && s.status === 'delivered');
    await page
      .locator('#messages li.incoming .text', { hasText: '1:1 from node' })
      .waitFor({ timeout: STEP_MS });
    await delivered;
  }, 50_000);

  it('after leaving and reopening the page, everything comes back from IndexedDB and nothing is lost', async () => {
    const installations = async () =>
      (await bob.secureTransport.getInstallations(fromHex(pageKey))).map((i) => i.id);
    const installationsBefore = await installations();
    expect(installationsBefore).toHaveLength(1);
    await page.goto('about:blank'); // the client closes on pagehide; its state stays in IndexedDB
    const bob1 = await bob.openChat(pageKey);
    const away = await bob1.sendText('1:1 while the page was closed');
    const awayPublic = await bob.getChat(PUBLIC)?.sendText('public while the page was closed');
    // Both left for the relay (and its mailserver archive) while the page was away.
    await expect
      .poll(() => away.status === 'sent' || statusAtBob(away.id) === 'sent', { timeout: STEP_MS })
      .toBe(true);
    await expect
      .poll(() => awayPublic?.status === 'sent' || statusAtBob(awayPublic?.id ?? '') === 'sent', {
        timeout: STEP_MS,
      })
      .toBe(true);
    await page.goto(url);
    // The same account, no setup asked for.
    await page.locator('#alias').filter({ hasText: /\S/ }).waitFor({ timeout: STEP_MS });
    expect(await page.textContent('#pubkey')).toBe(pageKey);
    expect(await page.isHidden('#setup')).toBe(true);
    expect(await page.locator('#chats button').evaluateAll((bs) => bs.map((b) => b.dataset.chat))).toEqual(
      expect.arrayContaining([PUBLIC, bob.identity.publicKeyString]),
    );

    // 1:1: the history from before, the message sent meanwhile, then the session goes on.
    await page.click(`#chats button[data-chat="${bob.identity.publicKeyString}"]`);
    await page
      .locator('#messages li.incoming .text', { hasText: '1:1 while the page was closed' })
      .waitFor({ timeout: 30_000 });
    await expect.poll(() => statusAtBob(away.id), { timeout: STEP_MS }).toBe('delivered');
    const atBob = nextEvent(bob, 'message:received', (m) => m.text === '1:1 after the reload');
    await page.fill('#text', '1:1 after the reload');
    await page.click('#send');
    await atBob;
    await expect.poll(() => statusOf(page, '1:1 after the reload'), { timeout: STEP_MS }).toBe('delivered');
    expect(await shownTexts(page)).toEqual([
      '1:1 from the page',
      '1:1 from node',
      '1:1 while the page was closed',
      '1:1 after the reload',
    ]);
    expect(await statusOf(page, '1:1 from the page')).toBe('delivered');

    // Public: the earlier messages from IndexedDB, the missed one from the mailserver.
    await page.click(`#chats button[data-chat="${PUBLIC}"]`);
    await page
      .locator('#messages li.incoming .text', { hasText: 'public while the page was closed' })
      .waitFor({ timeout: 30_000 });
    expect(await shownTexts(page)).toEqual([
      'hello from the page',
      'hello from node',
      'public while the page was closed',
    ]);

    // The same installation of the page (its ID and sessions came back), not a new device.
    expect(await installations()).toEqual(installationsBefore);
    // Bob got each page message exactly once and never failed to decrypt one.
    expect(bobReceived.filter((t) => t === '1:1 from the page')).toHaveLength(1);
    expect(bobReceived.filter((t) => t === '1:1 after the reload')).toHaveLength(1);
    expect(bobRejected.filter((r) => r.reason === 'decrypt-failed')).toEqual([]);
    expect(pageErrors).toEqual([]);

    // A plain reload shows the same conversation again, from IndexedDB.
    await page.reload();
    await page.click(`#chats button[data-chat="${bob.identity.publicKeyString}"]`);
    await page.locator('#messages li').nth(3).waitFor({ timeout: STEP_MS });
    expect(await shownTexts(page)).toEqual([
      '1:1 from the page',
      '1:1 from node',
      '1:1 while the page was closed',
      '1:1 after the reload',
    ]);
    const shot =
      process.env.UPDATE_SCREENSHOT === '1'
        ? join(EXAMPLE_DIR, 'screenshot.png')
        : join(mkdtempSync(join(tmpdir(), 'sk-shot-')), 'screenshot.png');
    const png = await page.screenshot({ path: shot });
    expect(png.length).toBeGreaterThan(1000);
  }, 58_000);
});
