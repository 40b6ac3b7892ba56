import type { Role } from '@pameran/contracts';
import { createApp, TestApp } from './support/create-app';
import { FairFactory } from './factories/fair.factory';
import { signedIn } from './factories/user.factory';

type Who = Role | 'anonymous';
const WHO: Who[] = ['anonymous', 'visitor', 'buyer', 'exhibitor', 'organiser'];

interface Route {
  name: string;
  method: string;
  path: (ids: Ids) => string;
  body?: (ids: Ids) => unknown;
  /** Who gets through the guard (anyone else: 401 without a token, 403 with the wrong role). */
  allowed: Who[];
}
interface Ids {
  slug: string;
  boothId: string;
  productId: string;
  exhibitorId: string;
  userId: string;
}

const everyone: Who[] = WHO;
const signedInRoles: Who[] = ['visitor', 'buyer', 'exhibitor', 'organiser'];

const ROUTES: Route[] = [
  { name: 'health', method: 'GET', path: () => '/api/health', allowed: everyone },
  { name: 'node health', method: 'GET', path: () => '/api/health/node', allowed: ['organiser'] },
  { name: 'openapi', method: 'GET', path: () => '/api/openapi.json', allowed: ['organiser'] },
  { name: 'event', method: 'GET', path: (i) => `/api/events/${i.slug}`, allowed: everyone },
  { name: 'booths', method: 'GET', path: (i) => `/api/events/${i.slug}/booths`, allowed: everyone },
  { name: 'booth', method: 'GET', path: (i) => `/api/booths/${i.boothId}`, allowed: everyone },
  { name: 'products', method: 'GET', path: () => '/api/products?q=keripik', allowed: everyone },
  {
    name: 'whatsapp lead',
    method: 'POST',
    path: () => '/api/leads/whatsapp',
    body: (i) => ({ productId: i.productId }),
    allowed: everyone,
  },
  {
    name: 'product picture',
    method: 'GET',
    path: (i) => `/api/media/products/${i.productId}.svg`,
    allowed: everyone,
  },
  { name: 'me', method: 'GET', path: () => '/api/users/me', allowed: signedInRoles },
  {
    name: 'update me',
    method: 'PATCH',
    path: () => '/api/users/me',
    body: () => ({ leadConsent: true }),
    allowed: signedInRoles,
  },
  { name: 'export me', method: 'GET', path: () => '/api/users/me/export', allowed: signedInRoles },
  {
    name: 'my application',
    method: 'GET',
    path: (i) => `/api/exhibitors/me?event=${i.slug}`,
    allowed: ['exhibitor'],
  },
  { name: 'apply', method: 'POST', path: () => '/api/exhibitors', body: () => ({}), allowed: ['exhibitor'] },
  {
    name: 'admin list',
    method: 'GET',
    path: (i) => `/api/admin/exhibitors?event=${i.slug}`,
    allowed: ['organiser'],
  },
  {
    name: 'admin approve',
    method: 'POST',
    path: (i) => `/api/admin/exhibitors/${i.exhibitorId}/approve`,
    allowed: ['organiser'],
  },
  {
    name: 'admin reject',
    method: 'POST',
    path: (i) => `/api/admin/exhibitors/${i.exhibitorId}/reject`,
    body: () => ({ reason: 'incomplete' }),
    allowed: ['organiser'],
  },
  {
    name: 'admin user search',
    method: 'GET',
    path: (i) => `/api/admin/users?event=${i.slug}&q=user`,
    allowed: ['organiser'],
  },
  {
    name: 'admin reset link',
    method: 'POST',
    path: (i) => `/api/admin/users/${i.userId}/password-reset?event=${i.slug}`,
    allowed: ['organiser'],
  },
];

describe('authorisation matrix (each role × each route)', () => {
  let t: TestApp;
  let ids: Ids;
  const tokens: Partial<Record<Who, string>> = {};

  beforeAll(async () => {
    t = await createApp({ env: { AUTH_RATE_LIMIT_PER_MIN: '1000' } });
    const event = await FairFactory.event(t.db, 'matrix-fair');
    const { booth, products } = await FairFactory.booth(t.db, event.id);
    const registered = await signedIn(t, 'visitor');
    ids = {
      slug: event.slug,
      boothId: booth.id,
      productId: products[0].id,
      exhibitorId: '',
      userId: registered.user.id,
    };
    for (const role of signedInRoles) tokens[role] = (await signedIn(t, role as Role)).token;
  });
  afterAll(() => t?.close());

  const cases = ROUTES.flatMap((r) => WHO.map((who) => [r.name, who, r] as const));

  it.each(cases)('%s as %s', async (_name, who, route) => {
    // A fresh application per case, so approve/reject always find an undecided one.
    ids.exhibitorId = (
      await FairFactory.exhibitor(t.db, (await t.db.query('SELECT id FROM event LIMIT 1'))[0].id)
    ).id;
    const res = await t.http.request(route.method, route.path(ids), {
      token: tokens[who],
      body: route.body?.(ids),
    });
    if (route.allowed.includes(who)) {
      expect([401, 403]).not.toContain(res.status);
      expect(res.status).toBeLessThan(500);
    } else {
      expect(res.status).toBe(who === 'anonymous' ? 401 : 403);
      expect(res.body).toMatchObject({
        statusCode: res.status,
        error: expect.any(String),
        message: expect.any(String),
      });
    }
  });

  it('refuses a tampered or expired token with 401', async () => {
    const token = tokens.organiser!;
    const tampered = token.slice(0, -3) + (token.endsWith('aaa') ? 'bbb' : 'aaa');
    expect((await t.http.get('/api/admin/exhibitors', tampered)).status).toBe(401);
    expect((await t.http.get('/api/users/me', 'not.a.token')).status).toBe(401);
  });
});

describe('auth rate limit per client address', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createApp({ env: { AUTH_RATE_LIMIT_PER_MIN: '3' } });
  });
  afterAll(() => t?.close());

  it('answers 429 after AUTH_RATE_LIMIT_PER_MIN attempts', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++)
      statuses.push((await t.http.post('/api/auth/guest', { displayName: `Tamu ${i}` })).status);
    expect(statuses).toEqual([201, 201, 201, 429, 429]);
  });
});
