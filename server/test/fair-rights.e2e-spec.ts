import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FairFactory } from './factories/fair.factory';
import { bareAccount, signedIn } from './factories/user.factory';
import { axe } from './support/axe';
import { launchBrowser } from './support/browser';
import { createApp, type TestApp } from './support/create-app';
import { SCREENSHOTS } from './support/screenshots';
import { openSignedIn } from './support/signed-in-page';

jest.setTimeout(180_000);

const CLIENT_DIST = join(__dirname, '..', '..', 'client', 'dist');

type Launched = Awaited<ReturnType<typeof launchBrowser>>;
type Who = Awaited<ReturnType<typeof signedIn>>;

/**
 * The client decides on what the person is in the fair it shows (docs/decisions/0033-fair-rights-in-the-client.md):
 * two fairs on one installation; the organiser of A opens B and finds no console there, and a person who is
 * staff in both fairs finds their own exhibitor's back office in each. Phone in Indonesian, desktop in English.
 */
describe('rights per fair in headless Chromium', () => {
  let t: TestApp;
  let phone: Launched;
  let desktop: Launched;
  let organiserOfA: Who;
  let staff: Who;
  const booths: Record<'a' | 'b', { id: string; name: string }> = {
    a: { id: '', name: 'Pondok Pesantren Al-Ikhlas' },
    b: { id: '', name: 'Pondok Pesantren Darul Ulum' },
  };

  beforeAll(async () => {
    t = await createApp({ env: { CLIENT_DIST } });
    mkdirSync(SCREENSHOTS, { recursive: true });
    organiserOfA = await bareAccount(t, 'organiser');
    staff = await bareAccount(t, 'exhibitor');
    for (const key of ['a', 'b'] as const) {
      const event = await FairFactory.event(t.db, `fair-${key}`);
      const { exhibitor, booth } = await FairFactory.booth(t.db, event.id);
      booths[key].id = booth.id;
      // The staff member owns A's exhibitor and is on B's team.
      await t.db.query('UPDATE exhibitor SET name = $2, owner_user_id = $3 WHERE id = $1', [
        exhibitor.id,
        booths[key].name,
        key === 'a' ? staff.user.id : null,
      ]);
      await t.db.query(
        `INSERT INTO membership (user_id, event_id, role, exhibitor_id) VALUES ($1, $2, 'exhibitor', $3)`,
        [staff.user.id, event.id, exhibitor.id],
      );
      if (key === 'a') {
        await t.db.query(`INSERT INTO membership (user_id, event_id, role) VALUES ($1, $2, 'organiser')`, [
          organiserOfA.user.id,
          event.id,
        ]);
      }
    }
    [phone, desktop] = await Promise.all([
      launchBrowser({ timezoneId: 'Asia/Jakarta', viewport: { width: 390, height: 844 } }),
      launchBrowser({ timezoneId: 'Asia/Jakarta', locale: 'en-GB', viewport: { width: 1280, height: 900 } }),
    ]);
  });
  afterAll(async () => {
    await phone?.close();
    await desktop?.close();
    await t?.close();
  });

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  /** The account menu's links to a fair's pages, open. */
  async function menuLinks(page: Page): Promise<string[]> {
    if ((await page.getByTestId('account-menu').getAttribute('open')) === null) {
      await page.getByTestId('account-menu').locator('summary').click();
    }
    await page.getByTestId('sign-out').waitFor();
    const ids = await page
      .locator('.menu__panel a.menu__item')
      .evaluateAll((links) => links.map((l) => l.getAttribute('data-testid') ?? ''));
    return ids.sort();
  }

  const walks = [
    { name: 'phone-id', lang: 'id', browser: () => phone },
    { name: 'desktop-en', lang: 'en', browser: () => desktop },
  ] as const;

  for (const walk of walks) {
    it(`the organiser of fair A has its console in A, none in B (${walk.name})`, async () => {
      const page = await openSignedIn(t, walk.browser().context, organiserOfA.token, walk.lang);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));

      await page.goto(`${t.url}/e/fair-a/agenda`);
      await page.getByTestId('agenda-page').waitFor();
      await page.getByTestId('organiser-console-link').waitFor({ state: 'attached' });
      expect(await menuLinks(page)).toEqual(
        expect.arrayContaining(['organiser-console-link', 'organiser-schedule-link', 'menu-qr-sheets']),
      );
      await page.getByTestId('organiser-console-link').click();
      await page.getByTestId('console-overview').waitFor();

      // Fair B: a visitor there. No console link, and the console's address says who it is for.
      await page.goto(`${t.url}/e/fair-b/agenda`);
      await page.getByTestId('agenda-page').waitFor();
      await menuLinks(page);
      // What they are in B, once known: a visitor, with none of the organiser's links.
      await page
        .locator('.menu__who')
        .getByText(walk.lang === 'en' ? 'Visitor' : 'Pengunjung')
        .waitFor();
      const inB = await menuLinks(page);
      expect(inB).not.toContain('organiser-console-link');
      expect(inB).not.toContain('organiser-schedule-link');
      expect(inB).not.toContain('menu-qr-sheets');
      expect(inB).not.toContain('menu-organiser-matching');
      await page.keyboard.press('Escape');
      await page.goto(`${t.url}/e/fair-b/console`);
      await page.getByTestId('fair-organisers-only').waitFor();
      expect(await page.getByTestId('fair-organisers-only').textContent()).toContain(
        walk.lang === 'en' ? "For this fair's organisers only" : 'Khusus penyelenggara pameran ini',
      );
      expect(await page.getByTestId('console-overview').count()).toBe(0);
      expect(await axe(page)).toEqual([]);
      await shot(page, `fair-rights-console-refused-${walk.name}`);
      for (const path of ['/console/matching', '/console/qr', '/console/schedule']) {
        await page.goto(`${t.url}/e/fair-b${path}`);
        await page.locator('[data-testid=fair-organisers-only], [data-testid=organisers-only]').waitFor();
      }

      // Outside every fair: no fair's links at all.
      await page.goto(`${t.url}/`);
      await page.getByTestId('front-page').waitFor();
      const outside = await menuLinks(page);
      expect(outside.filter((id) => id !== 'menu-me-profile')).toEqual([]);
      expect(errors).toEqual([]);
      await page.close();
    });

    it(`a staff member finds their own booth's back office in each fair (${walk.name})`, async () => {
      const page = await openSignedIn(t, walk.browser().context, staff.token, walk.lang);
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      for (const key of ['a', 'b'] as const) {
        await page.goto(`${t.url}/e/fair-${key}/agenda`);
        await page.getByTestId('agenda-page').waitFor();
        await page.getByTestId('exhibitor-backoffice-link').waitFor({ state: 'attached' });
        expect(await menuLinks(page)).not.toContain('organiser-console-link');
        await page.getByTestId('exhibitor-backoffice-link').click();
        await page.getByTestId('public-booth-link').waitFor();
        expect(await page.locator('.bo__title').textContent()).toBe(booths[key].name);
        expect(await page.getByTestId('public-booth-link').getAttribute('href')).toBe(
          `/e/fair-${key}/booths/${booths[key].id}`,
        );
        // Owner in A (the staff tile), staff in B (no staff tile).
        expect(await page.getByTestId('bo-tile-staff').count()).toBe(key === 'a' ? 1 : 0);
        expect(await axe(page)).toEqual([]);
        await shot(page, `fair-rights-backoffice-${key}-${walk.name}`);
      }
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
