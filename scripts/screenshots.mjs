#!/usr/bin/env node
// `npm run screenshots`: the README's pictures, taken from the demo as the README's first command runs it
// (embedded PGlite, DEMO_LIVE, the crowd) in a temporary data folder on a free port, signed in as the demo
// accounts, in both languages, on a desktop and a phone. Writes docs/screenshots/<name>.png.
// To add a picture, add a row to PAGES. CHROMIUM_PATH names the browser (default /usr/bin/chromium).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { ensureBuilt, root } from './lib/ensure-built.mjs';

const { chromium } = createRequire(join(root, 'server/package.json'))('playwright-core');

const DESKTOP = { width: 1280, height: 800 };
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
 * One row per picture: `as` = the demo account to sign in as (none = a guest's view), `wait` = a CSS
 * selector that shows the page has its data, `act` = what to do on the page before the picture, `element` =
 * picture only this element (at most `maxHeight` of it), `after` = a row whose `act` makes this row's data (taken first when retaking).
 */
const PAGES = [
  { name: 'entry-id', path: '/', lang: 'id', device: DESKTOP },
  {
    name: 'hall-3d-id',
    path: '/hall',
    as: 'visitor',
    lang: 'id',
    device: DESKTOP,
    wait: 'canvas',
    settle: 4000,
  },
  {
    name: 'hall-3d-en',
    path: '/hall',
    as: 'visitor',
    lang: 'en',
    device: DESKTOP,
    wait: 'canvas',
    settle: 4000,
  },
  {
    name: 'hall-list-phone-id',
    path: '/hall/list',
    as: 'visitor',
    lang: 'id',
    device: PHONE,
    wait: '[data-testid=list-booth]',
  },
  {
    name: 'hall-booth-id',
    path: '/hall/list',
    as: 'visitor',
    lang: 'id',
    device: DESKTOP,
    wait: '[data-testid=list-booth]',
    act: async (page) => {
      await page.locator('[data-testid=list-booth]').first().click();
      await page.locator('[data-testid=booth-panel]').waitFor();
    },
  },
  { name: 'catalogue-en', path: '/catalogue', lang: 'en', device: DESKTOP },
  { name: 'agenda-id', path: '/agenda', as: 'visitor', lang: 'id', device: DESKTOP },
  {
    name: 'console-dashboard',
    path: '/organiser',
    as: 'organiser',
    lang: 'id',
    device: DESKTOP,
    wait: '[data-testid=console-heatmap]',
    fullPage: true,
    settle: 3000,
  },
  {
    name: 'console-dashboard-en',
    path: '/organiser',
    as: 'organiser',
    lang: 'en',
    device: DESKTOP,
    wait: '[data-testid=console-heatmap]',
    fullPage: true,
    settle: 3000,
  },
  {
    name: 'console-dashboard-phone-id',
    path: '/organiser',
    as: 'organiser',
    lang: 'id',
    device: PHONE,
    wait: '[data-testid=console-heatmap]',
    settle: 3000,
  },
  {
    name: 'console-reports',
    path: '/organiser/reports',
    as: 'organiser',
    lang: 'id',
    device: DESKTOP,
    wait: '[data-testid=report-deals]',
    fullPage: true,
  },
  {
    name: 'console-summary',
    path: '/organiser/reports/summary',
    as: 'organiser',
    lang: 'id',
    device: DESKTOP,
    wait: '[data-testid=summary-headline]',
    fullPage: true,
  },
  {
    name: 'console-deal-verification',
    path: '/organiser/deals',
    as: 'organiser',
    lang: 'en',
    device: DESKTOP,
  },
  { name: 'console-audition', path: '/organiser/audition', as: 'organiser', lang: 'id', device: DESKTOP },
  {
    name: 'organiser-schedule',
    path: '/organiser/schedule',
    as: 'organiser',
    lang: 'id',
    device: DESKTOP,
    fullPage: true,
  },
  {
    name: 'exhibitor-dashboard',
    path: '/exhibitor',
    as: 'exhibitor',
    lang: 'id',
    device: DESKTOP,
    fullPage: true,
  },
  { name: 'exhibitor-leads', path: '/exhibitor/leads', as: 'exhibitor', lang: 'id', device: DESKTOP },
  { name: 'exhibitor-leads-phone-en', path: '/exhibitor/leads', as: 'exhibitor', lang: 'en', device: PHONE },
  { name: 'exhibitor-booth-editor', path: '/exhibitor/booth', as: 'exhibitor', lang: 'id', device: PHONE },
  {
    name: 'matching-meetings-en',
    path: '/meetings',
    as: 'buyer',
    lang: 'en',
    device: DESKTOP,
    fullPage: true,
  },
  { name: 'matching-accept-phone-id', path: '/meetings', as: 'exhibitor', lang: 'id', device: PHONE },
  { name: 'matching-deals-phone-id', path: '/deals', as: 'buyer', lang: 'id', device: PHONE, fullPage: true },
  { name: 'matching-deals-en', path: '/deals', as: 'buyer', lang: 'en', device: DESKTOP, fullPage: true },
  // The matchmaking pages of the buyer, the exhibitor and the organiser.
  {
    name: 'exhibitor-buyer-directory-id',
    path: '/exhibitor/buyers',
    as: 'exhibitor',
    lang: 'id',
    device: PHONE,
    wait: '[data-testid=buyer-card]',
  },
  {
    name: 'exhibitor-buyer-directory-en',
    path: '/exhibitor/buyers',
    as: 'exhibitor',
    lang: 'en',
    device: DESKTOP,
    wait: '[data-testid=buyer-card]',
    fullPage: true,
  },
  {
    name: 'exhibitor-buyer-card-phone-en',
    path: '/exhibitor/buyers',
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
    path: '/shortlist',
    as: 'buyer',
    lang: 'en',
    device: PHONE,
    wait: '[data-testid=suggestion]',
  },
  {
    name: 'matching-suggestions-id',
    path: '/shortlist',
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
    path: '/exhibitor',
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
    path: '/meetings',
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
    path: '/messages',
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
    path: '/meetings',
    as: 'buyer',
    lang: 'id',
    device: PHONE,
    wait: '[data-testid=outcome-form]',
    act: async (page) => {
      const form = page.getByTestId('outcome-form').first();
      await form.scrollIntoViewIfNeeded();
      await form.getByTestId('outcome-kind').selectOption('sample_sent');
      await form.locator('.rating__star').nth(3).click();
      await form.locator('textarea').first().fill('Sampel keripik bagus; minta penawaran 1.000 bungkus.');
    },
    element: '[data-testid=meeting-card]:has([data-testid=outcome-form])',
  },
  {
    name: 'console-funnel',
    path: '/organiser',
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
    path: '/organiser/campaigns',
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

const out = join(root, 'docs/screenshots');
const only = new Set(process.argv.slice(2)); // names to take (default: all)
for (const row of [...PAGES].reverse()) if (row.after && only.has(row.name)) only.add(row.after);

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
    s.on('error', reject);
  });
}

