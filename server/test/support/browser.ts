import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BrowserContext, chromium, type Page } from 'playwright-core';

/** Headless Debian Chromium with a fresh profile, no background network, fake camera/microphone. */
export async function launchBrowser(
  opts: {
    timezoneId?: string;
    /**
     * The browser's language (`navigator.languages`), which a first visit follows: Indonesian unless a spec
     * plays a visitor whose browser speaks another.
     */
    locale?: string;
    viewport?: { width: number; height: number };
    /** `reduce`: the visitor asked the system for less motion (`prefers-reduced-motion`). */
    reducedMotion?: 'reduce' | 'no-preference';
    /** More Chromium switches, e.g. `--allow-loopback-in-peer-connection` for WebRTC on 127.0.0.1. */
    extraArgs?: string[];
  } = {},
): Promise<{ context: BrowserContext; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'pameran-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    viewport: opts.viewport ?? { width: 1280, height: 800 },
    timezoneId: opts.timezoneId,
    locale: opts.locale ?? 'id-ID',
    reducedMotion: opts.reducedMotion,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--use-fake-ui-for-media-stream',
      '--use-fake-device-for-media-stream',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
      ...(opts.extraArgs ?? []),
    ],
  });
  // The server's Content-Security-Policy must fit the client: any page that breaks it fails its spec.
  const violations: string[] = [];
  context.on('console', (message) => {
    if (/Content[- ]Security[- ]Policy/i.test(message.text())) violations.push(message.text());
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
      if (violations.length) throw new Error(`The page broke the CSP:\n${violations.join('\n')}`);
    },
  };
}

/**
 * Waits until a JavaScript expression is true in the page. Playwright's waitForFunction evaluates a string
 * predicate with `eval` inside the page, which the app's Content-Security-Policy (rightly) refuses; this
 * polls through the debugging protocol instead, which the page's policy does not govern.
 */
export async function waitForExpression(
  page: Page,
  expression: string,
  opts: { polling?: number; timeout?: number } = {},
): Promise<void> {
  const deadline = Date.now() + (opts.timeout ?? 30_000);
  while (!(await page.evaluate(expression))) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${expression}`);
    await new Promise((r) => setTimeout(r, opts.polling ?? 100));
  }
}
