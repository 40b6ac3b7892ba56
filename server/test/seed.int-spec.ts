import { TokenService } from '../src/modules/auth/token.service';
import { UserEntity } from '../src/modules/users/user.entity';
import { createApp, TestApp } from './support/create-app';

/** The demo fair, seeded end to end on PostgreSQL, browsed through the public API. */
describe('seeded demo fair opop-2020', () => {
  let t: TestApp;
  let seedMs: number;

  beforeAll(async () => {
    const started = Date.now();
    t = await createApp({ seed: true });
    seedMs = Date.now() - started;
  });
  afterAll(() => t?.close());

  it('has 500 booths across the categories, all in one request, each in its zone with a unique position', async () => {
    const res = await t.http.get('/api/events/opop-2020/booths?limit=1000');
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(500);
    expect(res.body.items).toHaveLength(500);
    expect(res.body.nextCursor).toBeNull();
    const categories = new Set(res.body.items.map((b: { category: string }) => b.category));
    expect(categories.size).toBe(8);
    const positions = new Set(
      res.body.items.map((b: { position: { x: number; z: number } }) => `${b.position.x},${b.position.z}`),
    );
    expect(positions.size).toBe(500);
    const regions = new Set(res.body.items.map((b: { region: string }) => b.region));
    expect(regions.size).toBe(27);
    console.log(`seeded and started in ${seedMs} ms`);
  });

  it('sends the 500-booth list gzipped to clients that accept it', async () => {
    const res = await fetch(`${t.url}/api/events/opop-2020/booths?limit=1000`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect(((await res.json()) as { items: unknown[] }).items).toHaveLength(500);
  });

  it('pages through a category with cursors', async () => {
    const first = await t.http.get('/api/events/opop-2020/booths?category=minuman&limit=30');
    expect(first.body.items).toHaveLength(30);
    expect(first.body.items.every((b: { category: string }) => b.category === 'minuman')).toBe(true);
    const second = await t.http.get(
      `/api/events/opop-2020/booths?category=minuman&limit=30&cursor=${first.body.nextCursor}`,
    );
    const ids = new Set([...first.body.items, ...second.body.items].map((b: { id: string }) => b.id));
    expect(ids.size).toBe(first.body.items.length + second.body.items.length);
  });

  it('shows a booth with 8–20 products priced in whole rupiah, each with a picture', async () => {
    const list = await t.http.get('/api/events/opop-2020/booths?category=makanan&limit=1');
    const booth = await t.http.get(`/api/booths/${list.body.items[0].id}`);
    expect(booth.status).toBe(200);
    expect(booth.body.products.length).toBeGreaterThanOrEqual(8);
    expect(booth.body.products.length).toBeLessThanOrEqual(20);
    for (const p of booth.body.products)
      expect(Number.isInteger(p.priceRupiah) && p.priceRupiah > 0).toBe(true);
    const picture = await t.http.get(booth.body.products[0].imageUrl);
    expect(picture.status).toBe(200);
    expect(picture.headers.get('content-type')).toMatch(/image\/svg\+xml/);
    expect(picture.body).toMatch(/^<svg/);
    const logo = await t.http.get(booth.body.logoUrl);
    expect(logo.status).toBe(200);
    const again = await t.http.request('GET', booth.body.logoUrl, {
      headers: { 'if-none-match': logo.headers.get('etag')! },
    });
    expect(again.status).toBe(304);
  });

  it('searches products in both languages with halal and export filters', async () => {
    const id = await t.http.get('/api/products?event=opop-2020&q=kopi&limit=100');
    expect(id.status).toBe(200);
    expect(id.body.total).toBeGreaterThan(0);
    const en = await t.http.get('/api/products?event=opop-2020&q=coffee&limit=100');
    expect(en.body.total).toBeGreaterThan(0);
    const halalExport = await t.http.get(
      '/api/products?event=opop-2020&category=makanan&halal=true&exportReady=true&limit=100',
    );
    expect(halalExport.body.items.length).toBeGreaterThan(0);
    for (const p of halalExport.body.items) {
      expect(p).toMatchObject({ category: 'makanan', exportReady: true });
      expect(p.halalNumber).toBeTruthy();
    }
    // The search expression is exactly the indexed one (the planner may still prefer a scan on 7k rows).
    const plan = await t.db.transaction(async (m) => {
      await m.query('SET LOCAL enable_seqscan = off');
      return m.query(
        `EXPLAIN SELECT id FROM product p WHERE lower(p.name_id || ' ' || p.name_en || ' ' || p.description_id || ' ' || p.description_en) LIKE '%keripik%'`,
      );
    });
    expect(JSON.stringify(plan)).toMatch(/product_search_trgm/);
  });

  it('gives the 4-day schedule in WIB with hall hours 08:00–16:00', async () => {
    const res = await t.http.get('/api/events/opop-2020');
    expect(res.body.days.map((d: { date: string }) => d.date)).toEqual([
      '2020-12-05',
      '2020-12-06',
      '2020-12-07',
      '2020-12-08',
    ]);
    const hall = res.body.days[0].sessions.find((s: { kind: string }) => s.kind === 'hall');
    expect(hall.startsAt).toBe('2020-12-05T01:00:00.000Z');
    expect(hall.endsAt).toBe('2020-12-05T09:00:00.000Z');
    expect(hall.state).toBe('ended');
    expect(res.body.hallOpen).toBe(false);
  });

  it('publishes the programme as an iCalendar feed', async () => {
    const res = await t.http.get('/api/events/opop-2020/agenda.ics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/calendar/);
    expect(res.body.match(/BEGIN:VEVENT/g)).toHaveLength(16);
    expect(res.body).toContain('DTSTART:20201205T010000Z');
  });

  it('turns a WhatsApp click into a lead and a wa.me link naming the product', async () => {
    const products = await t.http.get('/api/products?event=opop-2020&limit=1');
    const p = products.body.items[0];
    const res = await t.http.post('/api/leads/whatsapp', { productId: p.id });
    expect(res.status).toBe(200);
    expect(res.body.url).toMatch(new RegExp(`^https://wa\\.me/${p.whatsappNumber.slice(1)}\\?text=`));
    expect(decodeURIComponent(res.body.url)).toContain(p.name.id);
    const leads = await t.db.query(`SELECT kind FROM lead WHERE product_id = $1`, [p.id]);
    expect(leads).toEqual([{ kind: 'whatsapp' }]);
  });

  it('created one account per role with generated passwords', async () => {
    const users = await t.db.query(
      `SELECT role FROM app_user WHERE email LIKE '%@opop.pameran.test' ORDER BY role`,
    );
    expect(users.map((u: { role: string }) => u.role)).toEqual([
      'buyer',
      'exhibitor',
      'organiser',
      'visitor',
    ]);
    const login = await t.http.post('/api/auth/login', {
      email: 'organiser@opop.pameran.test',
      password: 'password',
    });
    expect(login.status).toBe(401);
  });
});

describe('DEMO_LIVE', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createApp({ seed: true, engine: 'pglite', env: { DEMO_LIVE: '1' } });
  });
  afterAll(() => t?.close());

  it('reads the schedule shifted so that now is one hour into the last day’s hall hours, without rewriting rows', async () => {
    const res = await t.http.get('/api/events/opop-2020');
    expect(res.body.hallOpen).toBe(true);
    const hall = res.body.days[3].sessions.find((s: { kind: string }) => s.kind === 'hall');
    expect(hall.state).toBe('live');
    const intoHall = Date.now() - Date.parse(hall.startsAt);
    expect(intoHall).toBeGreaterThan(59 * 60_000);
    expect(intoHall).toBeLessThan(65 * 60_000);
    const [row] = await t.db.query(`SELECT starts_at FROM schedule_session WHERE id = $1`, [hall.id]);
    expect(new Date(row.starts_at).toISOString()).toBe('2020-12-08T01:00:00.000Z');
  });

  it('lets the demo exhibitor accept the demo buyer’s request in a shifted slot, on embedded PGlite', async () => {
    const staff = await t.db
      .getRepository(UserEntity)
      .findOneByOrFail({ email: 'exhibitor@opop.pameran.test' });
    const token = t.app.get(TokenService).signAccess({
      sub: staff.id,
      role: staff.role,
      name: staff.displayName,
      guest: false,
    });
    const incoming = await t.http.get('/api/meetings/requests?side=incoming', token);
    // The seeded history's requests are answered; the demo buyer's is the one still open.
    const open = incoming.body.items.filter((r: { status: string }) => r.status === 'pending');
    expect(open).toHaveLength(1);
    const [request] = open;
    expect(request).toMatchObject({ status: 'pending', requester: { country: 'MY' } });
    const start = request.preferredSlots[0].start;
    expect(Date.parse(start)).toBeGreaterThan(Date.now()); // shown on today's timeline, not 2020's
    const accepted = await t.http.post(
      `/api/meetings/requests/${request.id}/accept`,
      { slotStart: start },
      token,
    );
    expect(accepted.status).toBe(200);
    expect(accepted.body.meeting).toMatchObject({ start, status: 'scheduled' });
    const [{ count }] = await t.db.query(`SELECT count(*)::int AS count FROM meeting_table`);
    expect(count).toBe(20);
  });
});
