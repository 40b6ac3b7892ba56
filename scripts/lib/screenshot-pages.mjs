// The README's pictures, one row each, for `npm run screenshots` (scripts/screenshots.mjs).

const DESKTOP = { width: 1280, height: 800 };
/** The demo fair's pages (every fair's pages live under `/e/<slug>`, docs/decisions/0027-client-by-slug.md). */
const FAIR = '/e/opop-2020';
const PHONE = { width: 412, height: 860 };

/** The demo buyer's company (server/src/database/seeds/demo-accounts.ts), to find their meetings by. */
const DEMO_BUYER_COMPANY = 'ITPC Kuala Lumpur (demo)';

/** Writes a message in the open conversation and waits until it shows. */
async function send(page, text) {
  await page.getByTestId('thread-panel').waitFor();
  await page.getByTestId('message-input').fill(text);
  await page.getByTestId('message-send').click();
  await page.getByTestId('message').filter({ hasText: text }).waitFor();
}

/**
 * Waits until the 3D hall shows booth pictures (docs/decisions/0018): a fair's atlas pages are drawn on its
 * hall's first visit, which can take a minute on a slow machine.
 */
async function pictures(page) {
  const deadline = Date.now() + 180_000;
  while (!(await page.evaluate('(window.__hallAtlas?.pages ?? 0) > 0')) && Date.now() < deadline)
    await page.waitForTimeout(500);
}

/**
 * One row per picture: `as` = the demo account to sign in as (none = a guest's view), `wait` = a CSS
 * selector that shows the page has its data, `act` = what to do on the page before the picture, `element` =
 * picture only this element (at most `maxHeight` of it), `after` = a row whose `act` makes this row's data
 * (taken first when only this row is asked for).
 */
