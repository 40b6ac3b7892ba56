import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { UserEntity } from '../src/modules/users/user.entity';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { waitForExpression } from './support/browser';
import type { TestApp } from './support/create-app';
import { appAndBrowsers, type LaunchedBrowser } from './support/app-and-browsers';
import { openSignedIn } from './support/signed-in-page';
import { SCREENSHOTS } from './support/screenshots';

jest.setTimeout(120_000);

/**
 * Business matching in two real browsers: a buyer in Paris requests a meeting, the exhibitor in Jakarta
 * accepts a slot, both agendas show it in their own zones, a deal is recorded and confirmed, and the
 * fair's total changes.
 */
describe('business matching in headless Chromium', () => {
  const set = appAndBrowsers(
    { timezoneId: 'Europe/Paris', viewport: { width: 1100, height: 900 } },
    { timezoneId: 'Asia/Jakarta', viewport: { width: 412, height: 860 } },
  );
  let t: TestApp;
  let buyerBrowser: LaunchedBrowser;
  let exhibitorBrowser: LaunchedBrowser;
  beforeAll(() => ({ t, first: buyerBrowser, second: exhibitorBrowser } = set));

  const signedInPage = (context: BrowserContext, token: string, lang: 'id' | 'en') =>
    openSignedIn(t, context, token, lang);

  /** Wait until the first element with this test id reads `text` (the page updates itself). */
  const waitForText = (page: Page, testId: string, text: string) =>
    waitForExpression(
      page,
      `document.querySelector('[data-testid=${testId}]')?.textContent === ${JSON.stringify(text)}`,
    );

  it('goes from a request to a booked slot to a confirmed deal that shows in the total', async () => {
    const event = await FairFactory.event(t.db, 'opop-2020');
    await MatchingFactory.block(t.db, event, { inMinutes: 90, slots: 6 });
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 0 });
    const buyer = await MatchingFactory.buyer(t, 'FR', {
      timeZone: 'Europe/Paris',
      displayName: 'Claire Martin',
    });
    await t.db.getRepository(UserEntity).update({ id: x.staff.user.id }, { timeZone: 'Asia/Jakarta' });

    // The buyer asks from the booth page.
    const b = await signedInPage(buyerBrowser.context, buyer.token, 'en');
    await b.goto(`${t.url}/e/opop-2020/booths/${x.booth.id}`);
    await b.getByTestId('request-meeting').click();
    await b
      .getByTestId('request-message')
      .fill('We import snacks to France and would like to discuss 500 packs a month.');
    await b.getByTestId('slot-option').first().check();
    await b.getByTestId('request-send').click();
    await b.getByTestId('meetings-page').waitFor();
    await b.getByTestId('request-card').first().waitFor();
    expect(await b.getByTestId('request-status').first().textContent()).toBe('Waiting for an answer');

    // The exhibitor, on a phone in Jakarta, accepts the preferred slot.
    const e = await signedInPage(exhibitorBrowser.context, x.staff.token, 'id');
    await e.goto(`${t.url}/e/opop-2020/meetings`);
    await e.getByTestId('tab-requests').click();
    await e.getByTestId('request-card').first().waitFor();
    expect(await e.getByTestId('request-card').first().textContent()).toContain('Claire Martin');
    await e.getByTestId('request-accept').click();
    await e.getByTestId('slot-option').first().waitFor();
    await e.screenshot({ path: join(SCREENSHOTS, 'matching-accept-phone-id.png') });
    await e.getByTestId('request-accept-confirm').click();
    await waitForText(e, 'request-status', 'Diterima');
    await e.getByTestId('tab-agenda').click();
    const exhibitorCard = await e.getByTestId('meeting-card').first().textContent();
    expect(exhibitorCard).toContain('WIB');
    expect(exhibitorCard).not.toMatch(/waktu Anda/); // Jakarta is WIB: no second time

    // The buyer's agenda shows it in WIB and in Paris time (pushed over the socket, no reload needed).
    await b.getByTestId('tab-agenda').click();
    await b.getByTestId('meeting-card').first().waitFor({ timeout: 10_000 });
    const buyerCard = (await b.getByTestId('meeting-card').first().textContent()) ?? '';
    expect(buyerCard).toContain(x.exhibitor.name);
    expect(buyerCard).toMatch(/WIB \(your time .+\)/);
    await b.screenshot({ path: join(SCREENSHOTS, 'matching-meetings-en.png'), fullPage: true });

    // The meeting takes place (held: the deal's evidence); the buyer records a deal from it; the exhibitor
    // confirms; within the fair's plausible range it is verified at once and the total changes.
    await t.db.query(`UPDATE meeting SET status = 'held' WHERE exhibitor_id = $1`, [x.exhibitor.id]);
    await b.getByRole('link', { name: 'Record a deal' }).first().click();
    await b.getByTestId('deal-form').waitFor();
    const totalBefore = await b.getByTestId('deals-total').textContent();
    await b.getByTestId('deal-value').fill('150000000');
    await b.getByTestId('deal-status').selectOption('po');
    await b.getByTestId('deal-save').click();
    await b.getByTestId('deal-card').first().waitFor();
    expect(await b.getByTestId('deal-state').first().textContent()).toBe('Not confirmed yet');

    await e.goto(`${t.url}/e/opop-2020/deals`);
    await e.getByTestId('deal-confirm').click();
    await waitForText(e, 'deal-state', 'Terkonfirmasi');
    await waitForText(e, 'deal-verification', 'Terverifikasi');
    await e.getByTestId('deals-total').waitFor();
    expect(await e.getByTestId('deals-total').textContent()).toContain('Rp150 juta');
    await e.screenshot({ path: join(SCREENSHOTS, 'matching-deals-phone-id.png'), fullPage: true });

    await waitForText(b, 'deal-state', 'Confirmed');
    const totalAfter = await b.getByTestId('deals-total').textContent();
    expect(totalAfter).not.toBe(totalBefore);
    expect(totalAfter).toContain('IDR 150 million');
  });
});
