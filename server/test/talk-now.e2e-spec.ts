import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { BuyerProfileEntity } from '../src/modules/users/user.entity';
import { FairFactory } from './factories/fair.factory';
import { signedIn } from './factories/user.factory';
import { axe } from './support/axe';
import { launchBrowser, waitForExpression } from './support/browser';
import { createApp, TestApp } from './support/create-app';
import { LiveKit, startLiveKit } from './support/livekit-process';
import { SCREENSHOTS } from './support/screenshots';
import { openSignedIn } from './support/signed-in-page';

const CLIENT_DIST = process.env.CLIENT_DIST ?? join(__dirname, '..', '..', 'client', 'dist');

jest.setTimeout(150_000);

/** True once a <video> with this test id shows decoded frames and its clock moves on (the track plays). */
const PLAYING = (testId: string) => `(() => {
  const v = [...document.querySelectorAll('video[data-testid=${testId}]')].find((el) => el.videoWidth > 0);
  if (!v) return false;
  const seen = Number(v.dataset.e2eTime ?? -1);
  v.dataset.e2eTime = String(v.currentTime);
  return seen >= 0 && v.currentTime > seen;
})()`;

/**
 * Talk now in two headless Chromiums with fake cameras against a real LiveKit: a visitor on a phone (English)
 * knocks at a booth, its staff member on a desktop (Indonesian) sees the name and company and accepts, and
 * each sees the other's video; staff leaving with Escape ends the call for the visitor.
 */
describe('talk now at the booth in headless Chromium (real LiveKit)', () => {
  let t: TestApp;
  let lk: LiveKit;
  let browsers: Awaited<ReturnType<typeof launchBrowser>>[];

  beforeAll(async () => {
    lk = await startLiveKit();
    const extraArgs = ['--allow-loopback-in-peer-connection'];
    [t, ...browsers] = await Promise.all([
      createApp({
        env: {
          LIVEKIT_URL: lk.url,
          LIVEKIT_API_KEY: lk.apiKey,
          LIVEKIT_API_SECRET: lk.apiSecret,
          CLIENT_DIST,
        },
      }),
      launchBrowser({ timezoneId: 'Asia/Kuala_Lumpur', viewport: { width: 390, height: 844 }, extraArgs }),
      launchBrowser({ timezoneId: 'Asia/Jakarta', viewport: { width: 1280, height: 800 }, extraArgs }),
    ]);
  });
  afterAll(async () => {
    await Promise.all((browsers ?? []).map((b) => b?.close()));
    await t?.close();
    await lk?.stop();
  });

  const openBooth = async (page: Page, boothId: string) => {
    await page.goto(`${t.url}/e/opop-2020/hall/list?booth=${boothId}`);
    await page.getByTestId('talk-now').waitFor({ timeout: 20_000 });
  };

  it('a visitor knocks, staff accept, both see each other; staff leaving ends it', async () => {
    const event = await FairFactory.event(t.db, 'opop-2020');
    const { exhibitor, booth } = await FairFactory.booth(t.db, event.id);
    const staff = await signedIn(t, 'exhibitor', {
      exhibitorId: exhibitor.id,
      displayName: 'Ustadzah Aminah',
    });
    const visitor = await signedIn(t, 'buyer', { displayName: 'Aisyah Rahman', leadConsent: true });
    await t.db
      .getRepository(BuyerProfileEntity)
      .save({ userId: visitor.user.id, type: 'buyer', company: 'Rahman Trading', country: 'MY' });
    const [v, s] = await Promise.all([
      openSignedIn(t, browsers[0].context, visitor.token, 'en'),
      openSignedIn(t, browsers[1].context, staff.token, 'id'),
    ]);

    await openBooth(s, booth.id);
    // The switch follows the server's answer (it turns on once the server says so).
    await s.getByTestId('talk-available').click();
    await s.locator('[data-testid=talk-available]:checked').waitFor();
    await openBooth(v, booth.id);
    await v.getByTestId('talk-knock').click();
    await v.getByText('you are number 1 in the queue').waitFor();
    await s.getByTestId('talk-queue-item').filter({ hasText: 'Aisyah Rahman · Rahman Trading' }).waitFor();
    await v.screenshot({ path: join(SCREENSHOTS, 'talk-waiting-phone-en.png') });
    await s.screenshot({ path: join(SCREENSHOTS, 'talk-knock-desktop-id.png') });
    expect(await axe(v, '[data-testid=booth-panel]')).toEqual([]);
    expect(await axe(s, '[data-testid=booth-panel]')).toEqual([]);

    await s.getByTestId('talk-accept').click();
    await v.getByTestId('talk-call').waitFor(); // the visitor's call opens by itself, and takes focus
    expect(await v.evaluate(`document.activeElement?.dataset.testid`)).toBe('talk-call');
    await s.getByTestId('talk-join').click();
    await s.getByTestId('talk-call').waitFor();
    await Promise.all(
      [v, s].map((p) => waitForExpression(p, PLAYING('remote-video'), { polling: 100, timeout: 30_000 })),
    );
    const remoteTile = 'figure:has(video[data-testid=remote-video])';
    expect(await v.locator(remoteTile).first().getAttribute('data-identity')).toBe(staff.user.id);
    expect(await s.locator(remoteTile).first().getAttribute('data-identity')).toBe(visitor.user.id);
    await v.screenshot({ path: join(SCREENSHOTS, 'talk-call-phone-en.png') });
    await s.screenshot({ path: join(SCREENSHOTS, 'talk-call-desktop-id.png') });
    expect(await axe(v, '[data-testid=talk-call]')).toEqual([]);
    expect(await axe(s, '[data-testid=talk-call]')).toEqual([]);

    // Escape leaves the call (staff leaving ends it for everyone); the booth panel under it stays open.
    await s.keyboard.press('Escape');
    await s.getByTestId('talk-call').waitFor({ state: 'detached' });
    await s.getByTestId('booth-panel').waitFor();
    // Focus comes back to the talk-now section of the panel (its Join button went with the call).
    expect(await s.evaluate('document.activeElement?.id')).toBe('talk-now-title');
    await v.getByTestId('talk-call').waitFor({ state: 'detached', timeout: 15_000 });
    await v.getByText('The call has ended.').waitFor();
  });
});
