import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import type { TestApp } from './support/create-app';
import { appAndBrowsers, type LaunchedBrowser } from './support/app-and-browsers';
import { SCREENSHOTS } from './support/screenshots';
import { openSignedIn } from './support/signed-in-page';

jest.setTimeout(120_000);

/**
 * After the meeting, in real browsers: buyers on phones (Indonesian and English) record "agreement" with a
 * rating (one with the keyboard) and go on into the deal form with the meeting filled in; the organiser's
 * dashboard (desktop) and the exhibitor's back office show the funnel.
 */
describe('meeting outcomes and the funnel in headless Chromium', () => {
  const set = appAndBrowsers(
    { timezoneId: 'Asia/Jakarta', viewport: { width: 412, height: 860 } },
    { timezoneId: 'Asia/Jakarta', viewport: { width: 1280, height: 1000 } },
  );
  let t: TestApp;
  let phone: LaunchedBrowser;
  let desktop: LaunchedBrowser;
  beforeAll(() => ({ t, first: phone, second: desktop } = set));

  const signedInPage = (context: BrowserContext, token: string, lang: 'id' | 'en') =>
    openSignedIn(t, context, token, lang);

  /** On the buyer's phone: record an agreement on the meeting card, then follow it into the deal form. */
  async function recordAgreement(page: Page, meetingId: string, lang: 'id' | 'en') {
    await page.goto(`${t.url}/e/opop-2020/meetings`);
    const card = page.locator(`[data-meeting="${meetingId}"]`);
    await card.getByTestId('outcome-form').waitFor();
    await card.getByTestId('outcome-kind').selectOption('agreement');
    if (lang === 'en') {
      // By keyboard: Tab into the stars and move with the arrow keys.
      await card.getByRole('radio', { name: '1 of 5 stars' }).focus();
      await page.keyboard.press('Space');
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      expect(await card.getByRole('radio', { name: '4 of 5 stars' }).isChecked()).toBe(true);
    } else {
      await card.locator('.rating__star').nth(3).click();
    }
    await card
      .locator('textarea')
      .fill(lang === 'en' ? 'PO for 500 packs next week' : 'PO 500 bungkus minggu depan');
    await card.scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(SCREENSHOTS, `meeting-outcome-phone-${lang}.png`) });
    await card.locator('button[type=submit]').click();
    await card.getByTestId('outcome-saved').waitFor();
    expect(await card.getByTestId('outcome-saved').textContent()).toContain(
      lang === 'en' ? 'Agreement' : 'Sepakat',
    );
    await card.getByTestId('outcome-deal-link').click();
    await page.getByTestId('deal-form').waitFor();
    expect(new URL(page.url()).search).toBe(`?meeting=${meetingId}`);
    // The meeting is the deal's evidence: the counterpart chosen is this meeting.
    expect(await page.getByTestId('deal-counterpart').inputValue()).toBe(meetingId);
  }

  it('records an agreement on a phone in both languages, reaches the deal form, and shows the funnel', async () => {
    const event = await FairFactory.event(t.db, 'opop-2020');
    const a = await MatchingFactory.exhibitor(t, event.id, { slot: 0, category: 'makanan' });
    const b = await MatchingFactory.exhibitor(t, event.id, { slot: 1, category: 'minuman' });
    await t.db.query(`UPDATE exhibitor SET region = 'kota-bandung' WHERE id = $1`, [b.exhibitor.id]);
    const siti = await MatchingFactory.buyer(t, 'ID', { displayName: 'Siti Rahma' });
    const claire = await MatchingFactory.buyer(t, 'FR', { displayName: 'Claire Martin' });
    const m1 = await MatchingFactory.heldMeeting(t.db, event.id, a.exhibitor.id, siti.user.id);
    const m2 = await MatchingFactory.heldMeeting(t.db, event.id, b.exhibitor.id, claire.user.id);
    // More requests that went nowhere, so the funnel narrows as a real one does.
    for (const [x, n, status] of [
      [a, 3, 'declined'],
      [b, 2, 'expired'],
    ] as const) {
      for (let i = 0; i < n; i++) {
        const other = await MatchingFactory.buyer(t);
        await t.db.query(
          `INSERT INTO meeting_request (event_id, exhibitor_id, requester_id, status, decline_reason, expires_at)
           VALUES ($1, $2, $3, $4, $5, now())`,
          [event.id, x.exhibitor.id, other.user.id, status, status === 'declined' ? 'Penuh' : null],
        );
      }
    }

    await recordAgreement(await signedInPage(phone.context, siti.token, 'id'), m1, 'id');
    await recordAgreement(await signedInPage(phone.context, claire.token, 'en'), m2, 'en');

    // Siti's deal from her meeting is confirmed by the exhibitor (and verified: a held meeting).
    const deal = await t.http.post(
      '/api/deals',
      { exhibitorId: a.exhibitor.id, meetingId: m1, value: 45_000_000, status: 'po', note: 'PO 500 bungkus' },
      siti.token,
    );
    expect(
      (await t.http.post(`/api/deals/${deal.body.id}/confirm`, {}, a.staff.token)).body.verification,
    ).toBe('verified');

    // The organiser's dashboard: requests 7 → accepted 2 → held 2 → follow-up 2 → 1 deal, verified.
    const organiser = await MatchingFactory.person(t, 'organiser');
    const o = await signedInPage(desktop.context, organiser.token, 'en');
    await o.goto(`${t.url}/e/opop-2020/console`);
    const funnel = o.getByTestId('funnel');
    await funnel.waitFor();
    expect(await o.getByTestId('funnel-requests').textContent()).toContain('7');
    expect(await o.getByTestId('funnel-followUp').textContent()).toContain('2 · 100%');
    expect(await o.getByTestId('funnel-accepted').textContent()).toContain('2 · 29%');
    expect(await o.getByTestId('funnel-dealsConfirmed').textContent()).toContain('1 · 50%');
    expect(await o.getByTestId('funnel-dealsVerified').textContent()).toContain('1 · 100%');
    await funnel.screenshot({ path: join(SCREENSHOTS, 'console-funnel.png') });

    // The exhibitor's back office shows its own funnel only.
    const e = await signedInPage(phone.context, a.staff.token, 'id');
    await e.goto(`${t.url}/e/opop-2020/exhibitor`);
    await e.getByTestId('funnel').waitFor();
    expect(await e.getByTestId('funnel-requests').textContent()).toContain('4');
    expect(await e.getByTestId('funnel-held').textContent()).toContain('1 · 100%');
  });
});
