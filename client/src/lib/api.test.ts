import { AuthResponse, User, listOf } from '@pameran/contracts';
import { describe, expect, it, vi } from 'vitest';
import { ApiError, createApiClient, type TokenStore, type Tokens } from './api';

const user: User = {
  id: '6f1c2a4e-3b5d-4e7f-8a9b-0c1d2e3f4a5b',
  displayName: 'Siti',
  email: null,
  role: 'visitor',
  isGuest: true,
  locale: 'id',
  timeZone: null,
  leadConsent: false,
  directoryListed: false,
  buyerProfile: null,
  createdAt: '2020-12-05T01:00:00.000Z',
};

function json(status: number, body: unknown): Response {
  return new Response(body === undefined ? null : JSON.stringify(body), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });
}

const unauthorized = () => json(401, { statusCode: 401, error: 'Unauthorized', message: 'expired' });

function memoryTokens(initial: Tokens | null) {
  let current = initial;
  const store: TokenStore & { cleared: boolean } = {
    cleared: false,
    get: () => current,
    save: (auth: AuthResponse) => {
      current = { accessToken: auth.accessToken, refreshToken: auth.refreshToken };
    },
    clear: () => {
      current = null;
      store.cleared = true;
    },
  };
  return store;
}

/** A fake server: /users/me wants `valid` as bearer; /auth/refresh answers with `refresh()`. */
function fakeServer(opts: { valid: string; refresh: () => Response }) {
  const calls: { url: string; auth: string | null; body: unknown }[] = [];
  const fetch = vi.fn(async (url: RequestInfo | URL, init?: RequestInit) => {
    const headers = new Headers(init?.headers);
    const body = init?.body ? JSON.parse(String(init.body)) : undefined;
    calls.push({ url: String(url), auth: headers.get('Authorization'), body });
    if (String(url) === '/api/auth/refresh') return opts.refresh();
    return headers.get('Authorization') === `Bearer ${opts.valid}` ? json(200, user) : unauthorized();
  });
  return { fetch: fetch as unknown as typeof globalThis.fetch, calls };
}

const renewed = () =>
  json(200, { accessToken: 'access-2', refreshToken: 'refresh-2-xxxxxxxxxxxxxxxx', expiresIn: 900, user });

describe('api client: refresh once on 401', () => {
  it('refreshes with the refresh token, keeps the new tokens and retries the call', async () => {
    const tokens = memoryTokens({ accessToken: 'access-1', refreshToken: 'refresh-1-xxxxxxxxxxxxxxxx' });
    const server = fakeServer({ valid: 'access-2', refresh: renewed });
    const api = createApiClient({ fetch: server.fetch, tokens });

    await expect(api.get('/users/me', User)).resolves.toEqual(user);

    expect(server.calls.map((c) => [c.url, c.auth])).toEqual([
      ['/api/users/me', 'Bearer access-1'],
      ['/api/auth/refresh', null],
      ['/api/users/me', 'Bearer access-2'],
    ]);
    expect(server.calls[1].body).toEqual({ refreshToken: 'refresh-1-xxxxxxxxxxxxxxxx' });
    expect(tokens.get()).toEqual({ accessToken: 'access-2', refreshToken: 'refresh-2-xxxxxxxxxxxxxxxx' });
  });

  it('shares one refresh among calls that fail together (a replayed refresh token ends the session)', async () => {
    const tokens = memoryTokens({ accessToken: 'access-1', refreshToken: 'refresh-1-xxxxxxxxxxxxxxxx' });
    const server = fakeServer({ valid: 'access-2', refresh: renewed });
    const api = createApiClient({ fetch: server.fetch, tokens });

    await Promise.all([api.get('/users/me', User), api.get('/users/me', User), api.get('/users/me', User)]);

    expect(server.calls.filter((c) => c.url === '/api/auth/refresh')).toHaveLength(1);
  });

  it('does not refresh a second time when the retried call is refused again', async () => {
    const tokens = memoryTokens({ accessToken: 'access-1', refreshToken: 'refresh-1-xxxxxxxxxxxxxxxx' });
    const server = fakeServer({ valid: 'nobody', refresh: renewed });
    const api = createApiClient({ fetch: server.fetch, tokens });

    const error = await api.get('/users/me', User).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).statusCode).toBe(401);
    expect(server.calls.map((c) => c.url)).toEqual(['/api/users/me', '/api/auth/refresh', '/api/users/me']);
  });

  it('ends the session when the refresh token is refused', async () => {
    const tokens = memoryTokens({ accessToken: 'access-1', refreshToken: 'refresh-1-xxxxxxxxxxxxxxxx' });
    const refused = () =>
      json(401, { statusCode: 401, error: 'Unauthorized', message: 'ended', code: 'refresh_invalid' });
    const server = fakeServer({ valid: 'access-2', refresh: refused });
    const api = createApiClient({ fetch: server.fetch, tokens });

    await expect(api.get('/users/me', User)).rejects.toMatchObject({ statusCode: 401, message: 'expired' });
    expect(tokens.cleared).toBe(true);
    expect(server.calls).toHaveLength(2);
  });

  it('does not try to refresh without a session', async () => {
    const server = fakeServer({ valid: 'access-2', refresh: renewed });
    const api = createApiClient({ fetch: server.fetch, tokens: memoryTokens(null) });

    await expect(api.get('/users/me', User)).rejects.toBeInstanceOf(ApiError);
    expect(server.calls).toHaveLength(1);
  });
});

describe('api client: errors', () => {
  it("carries the server's error body and per-field errors", async () => {
    const body = {
      statusCode: 409,
      error: 'Conflict',
      message: 'An account with this email already exists',
      code: 'email_taken',
      fields: [{ path: 'email', message: 'already registered' }],
    };
    const api = createApiClient({ fetch: vi.fn(async () => json(409, body)) as unknown as typeof fetch });

    const error = (await api.post('/auth/register', AuthResponse, {}).catch((e: unknown) => e)) as ApiError;

    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      kind: 'http',
      statusCode: 409,
      code: 'email_taken',
      message: body.message,
    });
    expect(error.fieldErrors()).toEqual({ email: 'already registered' });
  });

  it('rejects an answer that breaks the contract', async () => {
    const api = createApiClient({
      fetch: vi.fn(async () => json(200, { id: 'not-a-user' })) as unknown as typeof fetch,
    });
    vi.spyOn(console, 'error').mockImplementation(() => {});

    await expect(api.get('/users/me', User)).rejects.toMatchObject({ kind: 'invalid-response' });
  });

  it('turns a failed connection into a network error', async () => {
    const api = createApiClient({
      fetch: vi.fn(async () => {
        throw new TypeError('Failed to fetch');
      }) as unknown as typeof fetch,
    });

    await expect(api.get('/users/me', User)).rejects.toMatchObject({ kind: 'network', statusCode: 0 });
  });

  it('sends query parameters, leaving out empty ones, and the UI language', async () => {
    const fetch = vi.fn(async () => json(200, { items: [], total: 0, nextCursor: null }));
    const api = createApiClient({ fetch: fetch as unknown as typeof globalThis.fetch, language: () => 'en' });

    await api.get('/products', listOf(User), {
      query: { q: 'kopi', halal: true, category: undefined, cursor: '' },
    });

    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/products?q=kopi&halal=true');
    expect(new Headers(init.headers).get('Accept-Language')).toBe('en');
  });
});
