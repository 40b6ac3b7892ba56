import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EventEntity } from '../src/modules/events/event.entity';
import { FairFactory } from './factories/fair.factory';
import { signedIn } from './factories/user.factory';
import { axe } from './support/axe';
import { launchBrowser } from './support/browser';
import { createApp, TestApp } from './support/create-app';
import { SCREENSHOTS } from './support/screenshots';
import { openSignedIn } from './support/signed-in-page';

const CLIENT_DIST = process.env.CLIENT_DIST ?? join(__dirname, '..', '..', 'client', 'dist');
const NEW = 'opop-2021';

jest.setTimeout(120_000);

type Browser = Awaited<ReturnType<typeof launchBrowser>>;

/**
 * "Apply again" (docs/decisions/0035-fair-gaps.md) in headless Chromium: the owner of a pesantren that took
 * part in OPOP Expo 2020 opens the new fair's back office, sees last fair's profile and products (one added
 * after that fair, one edited since, one as it was), applies again with one button, and then reads each
 * product the application brought marked new, changed or same. Desktop in English, phone in Indonesian;
 * axe finds nothing serious.
 */
describe('a returning pesantren applies again (desktop English, phone Indonesian)', () => {
  let t: TestApp;
  let desktop: Browser;
  let phone: Browser;
  let earlier: EventEntity;

  beforeAll(async () => {
    [t, desktop, phone] = await Promise.all([
      createApp({ env: { CLIENT_DIST } }),
      launchBrowser({ timezoneId: 'Asia/Jakarta', locale: 'en-GB', viewport: { width: 1280, height: 900 } }),
      launchBrowser({ timezoneId: 'Asia/Jakarta', viewport: { width: 390, height: 844 } }),
    ]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    earlier = await FairFactory.event(t.db, 'opop-2020');
    await t.db.query(
      `UPDATE event SET starts_on = '2020-12-05', ends_on = '2020-12-07', status = 'archived',
       name_id = 'OPOP Expo 2020', name_en = 'OPOP Expo 2020' WHERE id = $1`,
      [earlier.id],
    );
    const now = await FairFactory.event(t.db, NEW);
    await t.db.query(`UPDATE event SET status = 'registration' WHERE id = $1`, [now.id]);
  });
  afterAll(async () => {
    await Promise.all([desktop?.close(), phone?.close()]);
    await t?.close();
  });

  /** An owner of an exhibitor of 2020 whose booth has a product of each kind: same, changed, new. */
  async function returningOwner(slot: number, name: string) {
    const prior = await FairFactory.booth(t.db, earlier.id, { slot, products: 3 });
    await t.db.query('UPDATE exhibitor SET name = $1 WHERE id = $2', [name, prior.exhibitor.id]);
    const [same, changed, added] = prior.products.map((p) => p.id);
    await t.db.query(
      `UPDATE product SET created_at = '2020-11-01', updated_at = '2020-11-01' WHERE id = $1`,
      [same],
    );
    await t.db.query(
      `UPDATE product SET created_at = '2020-11-01', updated_at = '2021-03-01' WHERE id = $1`,
      [changed],
    );
    await t.db.query(
      `UPDATE product SET created_at = '2021-03-01', updated_at = '2021-03-01' WHERE id = $1`,
      [added],
    );
    const owner = await signedIn(t, 'exhibitor', { exhibitorId: prior.exhibitor.id });
    await t.db.query('UPDATE exhibitor SET owner_user_id = $1 WHERE id = $2', [
      owner.user.id,
      prior.exhibitor.id,
    ]);
    return owner;
  }

  async function applyAgain(page: Page, shot: string, texts: { from: string; badges: string[] }) {
    await page.goto(`${t.url}/e/${NEW}/exhibitor`);
    const candidate = page.getByTestId('apply-again-candidate');
    await candidate.waitFor();
    expect(await candidate.locator('.eyebrow').textContent()).toBe(texts.from);
    const before = candidate.locator('[data-testid=marked-product]');
    expect(await before.evaluateAll((els) => els.map((e) => e.getAttribute('data-change')))).toEqual([
      'same',
      'changed',
      'new',
    ]);
    await page.screenshot({ path: join(SCREENSHOTS, `apply-again-${shot}.png`), fullPage: true });
    expect(await axe(page, 'main')).toEqual([]);

    await candidate.getByTestId('apply-again').click();
    await page.locator('[data-testid=application-status][data-status=applied]').waitFor();
    const carried = page.locator('[data-testid=carried-products] [data-testid=marked-product]');
    await carried.nth(2).waitFor();
    expect(await carried.getByTestId('product-change').allTextContents()).toEqual(texts.badges);
    await page.screenshot({ path: join(SCREENSHOTS, `apply-again-applied-${shot}.png`), fullPage: true });
    expect(await axe(page, 'main')).toEqual([]);
  }

  it('shows last fair’s profile and products, applies again and marks what it brought (desktop, English)', async () => {
    const owner = await returningOwner(0, 'Pondok Pesantren Al-Ittifaq');
    const page = await openSignedIn(t, desktop.context, owner.token, 'en');
    await applyAgain(page, 'desktop-en', { from: 'From OPOP Expo 2020', badges: ['same', 'changed', 'new'] });
    const [copy] = await t.db.query(
      `SELECT e.status FROM exhibitor e JOIN event ev ON ev.id = e.event_id
       WHERE ev.slug = $1 AND e.owner_user_id = $2`,
      [NEW, owner.user.id],
    );
    expect(copy).toEqual({ status: 'applied' });
    await page.close();
  });

  it('does the same on a phone, in Indonesian', async () => {
    const owner = await returningOwner(1, 'Pondok Pesantren Sidogiri');
    const page = await openSignedIn(t, phone.context, owner.token, 'id');
    await applyAgain(page, 'phone-id', { from: 'Dari OPOP Expo 2020', badges: ['sama', 'berubah', 'baru'] });
    await page.close();
  });
});
