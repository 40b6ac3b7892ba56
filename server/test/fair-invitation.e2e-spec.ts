import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { EventEntity } from '../src/modules/events/event.entity';
import { FairFactory } from './factories/fair.factory';
import { signedIn } from './factories/user.factory';
import { axe } from './support/axe';
import { launchBrowser } from './support/browser';
import { createApp, TestApp } from './support/create-app';
import { SCREENSHOTS } from './support/screenshots';

const CLIENT_DIST = join(__dirname, '..', '..', 'client', 'dist');
const PHONE = { width: 390, height: 844 };

/**
 * A staff invitation opens the fair it belongs to (docs/decisions/0034-fair-links-and-times.md): a new link
 * names the fair, and a link sent before links did (`/exhibitor/join?token=…`) forwards there instead of
 * dropping the token on the front page. The invitation is to a booth of the second of two fairs, so opening
 * any other fair's join page would show up.
 */
describe("a staff invitation opens its own fair's join page", () => {
  let t: TestApp;
  let fair: EventEntity;
  let exhibitorName: string;
  let link: URL;

  beforeAll(async () => {
    t = await createApp({ seed: true, env: { CLIENT_DIST, PUBLIC_ORIGIN: 'http://127.0.0.1' } });
    mkdirSync(SCREENSHOTS, { recursive: true });
    fair = await FairFactory.event(t.db, 'makassar-2026');
    await t.db.query(`UPDATE event SET time_zone = 'Asia/Makassar', status = 'live' WHERE id = $1`, [
      fair.id,
    ]);
    const { booth, exhibitor } = await FairFactory.booth(t.db, fair.id);
    exhibitorName = exhibitor.name;
    const organiser = await signedIn(t, 'organiser');
    const invite = await t.http.post(
      `/api/backoffice/booths/${booth.id}/staff/invites`,
      { note: 'kasir' },
      organiser.token,
    );
    link = new URL(invite.body.url);
  });
  afterAll(async () => {
    await t?.close();
  });

  const walks = [
    { name: 'phone-id', lang: 'id', viewport: PHONE },
    { name: 'desktop-en', lang: 'en', viewport: undefined },
  ] as const;

  for (const walk of walks)
    it(`forwards an old link to the fair's join page, as a new link opens it (${walk.name})`, async () => {
      const browser = await launchBrowser({
        locale: walk.lang === 'en' ? 'en-GB' : 'id-ID',
        timezoneId: 'Asia/Makassar',
        viewport: walk.viewport,
      });
      try {
        const page = await browser.context.newPage();
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(e.message));
        const token = link.searchParams.get('token')!;
        const joinPage = `${t.url}/e/${fair.slug}/exhibitor/join?token=${encodeURIComponent(token)}`;

        // The link as sent today names the fair.
        expect(link.pathname).toBe(`/e/${fair.slug}/exhibitor/join`);

        // A link from before names none: it lands on the same page, token kept.
        await page.goto(`${t.url}/exhibitor/join?token=${encodeURIComponent(token)}`);
        await page.waitForURL(joinPage);
        const form = page.getByTestId('join-form');
        await form.waitFor();
        expect(await form.locator('h1').textContent()).toContain(exhibitorName);
        expect(await page.getByTestId('fair-name').textContent()).not.toMatch(/OPOP/);
        expect(await axe(page)).toEqual([]);
        await page.screenshot({
          path: join(SCREENSHOTS, `fair-invitation-${walk.name}.png`),
          fullPage: true,
        });
        expect(errors).toEqual([]);
      } finally {
        await browser.close();
      }
    });
});
