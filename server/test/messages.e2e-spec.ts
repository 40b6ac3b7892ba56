import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { waitForExpression } from './support/browser';
import type { TestApp } from './support/create-app';
import { appAndBrowsers, type LaunchedBrowser } from './support/app-and-browsers';
import { SCREENSHOTS } from './support/screenshots';
import { openSignedIn } from './support/signed-in-page';

jest.setTimeout(120_000);

/**
 * Messages in two real browsers on phones: a buyer (English) opens the conversation from their meeting's
 * card and writes with a picture; the exhibitor's staff (Indonesian) sees it arrive live with an unread
 * badge, opens it and answers; the answer appears on the buyer's phone without a reload.
 */
describe('messages between a buyer and an exhibitor in headless Chromium', () => {
  const set = appAndBrowsers(
    { timezoneId: 'Asia/Kuala_Lumpur', viewport: { width: 390, height: 844 } },
    { timezoneId: 'Asia/Jakarta', viewport: { width: 412, height: 860 } },
  );
  let t: TestApp;
  let buyerBrowser: LaunchedBrowser;
  let exhibitorBrowser: LaunchedBrowser;
  beforeAll(() => ({ t, first: buyerBrowser, second: exhibitorBrowser } = set));

  const messageCount = (page: Page, n: number) =>
    waitForExpression(page, `document.querySelectorAll('[data-testid=message]').length === ${n}`);

  it('exchanges messages live, with a picture and unread badges', async () => {
    const event = await FairFactory.event(t.db, 'opop-2020');
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: 0 });
    const buyer = await MatchingFactory.buyer(t, 'MY', { displayName: 'Aisyah Rahman' });
    await MatchingFactory.heldMeeting(t.db, event.id, x.exhibitor.id, buyer.user.id);

    // The exhibitor's staff waits on their Messages page (nothing yet).
    const e = await openSignedIn(t, exhibitorBrowser.context, x.staff.token, 'id');
    await e.goto(`${t.url}/e/opop-2020/messages`);
    await e.getByTestId('messages-page').waitFor();
    expect(await e.getByTestId('thread-row').count()).toBe(0);

    // The buyer opens the conversation from the meeting card and writes, with a picture.
    const b = await openSignedIn(t, buyerBrowser.context, buyer.token, 'en');
    await b.goto(`${t.url}/e/opop-2020/meetings`);
    await b.getByTestId('meeting-card').first().waitFor();
    await b.getByTestId('open-thread').first().click();
    await b.getByTestId('thread-panel').waitFor();
    const picture = await sharp({ create: { width: 120, height: 90, channels: 3, background: '#c84' } })
      .jpeg()
      .toBuffer();
    await b
      .getByTestId('attach-picture')
      .setInputFiles({ name: 'sample.jpg', mimeType: 'image/jpeg', buffer: picture });
    await b.locator('.composer__pictures img').waitFor();
    await b.getByTestId('message-input').fill('Hello! Here is our packaging. Can you do 500 packs a month?');
    await b.getByTestId('message-send').click();
    await messageCount(b, 1);

    // It arrives live on the exhibitor's phone with an unread badge; opening it reads it.
    await e.getByTestId('thread-unread').waitFor({ timeout: 10_000 });
    expect(await e.getByTestId('thread-unread').textContent()).toBe('1');
    await e.getByTestId('thread-row').first().click();
    await messageCount(e, 1);
    await e.locator('.bubble__picture').waitFor();
    await waitForExpression(e, `document.querySelector('[data-testid=thread-unread]') === null`);
    await e.getByTestId('message-input').fill('Bisa, kapasitas kami 2.000 pak per bulan.');
    await e.getByTestId('message-send').click();
    await messageCount(e, 2);

    // The answer shows on the buyer's phone without a reload.
    await messageCount(b, 2);
    expect(await b.getByTestId('thread-messages').textContent()).toContain('2.000 pak');
    // Read while open: no unread badge, and the bell has nothing from this thread.
    await waitForExpression(b, `document.querySelector('[data-testid=thread-unread]') === null`);
    await b.locator('.messages__title').waitFor();
    await b.screenshot({ path: join(SCREENSHOTS, 'messages-phone-en.png') });
    await e.screenshot({ path: join(SCREENSHOTS, 'messages-phone-id.png') });
    // On a desktop the list stays beside the conversation.
    await b.setViewportSize({ width: 1100, height: 800 });
    await b.getByTestId('thread-row').first().waitFor({ state: 'visible' });
    await b.screenshot({ path: join(SCREENSHOTS, 'messages-desktop-en.png') });
  });
});
