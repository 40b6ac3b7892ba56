import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { EventEntity } from '../src/modules/events/event.entity';
import { FairFactory } from './factories/fair.factory';
import { axe } from './support/axe';
import { launchBrowser, waitForExpression } from './support/browser';
import { createApp, TestApp } from './support/create-app';
import { meetingEndingIn } from './support/live-meeting';
import { LiveKit, startLiveKit } from './support/livekit-process';
import { freePort } from './support/redis-process';
import { SCREENSHOTS } from './support/screenshots';
import { openSignedIn } from './support/signed-in-page';

const CLIENT_DIST = join(__dirname, '..', '..', 'client', 'dist');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

jest.setTimeout(150_000);

type Browser = Awaited<ReturnType<typeof launchBrowser>>;
const ACTIVE = `(() => { const a = document.activeElement; return a?.getAttribute('data-testid') ?? a?.id ?? ''; })()`;
const REMOTE_PLAYING = `[...document.querySelectorAll('video[data-testid=remote-video]')].some((v) => v.videoWidth > 0)`;

/**
 * The call for keyboard and screen-reader users (issue 19 part 6), with a real LiveKit and two Chromiums'
 * fake cameras: a buyer on a phone in English and the exhibitor's staff on a desktop in Indonesian. Joining
 * moves focus into the call, leaving moves it to the end screen, and axe finds nothing serious or critical
 * on the device check, the call with both people in it, and the end screen.
 */
describe('the call, reachable by everyone (real LiveKit)', () => {
  let t: TestApp;
  let lk: LiveKit;
  let event: EventEntity;
  let phone: Browser;
  let desktop: Browser;

  beforeAll(async () => {
    const port = await freePort();
    lk = await startLiveKit({ webhookUrl: `http://127.0.0.1:${port}/api/livekit/webhook` });
    const env = {
      LIVEKIT_URL: lk.url,
      LIVEKIT_API_KEY: lk.apiKey,
      LIVEKIT_API_SECRET: lk.apiSecret,
      CLIENT_DIST,
    };
    const extraArgs = ['--allow-loopback-in-peer-connection'];
    [t, phone, desktop] = await Promise.all([
      createApp({ port, env }),
      launchBrowser({ locale: 'en-US', timezoneId: 'Asia/Kuala_Lumpur', viewport: PHONE, extraArgs }),
      launchBrowser({ timezoneId: 'Asia/Jakarta', viewport: DESKTOP, extraArgs }),
    ]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    event = await FairFactory.event(t.db, 'opop-2020');
  });
  afterAll(async () => {
    await Promise.all([phone?.close(), desktop?.close()]);
    await t?.close();
    await lk?.stop();
  });

  /** The device check, passed with the keyboard: focus lands on the call's title once it is joined. */
  async function joinWithKeyboard(page: Page, meetingId: string): Promise<void> {
    await page.goto(`${t.url}/e/opop-2020/meetings/${meetingId}/call`);
    await page.getByTestId('device-check').waitFor();
    await waitForExpression(page, `document.querySelector('.device-check__video')?.videoWidth > 0`);
    expect(await axe(page, '[data-testid=call-page]')).toEqual([]);
    await page.getByTestId('join-call').focus();
    await page.keyboard.press('Enter');
    await page.getByTestId('call-room').waitFor({ timeout: 30_000 });
    await waitForExpression(page, `${ACTIVE} === 'call-title'`, { timeout: 10_000 });
  }

  it('moves focus into the call and to the end screen, and axe passes in both languages', async () => {
    const { id, x, buyer } = await meetingEndingIn(t, event, 5 * 60_000);
    const [b, e] = await Promise.all([
      openSignedIn(t, phone.context, buyer.token, 'en'),
      openSignedIn(t, desktop.context, x.staff.token, 'id'),
    ]);
    await Promise.all([joinWithKeyboard(b, id), joinWithKeyboard(e, id)]);
    await Promise.all(
      [b, e].map((p) => waitForExpression(p, REMOTE_PLAYING, { polling: 100, timeout: 30_000 })),
    );
    expect(await b.getByTestId('leave-call').textContent()).toMatch(/Leave/);
    for (const p of [b, e]) expect(await axe(p, '[data-testid=call-page]')).toEqual([]);
    await Promise.all([
      b.screenshot({ path: join(SCREENSHOTS, 'a11y-call-phone-en.png') }),
      e.screenshot({ path: join(SCREENSHOTS, 'a11y-call-desktop-id.png') }),
    ]);

    // Leaving with the keyboard: the end screen's heading has focus, so the next Tab reaches its actions.
    await b.getByTestId('leave-call').focus();
    await b.keyboard.press('Enter');
    await b.getByTestId('call-end').waitFor();
    await waitForExpression(b, `${ACTIVE} === 'call-end-title'`, { timeout: 10_000 });
    expect(await b.evaluate(`getComputedStyle(document.activeElement).outlineStyle !== 'none'`)).toBe(true);
    expect(await axe(b, '[data-testid=call-page]')).toEqual([]);
    await b.keyboard.press('Tab');
    expect(await b.evaluate(ACTIVE)).toBe('record-deal');
    await Promise.all([b.close(), e.close()]);
  });
});
