import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import sharp from 'sharp';
import { FairFactory } from './factories/fair.factory';
import { signedIn, TEST_PASSWORD } from './factories/user.factory';
import { launchBrowser, waitForExpression } from './support/browser';
import { createApp, TestApp } from './support/create-app';
import { SCREENSHOTS } from './support/screenshots';

const CLIENT_DIST = process.env.CLIENT_DIST ?? join(__dirname, '..', '..', 'client', 'dist');
const PHONE = { width: 390, height: 844 };

/** A pesantren from application to a filled booth, on a phone-sized screen, in a real browser. */
describe('exhibitor back office in headless Chromium (phone)', () => {
  let t: TestApp;
  let browser: Awaited<ReturnType<typeof launchBrowser>>;

  beforeAll(async () => {
    t = await createApp({ env: { CLIENT_DIST } });
    await FairFactory.event(t.db, 'opop-2020');
    browser = await launchBrowser();
    mkdirSync(SCREENSHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  const shot = (page: Page, name: string, fullPage = false) =>
    page.screenshot({ path: join(SCREENSHOTS, `exhibitor-${name}.png`), fullPage });

  it('applies, is approved, fills the booth and a product with a photo; the public booth shows the photo', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize(PHONE);
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));

    // Register an exhibitor account on the way from the fair, then find the back office in the account menu.
    await page.goto(`${t.url}/e/opop-2020`);
    await page.getByTestId('go-register').click();
    await page.getByTestId('role-exhibitor').check();
    await page.getByTestId('account-name').fill('Ust. Hasan');
    await page.getByTestId('account-email').fill('hasan@pesantren.test');
    await page.getByTestId('account-password').fill(TEST_PASSWORD);
    await page.getByTestId('account-submit').click();
    await page.waitForURL(/\/catalogue/);
    await page.getByTestId('account-menu').click();
    await page.getByTestId('exhibitor-backoffice-link').click();

    // Apply: a field error first, then the whole application.
    await page.getByTestId('apply-name').fill('Pondok Pesantren Al-Ikhlas Uji');
    await page.getByTestId('apply-region').selectOption('kabupaten-garut');
    await page.getByTestId('apply-category').selectOption('makanan');
    await page.getByTestId('apply-contact').fill('Ust. Hasan');
    await page.getByTestId('apply-whatsapp').fill('0812');
    await page.getByTestId('apply-description').fill('Pesantren penghasil dodol dan keripik khas Garut.');
    await page.getByTestId('apply-submit').click();
    await page.getByRole('alert').first().waitFor();
    await shot(page, 'apply');
    await page.getByTestId('apply-whatsapp').fill('+6281234567001');
    await page.getByTestId('apply-submit').click();
    await page.locator('[data-testid="application-status"][data-status="applied"]').waitFor();
    await shot(page, 'status');

    // The organiser approves (API), the owner reloads and finds the back office.
    const organiser = await signedIn(t, 'organiser');
    const list = await t.http.get('/api/admin/exhibitors?event=opop-2020&status=applied', organiser.token);
    const approved = await t.http.post(
      `/api/admin/exhibitors/${list.body.items[0].id}/approve`,
      undefined,
      organiser.token,
    );
    expect(approved.status).toBe(200);
    const boothId = approved.body.boothId as string;
    await page.reload();
    await page.getByTestId('bo-tile-booth').waitFor();
    await shot(page, 'dashboard');

    // Booth editor: logo, English text, colour, style, staffed hours; the preview follows.
    await page.getByTestId('bo-tile-booth').click();
    const logo = await sharp({ create: { width: 512, height: 512, channels: 4, background: '#1f6f50' } })
      .composite([
        {
          input: Buffer.from(
            '<svg width="512" height="512"><circle cx="256" cy="256" r="160" fill="#e0a526"/></svg>',
          ),
        },
      ])
      .png()
      .toBuffer();
    await page
      .getByTestId('logo-input')
      .setInputFiles({ name: 'logo.png', mimeType: 'image/png', buffer: logo });
    await waitForExpression(
      page,
      `document.querySelector('[data-testid="logo-input-preview"]')?.src.startsWith('blob:')`,
    );
    await page.getByTestId('booth-description-en').fill('A pesantren making Garut dodol and chips.');
    await page.getByTestId('colour-33658a').check();
    await page.getByTestId('theme-batik').check();
    await page.getByTestId('booth-save').click();
    await page.getByTestId('booth-saved').waitFor();
    await shot(page, 'booth-editor', true);

    // A product with every field and a photo.
    await page.goto(`${t.url}/e/opop-2020/exhibitor/products`);
    await page.getByTestId('product-add').click();
    const photo = await sharp({ create: { width: 3000, height: 2250, channels: 3, background: '#c97b2a' } })
      .composite([
        {
          input: Buffer.from(
            '<svg width="3000" height="2250"><rect x="600" y="500" width="1800" height="1250" rx="120" fill="#6b3e12"/></svg>',
          ),
        },
      ])
      .jpeg({ quality: 85 })
      .toBuffer();
    await page
      .getByTestId('product-photo')
      .setInputFiles({ name: 'IMG_0001.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.getByTestId('product-nameId').fill('Dodol Garut Asli');
    await page.getByTestId('product-nameEn').fill('Original Garut Dodol');
    await page.getByTestId('product-price').fill('25000');
    await page.getByTestId('product-unit').fill('kotak 500 g');
    await page.getByTestId('product-minOrder').fill('10');
    await page.getByTestId('product-capacity').fill('3000');
    await page.getByTestId('product-halal').fill('ID32110000123450820');
    await page.getByTestId('product-exportReady').check();
    await page.getByTestId('product-descriptionId').fill('Dodol ketan dengan gula aren, tanpa pengawet.');
    await shot(page, 'product-form', true);
    await page.getByTestId('product-save').click();
    await page.waitForURL(/\/exhibitor\/products$/);
    await page.getByTestId('bo-product').first().waitFor();
    await waitForExpression(
      page,
      `[...document.querySelectorAll('.bo-product__image')].every((i) => i.complete && i.naturalWidth > 0)`,
    );
    await shot(page, 'products');

    // What visitors see: the booth page with the uploaded photo and logo.
    await page.getByTestId('bo-nav-home').click();
    await page.getByTestId('public-booth-link').click();
    await page.getByTestId('product-card').first().waitFor();
    const img = page.locator('[data-testid="product-card"] img.product__image').first();
    expect(await img.getAttribute('src')).toMatch(/^\/api\/uploads\/[0-9a-f]{24}-640$/);
    // The 640 px rendition arrived and decoded (page scripts run in the browser, hence a string).
    await waitForExpression(
      page,
      `(() => { const i = document.querySelector('[data-testid="product-card"] img.product__image'); return i?.complete && i.naturalWidth === 640; })()`,
    );
    expect(await page.locator('img.booth__logo').getAttribute('src')).toMatch(/^\/api\/uploads\//);
    await shot(page, 'public-booth');
    await img.scrollIntoViewIfNeeded();
    await shot(page, 'public-booth-product');
    const detail = (await t.http.get(`/api/booths/${boothId}`)).body;
    expect(detail.products[0]).toMatchObject({
      priceRupiah: 25000,
      exportReady: true,
      halalNumber: 'ID32110000123450820',
    });
    expect(detail.colour).toBe('#33658a');

    // Import check, staff invitation and leads, for the record.
    await page.goto(`${t.url}/e/opop-2020/exhibitor/import`);
    await page.getByTestId('import-file').setInputFiles({
      name: 'produk.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(
        'name_id,category,price_rupiah,unit\nKeripik Tempe,makanan,15000,pak\nX,kue,murah,\n',
      ),
    });
    await page.getByTestId('import-check').click();
    await page.getByTestId('import-report').waitFor();
    await shot(page, 'import', true);
    await page.goto(`${t.url}/e/opop-2020/exhibitor/staff`);
    await page.getByTestId('invite-note').fill('Kang Asep, kasir');
    await page.getByTestId('invite-create').click();
    await page.getByTestId('invite-link').waitFor();
    await shot(page, 'staff', true);
    await page.goto(`${t.url}/e/opop-2020/exhibitor/leads`);
    await page.getByTestId('leads-totals').waitFor();
    await shot(page, 'leads');
    expect(errors).toEqual([]);
    await page.close();
  });
});