export const PAGES = [
  { name: 'entry-id', path: FAIR, lang: 'id', device: DESKTOP },
  {
    name: 'hall-3d-id',
    path: `${FAIR}/hall`,
    as: 'visitor',
    lang: 'id',
    device: DESKTOP,
    wait: 'canvas',
    settle: 4000,
    act: pictures,
  },
  {
    name: 'hall-3d-en',
    path: `${FAIR}/hall`,
    as: 'visitor',
    lang: 'en',
    device: DESKTOP,
    wait: 'canvas',
    settle: 4000,
    act: pictures,
  },
  {
    name: 'hall-list-phone-id',
    path: `${FAIR}/hall/list`,
    as: 'visitor',
    lang: 'id',
    device: PHONE,
    wait: '[data-testid=list-booth]',
  },
  {
    name: 'hall-booth-id',
    path: `${FAIR}/hall/list`,
    as: 'visitor',
    lang: 'id',
    device: DESKTOP,
    wait: '[data-testid=list-booth]',
    act: async (page) => {
      await page.locator('[data-testid=list-booth]').first().click();
      await page.locator('[data-testid=booth-panel]').waitFor();
    },
  },
  { name: 'catalogue-en', path: `${FAIR}/catalogue`, lang: 'en', device: DESKTOP },
  { name: 'agenda-id', path: `${FAIR}/agenda`, as: 'visitor', lang: 'id', device: DESKTOP },
  {
    name: 'console-dashboard',
    path: `${FAIR}/console`,
    as: 'organiser',
    lang: 'id',
    device: DESKTOP,
    wait: '[data-testid=console-heatmap]',
    fullPage: true,
    settle: 3000,
  },
  {
    name: 'console-dashboard-en',
    path: `${FAIR}/console`,
    as: 'organiser',
    lang: 'en',
    device: DESKTOP,
    wait: '[data-testid=console-heatmap]',
    fullPage: true,
    settle: 3000,
  },
  {
    name: 'console-dashboard-phone-id',
    path: `${FAIR}/console`,
    as: 'organiser',
    lang: 'id',
    device: PHONE,
    wait: '[data-testid=console-heatmap]',
    settle: 3000,
  },
  {
    name: 'console-reports',
    path: `${FAIR}/console/reports`,
    as: 'organiser',
    lang: 'id',
    device: DESKTOP,
    wait: '[data-testid=report-deals]',
    fullPage: true,
  },
  {
    name: 'console-summary',
    path: `${FAIR}/console/reports/summary`,
    as: 'organiser',
    lang: 'id',
    device: DESKTOP,
    wait: '[data-testid=summary-headline]',
    fullPage: true,
  },
  {
    name: 'console-deal-verification',
    path: `${FAIR}/console/deals`,
    as: 'organiser',
    lang: 'en',
    device: DESKTOP,
  },
  {
    name: 'console-audition',
    path: `${FAIR}/console/audition`,
    as: 'organiser',
    lang: 'id',
    device: DESKTOP,
  },
  {
    name: 'organiser-schedule',
    path: `${FAIR}/console/schedule`,
    as: 'organiser',
    lang: 'id',
    device: DESKTOP,
    fullPage: true,
  },
  {
    name: 'exhibitor-dashboard',
    path: `${FAIR}/exhibitor`,
    as: 'exhibitor',
    lang: 'id',
    device: DESKTOP,
    fullPage: true,
  },
  { name: 'exhibitor-leads', path: `${FAIR}/exhibitor/leads`, as: 'exhibitor', lang: 'id', device: DESKTOP },
  {
    name: 'exhibitor-leads-phone-en',
    path: `${FAIR}/exhibitor/leads`,
    as: 'exhibitor',
    lang: 'en',
    device: PHONE,
  },
  {
    name: 'exhibitor-booth-editor',
    path: `${FAIR}/exhibitor/booth`,
    as: 'exhibitor',
    lang: 'id',
    device: PHONE,
  },
  {
    name: 'onsite-badge-phone-id',
    path: `${FAIR}/me/badge`,
    as: 'buyer',
    lang: 'id',
    device: PHONE,
    wait: '[data-testid=badge-qr]',
  },
  {
    name: 'onsite-scan-phone-en',
    path: `${FAIR}/exhibitor/scan`,
    as: 'exhibitor',
    lang: 'en',
    device: PHONE,
    wait: '[data-testid=scan-form]',
  },
  {
    name: 'matching-meetings-en',
    path: `${FAIR}/meetings`,
    as: 'buyer',
    lang: 'en',
    device: DESKTOP,
    fullPage: true,
  },
  { name: 'matching-accept-phone-id', path: `${FAIR}/meetings`, as: 'exhibitor', lang: 'id', device: PHONE },
  {
    name: 'matching-deals-phone-id',
    path: `${FAIR}/deals`,
    as: 'buyer',
    lang: 'id',
    device: PHONE,
    fullPage: true,
  },
  {
    name: 'matching-deals-en',
    path: `${FAIR}/deals`,
    as: 'buyer',
    lang: 'en',
    device: DESKTOP,
    fullPage: true,
  },
  // The matchmaking pages of the buyer, the exhibitor and the organiser.
  {
    name: 'exhibitor-buyer-directory-id',
    path: `${FAIR}/exhibitor/buyers`,
    as: 'exhibitor',
    lang: 'id',
    device: PHONE,
    wait: '[data-testid=buyer-card]',
  },
  {
    name: 'exhibitor-buyer-directory-en',
    path: `${FAIR}/exhibitor/buyers`,
    as: 'exhibitor',
    lang: 'en',
    device: DESKTOP,
    wait: '[data-testid=buyer-card]',
    fullPage: true,
  },
  {
    name: 'exhibitor-buyer-card-phone-en',
    path: `${FAIR}/exhibitor/buyers`,
    as: 'exhibitor',
    lang: 'en',
    device: PHONE,
    wait: '[data-testid=buyer-card]',
    act: async (page) => {
      await page.getByTestId('buyer-card').first().getByRole('link').click();
      await page.getByTestId('directory-request-message').waitFor();
    },
    fullPage: true,
  },
  {
    name: 'matching-suggestions-en',
    path: `${FAIR}/shortlist`,
    as: 'buyer',
    lang: 'en',
    device: PHONE,
    wait: '[data-testid=suggestion]',
  },
  {
    name: 'matching-suggestions-id',
    path: `${FAIR}/shortlist`,
    as: 'buyer',
    lang: 'id',
    device: PHONE,
    wait: '[data-testid=suggestion]',
  },
  {
    name: 'buyer-profile-phone-en',
    path: '/me/profile',
    as: 'buyer',
    lang: 'en',
    device: PHONE,
    fullPage: true,
  },
  {
    name: 'exhibitor-suggested-buyers',
    path: `${FAIR}/exhibitor`,
    as: 'exhibitor',
    lang: 'id',
    device: DESKTOP,
    wait: '[data-testid=suggestion]',
    element: '[data-testid=suggested-buyers]',
  },
  // The demo history has no conversations: the demo exhibitor's staff writes to the demo buyer from one of
  // their meetings, and the buyer answers on the Messages page.
  {
    name: 'messages-phone-id',
    path: `${FAIR}/meetings`,
    as: 'exhibitor',
    lang: 'id',
    device: PHONE,
    wait: '[data-testid=meeting-card]',
    act: async (page) => {
      const card = page.getByTestId('meeting-card').filter({ hasText: DEMO_BUYER_COMPANY }).first();
      await card.getByTestId('open-thread').click();
      await send(page, 'Halo Bu Aisha! Sampel keripik yang kemarin sudah kami kirim ke Kuala Lumpur.');
    },
  },
  {
    name: 'messages-phone-en',
    after: 'messages-phone-id',
    path: `${FAIR}/messages`,
    as: 'buyer',
    lang: 'en',
    device: PHONE,
    wait: '[data-testid=thread-row]',
    act: async (page) => {
      await page.getByTestId('thread-row').first().click();
      await send(page, 'Thank you! They arrived today. Could you quote 1,000 packs a month?');
    },
  },
  {
    name: 'meeting-outcome-phone-id',
    path: `${FAIR}/meetings`,
    as: 'buyer',
    lang: 'id',
    device: PHONE,
    // The demo history already holds the buyer's side of past meetings: open one for editing if no
    // meeting is waiting for its record.
    wait: '[data-testid=outcome-form], [data-testid=outcome-saved]',
    act: async (page) => {
      if (!(await page.getByTestId('outcome-form').count()))
        await page.getByTestId('outcome-saved').first().locator('button').click();
      const form = page.getByTestId('outcome-form').first();
      await form.waitFor();
      await form.scrollIntoViewIfNeeded();
      await form.getByTestId('outcome-kind').selectOption('sample_sent');
      await form.locator('.rating__star').nth(3).click();
      await form.locator('textarea').first().fill('Sampel keripik bagus; minta penawaran 1.000 bungkus.');
    },
    element: '[data-testid=meeting-card]:has([data-testid=outcome-form])',
  },
  {
    name: 'console-funnel',
    path: `${FAIR}/console`,
    as: 'organiser',
    lang: 'en',
    device: DESKTOP,
    wait: '[data-testid=funnel]',
    element: '[data-testid=funnel]',
    maxHeight: 640,
  },
  {
    name: 'mail-preferences-id',
    path: '/settings/mail',
    as: 'buyer',
    lang: 'id',
    device: DESKTOP,
    wait: '[data-testid=mail-pref-campaign]',
    fullPage: true,
  },
  {
    name: 'mail-preferences-en',
    path: '/settings/mail',
    as: 'buyer',
    lang: 'en',
    device: DESKTOP,
    wait: '[data-testid=mail-pref-campaign]',
    fullPage: true,
  },
  {
    name: 'console-campaign',
    path: `${FAIR}/console/campaigns`,
    as: 'organiser',
    lang: 'en',
    device: DESKTOP,
    wait: '[data-testid=console-campaigns]',
    act: async (page) => {
      await page.getByTestId('campaign-segment').selectOption('everyone');
      await page.getByTestId('campaign-subject-id').fill('Hari terakhir OPOP Expo');
      await page.getByTestId('campaign-subject-en').fill('Last day of OPOP Expo');
      await page
        .getByTestId('campaign-text-id')
        .fill('Aula pameran dan meja temu bisnis masih buka hari ini.');
      await page.getByTestId('campaign-text-en').fill('The hall and the matching tables are open today.');
      await page.getByTestId('campaign-preview').click();
      await page.getByTestId('campaign-preview-result').waitFor();
    },
    fullPage: true,
  },
];
