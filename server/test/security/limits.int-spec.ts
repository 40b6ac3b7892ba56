import { HallPorts } from '../../src/modules/hall/hall-ports.service';
import { FairFactory } from '../factories/fair.factory';
import { signedIn } from '../factories/user.factory';
import { createApp, TestApp } from '../support/create-app';
import { connectHall, HallClient } from '../support/hall-client';

/** What nginx's `$proxy_add_x_forwarded_for` sends: whatever the client wrote, then the address it saw. */
const viaProxy = (clientWrote: string, proxySaw: string) => ({
  'x-forwarded-for': `${clientWrote}, ${proxySaw}`,
});

describe('client addresses behind one load balancer (TRUST_PROXY=1)', () => {
  let t: TestApp;
  let slug: string;
  let organiser: { token: string };
  const open: HallClient[] = [];
  const join = async (token: string, headers: Record<string, string>) => {
    const s = await connectHall(t.url, { token, event: slug }, { headers });
    open.push(s);
    return s;
  };
  const guest = async (name: string, headers: Record<string, string>) =>
    (await t.http.request('POST', '/api/auth/guest', { body: { displayName: name }, headers })).body as {
      accessToken: string;
      user: { id: string };
    };

  beforeAll(async () => {
    t = await createApp({ env: { TRUST_PROXY: '1', AUTH_RATE_LIMIT_PER_MIN: '5' } });
    slug = (await FairFactory.event(t.db, 'limits-fair')).slug;
    organiser = await signedIn(t, 'organiser');
  });
  afterAll(async () => {
    open.forEach((s) => s.close());
    await t?.close();
  });

  it('a spoofed X-Forwarded-For cannot pass the per-address login limit of 5', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      const res = await t.http.request('POST', '/api/auth/login', {
        body: { email: `nobody${i}@example.test`, password: 'tebak-tebakan' },
        headers: viaProxy(`198.51.100.${i}`, '203.0.113.7'),
      });
      statuses.push(res.status);
    }
    expect(statuses.filter((s) => s !== 429)).toHaveLength(5);
    // Another visitor behind the same load balancer has their own limit.
    const other = await t.http.request('POST', '/api/auth/login', {
      body: { email: 'someone@example.test', password: 'tebak-tebakan' },
      headers: viaProxy('198.51.100.1', '203.0.113.8'),
    });
    expect(other.status).toBe(401);
  });

  it('a refused attempt carries the code rate_limited and Retry-After', async () => {
    const refused = await t.http.request('POST', '/api/auth/login', {
      body: { email: 'nobody@example.test', password: 'tebak-tebakan' },
      headers: viaProxy('198.51.100.99', '203.0.113.7'),
    });
    expect(refused.status).toBe(429);
    expect(refused.body).toMatchObject({ code: 'rate_limited' });
    const wait = Number(refused.headers.get('retry-after'));
    expect(wait).toBeGreaterThanOrEqual(1);
    expect(wait).toBeLessThanOrEqual(60);
  });

  it('the hall handshake takes the client address by the same rule', async () => {
    const g = await guest('Tamu Alamat', viaProxy('198.51.100.50', '203.0.113.20'));
    await join(g.accessToken, viaProxy('198.51.100.51', '203.0.113.20'));
    expect(await t.app.get(HallPorts).lastSeen(g.user.id)).toMatchObject({ address: '203.0.113.20' });
  });

  it('a guest banned behind the proxy keeps out only that guest’s address, not everyone’s', async () => {
    const bad = await guest('Pengacau', viaProxy('198.51.100.60', '203.0.113.30'));
    const s = await join(bad.accessToken, viaProxy('10.0.0.1', '203.0.113.30'));
    const gone = new Promise((r) => s.once('disconnect', r));
    const ban = await t.http.post(
      `/api/admin/moderation?event=${slug}`,
      { userId: bad.user.id, kind: 'ban', minutes: 60, reason: 'kata kasar' },
      organiser.token,
    );
    expect(ban.status).toBe(200);
    await gone;
    // Another guest behind the same load balancer walks in.
    const neighbour = await guest('Tetangga', viaProxy('198.51.100.61', '203.0.113.31'));
    await expect(
      join(neighbour.accessToken, viaProxy('203.0.113.30', '203.0.113.31')),
    ).resolves.toBeDefined();
    // A fresh guest from the banned address (whatever it writes in X-Forwarded-For) stays out.
    const again = await guest('Pengacau Lagi', viaProxy('198.51.100.62', '203.0.113.30'));
    await expect(join(again.accessToken, viaProxy('203.0.113.99', '203.0.113.30'))).rejects.toThrow(/banned/);
  });
});

