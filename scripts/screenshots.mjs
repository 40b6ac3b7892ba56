#!/usr/bin/env node
// `npm run screenshots`: the README's pictures, taken from the demo as the README's first command runs it
// (embedded PGlite, DEMO_LIVE, the crowd) in a temporary data folder on a free port, signed in as the demo
// accounts, in both languages, on a desktop and a phone. Writes docs/screenshots/<name>.png.
// To add a picture, add a row to PAGES (scripts/lib/screenshot-pages.mjs). CHROMIUM_PATH names the browser
// (default /usr/bin/chromium).
import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { ensureBuilt, root } from './lib/ensure-built.mjs';
import { PAGES } from './lib/screenshot-pages.mjs';

const { chromium } = createRequire(join(root, 'server/package.json'))('playwright-core');

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

/** The session the client keeps, the account speaking `lang` (once signed in, the interface follows it). */
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
