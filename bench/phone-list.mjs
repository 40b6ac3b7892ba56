#!/usr/bin/env node
// The hall's list mode on a slow phone, as Lighthouse's mobile profile throttles it through the Chrome
// DevTools protocol: 1.6 Mbps down, 750 kbps up, 150 ms round trip, CPU 4× slower, 360 × 740 px, cold
// cache. Measures navigation → first booth list on screen (and first contentful paint), median of runs.
// Usage: node bench/phone-list.mjs [--runs 3]   (after `npm run build`)
/* global document */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { fmt, startServer, stopServer } from './lib.mjs';

const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3;
const dir = mkdtempSync(join(tmpdir(), 'pameran-bench-'));
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const server = await startServer({ DATA_DIR: dir, SEED: 'opop-2020', DEMO_LIVE: '1', DEMO_CROWD: '0' });
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu'],
});
try {
  const results = [];
  for (let i = 0; i < runs; i++) {
    const context = await browser.newContext({
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 150,
      downloadThroughput: (1.6 * 1024 * 1024) / 8,
      uploadThroughput: (750 * 1024) / 8,
    });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    let bytes = 0;
    cdp.on('Network.loadingFinished', (e) => (bytes += e.encodedDataLength));
    await page.goto(`${server.url}/hall/list`, { waitUntil: 'commit' });
    await page.getByTestId('list-booth').first().waitFor({ state: 'visible', timeout: 60_000 });
    const t = await page.evaluate(() => ({
      list: performance.now(),
      fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
      booths: document.querySelectorAll('[data-testid=list-booth]').length,
    }));
    results.push({ ...t, bytes });
    console.log(
      `run ${i + 1}: first booth list ${fmt(t.list)} (FCP ${fmt(t.fcp)}), ${t.booths} booths shown, ${(bytes / 1024).toFixed(0)} KB transferred`,
    );
    await context.close();
  }
  console.log(
    `list mode on a throttled phone: median first booth list ${fmt(median(results.map((r) => r.list)))}, ` +
      `FCP ${fmt(median(results.map((r) => r.fcp)))} over ${runs} runs (goal ≤ 5 s)`,
  );
} finally {
  await browser.close();
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
}
