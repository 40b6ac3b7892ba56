import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BoothSummary } from '@pameran/contracts';
import type { Page } from 'playwright-core';
import { axe } from './support/axe';
import { launchBrowser, waitForExpression } from './support/browser';
import { createApp, TestApp } from './support/create-app';
import { SCREENSHOTS } from './support/screenshots';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
const CLIENT_DIST = join(__dirname, '..', '..', 'client', 'dist');
const PHONE = { width: 390, height: 844 };

jest.setTimeout(120_000);

const ACTIVE_TESTID = `document.activeElement?.getAttribute('data-testid')`;
/** The focused element draws a visible ring (an outline that is not `none`). */
const FOCUS_RING = `getComputedStyle(document.activeElement).outlineStyle !== 'none'`;
const announced = (page: Page) =>
  page.evaluate(`document.querySelector('[data-testid=near-announcement]').textContent`) as Promise<string>;

/**
 * Issue 19 part 6 in the browser, on the seeded 500-booth fair: keyboard walking announces the booth one
 * stops at; the booth panel takes focus and gives it back; reduced motion jumps instead of flying; axe finds
 * nothing serious or critical on the hall and the panel, in Indonesian on a desktop and English on a phone.
 */
describe('the hall for keyboard, screen-reader and reduced-motion visitors', () => {
  let t: TestApp;
  let booths: BoothSummary[];
  const errors: string[] = [];

  beforeAll(async () => {
    t = await createApp({
      seed: true,
      env: { CLIENT_DIST, DEMO_LIVE: '1', AUTH_RATE_LIMIT_PER_MIN: '1000' },
    });
    booths = (await t.http.get('/api/events/opop-2020/booths?limit=1000')).body.items as BoothSummary[];
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await t?.close();
    expect(errors).toEqual([]);
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

  /** Holds `keys` in short steps (the walker moves while a key is down) until the "go in" prompt shows. */
  async function walkUntilNear(page: Page, keys: string[]): Promise<void> {
    for (let step = 0; step < 60; step++) {
      if (await page.getByTestId('enter-prompt').isVisible()) return;
      for (const k of keys) await page.keyboard.down(k);
      await page.waitForTimeout(90);
      for (const k of keys) await page.keyboard.up(k);
      await page.waitForTimeout(60);
    }
    throw new Error('never came near a booth');
  }

  it('announces the booth a keyboard walker stops at, and the panel takes and gives back focus (desktop, id)', async () => {
    const browser = await launchBrowser();
    try {
      const page = await enter(browser, 'Siti Aminah');
      await page.getByTestId('hall3d').waitFor();
      await page.waitForTimeout(2000); // the first frames on SwiftShader
      expect(await axe(page, '[data-testid=hall]')).toEqual([]);
      const region = page.getByTestId('near-announcement');
      expect(await region.getAttribute('aria-live')).toBe('polite');
      expect(await announced(page)).toBe('');

      // From the entrance, up and to the left (screen-left is +x) to the first booth right of the aisle.
      await page.focus('[data-testid=hall3d]');
      await walkUntilNear(page, ['ArrowUp', 'ArrowLeft']);
      await waitForExpression(
        page,
        `document.querySelector('[data-testid=near-announcement]').textContent !== ''`,
        {
          timeout: 10_000,
        },
      );
      const text = await announced(page);
      const booth = booths.find((b) => text.includes(b.name));
      expect(booth).toBeDefined();
      const prompt = (await page.getByTestId('enter-prompt').textContent()) ?? '';
      expect(prompt).toContain(booth!.name); // the booth we stand at, not one walked past
      expect(text).toMatch(/^Di depan stan .+, zona \S.*\. Tekan Enter untuk masuk\.$/);
      // Standing still says nothing more: the region keeps its one sentence.
      await page.waitForTimeout(1500);
      expect(await announced(page)).toBe(text);

      // Enter goes in: focus moves into the panel's heading, drawn with a ring.
      await page.keyboard.press('Enter');
      await page.getByTestId('panel-title').waitFor();
      await waitForExpression(page, `${ACTIVE_TESTID} === 'panel-title'`, { timeout: 10_000 });
      expect(await page.evaluate(FOCUS_RING)).toBe(true);
      await page.getByTestId('product-card').first().waitFor();
      expect(await axe(page, '[data-testid=booth-panel]')).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'a11y-hall-panel-desktop-id.png') });

      // Escape closes it and focus is back on the hall, where the keys walk again.
      await page.keyboard.press('Escape');
      await page.getByTestId('booth-panel').waitFor({ state: 'detached' });
      expect(await page.evaluate(ACTIVE_TESTID)).toBe('hall3d');
      expect(await page.evaluate(FOCUS_RING)).toBe(true);
      await page.close();
    } finally {
      await browser.close();
    }
  });

  it('opens a booth from the list with the keyboard and returns focus to its row (phone, en)', async () => {
    const browser = await launchBrowser({ locale: 'en-US', viewport: PHONE });
    try {
      const page = await enter(browser, 'Jane Doe');
      await page.getByTestId('hall3d').waitFor(); // this phone draws the 3D hall: checked in English too
      expect(await axe(page, '[data-testid=hall]')).toEqual([]);
      await page.goto(`${t.url}/e/opop-2020/hall/list`);
      const booth = booths[0];
      await page.locator(`[data-zone="${booth.category}"]`).click();
      const row = page.locator(`[data-booth-id="${booth.id}"]`);
      await row.focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('product-card').first().waitFor();
      expect(await page.evaluate(ACTIVE_TESTID)).toBe('panel-title');
      expect(await axe(page, '[data-testid=hall]')).toEqual([]);
      await page.screenshot({ path: join(SCREENSHOTS, 'a11y-hall-panel-phone-en.png') });

      await page.getByTestId('panel-close').focus();
      await page.keyboard.press('Enter');
      await page.getByTestId('booth-panel').waitFor({ state: 'detached' });
      expect(await page.evaluate(`document.activeElement?.getAttribute('data-booth-id')`)).toBe(booth.id);
      expect(await page.evaluate(FOCUS_RING)).toBe(true);
      await page.close();
    } finally {
      await browser.close();
    }
  });

  /**
   * Frames the hall draws (three.js clears the canvas once per frame; it draws only while something moves)
   * from picking a search result until the booth's panel is there, counted in the page: a busy machine makes
   * frames slow, not fewer. A flight lasts 1.4 s of frames whose step is at most 0.1 s, so 14 or more; a
   * jump is drawn in one or two.
   */
  async function searchToPanelFrames(page: Page, booth: BoothSummary): Promise<number> {
    await page.getByTestId('hall-search').fill(booth.name);
    const result = page.getByTestId('search-booth').first();
    await result.waitFor();
    await page.evaluate(`(() => {
      const w = window;
      const gl = WebGL2RenderingContext.prototype;
      w.e2eClear ??= gl.clear;
      w.e2eDrawn = 0;
      w.e2eArrived = -1;
      gl.clear = function (bits) { w.e2eDrawn++; return w.e2eClear.call(this, bits); };
      const watch = () => {
        if (document.querySelector('[data-testid=booth-panel]')) w.e2eArrived = w.e2eDrawn;
        else requestAnimationFrame(watch);
      };
      requestAnimationFrame(watch);
    })()`);
    await result.click();
    await page.getByTestId('booth-panel').waitFor({ timeout: 30_000 });
    await waitForExpression(page, 'window.e2eArrived >= 0');
    const frames = (await page.evaluate('window.e2eArrived')) as number;
    await page.keyboard.press('Escape');
    await page.getByTestId('booth-panel').waitFor({ state: 'detached' });
    return frames;
  }

  it('jumps to a searched booth with reduced motion, where others fly (desktop, id)', async () => {
    const target = booths.find((b) => b.position.z > 100) ?? booths[booths.length - 1];
    const [calm, moving] = await Promise.all([
      launchBrowser({ reducedMotion: 'reduce' }),
      launchBrowser({ reducedMotion: 'no-preference' }),
    ]);
    try {
      const [a, b] = await Promise.all([enter(calm, 'Rina'), enter(moving, 'Dewi')]);
      await Promise.all([a.getByTestId('hall3d').waitFor(), b.getByTestId('hall3d').waitFor()]);
      await a.waitForTimeout(2000);
      expect(await a.evaluate(`matchMedia('(prefers-reduced-motion: reduce)').matches`)).toBe(true);
      const flown = await searchToPanelFrames(b, target);
      const jumped = await searchToPanelFrames(a, target);
      console.log(`search → panel: ${flown} frames flying, ${jumped} with reduced motion`);
      expect(flown).toBeGreaterThanOrEqual(14);
      expect(jumped).toBeLessThanOrEqual(6);
      // CSS: no animated spinner or transition either.
      expect(
        await a.evaluate(
          `(() => { const s = document.createElement('span'); s.className = 'spinner'; document.body.append(s);
             const name = getComputedStyle(s).animationName; s.remove(); return name; })()`,
        ),
      ).toBe('none');
      expect(await axe(a, '[data-testid=hall]')).toEqual([]);
    } finally {
      await Promise.all([calm.close(), moving.close()]);
    }
  });
});
