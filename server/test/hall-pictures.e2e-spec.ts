import { atlasPageBytes, type Category } from '@pameran/contracts';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { signedIn } from './factories/user.factory';
import { axe } from './support/axe';
import { launchBrowser, waitForExpression } from './support/browser';
import { createApp, TestApp } from './support/create-app';
import { SCREENSHOTS } from './support/screenshots';

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
const CLIENT_DIST = join(__dirname, '..', '..', 'client', 'dist');
const MB = 1024 * 1024;

interface Probe {
  pages: number;
  bytes: number;
  versions: Partial<Record<Category, number>>;
  calls: number;
}
const probe = (page: Page) => page.evaluate('window.__hallAtlas ?? null') as Promise<Probe | null>;

/**
 * Booths that show their pictures in the 3D hall (docs/decisions/0018): the seeded 500-booth fair, a visitor
 * on a desktop and one on a phone (WebGL on SwiftShader). Their halls load the nearest zones' atlas pages
 * within the device's budget and ≤ 60 draw calls, and an exhibitor's new product photo reaches both live.
 */
describe('booth pictures in the 3D hall', () => {
  let t: TestApp;
  let desktop: Browser;
  let phone: Browser;
  const errors: string[] = [];
  let a: Page;
  let b: Page;

  beforeAll(async () => {
    [t, desktop, phone] = await Promise.all([
      createApp({ seed: true, env: { CLIENT_DIST, DEMO_LIVE: '1', AUTH_RATE_LIMIT_PER_MIN: '1000' } }),
      launchBrowser({ locale: 'id-ID' }),
      launchBrowser({ locale: 'en-GB', viewport: { width: 390, height: 844 } }),
    ]);
    // Drawn before anyone walks in, as on a fair that has been running (a first visitor gets them live).
    const deadline = Date.now() + 180_000;
    while ((await t.http.get('/api/events/opop-2020/atlas')).body.pages.length < 8 && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 500));
  });
  afterAll(async () => {
    await Promise.all([desktop?.close(), phone?.close()]);
    await t?.close();
  });

  async function enter(browser: Browser, name: string): Promise<Page> {
    const page = await browser.context.newPage();
    page.on('pageerror', (e) => errors.push(`${name}: ${e.message}`));
    await page.goto(`${t.url}/e/opop-2020`);
    await page.evaluate(`localStorage.setItem('pameran.hallView', '3d')`);
    await page.getByTestId('guest-name').fill(name);
    await page.getByTestId('enter-guest').click();
    await page.waitForURL(/\/hall/);
    await page.getByTestId('hall3d').waitFor();
    await waitForExpression(page, '(window.__hallAtlas?.pages ?? 0) > 0', { timeout: 60_000 });
    await page.waitForTimeout(1500); // the panels' first frames on SwiftShader
    return page;
  }

  it('shows the nearest booths textured on a desktop, within 60 draw calls and the desktop budget', async () => {
    a = await enter(desktop, 'Siti Aminah');
    const p = (await probe(a))!;
    expect(p.calls).toBeGreaterThan(0);
    expect(p.calls).toBeLessThanOrEqual(60);
    expect(p.bytes).toBe(p.pages * atlasPageBytes(2048));
    expect(p.bytes).toBeLessThanOrEqual(256 * MB);
    expect(await axe(a, '[data-testid=hall]')).toEqual([]);
    await a.screenshot({ path: join(SCREENSHOTS, 'hall-pictures-id.png') });
  });

  it('uses half-size pages on a phone, within its 64 MB budget', async () => {
    b = await enter(phone, 'Budi Santoso');
    const p = (await probe(b))!;
    expect(p.calls).toBeLessThanOrEqual(60);
    expect(p.bytes).toBe(p.pages * atlasPageBytes(1024));
    expect(p.bytes).toBeLessThanOrEqual(64 * MB);
    expect(await axe(b, '[data-testid=hall]')).toEqual([]);
    await b.screenshot({ path: join(SCREENSHOTS, 'hall-pictures-phone-en.png') });
  });

  it("refreshes both halls live when an exhibitor changes a product's photo", async () => {
    const shown = (await probe(a))!.versions;
    const zone = Object.keys(shown)[0] as Category;
    const [row] = await t.db.query<{ exhibitor_id: string; product_id: string }[]>(
      `SELECT b.exhibitor_id, p.id AS product_id FROM booth b JOIN product p ON p.booth_id = b.id
       WHERE b.zone = $1 AND NOT p.hidden ORDER BY b.slot, p.sort_order, p.name_id LIMIT 1`,
      [zone],
    );
    const me = await signedIn(t, 'exhibitor', { exhibitorId: row.exhibitor_id });
    await t.db.query('UPDATE exhibitor SET owner_user_id = $1 WHERE id = $2', [me.user.id, row.exhibitor_id]);
    const photo = await sharp({
      create: { width: 800, height: 800, channels: 3, background: { r: 230, g: 40, b: 40 } },
    })
      .jpeg()
      .toBuffer();
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(photo)]), 'foto.jpg');
    const res = await fetch(`${t.url}/api/backoffice/products/${row.product_id}/photo`, {
      method: 'POST',
      headers: { authorization: `Bearer ${me.token}` },
      body: form,
    });
    expect(res.status).toBe(200);
    const want = (shown[zone] ?? 0) + 1;
    for (const page of [a, b]) {
      await waitForExpression(page, `(window.__hallAtlas?.versions?.['${zone}'] ?? 0) >= ${want}`, {
        timeout: 30_000,
      });
    }
    await a.waitForTimeout(1000);
    await a.screenshot({ path: join(SCREENSHOTS, 'hall-pictures-changed-id.png') });
    expect(errors).toEqual([]);
  });
});
