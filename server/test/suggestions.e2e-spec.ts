import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { ProductEntity } from '../src/modules/catalogue/product.entity';
import { BuyerProfileEntity, UserEntity } from '../src/modules/users/user.entity';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { launchBrowser } from './support/browser';
import { createApp, TestApp } from './support/create-app';
import { SCREENSHOTS } from './support/screenshots';
import { openSignedIn } from './support/signed-in-page';

const CLIENT_DIST = join(__dirname, '..', '..', 'client', 'dist');

jest.setTimeout(120_000);

/** A buyer on a phone fills in their profile and gets suggestions explained in Indonesian and English. */
describe('buyer profile and suggested partners in headless Chromium (phone)', () => {
  let t: TestApp;
  let phone: Awaited<ReturnType<typeof launchBrowser>>;
  let coffee: Awaited<ReturnType<typeof MatchingFactory.exhibitor>>;

  beforeAll(async () => {
    t = await createApp({ env: { CLIENT_DIST } });
    mkdirSync(SCREENSHOTS, { recursive: true });
    phone = await launchBrowser({ timezoneId: 'Asia/Kuala_Lumpur', viewport: { width: 412, height: 860 } });
    const event = await FairFactory.event(t.db, 'opop-2020');
    await MatchingFactory.block(t.db, event, { inMinutes: 90, slots: 6 });
    await MatchingFactory.exhibitor(t, event.id, { slot: 0 });
    coffee = await MatchingFactory.exhibitor(t, event.id, { slot: 1, category: 'minuman' });
    await t.db.getRepository(ProductEntity).update(coffee.products[0].id, {
      nameId: 'Kopi Arabika Garut',
      nameEn: 'Garut arabica coffee',
    });
    await MatchingFactory.exhibitor(t, event.id, { slot: 2, category: 'minuman' });
  });
  afterAll(async () => {
    await phone?.close();
    await t?.close();
  });

  it('edits every profile field; a wrong market code is named under its field; the consent is saved', async () => {
    const buyer = await MatchingFactory.buyer(t, 'MY', { displayName: 'Aisyah Rahman' });
    const page = await openSignedIn(t, phone.context, buyer.token, 'en');
    await page.goto(`${t.url}/me/profile`);
    await page.getByTestId('buyer-profile-form').waitFor();
    await page.getByTestId('buyer-company').fill('Rahman Foods Sdn Bhd');
    await page.getByTestId('profile-categories').getByLabel('Drinks').check();
    await page.getByTestId('profile-products').fill('arabica coffee, kopi luwak');
    await page.getByTestId('profile-volume').fill('500');
    await page.getByTestId('profile-markets').fill('MY, SGP');
    await page.getByTestId('profile-certifications').getByLabel('Halal').check();
    await page.getByTestId('profile-languages').fill('en, ms');
    await page.getByTestId('profile-listed').check();
    await page.getByRole('button', { name: 'Save profile' }).click();
    const marketsField = page.locator('.field', { has: page.getByTestId('profile-markets') });
    await marketsField.locator('.field__error').waitFor();

    await page.getByTestId('profile-markets').fill('MY, SG');
    await page.getByRole('button', { name: 'Save profile' }).click();
    await page.getByTestId('profile-saved').waitFor();
    await page.screenshot({ path: join(SCREENSHOTS, 'buyer-profile-phone-en.png'), fullPage: true });

    const stored = await t.db.getRepository(BuyerProfileEntity).findOneByOrFail({ userId: buyer.user.id });
    expect(stored).toMatchObject({
      company: 'Rahman Foods Sdn Bhd',
      categories: ['minuman'],
      productsSought: ['arabica coffee', 'kopi luwak'],
      monthlyVolume: 500,
      targetMarkets: ['MY', 'SG'],
      certifications: ['halal'],
      languages: ['en', 'ms'],
    });
    const user = await t.db.getRepository(UserEntity).findOneByOrFail({ id: buyer.user.id });
    expect(user.directoryListed).toBe(true);
    await page.close();
  });

  for (const lang of ['id', 'en'] as const) {
    it(`shows "suggested for you" with the reason in ${lang === 'id' ? 'Indonesian' : 'English'}, and leads to a request`, async () => {
      const buyer = await MatchingFactory.buyer(t, 'MY');
      await t.db.query(
        `UPDATE buyer_profile SET categories = '{minuman}', products_sought = '{kopi arabika}',
                certifications = '{halal}', monthly_volume = 500 WHERE user_id = $1`,
        [buyer.user.id],
      );
      const page = await openSignedIn(t, phone.context, buyer.token, lang);
      await page.goto(`${t.url}/e/opop-2020/shortlist`);
      await page.getByTestId('suggestion').first().waitFor();
      const first = page.getByTestId('suggestion').first();
      expect(await first.textContent()).toContain(coffee.exhibitor.name);
      expect(await first.getByTestId('suggestion-reason').textContent()).toBe(
        lang === 'id'
          ? 'menjual kopi arabika, halal, kapasitas sesuai volume Anda'
          : 'sells kopi arabika, halal, capacity fits your volume',
      );
      await page.screenshot({ path: join(SCREENSHOTS, `matching-suggestions-${lang}.png`) });
      await first.getByTestId('suggestion-request').click();
      await page.waitForURL(`**/meetings/new?booth=${coffee.booth.id}`);
      await page.close();
    });
  }

  it('shows exhibitor staff "buyers who may fit" in the back office, listed buyers only, with the reason', async () => {
    const listed = await MatchingFactory.buyer(t, 'SG', {
      displayName: 'Wei Ling Tan',
      directoryListed: true,
      directoryListedAt: new Date(),
    });
    await t.db.query(`UPDATE buyer_profile SET products_sought = '{kopi}' WHERE user_id = $1`, [
      listed.user.id,
    ]);
    const unlisted = await MatchingFactory.buyer(t, 'JP', { displayName: 'Kenji Sato' });
    await t.db.query(`UPDATE buyer_profile SET products_sought = '{kopi}' WHERE user_id = $1`, [
      unlisted.user.id,
    ]);

    const page = await openSignedIn(t, phone.context, coffee.staff.token, 'id');
    await page.goto(`${t.url}/e/opop-2020/exhibitor`);
    const card = page
      .getByTestId('suggested-buyers')
      .getByTestId('suggestion')
      .filter({ hasText: 'Wei Ling Tan' });
    await card.waitFor();
    expect(await card.getByTestId('suggestion-reason').textContent()).toBe('mencari kopi');
    expect(await page.getByTestId('suggested-buyers').textContent()).not.toContain('Kenji Sato');
    expect(await card.getByRole('link').getAttribute('href')).toBe(
      `/e/opop-2020/exhibitor/buyers/${listed.user.id}`,
    );
    await page.close();
  });
});
