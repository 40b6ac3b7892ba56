import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PersonalMail } from '../src/modules/mailing/personal-mail.service';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { axe } from './support/axe';
import { launchBrowser, waitForExpression } from './support/browser';
import { createApp, TestApp } from './support/create-app';
import { SCREENSHOTS } from './support/screenshots';
import { openSignedIn } from './support/signed-in-page';

const CLIENT_DIST = join(__dirname, '..', '..', 'client', 'dist');

jest.setTimeout(120_000);

/**
 * The mail pages in headless Chromium: a buyer turns a kind of mail off on the preferences page (desktop,
 * Indonesian and English; a phone too), and an organiser previews a campaign on the console's campaign page.
 */
describe('mail pages in headless Chromium', () => {
  let t: TestApp;
  let desktop: Awaited<ReturnType<typeof launchBrowser>>;
  let phone: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    t = await createApp({ env: { CLIENT_DIST } });
    await FairFactory.event(t.db, 'opop-2020');
    mkdirSync(SCREENSHOTS, { recursive: true });
    [desktop, phone] = await Promise.all([
      launchBrowser({ timezoneId: 'Asia/Jakarta', viewport: { width: 1100, height: 900 } }),
      launchBrowser({ timezoneId: 'Asia/Jakarta', viewport: { width: 412, height: 860 } }),
    ]);
  });
  afterAll(async () => {
    await desktop?.close();
    await phone?.close();
    await t?.close();
  });

  it.each(['id', 'en'] as const)(
    'the preferences page turns a kind off and keeps reminders on (%s)',
    async (lang) => {
      const buyer = await MatchingFactory.buyer(t, 'ID', { locale: lang });
      const page = await openSignedIn(t, desktop.context, buyer.token, lang);
      await page.goto(`${t.url}/settings/mail`);
      await page.getByTestId('mail-pref-campaign').waitFor();
      expect(await page.getByTestId('mail-pref-meeting_reminder').isDisabled()).toBe(true);
      await page.getByTestId('mail-pref-campaign').uncheck();
      // Saved: the switch shows what the server answered (off), and is usable again.
      const box = `document.querySelector('[data-testid=mail-pref-campaign]')`;
      await waitForExpression(page, `!${box}.checked && !${box}.disabled`);
      const prefs = await t.http.get('/api/me/mail-preferences', buyer.token);
      expect(prefs.body.kinds).toMatchObject({ campaign: false, meeting_reminder: true });
      expect(await page.getByTestId('mail-preferences-page').textContent()).toContain(
        lang === 'id' ? 'E-mail yang Anda terima' : 'E-mail you get',
      );
      await page.screenshot({ path: join(SCREENSHOTS, `mail-preferences-${lang}.png`), fullPage: true });

      // On a phone the same page fits the screen (no sideways scrolling).
      const small = await openSignedIn(t, phone.context, buyer.token, lang);
      await small.goto(`${t.url}/settings/mail`);
      await small.getByTestId('mail-pref-campaign').waitFor();
      expect(await small.evaluate('document.documentElement.scrollWidth <= window.innerWidth')).toBe(true);
    },
  );

  it('the public unsubscribe page needs no sign-in: opening it changes nothing, the button turns the kind off', async () => {
    const buyer = await MatchingFactory.buyer(t, 'MY', { locale: 'en' });
    const token = t.app.get(PersonalMail).tokens.sign(buyer.user.id, 'message_new');
    // A fresh browser context: no session stored, as when the link is opened from a mail app.
    const stranger = await phone.context.browser()!.newContext({ viewport: { width: 412, height: 860 } });
    const page = await stranger.newPage();
    await page.goto(`${t.url}/unsubscribe?token=${encodeURIComponent(token)}`);
    await page.getByTestId('unsubscribe-confirm').waitFor();
    const kinds = async () => (await t.http.get('/api/me/mail-preferences', buyer.token)).body.kinds;
    expect((await kinds()).message_new).toBe(true);
    await page.getByTestId('unsubscribe-confirm').click();
    await page.getByTestId('unsubscribe-done').waitFor();
    expect((await kinds()).message_new).toBe(false);
    await stranger.close();
  });

  it.each(['id', 'en'] as const)('an organiser previews a campaign to a segment (%s)', async (lang) => {
    await MatchingFactory.buyer(t, 'MY');
    const organiser = await MatchingFactory.person(t, 'organiser', { locale: lang });
    const page = await openSignedIn(t, desktop.context, organiser.token, lang);
    await page.goto(`${t.url}/e/opop-2020/console/campaigns`);
    await page.getByTestId('console-campaigns').waitFor();
    await page.getByTestId('campaign-subject-id').fill('Jadwalkan pertemuan Anda');
    await page.getByTestId('campaign-subject-en').fill('Book your meetings');
    await page.getByTestId('campaign-text-id').fill('Masih ada slot kosong besok pagi.');
    await page.getByTestId('campaign-text-en').fill('There are free slots tomorrow morning.');
    await page.getByTestId('campaign-preview').click();
    await page.getByTestId('campaign-preview-result').waitFor();
    // Both languages are shown, each as its recipients will read it.
    expect(await page.getByTestId('campaign-sample-id').textContent()).toContain('Jadwalkan pertemuan Anda');
    expect(await page.getByTestId('campaign-sample-en').textContent()).toContain('Book your meetings');
    expect(await axe(page, '[data-testid=campaign-preview-result]')).toEqual([]);
    expect(await page.getByTestId('campaign-send').isEnabled()).toBe(true);
    if (lang === 'en')
      await page.screenshot({ path: join(SCREENSHOTS, 'console-campaign.png'), fullPage: true });
  });
});
