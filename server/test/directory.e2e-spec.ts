import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { MeetingRequestEntity } from '../src/modules/matching/matching.entities';
import { BuyerProfileEntity, UserEntity } from '../src/modules/users/user.entity';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { waitForExpression } from './support/browser';
import type { TestApp } from './support/create-app';
import { appAndBrowsers, type LaunchedBrowser } from './support/app-and-browsers';
import { SCREENSHOTS } from './support/screenshots';
import { openSignedIn } from './support/signed-in-page';

jest.setTimeout(120_000);

/**
 * The buyer directory in real browsers: an exhibitor on a phone (Indonesian) finds a listed buyer, asks for
 * a meeting; the buyer on a phone (English) accepts it in their meetings page; the directory on a desktop
 * in English.
 */
describe('buyer directory in headless Chromium', () => {
  const set = appAndBrowsers(
    { timezoneId: 'Asia/Jakarta', viewport: { width: 412, height: 860 } },
    { timezoneId: 'Asia/Kuala_Lumpur', viewport: { width: 1100, height: 900 } },
  );
  let t: TestApp;
  let phone: LaunchedBrowser;
  let desktop: LaunchedBrowser;
  beforeAll(() => ({ t, first: phone, second: desktop } = set));

  const waitForText = (page: Page, testId: string, text: string) =>
    waitForExpression(
      page,
      `document.querySelector('[data-testid=${testId}]')?.textContent === ${JSON.stringify(text)}`,
    );

  async function listed(name: string, profile: Partial<BuyerProfileEntity>) {
    const buyer = await MatchingFactory.buyer(t, profile.country ?? 'MY', {
      displayName: name,
      directoryListed: true,
    });
    await t.db.getRepository(BuyerProfileEntity).update({ userId: buyer.user.id }, profile);
    return buyer;
  }

  it('an exhibitor finds a buyer and asks for a meeting; the buyer accepts', async () => {
    const event = await FairFactory.event(t.db, 'opop-2020');
    await MatchingFactory.block(t.db, event, { inMinutes: 90, slots: 6 });
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 0 });
    await t.db.getRepository(UserEntity).update({ id: x.staff.user.id }, { timeZone: 'Asia/Jakarta' });
    const aisha = await listed('Aisha Rahman', {
      company: 'ITPC Kuala Lumpur',
      country: 'MY',
      categories: ['makanan', 'minuman'],
      productsSought: ['keripik singkong', 'kopi gayo'],
      languages: ['ms', 'en'],
      certifications: ['halal'],
      monthlyVolume: 2000,
    });
    await listed('Tan Wei Ming', {
      company: 'Lion City Foods',
      country: 'SG',
      type: 'partner',
      categories: ['makanan'],
      productsSought: ['sambal'],
      languages: ['en', 'zh'],
    });
    await listed('Ahmad Faisal', {
      company: 'Brunei Halal Trading',
      country: 'BN',
      categories: ['fesyen'],
      productsSought: ['batik tulis'],
      languages: ['ms'],
      monthlyVolume: 300,
    });

    // The exhibitor, on a phone in Indonesian, filters the directory by country.
    const e = await openSignedIn(t, phone.context, x.staff.token, 'id');
    await e.goto(`${t.url}/e/opop-2020/exhibitor/buyers`);
    await e.getByTestId('buyer-directory').waitFor();
    await waitForText(e, 'directory-count', '3 pembeli');
    await e.getByTestId('directory-country').fill('my');
    await e.getByTestId('directory-apply').click();
    await waitForText(e, 'directory-count', '1 pembeli');
    const card = (await e.getByTestId('buyer-card').first().textContent()) ?? '';
    expect(card).toContain('ITPC Kuala Lumpur');
    expect(card).toContain('keripik singkong');
    expect(card).not.toContain('@');
    await e.getByTestId('directory-country').fill('');
    await e.getByTestId('directory-apply').click();
    await waitForText(e, 'directory-count', '3 pembeli');
    await e.screenshot({ path: join(SCREENSHOTS, 'exhibitor-buyer-directory-id.png'), fullPage: true });
    await e.getByTestId('directory-q').fill('ITPC');
    await e.getByTestId('directory-apply').click();
    await waitForText(e, 'directory-count', '1 pembeli');
    await e.getByTestId('buyer-card').first().getByRole('link').click();
    await e.getByTestId('buyer-page').waitFor();
    await e
      .getByTestId('directory-request-message')
      .fill('Kami produsen keripik singkong halal, siap ekspor.');
    // The meeting can be about the exhibitor's own products.
    await e.getByRole('checkbox', { name: x.products[0].nameId }).check();
    await e.getByTestId('slot-option').first().check();
    await e.getByTestId('directory-request-send').click();
    await e.getByTestId('directory-request-sent').waitFor();
    const sent = await t.db
      .getRepository(MeetingRequestEntity)
      .findOneByOrFail({ exhibitorId: x.exhibitor.id });
    expect(sent.productIds).toEqual([x.products[0].id]);

    // The buyer, on a phone in English, sees the invitation among their requests and accepts a slot.
    const b = await openSignedIn(t, phone.context, aisha.token, 'en');
    await b.goto(`${t.url}/e/opop-2020/meetings`);
    await b.getByTestId('tab-requests').click();
    await b.getByTestId('request-card').first().waitFor();
    expect(await b.getByTestId('request-asked-by').first().textContent()).toBe(
      'Invitation from the exhibitor',
    );
    expect(await b.getByTestId('request-card').first().textContent()).toContain(x.exhibitor.name);
    await b.getByTestId('request-accept').click();
    await b.getByTestId('slot-option').first().waitFor();
    await b.getByTestId('request-accept-confirm').click();
    await waitForText(b, 'request-status', 'Accepted');
    await b.getByTestId('request-meeting').waitFor();

    // The exhibitor's team sees the answer; the directory in English on a desktop.
    const d = await openSignedIn(t, desktop.context, x.staff.token, 'en');
    await d.goto(`${t.url}/e/opop-2020/meetings`);
    await d.getByTestId('tab-requests').click();
    await d.getByTestId('request-card').first().waitFor();
    expect(await d.getByTestId('request-asked-by').first().textContent()).toBe('Sent by your team');
    await waitForText(d, 'request-status', 'Accepted');
    await d.goto(`${t.url}/e/opop-2020/exhibitor/buyers`);
    await waitForText(d, 'directory-count', '3 buyers');
    await d.screenshot({ path: join(SCREENSHOTS, 'exhibitor-buyer-directory-en.png'), fullPage: true });
  });
});