/** The demo as scripts/demo.sh starts it, minus LiveKit (no call pictures here). */
async function startDemo(dataDir) {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const proc = spawn(process.execPath, [join(root, 'server/dist/main.js')], {
    cwd: root,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: String(port),
      PUBLIC_ORIGIN: url,
      SEED: 'opop-2020',
      DEMO_LIVE: '1',
      DEMO_CROWD: process.env.DEMO_CROWD ?? '40',
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  proc.stdout.on('data', (d) => (log += d));
  proc.stderr.on('data', (d) => (log += d));
  const deadline = Date.now() + 300_000;
  while (!/Pameran is running/.test(log)) {
    if (proc.exitCode !== null || Date.now() > deadline) throw new Error(`the demo did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return { url, proc };
}

async function signIn(url, dataDir, role) {
  const accounts = readFileSync(join(dataDir, 'demo-accounts.txt'), 'utf8');
  const [, email, password] = new RegExp(`${role}\\s+(\\S+)\\s+(\\S+)`).exec(accounts);
  const res = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!res.ok) throw new Error(`sign-in as ${role}: ${res.status}`);
  const { accessToken, refreshToken } = await res.json();
  return { accessToken, refreshToken };
}

/** The session the client keeps, with the account speaking `lang`: once signed in, the interface follows it. */
async function sessionIn(url, { accessToken, refreshToken }, lang) {
  const headers = { authorization: `Bearer ${accessToken}`, 'content-type': 'application/json' };
  const patched = await fetch(`${url}/api/users/me`, {
    method: 'PATCH',
    headers,
    body: JSON.stringify({ locale: lang }),
  });
  if (!patched.ok) throw new Error(`locale ${lang}: ${patched.status}`);
  const user = await (await fetch(`${url}/api/users/me`, { headers })).json();
  return JSON.stringify({ user, accessToken, refreshToken });
}

async function take(browser, url, sessions, row) {
  const context = await browser.newContext({
    viewport: row.device,
    timezoneId: 'Asia/Jakarta',
    locale: row.lang,
  });
  const page = await context.newPage();
  await page.goto(`${url}/api/health`);
  const session = row.as ? await sessionIn(url, sessions[row.as], row.lang) : null;
  await page.evaluate(
    ([s, lang]) => {
      localStorage.setItem('pameran.lang', lang);
      if (s) localStorage.setItem('pameran.session', s);
    },
    [session, row.lang],
  );
  await page.goto(`${url}${row.path}`);
  await page.waitForLoadState('networkidle', { timeout: 15_000 }).catch(() => undefined);
  if (row.wait) await page.locator(row.wait).first().waitFor({ timeout: 30_000 });
  if (row.act) await row.act(page);
  await page.waitForTimeout(row.settle ?? 1500);
  const path = join(out, `${row.name}.png`);
  if (row.element) {
    // Cut from the whole page rather than scrolling to the element, where the sticky header would cover it.
    await page.evaluate('window.scrollTo(0, 0)');
    const box = await page.locator(row.element).first().boundingBox();
    const clip = { ...box, height: Math.min(box.height, row.maxHeight ?? Infinity) };
    await page.screenshot({ path, fullPage: true, clip });
  } else await page.screenshot({ path, fullPage: row.fullPage ?? false });
  await context.close();
  console.log(`  ${row.name}.png`);
}

ensureBuilt(['packages/contracts', 'server', 'client']);
const dataDir = mkdtempSync(join(tmpdir(), 'pameran-screenshots-'));
const { url, proc } = await startDemo(dataDir);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--no-first-run'],
});
try {
  mkdirSync(out, { recursive: true });
  const sessions = {};
  for (const role of ['visitor', 'buyer', 'exhibitor', 'organiser'])
    sessions[role] = await signIn(url, dataDir, role);
  console.log(`demo at ${url}; pictures into docs/screenshots:`);
  for (const row of PAGES.filter((r) => !only.size || only.has(r.name)))
    await take(browser, url, sessions, row);
} finally {
  await browser.close();
  proc.kill('SIGTERM');
  await new Promise((r) => proc.once('exit', r));
  rmSync(dataDir, { recursive: true, force: true });
}
