import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { FairFactory } from './factories/fair.factory';
import { bareAccount, signedIn } from './factories/user.factory';
import { axe } from './support/axe';
import { launchBrowser } from './support/browser';
import { createApp, type TestApp } from './support/create-app';
import { SCREENSHOTS } from './support/screenshots';
import { openSignedIn } from './support/signed-in-page';

jest.setTimeout(180_000);

const CLIENT_DIST = join(__dirname, '..', '..', 'client', 'dist');

type Launched = Awaited<ReturnType<typeof launchBrowser>>;
type Who = Awaited<ReturnType<typeof signedIn>>;

/**
 * The fairs' console pages in headless Chromium: the platform admin's list and new-fair form, and one fair's
 * settings as its organiser runs it (edit, lifecycle, organisers, clone, archive), on a phone in Indonesian
 * and a desktop in English, each checked with axe (docs/decisions/0026-fair-lifecycle.md).
 */
describe('fairs console pages in headless Chromium', () => {
  let t: TestApp;
  let phone: Launched;
  let desktop: Launched;
  let admin: Who;
  let organiser: Who;

  beforeAll(async () => {
    t = await createApp({ env: { CLIENT_DIST } });
    mkdirSync(SCREENSHOTS, { recursive: true });
    await FairFactory.event(t.db, 'opop-2020'); // the fair the app's header still shows
    admin = await signedIn(t, 'platform_admin', { displayName: 'Admin Platform' });
    organiser = await bareAccount(t, 'organiser');
    const made = await t.http.post(
      '/api/platform/events',
      {
        slug: 'expo-2027',
        nameId: 'Pameran OPOP 2027',
        nameEn: 'OPOP Expo 2027',
        startsOn: '2027-12-05',
        endsOn: '2027-12-07',
        organisers: [organiser.user.email],
      },
      admin.token,
    );
    expect(made.status).toBe(201);
    [phone, desktop] = await Promise.all([
      launchBrowser({ timezoneId: 'Asia/Jakarta', viewport: { width: 390, height: 844 } }),
      launchBrowser({ timezoneId: 'Asia/Makassar', locale: 'en-GB', viewport: { width: 1280, height: 900 } }),
    ]);
  });
  afterAll(async () => {
    await phone?.close();
    await desktop?.close();
    await t?.close();
  });

  const shot = (page: Page, name: string) =>
    page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });

  it('the platform admin lists the fairs and creates one naming its organiser (desktop, English)', async () => {
    const page = await openSignedIn(t, desktop.context, admin.token, 'en');
    await page.goto(`${t.url}/platform/fairs`);
    await page.getByTestId('fair-row-expo-2027').waitFor();
    expect(await page.getByTestId('fair-row-expo-2027').textContent()).toContain('Draft');
    await page.getByTestId('fair-slug').fill('expo-2028');
    await page.getByTestId('fair-name-id').fill('Pameran OPOP 2028');
    await page.getByTestId('fair-name-en').fill('OPOP Expo 2028');
    await page.getByTestId('fair-starts').fill('2028-12-04');
    await page.getByTestId('fair-ends').fill('2028-12-06');
    await page.getByTestId('fair-organisers').fill(`${organiser.user.email}, nobody@example.test`);
    await page.getByTestId('fair-create-submit').click();
    // An e-mail no account holds is named on the field, and nothing is made.
    await page.getByText('No account uses that e-mail address').first().waitFor();
    await page.getByTestId('fair-organisers').fill(organiser.user.email!);
    await page.getByTestId('fair-create-submit').click();
    await page.getByTestId('fair-created').waitFor();
    await page.getByTestId('fair-row-expo-2028').waitFor();
    expect(await axe(page, '[data-testid=platform-fairs]')).toEqual([]);
    await shot(page, 'fairs-platform-en');
    await page.close();
  });

  it('the platform page in Indonesian on a phone', async () => {
    const page = await openSignedIn(t, phone.context, admin.token, 'id');
    await page.goto(`${t.url}/platform/fairs`);
    await page.getByTestId('fair-row-expo-2028').waitFor();
    expect(await page.getByTestId('fair-row-expo-2027').textContent()).toContain('Draf');
    expect(await axe(page, '[data-testid=platform-fairs]')).toEqual([]);
    await shot(page, 'fairs-platform-phone-id');
    await page.close();
  });

  it('the organiser edits the fair and moves it only along the allowed steps (phone, Indonesian)', async () => {
    const page = await openSignedIn(t, phone.context, organiser.token, 'id');
    await page.goto(`${t.url}/e/expo-2027/console/fair`);
    await page.getByTestId('fair-status').waitFor();
    expect(await page.getByTestId('fair-status').textContent()).toContain('Draf');
    const moves = async () =>
      (
        await page.locator('[data-testid^=fair-move-]').evaluateAll((b) => b.map((x) => x.dataset.testid))
      ).sort();
    expect(await moves()).toEqual(['fair-move-published', 'fair-move-registration']);

    await page.getByTestId('fair-name-en').fill('OPOP Expo of 2027');
    await page.getByTestId('fair-zone').selectOption('Asia/Makassar');
    await page.getByTestId('fair-category-peternakan').uncheck();
    await page.getByTestId('fair-zone-capacity').fill('60');
    await page.getByTestId('fair-save').click();
    await page.getByText('Tersimpan.').waitFor();
    const saved = (await t.http.get('/api/admin/events/expo-2027', organiser.token)).body;
    expect(saved).toMatchObject({
      name: { en: 'OPOP Expo of 2027' },
      timeZone: 'Asia/Makassar',
      zoneCapacity: 60,
    });
    expect(saved.categories).not.toContain('peternakan');

    await page.getByTestId('fair-move-published').click();
    await page.getByText('Sekarang: Diumumkan').waitFor();
    expect(await moves()).toEqual(['fair-move-live', 'fair-move-registration']);

    await page.getByTestId('fair-organiser-email').fill('nobody@example.test');
    await page.getByTestId('fair-organiser-submit').click();
    await page.getByText('Belum ada akun dengan alamat e-mail itu').first().waitFor();
    expect(await axe(page, '[data-testid=fair-settings]')).toEqual([]);
    await shot(page, 'fairs-settings-phone-id');
    await page.close();
  });

  it('the organiser clones the fair for next year and archives it; then it is read-only (desktop, English)', async () => {
    const page = await openSignedIn(t, desktop.context, organiser.token, 'en');
    await page.goto(`${t.url}/e/expo-2027/console/fair`);
    await page.getByTestId('clone-slug').waitFor();
    await page.getByTestId('clone-slug').fill('expo-2029');
    await page.getByTestId('clone-starts').fill('2029-12-03');
    await page.getByTestId('clone-submit').click();
    await page.getByTestId('clone-done').waitFor();
    expect((await t.http.get('/api/admin/events/expo-2029', organiser.token)).body).toMatchObject({
      status: 'draft',
      startsOn: '2029-12-03',
      endsOn: '2029-12-05',
      zoneCapacity: 60,
    });

    for (const [to, label] of [
      ['live', 'Now: Live'],
      ['closed', 'Now: Closed'],
    ] as const) {
      await page.getByTestId(`fair-move-${to}`).click();
      await page.getByText(label).waitFor();
    }
    await page.getByTestId('fair-move-archived').click();
    await page.getByTestId('fair-archive-confirm').click();
    await page.getByTestId('fair-archived').waitFor();
    expect(await page.locator('[data-testid^=fair-move-]').count()).toBe(0);
    expect(await page.getByTestId('fair-save').count()).toBe(0);
    expect(await axe(page, '[data-testid=fair-settings]')).toEqual([]);
    await shot(page, 'fairs-settings-archived-en');
    await page.close();
  });
});
