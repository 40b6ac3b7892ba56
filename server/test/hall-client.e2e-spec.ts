import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { axe } from './support/axe';
import { launchBrowser, waitForExpression } from './support/browser';
import { createApp, TestApp } from './support/create-app';
import { SCREENSHOTS } from './support/screenshots';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
const CLIENT_DIST = join(__dirname, '..', '..', 'client', 'dist');

/** Count shown for a booth in list mode (0 when the badge is absent). */
async function listCount(page: Page, boothId: string): Promise<number> {
  // Read in one step: the badge comes and goes with the count, so a found-then-read locator could wait on
  // a badge that has just been removed.
  const label = await page.evaluate(
    `document.querySelector('[data-booth-id="${boothId}"] [data-testid="live-count"]')?.getAttribute('aria-label') ?? ''`,
  );
  return Number(String(label).match(/\d+/)?.[0] ?? 0);
}

async function waitForCount(page: Page, boothId: string, want: (n: number) => boolean): Promise<number> {
  const deadline = Date.now() + 15_000; // generous: CI machines may be busy
  for (;;) {
    const n = await listCount(page, boothId);
    if (want(n) || Date.now() > deadline) return n;
    await page.waitForTimeout(100);
  }
}

/**
 * The hall client against the real server and the seeded 500-booth fair, its hall open (DEMO_LIVE):
 * two visitors in two browsers, one in the 3D hall (WebGL on SwiftShader), one in list mode on a phone.
 */
