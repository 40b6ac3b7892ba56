import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FairFactory } from './factories/fair.factory';
import { axe } from './support/axe';
import { launchBrowser } from './support/browser';
import { createApp, TestApp } from './support/create-app';
import { SCREENSHOTS } from './support/screenshots';

const CLIENT_DIST = join(__dirname, '..', '..', 'client', 'dist');
const SECOND = 'sulsel-2021';
const PHONE = { width: 412, height: 860 };

/**
 * Two fairs on one installation, in a real browser (docs/decisions/0027-client-by-slug.md): the front page
 * lists both, each card opens its own pages under `/e/:slug`, and each fair's agenda shows times in its own
 * zone (the seeded fair in WIB, the second in WITA), with the viewer's clock beside them where it differs.
 */
describe('two fairs, walked from the front page', () => {
  let t: TestApp;
  /** 10:00 WITA on the second fair's day = 09:00 WIB = 10:00 in Kuala Lumpur. */
  let talkAt: Date;

  beforeAll(async () => {
    t = await createApp({ seed: true, env: { CLIENT_DIST } });
    mkdirSync(SCREENSHOTS, { recursive: true });
    const event = await FairFactory.event(t.db, SECOND);
    await t.db.query(
      `UPDATE event SET time_zone = 'Asia/Makassar', status = 'live',
              name_id = 'Pameran Virtual Sulawesi Selatan 2021', name_en = 'South Sulawesi Virtual Fair 2021'
        WHERE id = $1`,
      [event.id],
    );
    const [day] = await t.db.query(`SELECT id, date::text AS date FROM event_day WHERE event_id = $1`, [
      event.id,
    ]);
    talkAt = new Date(`${day.date}T02:00:00Z`);
    await t.db.query(
      `INSERT INTO schedule_session (event_id, day_id, kind, title_id, title_en, starts_at, ends_at)
       VALUES ($1, $2, 'stage', 'Bincang kopi Toraja', 'Toraja coffee talk', $3, $4)`,
      [event.id, day.id, talkAt, new Date(talkAt.getTime() + 45 * 60_000)],
    );
  });
  afterAll(async () => {
    await t?.close();
  });

  /**
   * The public list of fairs comes from the fairs module (`GET /api/events`). Where this server has no list
   * yet, the page is given the same answer read from the database, so the walk still checks the client.
   */
  async function serveFairList(page: Page): Promise<void> {
    if ((await t.http.get('/api/events')).status !== 404) return;
    const rows: Record<string, string>[] = await t.db.query(
      `SELECT slug, name_id, name_en, starts_on::text AS starts_on, ends_on::text AS ends_on, time_zone, status
         FROM event ORDER BY starts_on DESC`,
    );
    const items = rows.map((r) => ({
      slug: r.slug,
      name: { id: r.name_id, en: r.name_en },
      startsOn: r.starts_on,
      endsOn: r.ends_on,
      timeZone: r.time_zone,
      status: r.status,
    }));
    await page.route('**/api/events', (route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ items }) }),
    );
  }

  /** From the front page into one fair, then its agenda: the header names it and the agenda shows its times. */
  async function enterFair(page: Page, slug: string): Promise<string> {
    await page.goto(`${t.url}/`);
    await page.getByTestId('fair-card').first().waitFor();
    await page.locator(`[data-testid="fair-card"][data-slug="${slug}"]`).getByTestId('fair-enter').click();
    await page.waitForURL(new RegExp(`/e/${slug}$`));
    await page.getByTestId('agenda-link').waitFor(); // the header shows the fair once it is read
    const name = (await page.getByTestId('fair-name').textContent()) ?? '';
    await page.getByTestId('agenda-link').click();
    await page.waitForURL(new RegExp(`/e/${slug}/agenda$`));
    await page.getByTestId('agenda-session').first().waitFor();
    return name;
  }

  const walks = [
    { name: 'desktop-id', lang: 'id', viewport: undefined, zone: 'Asia/Jakarta' },
    { name: 'phone-en', lang: 'en', viewport: PHONE, zone: 'Asia/Kuala_Lumpur' },
  ] as const;

  for (const walk of walks)
    it(`lists both fairs and keeps each one's names and times apart (${walk.name})`, async () => {
      const browser = await launchBrowser({
        locale: walk.lang === 'en' ? 'en-GB' : 'id-ID',
        timezoneId: walk.zone,
        viewport: walk.viewport,
      });
      try {
        const page = await browser.context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        await serveFairList(page);

        await page.goto(`${t.url}/`);
        await page.getByTestId('fair-card').first().waitFor();
        expect(await page.getAttribute('html', 'lang')).toBe(walk.lang);
        const slugs = await page
          .getByTestId('fair-card')
          .evaluateAll((cards) => cards.map((c) => c.getAttribute('data-slug')));
        expect(slugs).toEqual(expect.arrayContaining(['opop-2020', SECOND]));
        expect(await axe(page)).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `fairs-front-${walk.name}.png`), fullPage: true });

        // The second fair: its own name, its agenda in WITA.
        const second = await enterFair(page, SECOND);
        expect(second).toBe(
          walk.lang === 'en' ? 'South Sulawesi Virtual Fair 2021' : 'Pameran Virtual Sulawesi Selatan 2021',
        );
        const talk = page
          .getByTestId('agenda-session')
          .filter({ hasText: walk.lang === 'en' ? 'Toraja coffee talk' : 'Bincang kopi Toraja' });
        // A viewer in Jakarta sees WITA and their own WIB clock; Kuala Lumpur keeps WITA's clock (UTC+8).
        expect(await talk.textContent()).toContain(
          walk.lang === 'en' ? '10:00–10:45 WITA' : '10.00–10.45 WITA (waktu Anda 09.00–09.45)',
        );
        expect(await page.textContent('body')).toMatch(/WITA/);
        expect(await axe(page)).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `fairs-agenda-wita-${walk.name}.png`) });

        // The seeded fair: another name, its agenda in WIB, never the second fair's sessions.
        const first = await enterFair(page, 'opop-2020');
        expect(first).not.toBe(second);
        expect(first).toMatch(/OPOP/);
        const agenda = (await page.getByTestId('agenda-page').textContent()) ?? '';
        expect(agenda).toMatch(/WIB/);
        expect(agenda).not.toMatch(/WITA|Toraja/);
        if (walk.zone === 'Asia/Kuala_Lumpur') expect(agenda).toMatch(/\(your time/);
        else expect(agenda).not.toMatch(/\(waktu Anda/);
        expect(await axe(page)).toEqual([]);
        await page.screenshot({ path: join(SCREENSHOTS, `fairs-agenda-wib-${walk.name}.png`) });

        // An address of the one-fair days names no fair: it leads to the list.
        await page.goto(`${t.url}/agenda`);
        await page.waitForURL(`${t.url}/`);
        await page.getByTestId('front-page').waitFor();
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    });

  it('an unknown fair says so and leads to the list', async () => {
    const browser = await launchBrowser();
    try {
      const page = await browser.context.newPage();
      await page.goto(`${t.url}/e/no-such-fair/agenda`);
      await page.getByTestId('fair-not-found').waitFor();
      expect(await axe(page)).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
