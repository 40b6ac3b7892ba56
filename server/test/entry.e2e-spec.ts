import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchBrowser } from './support/browser';
import { createApp, TestApp } from './support/create-app';
import { SCREENSHOTS } from './support/screenshots';

const CLIENT_DIST = join(__dirname, '..', '..', 'client', 'dist');

/** A visitor's first minute, in a real browser: entry page → guest → hall → catalogue → booth, in both languages. */
describe('entry → guest → catalogue in headless Chromium', () => {
  let t: TestApp;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    t = await createApp({ seed: true, env: { CLIENT_DIST } });
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function enterAsGuest(page: Page, lang: 'id' | 'en', name: string) {
    // One browser profile for all tests: start signed out. Clear storage on a same-origin page that runs
    // no app code, so nothing can write the old session back meanwhile.
    await page.goto(`${t.url}/api/health`);
    await page.evaluate('localStorage.clear(); sessionStorage.clear()');
    await page.goto(`${t.url}/e/opop-2020`);
    await page.getByTestId(`lang-${lang}`).click();
    await page.getByTestId('guest-name').fill(name);
    await page.getByTestId('enter-guest').click();
    // Guests land in the hall (its own spec covers it); this one walks the catalogue from there.
    await page.waitForURL(/\/hall/);
    await page.goto(`${t.url}/e/opop-2020/catalogue`);
  }

  it('in Bahasa Indonesia (the default)', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${t.url}/e/opop-2020`);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    await page.getByTestId('guest-name').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'entry-id.png') });

    // A too-short name is refused on the page, before any request.
    await page.getByTestId('guest-name').fill('A');
    await page.getByTestId('enter-guest').click();
    await expect(page.getByRole('alert').first().textContent()).resolves.toBeTruthy();

    await enterAsGuest(page, 'id', 'Siti Aminah');
    await page.getByTestId('category-link').first().waitFor();
    expect(await page.getByTestId('category-link').count()).toBe(8);
    await expect(page.textContent('body')).resolves.toMatch(/Makanan/);
    await page.getByTestId('category-link').first().click();
    await page.getByTestId('booth-card').first().waitFor();
    expect(await page.getByTestId('booth-card').count()).toBeGreaterThan(10);
    await page.getByTestId('booth-card').first().click();
    await page.getByTestId('product-card').first().waitFor();
    const text = (await page.textContent('body')) ?? '';
    expect(text).toMatch(/Rp\s?\d/);
    await page.screenshot({ path: join(SCREENSHOTS, 'booth-id.png'), fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  });

  it('in English', async () => {
    const page = await browser.context.newPage();
    await enterAsGuest(page, 'en', 'Aisha Rahman');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByTestId('category-link').first().waitFor();
    await expect(page.textContent('body')).resolves.toMatch(/Food/);
    await page.screenshot({ path: join(SCREENSHOTS, 'catalogue-en.png') });
    await page.setViewportSize({ width: 360, height: 740 });
    await page.screenshot({ path: join(SCREENSHOTS, 'catalogue-en-phone.png') });
    await page.close();
  });

  it('on a first visit follows the browser: an English browser gets English before any choice', async () => {
    const english = await launchBrowser({ locale: 'en-GB' });
    try {
      const page = await english.context.newPage();
      await page.goto(`${t.url}/e/opop-2020`);
      await page.getByTestId('guest-name').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe('en');
    } finally {
      await english.close();
    }
  });
});
