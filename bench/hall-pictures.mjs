#!/usr/bin/env node
// Booth pictures in the 3D hall (docs/decisions/0018): today's untextured hall against the textured one in
// the same run, on a desktop and on a phone profile (viewport, CDP CPU throttling and network throttling,
// fresh cache each time). Reports draw calls (renderer.info), texture bytes on the GPU (atlas pages with
// their mip levels) and the time from entering the hall (navigation) to the first textured booth in view
// (the nearest zone's page, which streaming loads first). Goals: ≤ 3 s desktop, ≤ 6 s phone.
// The atlas pages are drawn before measuring, as on a fair that has been open a while.
// Usage: node bench/hall-pictures.mjs [--rounds 2]   (needs `npm run build` first, for the server)
/* global window */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildBenchClient, loadAverage, startServer, stopServer } from './lib.mjs';

const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
const rounds = arg('--rounds', 2);
const dir = mkdtempSync(join(tmpdir(), 'pameran-bench-'));
const MB = 1024 * 1024;

/** Desktop: a laptop on office broadband. Phone: 4× slower CPU on a good 4G link. */
const PROFILES = {
  desktop: { viewport: { width: 1280, height: 800 }, cpu: 1, net: { down: 40, up: 10, latency: 20 } },
  phone: { viewport: { width: 390, height: 844 }, cpu: 4, net: { down: 9, up: 2, latency: 85 } },
};

async function measure(browser, url, profile, textured) {
  const p = PROFILES[profile];
  const context = await browser.newContext({ viewport: p.viewport });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: p.net.latency,
    downloadThroughput: (p.net.down * 1e6) / 8,
    uploadThroughput: (p.net.up * 1e6) / 8,
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: p.cpu });
  await page.goto(`${url}/hall?bench${textured ? '' : '&pictures=off'}`);
  // The hall's first frame (the bench probe appears with the canvas).
  let hallAt = null;
  let firstPageAt = null;
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const s = await page.evaluate(() => ({
      now: performance.now(),
      hall: !!window.__hallBench,
      first: window.__hallAtlas?.firstPageAt ?? null,
    }));
    hallAt ??= s.hall ? s.now : null;
    firstPageAt = s.first;
    if (hallAt !== null && (!textured || firstPageAt !== null)) break;
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(3000); // let the rest stream in and settle
  const info = await page.evaluate(() => window.__hallBench.info());
  const atlas = await page.evaluate(() =>
    window.__hallAtlas
      ? { pages: window.__hallAtlas.pages, bytes: window.__hallAtlas.bytes }
      : { pages: 0, bytes: 0 },
  );
  await context.close();
  return { profile, textured, hallAt, firstPageAt, calls: info.calls, textures: info.textures, ...atlas };
}

const clientDist = join(dir, 'client');
buildBenchClient(clientDist);
const server = await startServer({
  DATA_DIR: dir,
  CLIENT_DIST: clientDist,
  SEED: 'opop-2020',
  DEMO_LIVE: '1',
  DEMO_CROWD: '0',
});
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--enable-unsafe-swiftshader'],
});
try {
  const drawStart = Date.now();
  for (;;) {
    const m = await (await fetch(`${server.url}/api/events/opop-2020/atlas`)).json();
    if (m.pages.length === 8) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  console.log(
    `atlas pages for 8 zones drawn in ${((Date.now() - drawStart) / 1000).toFixed(1)} s (load ${loadAverage()})`,
  );
  const rows = [];
  for (let r = 0; r < rounds; r++)
    for (const profile of Object.keys(PROFILES))
      for (const textured of [false, true]) rows.push(await measure(browser, server.url, profile, textured));
  for (const m of rows) {
    const hall = m.hallAt === null ? 'n/a' : `${(m.hallAt / 1000).toFixed(2)} s`;
    const first = m.textured
      ? m.firstPageAt === null
        ? 'never'
        : `${(m.firstPageAt / 1000).toFixed(2)} s (${((m.firstPageAt - m.hallAt) / 1000).toFixed(2)} s after the hall)`
      : '—';
    console.log(
      `${m.profile.padEnd(7)} ${(m.textured ? 'textured' : 'untextured').padEnd(10)}  draw calls ${String(m.calls).padStart(3)}  ` +
        `atlas pages ${m.pages}  texture bytes ${(m.bytes / MB).toFixed(1)} MB  hall drawn ${hall}  first textured booth ${first}`,
    );
  }
  console.log(`load average ${loadAverage()}`);
} finally {
  await browser.close();
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
}
