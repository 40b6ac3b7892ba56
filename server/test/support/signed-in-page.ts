import type { BrowserContext, Page } from 'playwright-core';
import type { TestApp } from './create-app';

/**
 * A page of the app already signed in with `token` (the session the client keeps in localStorage), in a
 * language. The refresh token is a placeholder: specs finish well within the access token's 15 minutes.
 */
export async function openSignedIn(
  t: TestApp,
  context: BrowserContext,
  token: string,
  lang: 'id' | 'en',
): Promise<Page> {
  const page = await context.newPage();
  // The interface follows the account's language once signed in, so the account speaks the page's.
  await t.http.request('PATCH', '/api/users/me', { token, body: { locale: lang } });
  const user = (await t.http.get('/api/users/me', token)).body;
  await page.goto(`${t.url}/api/health`);
  const session = JSON.stringify({ user, accessToken: token, refreshToken: 'e2e-no-refresh-token-needed' });
  await page.evaluate(
    `localStorage.setItem('pameran.session', ${JSON.stringify(session)}); localStorage.setItem('pameran.lang', '${lang}')`,
  );
  return page;
}