describe('the hall in headless Chromium', () => {
  let t: TestApp;
  let siti: Browser;
  let budi: Browser;

  beforeAll(async () => {
    [t, siti, budi] = await Promise.all([
      createApp({ seed: true, env: { CLIENT_DIST, DEMO_LIVE: '1', AUTH_RATE_LIMIT_PER_MIN: '1000' } }),
      launchBrowser(),
      launchBrowser(),
    ]);
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await Promise.all([siti?.close(), budi?.close()]);
    await t?.close();
  });

  async function enter(browser: Browser, name: string): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
    await page.goto(`${t.url}/e/opop-2020`);
    await page.getByTestId('guest-name').fill(name);
    await page.getByTestId('enter-guest').click();
    await page.waitForURL(/\/hall/);
    return page;
  }

  const errors: string[] = [];
  let a: Page; // Siti, 3D hall
  let b: Page; // Budi, list mode
  let boothId: string;

  it('enters as a guest into the 3D hall, drawn with WebGL, and the entry page passes axe', async () => {
    const page = await siti.context.newPage();
    await page.goto(`${t.url}/e/opop-2020`);
    await page.getByTestId('guest-name').waitFor();
    // The page's own content (the shared header is the frame's; see the report about its live badge).
    expect(await axe(page, '#main')).toEqual([]);
    await page.close();

    a = await enter(siti, 'Siti Aminah');
    await a.getByTestId('hall3d').waitFor();
    expect(await a.evaluate(`!!document.querySelector('canvas')?.getContext('webgl2')`)).toBe(true);
    expect(await a.getAttribute('[data-testid=hall]', 'data-view')).toBe('3d');
    await a.waitForTimeout(2500); // the first frames on SwiftShader
    await a.screenshot({ path: join(SCREENSHOTS, 'hall-3d-id.png') });
  });

  it('walks to a booth by clicking it; the panel shows products with rupiah prices', async () => {
    // The booth in the first row to the right of the central aisle (the camera's start is fixed).
    await a.getByTestId('hall3d').click({ position: { x: 785, y: 350 } });
    await a.getByTestId('panel-title').waitFor({ timeout: 15_000 });
    boothId = new URL(a.url()).searchParams.get('booth') ?? '';
    expect(boothId).toMatch(/^[0-9a-f-]{36}$/);
    await a.getByTestId('product-card').first().waitFor();
    const prices = await a.locator('.booth-panel .product__price').allTextContents();
    expect(prices.length).toBeGreaterThan(0);
    for (const p of prices) expect(p).toMatch(/^Rp\s?\d{1,3}(\.\d{3})*/);
    await a.getByTestId('enter-prompt').waitFor(); // we stand at its front
    await a.screenshot({ path: join(SCREENSHOTS, 'hall-booth-id.png') });
    expect(await axe(a, '[data-testid=booth-panel]')).toEqual([]);
  });

  it('a second visitor sees the booth count rise and reads the chat live', async () => {
    b = await enter(budi, 'Budi Santoso');
    await b.getByTestId('view-list').click();
    await b.waitForURL(/\/hall\/list/);
    const detail = (await t.http.get(`/api/booths/${boothId}`)).body as { category: string };
    await b.locator(`[data-zone="${detail.category}"]`).click();
    await b.locator(`[data-booth-id="${boothId}"]`).waitFor();
    expect(await waitForCount(b, boothId, (n) => n === 1)).toBe(1); // Siti stands there

    await a.getByTestId('panel-close').click(); // Siti steps out …
    expect(await waitForCount(b, boothId, (n) => n === 0)).toBe(0);
    await a.getByTestId('enter-prompt').getByRole('button').click(); // … and walks back in
    await a.getByTestId('panel-title').waitFor();
    expect(await waitForCount(b, boothId, (n) => n === 1)).toBe(1);

    await b.locator(`[data-booth-id="${boothId}"]`).click();
    await b.getByTestId('chat-input').waitFor();
    expect(await waitForCount(b, boothId, (n) => n === 2)).toBe(2);
    await expect(b.getByTestId('chat-input').isEnabled()).resolves.toBe(true);

    const text = `Assalamu'alaikum, apakah bisa kirim ke Bandung? ${Date.now()}`;
    await a.getByTestId('chat-input').fill(text);
    await a.getByTestId('chat-send').click();
    await b.getByTestId('chat-message').filter({ hasText: text }).waitFor({ timeout: 8000 });
    await a.getByTestId('chat-message').filter({ hasText: text }).waitFor(); // echoed from the room, no longer pending
    expect(await a.getByTestId('chat-pending').count()).toBe(0);
  });

  it('opens WhatsApp with the seller’s number and a message naming the product', async () => {
    const detail = (await t.http.get(`/api/booths/${boothId}`)).body as {
      products: { name: { id: string }; whatsappNumber: string }[];
    };
    const product = detail.products[0];
    await siti.context.route('https://wa.me/**', (route) =>
      route.fulfill({ status: 200, contentType: 'text/html', body: '<title>wa</title>' }),
    );
    const popup = siti.context.waitForEvent('page');
    await a.getByTestId('whatsapp-product').first().click();
    const wa = await popup;
    await wa.waitForURL(/wa\.me/);
    const url = new URL(wa.url());
    expect(url.pathname).toBe(`/${product.whatsappNumber.replace(/\D/g, '')}`);
    expect(url.searchParams.get('text')).toContain(`"${product.name.id}"`);
    expect(url.searchParams.get('text')).toMatch(/^Assalamu'alaikum /);
    await wa.close();
  });

  it('switches to English', async () => {
    await a.getByTestId('lang-en').click();
    // English texts are a chunk of their own: the page switches once they are in.
    await waitForExpression(a, "document.documentElement.lang === 'en'", { timeout: 5_000 });
    await expect(a.locator('.booth-panel h3').allTextContents()).resolves.toContain('Booth chat');
    await a.getByTestId('panel-close').click();
    await expect(a.locator('.hall3d__help').textContent()).resolves.toMatch(/Arrows\/WASD/);
    await a.waitForTimeout(1200); // the fascias and zone signs are redrawn in English
    await a.screenshot({ path: join(SCREENSHOTS, 'hall-3d-en.png') });
  });

  it('list mode on a throttled phone: booths with counts, a booth panel, no serious axe findings', async () => {
    await b.setViewportSize({ width: 360, height: 740 });
    const cdp = await budi.context.newCDPSession(b);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    const started = Date.now();
    await b.goto(`${t.url}/e/opop-2020/hall/list`);
    await b.getByTestId('list-booth').first().waitFor();
    const ms = Date.now() - started;
    expect(ms).toBeLessThan(15_000);
    expect(await b.getByTestId('list-booth').count()).toBeGreaterThan(20);
    // three.js never came down to the list mode (the chunks only the 3D hall uses).
    const scripts = await b.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
    expect(scripts.filter((s) => /\/assets\/(Hall3D|vendor~Hall3D)-/.test(s))).toEqual([]);
    await b.screenshot({ path: join(SCREENSHOTS, 'hall-list-phone-id.png') });
    expect(await axe(b, '[data-testid=hall]')).toEqual([]);

    await b.getByTestId('list-booth').first().click();
    await b.getByTestId('product-card').first().waitFor();
    expect(await axe(b, '[data-testid=booth-panel]')).toEqual([]);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    expect(errors).toEqual([]);
  });
});
