import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FairFactory } from './factories/fair.factory';
import { signedIn } from './factories/user.factory';
import { axe } from './support/axe';
import { launchBrowser } from './support/browser';
import { createApp, TestApp } from './support/create-app';
import { SCREENSHOTS } from './support/screenshots';
import { openSignedIn } from './support/signed-in-page';

const CLIENT_DIST = process.env.CLIENT_DIST ?? join(__dirname, '..', '..', 'client', 'dist');
const SLUG = 'opop-2020'; // the fair the console shows

jest.setTimeout(120_000);

type Browser = Awaited<ReturnType<typeof launchBrowser>>;

/**
 * The console's audition in stages (docs/decisions/0028-audition-stages.md) in headless Chromium: the
 * organiser on a desktop in English passes a fresh application's stage I with a note, opens a returning
 * pesantren's products (new and changed ones marked) and approves at stage II in bulk; on a phone in
 * Indonesian the same page reads its stages and badges. axe finds nothing serious on either.
 */
describe('the audition page with stages (desktop English, phone Indonesian)', () => {
  let t: TestApp;
  let desktop: Browser;
  let phone: Browser;
  let organiser: string;
  let fresh: string;
  let returning: string;

  beforeAll(async () => {
    [t, desktop, phone] = await Promise.all([
      createApp({ env: { CLIENT_DIST } }),
      launchBrowser({ timezoneId: 'Asia/Jakarta', locale: 'en-GB', viewport: { width: 1280, height: 900 } }),
      launchBrowser({ timezoneId: 'Asia/Jakarta', viewport: { width: 390, height: 844 } }),
    ]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    const earlier = await FairFactory.event(t.db, 'opop-2019');
    await t.db.query(
      `UPDATE event SET starts_on = '2019-12-05', ends_on = '2019-12-07', name_en = 'OPOP Expo 2019',
       name_id = 'OPOP Expo 2019' WHERE id = $1`,
      [earlier.id],
    );
    const now = await FairFactory.event(t.db, SLUG);
    organiser = (await signedIn(t, 'organiser', { displayName: 'Panitia OPOP' })).token;
    fresh = (await FairFactory.exhibitor(t.db, now.id, { name: 'Pondok Pesantren Al-Ittifaq' })).id;
    const prior = await FairFactory.booth(t.db, earlier.id, { products: 2 });
    await t.db.query(`UPDATE product SET created_at = '2019-12-01', updated_at = now() WHERE id = $1`, [
      prior.products[0].id,
    ]);
    const staff = await signedIn(t, 'exhibitor', { exhibitorId: prior.exhibitor.id });
    const reused = await t.http.post(
      '/api/backoffice/application/reuse',
      { event: SLUG, fromExhibitorId: prior.exhibitor.id },
      staff.token,
    );
    expect(reused.status).toBe(201);
    returning = reused.body.id;
  });
  afterAll(async () => {
    await Promise.all([desktop?.close(), phone?.close()]);
    await t?.close();
  });

  const rowOf = (page: Page, name: string) =>
    page.locator(`[data-testid=application-row][data-name="${name}"]`);

  it('passes stage I with a note, shows a returning pesantren and approves at stage II in bulk (desktop, English)', async () => {
    const page = await openSignedIn(t, desktop.context, organiser, 'en');
    await page.goto(`${t.url}/e/${SLUG}/console/audition`);
    const names = await t.db.query('SELECT id, name FROM exhibitor WHERE id = ANY($1)', [[fresh, returning]]);
    const nameOf = (id: string) => names.find((n: { id: string }) => n.id === id).name as string;
    const freshRow = rowOf(page, nameOf(fresh));
    const returningRow = rowOf(page, nameOf(returning));
    await freshRow.waitFor();
    expect(await returningRow.getByTestId('returning-badge').textContent()).toBe(
      'Returning from OPOP Expo 2019',
    );

    // Stage I, with a note kept for the organisers.
    await freshRow.getByTestId('audition-notes-toggle').click();
    await freshRow.getByTestId('audition-note').fill('Documents complete; halal certificate checked');
    await freshRow.getByTestId('pass').click();
    await page
      .locator(`[data-testid=application-row][data-stage=curation][data-name="${nameOf(fresh)}"]`)
      .waitFor();
    await page.getByText('1 application moved on to the next stage.').waitFor();
    await freshRow.locator('[data-testid=audition-reviews] [data-decision=passed]').waitFor();
    expect(await freshRow.getByTestId('audition-reviews').textContent()).toContain(
      'Documents complete; halal certificate checked',
    );
    expect(await freshRow.getByTestId('audition-note').inputValue()).toBe(''); // stage II's note starts empty

    // The returning pesantren's products, flagged for review, the edited one marked.
    await returningRow.getByTestId('audition-notes-toggle').click();
    await returningRow.locator('[data-testid=audition-products] li').nth(1).waitFor();
    expect(await returningRow.locator('[data-change=changed]').count()).toBe(1);
    expect(await returningRow.locator('[data-change=new]').count()).toBe(1);
    await page.screenshot({ path: join(SCREENSHOTS, 'audition-stages-desktop-en.png'), fullPage: true });
    expect(await axe(page, 'main')).toEqual([]);

    // Stage II: those at curation, approved in bulk.
    await page.getByTestId('filter-stage').selectOption('curation');
    await page.locator('[data-testid=application-row]').first().waitFor();
    expect(await page.locator('[data-testid=application-row]').count()).toBe(1);
    await freshRow.locator('input[type=checkbox]').check();
    await page.getByTestId('bulk-approve').click();
    await page.getByText('1 application approved; its booth is in the hall.').waitFor();
    const [booth] = await t.db.query('SELECT id FROM booth WHERE exhibitor_id = $1', [fresh]);
    expect(booth).toBeDefined();
    await page.close();
  });

  it('shows the stages and the returning badge on a phone, in Indonesian', async () => {
    const page = await openSignedIn(t, phone.context, organiser, 'id');
    await page.goto(`${t.url}/e/${SLUG}/console/audition`);
    await page.getByTestId('returning-badge').waitFor();
    expect(await page.getByTestId('returning-badge').textContent()).toBe('Kembali dari OPOP Expo 2019');
    await page.getByTestId('filter-stage').selectOption('documents');
    await page.locator('[data-testid=application-row][data-stage=documents]').first().waitFor();
    expect(await page.locator('[data-testid=stage]').first().textContent()).toBe('I · Dokumen');
    await page.getByTestId('bulk-pass').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'audition-stages-phone-id.png'), fullPage: true });
    expect(await axe(page, 'main')).toEqual([]);
    await page.close();
  });
});
