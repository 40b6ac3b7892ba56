import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { signedIn } from './factories/user.factory';
import { launchBrowser, waitForExpression } from './support/browser';
import { createApp, TestApp } from './support/create-app';
import { openSignedIn } from './support/signed-in-page';
import { SCREENSHOTS } from './support/screenshots';

const CLIENT_DIST = join(__dirname, '..', '..', 'client', 'dist');

jest.setTimeout(180_000);

/**
 * The organiser's console in two real browsers: the organiser approves an applicant and a visitor's hall
 * shows the new booth; the visitor enters a booth and the organiser's live counter rises without a reload.
 */
describe('organiser console in headless Chromium', () => {
  let t: TestApp;
  let organiserBrowser: Awaited<ReturnType<typeof launchBrowser>>;
  let visitorBrowser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    t = await createApp({ env: { CLIENT_DIST } });
    mkdirSync(SCREENSHOTS, { recursive: true });
    [organiserBrowser, visitorBrowser] = await Promise.all([
      launchBrowser({ timezoneId: 'Asia/Jakarta', viewport: { width: 1280, height: 1000 } }),
      launchBrowser({ timezoneId: 'Asia/Jakarta', viewport: { width: 412, height: 860 } }),
    ]);
  });
  afterAll(async () => {
    await organiserBrowser?.close();
    await visitorBrowser?.close();
    await t?.close();
  });

  const signedInPage = (context: BrowserContext, token: string, lang: 'id' | 'en') =>
    openSignedIn(t, context, token, lang);
  const textOf = (page: Page, testId: string) => page.getByTestId(testId).first().textContent();

  it('approve → the booth is in the hall; a visitor enters a booth → the live counter rises', async () => {
    const event = await FairFactory.event(t.db, 'opop-2020');
    const existing = await MatchingFactory.exhibitor(t, event.id, { slot: 0, category: 'makanan' });
    const applicant = await FairFactory.exhibitor(t.db, event.id, {
      name: 'Pondok Pesantren Al-Ittifaq',
      category: 'pertanian_perkebunan',
      region: 'kabupaten-bandung',
    });
    await FairFactory.exhibitor(t.db, event.id, { name: 'Pesantren Daarut Tauhiid', category: 'fesyen' });
    // Some history, so the charts and figures have something to draw.
    const buyer = await MatchingFactory.buyer(t, 'SG');
    await t.db.query(
      `INSERT INTO lead (booth_id, event_id, user_id, kind, created_at)
       SELECT $1, (SELECT event_id FROM booth WHERE id = $1), $2, 'visit', now() - (g || ' minutes')::interval FROM generate_series(1, 240, 20) g`,
      [existing.booth.id, buyer.user.id],
    );
    const deal = await t.http.post(
      '/api/deals',
      { exhibitorId: existing.exhibitor.id, value: 21_020_000_000, status: 'po', note: 'PO 2020/12/07' },
      buyer.token,
    );
    await t.http.post(`/api/deals/${deal.body.id}/confirm`, {}, existing.staff.token);

    const organiser = await signedIn(t, 'organiser', { displayName: 'Dinas KUK Jabar' });
    const o = await signedInPage(organiserBrowser.context, organiser.token, 'id');
    const visitor = await signedIn(t, 'visitor', { displayName: 'Siti' });
    const v = await signedInPage(visitorBrowser.context, visitor.token, 'id');

    // The visitor's hall (list mode) before the approval: the applicant is not there.
    await v.goto(`${t.url}/e/opop-2020/hall/list`);
    await v.getByTestId('hall-list').waitFor();
    expect(await v.getByText('Pondok Pesantren Al-Ittifaq').count()).toBe(0);

    // The organiser approves from the audition screen.
    await o.goto(`${t.url}/e/opop-2020/console/audition`);
    const row = o.locator('[data-testid=application-row][data-name="Pondok Pesantren Al-Ittifaq"]');
    await row.waitFor();
    await o.screenshot({ path: join(SCREENSHOTS, 'console-audition.png'), fullPage: true });
    // Stage I (documents) first, then stage II (curation) approves.
    await row.getByTestId('pass').click();
    await o.locator('[data-testid=application-row][data-stage=curation]').waitFor();
    await row.getByTestId('approve').click();
    await o.getByText('1 pendaftaran diterima', { exact: false }).waitFor();
    const [{ id: boothId }] = await t.db.query('SELECT id FROM booth WHERE exhibitor_id = $1', [
      applicant.id,
    ]);

    // The visitor's hall shows it (pushed as booth:changed, or on the next load of the booth list).
    await v.reload();
    await v.getByTestId('hall-list').waitFor();
    await v.locator('[data-testid=zone-toggle][data-zone=pertanian_perkebunan]').click();
    await v.locator(`[data-testid=list-booth][data-booth-id="${boothId}"]`).waitFor();

    // The deal is far above the fair's plausible range: it counts once the organiser verifies it.
    await o.goto(`${t.url}/e/opop-2020/console/deals`);
    const queued = o.locator(`[data-testid=deal-to-verify][data-deal-id="${deal.body.id}"]`);
    await queued.waitFor();
    await o.screenshot({ path: join(SCREENSHOTS, 'console-deal-verification.png'), fullPage: true });
    await queued.getByTestId('deal-verify').click();
    await o
      .getByTestId('console-deals-verification')
      .getByText('Tidak ada yang menunggu verifikasi.')
      .waitFor();

    // The organiser watches the dashboard; the visitor enters the new booth; the counter rises live.
    await o.goto(`${t.url}/e/opop-2020/console`);
    await o.getByTestId('console-in-booths').waitFor();
    expect(await textOf(o, 'console-in-booths')).toBe('0');
    expect(await textOf(o, 'console-deals-headline')).toBe('Rp21,02 miliar');
    expect(await textOf(o, 'console-deals-claimed')).toBe('Rp21,02 miliar');
    await v.locator(`[data-testid=list-booth][data-booth-id="${boothId}"]`).click();
    await v.getByTestId('booth-panel').waitFor();
    await waitForExpression(
      o,
      `document.querySelector('[data-testid=console-in-booths]')?.textContent === '1'`,
      { timeout: 15_000 },
    );
    await o.getByTestId('console-heatmap').waitFor();
    await o.waitForTimeout(500);
    await o.screenshot({ path: join(SCREENSHOTS, 'console-dashboard.png'), fullPage: true });

    await o.goto(`${t.url}/e/opop-2020/console/reports`);
    await o.getByTestId('report-deals').waitFor();
    await o.screenshot({ path: join(SCREENSHOTS, 'console-reports.png'), fullPage: true });
    const [download] = await Promise.all([o.waitForEvent('download'), o.getByTestId('report-deals').click()]);
    expect(download.suggestedFilename()).toBe('opop-2020-deals.csv');

    await o.goto(`${t.url}/e/opop-2020/console/reports/summary`);
    await o.getByTestId('summary-headline').waitFor();
    expect(await textOf(o, 'summary-headline')).toBe('Rp21,02 miliar');
    await o.screenshot({ path: join(SCREENSHOTS, 'console-summary.png'), fullPage: true });
  });

  it('the API docs page shows the API to a signed-in organiser, under the same CSP', async () => {
    const { token } = await signedIn(t, 'organiser');
    const page = await signedInPage(organiserBrowser.context, token, 'en');
    await page.goto(`${t.url}/api/docs`);
    await page.locator('.swagger-ui .info .title', { hasText: 'Pameran API' }).waitFor();
    await page.locator('.opblock-summary-path', { hasText: '/api/admin/exhibitors' }).first().waitFor();
    expect(await page.locator('#docs-signin').isHidden()).toBe(true);
    await page.close();
  });

  it('the API docs page shows a visitor nothing but how to sign in', async () => {
    const { token } = await signedIn(t, 'visitor');
    const page = await signedInPage(visitorBrowser.context, token, 'en');
    await page.goto(`${t.url}/api/docs`);
    await page.locator('#docs-signin').waitFor({ state: 'visible' });
    expect(await page.locator('.opblock-summary-path').count()).toBe(0);
    await page.close();
  });
});
