#!/usr/bin/env node
// The 500-booth 3D hall in headless Chromium (WebGL on SwiftShader here): draw calls, main-thread time
// of renderer.render per frame, and fps, for the instanced hall against a naive one (one mesh per booth
// part, one material per colour) in the same run. The page's `?bench` hook renders every frame itself and
// times it. The naive hall and the hook exist only in the client's bench build (`vite build --mode bench`),
// never in the production bundle: this script makes that build in a temporary folder and has the server
// serve it instead of client/dist.
// Usage: node bench/render-hall.mjs [--seconds 6] [--rounds 2]   (needs `npm run build` first, for the server)
/* global window, document */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { buildBenchClient, startServer, stopServer } from './lib.mjs';

const arg = (name, fallback) => Number(process.argv[process.argv.indexOf(name) + 1]) || fallback;
const seconds = arg('--seconds', 6);
const rounds = arg('--rounds', 2);
const dir = mkdtempSync(join(tmpdir(), 'pameran-bench-'));
const pct = (xs, p) =>
  [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))];
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;

async function measure(page, url, mode) {
  await page.goto(`${url}/hall?bench=${mode}`);
  await page.waitForFunction(() => window.__hallBench !== undefined, null, { timeout: 60_000 });
  await page.waitForTimeout(2000); // shaders compiled, textures up
  await page.evaluate(() => window.__hallBench.take());
  await page.waitForTimeout(seconds * 1000);
  const times = await page.evaluate(() => window.__hallBench.take());
  const info = await page.evaluate(() => window.__hallBench.info());
  return {
    mode,
    frames: times.length,
    fps: times.length / seconds,
    p50: pct(times, 50),
    p95: pct(times, 95),
    mean: mean(times),
    ...info,
  };
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
  const page = await browser.newPage({ viewport: { width: 1000, height: 700 } });
  const renderer = await page.evaluate(() => {
    const gl = document.createElement('canvas').getContext('webgl2');
    const ext = gl?.getExtension('WEBGL_debug_renderer_info');
    return ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : 'unknown';
  });
  console.log(`renderer: ${renderer}; viewport 1000×700; ${seconds} s per run, ${rounds} rounds`);
  const results = { instanced: [], naive: [] };
  for (let r = 0; r < rounds; r++) {
    for (const mode of ['instanced', 'naive']) results[mode].push(await measure(page, server.url, mode));
  }
  const row = (m) =>
    `${m.mode.padEnd(9)}  calls ${String(m.calls).padStart(5)}  materials ${String(m.materials).padStart(4)}  ` +
    `triangles ${String(m.triangles).padStart(8)}  ` +
    `render p50 ${m.p50.toFixed(2)} ms  p95 ${m.p95.toFixed(2)} ms  mean ${m.mean.toFixed(2)} ms  fps ${m.fps.toFixed(1)}`;
  for (const mode of ['instanced', 'naive']) results[mode].forEach((m) => console.log(row(m)));
  const best = (mode, k) => Math.min(...results[mode].map((m) => m[k]));
  const calls = (mode) => results[mode][0].calls;
  console.log(
    `draw calls: ${calls('instanced')} vs ${calls('naive')} (${(calls('naive') / calls('instanced')).toFixed(0)}× fewer); ` +
      `main-thread render p50: ${best('instanced', 'p50').toFixed(2)} vs ${best('naive', 'p50').toFixed(2)} ms ` +
      `(${(best('naive', 'p50') / best('instanced', 'p50')).toFixed(1)}× less)`,
  );
} finally {
  await browser.close();
  await stopServer(server);
  rmSync(dir, { recursive: true, force: true });
}