describe('bans by person: account, signed device, client address (TRUST_PROXY=1)', () => {
  let t: TestApp;
  let slug: string;
  let organiser: { token: string };
  const open: HallClient[] = [];
  type Entry = { accessToken: string; user: { id: string }; device: string };
  const guest = async (from: string, device?: string): Promise<Entry> => {
    const res = await t.http.request('POST', '/api/auth/guest', {
      body: { displayName: 'Tamu', ...(device && { device }) },
      headers: viaProxy('198.51.100.1', from),
    });
    expect(res.status).toBe(201);
    return res.body as Entry;
  };
  const join = async (token: string, from: string, device?: string) => {
    const s = await connectHall(
      t.url,
      { token, event: slug, device },
      { headers: viaProxy('10.1.1.1', from) },
    );
    open.push(s);
    return s;
  };
  let banned: Entry;

  beforeAll(async () => {
    t = await createApp({ env: { TRUST_PROXY: '1' } });
    slug = (await FairFactory.event(t.db, 'person-fair')).slug;
    organiser = await signedIn(t, 'organiser');
    banned = await guest('203.0.113.40');
    const s = await join(banned.accessToken, '203.0.113.40', banned.device);
    const gone = new Promise((r) => s.once('disconnect', r));
    await t.http.post(
      `/api/admin/moderation?event=${slug}`,
      { userId: banned.user.id, kind: 'ban', minutes: 60, reason: 'spam' },
      organiser.token,
    );
    await gone;
  });
  afterAll(async () => {
    open.forEach((s) => s.close());
    await t?.close();
  });

  it('a guest gets a signed device id and keeps it on the next guest entry', async () => {
    expect(banned.device).toMatch(/^[0-9a-f-]{36}\.[\w-]{43}$/);
    expect((await guest('203.0.113.41', banned.device)).device).toBe(banned.device);
  });

  it('the banned guest clears the session and enters as a new guest from another address: the device holds', async () => {
    const again = await guest('203.0.113.42', banned.device);
    await expect(join(again.accessToken, '203.0.113.42', again.device)).rejects.toThrow(/banned/);
  });

  it('the banned guest signs up for an account: the device holds', async () => {
    const res = await t.http.request('POST', '/api/auth/register', {
      body: { email: 'baru@example.test', password: 'kata sandi panjang', displayName: 'Baru' },
      headers: viaProxy('198.51.100.2', '203.0.113.43'),
    });
    expect(res.status).toBe(201);
    await expect(join(res.body.accessToken, '203.0.113.43', banned.device)).rejects.toThrow(/banned/);
  });

  it('the banned guest changes the device id: a forged one is ignored and the address holds', async () => {
    const [id] = banned.device.split('.');
    const forged = `${crypto.randomUUID()}.${'A'.repeat(43)}`;
    const again = await guest('203.0.113.40', forged);
    expect(again.device).not.toBe(forged); // a forged id is replaced by a new signed one
    await expect(join(again.accessToken, '203.0.113.40', forged)).rejects.toThrow(/banned/);
    // Nor can anyone be framed with the banned device's id without its signature.
    const innocent = await guest('203.0.113.44');
    await expect(
      join(innocent.accessToken, '203.0.113.44', `${id}.${'B'.repeat(43)}`),
    ).resolves.toBeDefined();
  });
});

describe('limits with codes', () => {
  let t: TestApp;
  let slug: string;
  const open: HallClient[] = [];

  beforeAll(async () => {
    t = await createApp({ env: { HALL_SOCKETS_PER_USER: '3', API_RATE_LIMIT_PER_MIN: '4' } });
    slug = (await FairFactory.event(t.db, 'cap-fair')).slug;
  });
  afterAll(async () => {
    open.forEach((s) => s.close());
    await t?.close();
  });

  it('a 401 and a 403 from the auth guard carry a code', async () => {
    const anonymous = await t.http.get('/api/users/me');
    expect(anonymous).toMatchObject({ status: 401, body: { code: 'unauthorized' } });
    const visitor = await signedIn(t, 'visitor');
    const notOrganiser = await t.http.get(`/api/admin/exhibitors?event=${slug}`, visitor.token);
    expect(notOrganiser).toMatchObject({ status: 403, body: { code: 'forbidden' } });
  });

  it('product search is limited per address, with Retry-After', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await t.http.get(`/api/products?event=${slug}`)).status);
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429]);
    const refused = await t.http.get(`/api/products?event=${slug}`);
    expect(refused.body).toMatchObject({ code: 'rate_limited' });
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('one account may have HALL_SOCKETS_PER_USER hall connections; the newest is refused', async () => {
    const v = await signedIn(t, 'visitor');
    for (let i = 0; i < 3; i++) open.push(await connectHall(t.url, { token: v.token, event: slug }));
    await expect(connectHall(t.url, { token: v.token, event: slug })).rejects.toMatchObject({
      data: { code: 'too_many_connections' },
    });
    expect(open.every((s) => s.connected)).toBe(true); // the oldest were not pushed out
    // Someone else is not affected; closing one tab makes room again.
    const other = await signedIn(t, 'visitor');
    open.push(await connectHall(t.url, { token: other.token, event: slug }));
    open[0].close();
    await new Promise((r) => setTimeout(r, 200));
    open.push(await connectHall(t.url, { token: v.token, event: slug }));
  });

  it('a burst of simultaneous connections by one account cannot get past the cap', async () => {
    const v = await signedIn(t, 'visitor');
    const burst = await Promise.allSettled(
      Array.from({ length: 12 }, () => connectHall(t.url, { token: v.token, event: slug })),
    );
    const sockets = burst.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
    open.push(...sockets);
    await new Promise((r) => setTimeout(r, 500)); // the after-join recount closes any overshoot
    expect(sockets.filter((s) => s.connected).length).toBeLessThanOrEqual(3);
  });
});
