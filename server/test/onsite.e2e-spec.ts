import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { MeetingTableEntity } from '../src/modules/matching/matching.entities';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { axe } from './support/axe';
import { launchBrowser, waitForExpression } from './support/browser';
import { createApp, type TestApp } from './support/create-app';
import { qrVideo } from './support/fake-camera';
import { SCREENSHOTS } from './support/screenshots';
import { openSignedIn } from './support/signed-in-page';

jest.setTimeout(180_000);

const CLIENT_DIST = join(__dirname, '..', '..', 'client', 'dist');
const SLUG = 'opop-2020'; // the fair the client shows

type Launched = Awaited<ReturnType<typeof launchBrowser>>;

/**
 * On site, by QR, in headless Chromium: a visitor's badge on a desktop (English), staff on a phone
 * (Indonesian) scanning it with the camera (Chromium's fake camera plays a video of the badge's QR), and
 * staff on a desktop (English) typing the code when there is no camera; the leads list shows note and score.
 */
describe('badges scanned at the booth in headless Chromium', () => {
  let t: TestApp;
  let phone: Launched;
  let desktop: Launched;
  let dir: string;
  let staff: string;
  let organiser: string;
  let tableId: string;
  let fairDay: string;
  let visitor: { token: string; name: string; code: string };

  beforeAll(async () => {
    t = await createApp({ env: { CLIENT_DIST } });
    mkdirSync(SCREENSHOTS, { recursive: true });
    const event = await FairFactory.event(t.db, SLUG);
    staff = (await MatchingFactory.exhibitor(t, event.id)).staff.token;
    organiser = (await MatchingFactory.person(t, 'organiser')).token;
    fairDay = event.startsOn;
    tableId = (await t.db.getRepository(MeetingTableEntity).save({ eventId: event.id, label: 'T-07' })).id;
    const v = await MatchingFactory.buyer(t, 'SG', { displayName: 'Tan Mei Ling' });
    const badge = await t.http.get(`/api/events/${SLUG}/badge`, v.token);
    visitor = { token: v.token, name: v.user.displayName, code: badge.body.code };
    // The phone's camera sees the badge: a video of its QR code, made before the browser starts.
    dir = mkdtempSync(join(tmpdir(), 'pameran-badge-'));
    await qrVideo(visitor.code, join(dir, 'badge.y4m'));
    [phone, desktop] = await Promise.all([
      launchBrowser({
        timezoneId: 'Asia/Jakarta',
        viewport: { width: 390, height: 844 },
        extraArgs: [`--use-file-for-fake-video-capture=${join(dir, 'badge.y4m')}`],
      }),
      launchBrowser({
        timezoneId: 'Asia/Singapore',
        locale: 'en-SG',
        viewport: { width: 1280, height: 900 },
      }),
    ]);
  });
  afterAll(async () => {
    await phone?.close();
    await desktop?.close();
    await t?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const saveScan = async (page: Page, note: string, score: number) => {
    await page.getByTestId('scan-note').fill(note);
    await page.getByTestId(`scan-score-${score}`).check();
    await page.getByTestId('scan-save').click();
    await page.getByTestId('scan-saved').waitFor();
    return page.getByTestId('scan-saved').textContent();
  };

  it('the visitor sees a badge whose QR and printed code are theirs (desktop, English)', async () => {
    const page = await openSignedIn(t, desktop.context, visitor.token, 'en');
    await page.goto(`${t.url}/e/opop-2020/me/badge`);
    await page.getByTestId('badge-qr').waitFor();
    expect(await page.getByTestId('badge-code').textContent()).toBe(visitor.code.match(/.{1,6}/g)!.join(' '));
    expect(await page.getByTestId('badge').textContent()).toContain(visitor.name);
    await waitForExpression(page, `document.querySelector('[data-testid=badge-qr]').naturalWidth > 0`);
    expect(await axe(page, '[data-testid=badge-page]')).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'onsite-badge-en.png') });
    await page.close();
  });

  it('staff on a phone scan the badge with the camera and the lead appears with note and score (Indonesian)', async () => {
    const page = await openSignedIn(t, phone.context, staff, 'id');
    await page.goto(`${t.url}/e/opop-2020/exhibitor/scan`);
    await page.getByTestId('scan-form').waitFor();
    expect(await axe(page, '.bo')).toEqual([]);
    await page.getByTestId('scan-start').click();
    // No BarcodeDetector in Linux Chromium: the frames are read by the ZXing ponyfill, loaded on this page.
    expect(await page.evaluate('typeof BarcodeDetector')).toBe('undefined');
    await waitForExpression(
      page,
      `document.querySelector('[data-testid=scan-code]').value.replace(/ /g, '') === ${JSON.stringify(visitor.code)}`,
      { timeout: 60_000 },
    );
    await page.screenshot({ path: join(SCREENSHOTS, 'onsite-scan-phone-id.png') });
    expect(await saveScan(page, 'Butuh 200 pak sebulan, kirim ke Singapura', 4)).toContain(visitor.name);

    await page.goto(`${t.url}/e/opop-2020/exhibitor/leads`);
    await page.getByTestId('lead-note').first().waitFor();
    const list = await page.getByTestId('leads-list').textContent();
    expect(list).toContain(visitor.name);
    expect(list).toContain('Butuh 200 pak sebulan, kirim ke Singapura');
    expect(list).toContain('Nilai 4/5');
    expect(await axe(page, '.bo')).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'onsite-leads-phone-id.png') });
    await page.close();
  });

  it('staff without a camera type the printed code (desktop, English)', async () => {
    const page = await openSignedIn(t, desktop.context, staff, 'en');
    await page.goto(`${t.url}/e/opop-2020/exhibitor/scan`);
    await page.getByTestId('scan-code').fill(
      visitor.code
        .toLowerCase()
        .match(/.{1,6}/g)!
        .join(' '),
    );
    expect(await axe(page, '.bo')).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'onsite-scan-en.png') });
    expect(await saveScan(page, 'Met again on day two', 5)).toContain(`Saved: ${visitor.name}`);

    // A forged code is refused with the reason, and nothing is saved.
    await page.getByTestId('scan-next').click();
    await page.getByTestId('scan-code').fill('0'.repeat(42));
    await page.getByTestId('scan-save').click();
    expect(await page.getByTestId('scan-error').textContent()).toContain('not a badge of this fair');
    await page.close();
  });

  it("the organiser downloads a zone's booth sheet and a day's table sheet; a table's code opens its page", async () => {
    const page = await openSignedIn(t, desktop.context, organiser, 'id');
    await page.goto(`${t.url}/e/opop-2020/console/qr`);
    await page.getByTestId('sheets-day').waitFor();
    expect(await axe(page, '[data-testid=qr-sheets]')).toEqual([]);
    await page.screenshot({ path: join(SCREENSHOTS, 'onsite-sheets-id.png') });
    for (const [button, name] of [
      ['sheets-booths', 'booths-makanan.pdf'],
      ['sheets-tables', `tables-${fairDay}.pdf`],
    ]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(button).click()]);
      expect(download.suggestedFilename()).toBe(name);
      const saved = join(dir, name);
      await download.saveAs(saved);
      expect(readFileSync(saved).subarray(0, 5).toString()).toBe('%PDF-');
    }
    // What a phone opens from the table's printed code.
    const table = await phone.context.newPage();
    await table.goto(`${t.url}/e/opop-2020/tables/${tableId}?day=${fairDay}`);
    await table.getByTestId('table-page').getByRole('heading', { name: /T-07/ }).waitFor();
    expect(await axe(table, '[data-testid=table-page]')).toEqual([]);
    await table.close();
    await page.close();
  });
});
