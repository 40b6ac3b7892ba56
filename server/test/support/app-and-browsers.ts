import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from './browser';
import { createApp, TestApp } from './create-app';
import { SCREENSHOTS } from './screenshots';

export type LaunchedBrowser = Awaited<ReturnType<typeof launchBrowser>>;
type LaunchOptions = Parameters<typeof launchBrowser>[0];

const CLIENT_DIST = join(__dirname, '..', '..', '..', 'client', 'dist');

/**
 * The two-person browser specs' set-up: a test app serving the built client and two browsers (say, a buyer's
 * phone and an exhibitor's), started before the spec's tests and closed after them. Read the fields inside
 * tests or hooks (they are filled in `beforeAll`).
 */
export function appAndBrowsers(
  first: LaunchOptions,
  second: LaunchOptions,
): { t: TestApp; first: LaunchedBrowser; second: LaunchedBrowser } {
  const f = {} as { t: TestApp; first: LaunchedBrowser; second: LaunchedBrowser };
  beforeAll(async () => {
    f.t = await createApp({ env: { CLIENT_DIST } });
    mkdirSync(SCREENSHOTS, { recursive: true });
    [f.first, f.second] = await Promise.all([launchBrowser(first), launchBrowser(second)]);
  });
  afterAll(async () => {
    await f.first?.close();
    await f.second?.close();
    await f.t?.close();
  });
  return f;
}
