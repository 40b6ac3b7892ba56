import { randomUUID } from 'node:crypto';
import sharp from 'sharp';
import { sha256 } from '../src/modules/auth/token.service';
import { StaffInviteEntity } from '../src/modules/backoffice/staff-invite.entity';
import { ProductEntity } from '../src/modules/catalogue/product.entity';
import { FairFactory } from './factories/fair.factory';
import { signedIn } from './factories/user.factory';
import { createApp, TestApp } from './support/create-app';
import { connectHall, next } from './support/hall-client';

type Who = 'anonymous' | 'visitor' | 'buyer' | 'otherOwner' | 'staff' | 'owner' | 'organiser';
const CALLERS: Who[] = ['anonymous', 'visitor', 'buyer', 'otherOwner', 'staff', 'owner', 'organiser'];

/** What each caller gets from a route that reads or edits booth A. */
function expected(who: Who, need: 'read' | 'edit'): 'ok' | number {
  if (who === 'anonymous') return 401;
  if (who === 'visitor' || who === 'buyer' || who === 'otherOwner') return 403;
  if (who === 'staff' && need === 'edit') return 403;
  return 'ok';
}

describe('back office: roles, ownership and flows', () => {
  let t: TestApp;
  let slug: string;
  let boothId: string;
  let exhibitorId: string;
  let otherBoothId: string;
  const tokens = {} as Record<Who, string | undefined>;
  let png: Buffer;

  const send = async (method: string, path: string, token?: string, body?: unknown) =>
    t.http.request(method, `/api/backoffice${path}`, { token, body });
  const upload = async (path: string, file: Buffer, token?: string, name = 'photo.png') => {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), name);
    const res = await fetch(`${t.url}/api/backoffice${path}`, {
      method: 'POST',
      headers: token ? { authorization: `Bearer ${token}` } : {},
      body: form,
    });
    return { status: res.status, body: (await res.json().catch(() => null)) as any };
  };
  const product = async () =>
    (
      await t.db.getRepository(ProductEntity).save({
        boothId,
        category: 'makanan',
        nameId: `Dodol ${randomUUID().slice(0, 4)}`,
        priceRupiah: 20000,
        unit: 'kotak',
      })
    ).id;

  beforeAll(async () => {
    t = await createApp();
    const event = await FairFactory.event(t.db, 'bo-fair');
    slug = event.slug;
    const mine = await FairFactory.booth(t.db, event.id, { products: 2 });
    const theirs = await FairFactory.booth(t.db, event.id, { slot: 1, products: 1 });
    boothId = mine.booth.id;
    exhibitorId = mine.exhibitor.id;
    otherBoothId = theirs.booth.id;
    const owner = await signedIn(t, 'exhibitor', { exhibitorId });
    await t.db.query('UPDATE exhibitor SET owner_user_id = $1 WHERE id = $2', [owner.user.id, exhibitorId]);
    const other = await signedIn(t, 'exhibitor', { exhibitorId: theirs.exhibitor.id });
    await t.db.query('UPDATE exhibitor SET owner_user_id = $1 WHERE id = $2', [
      other.user.id,
      theirs.exhibitor.id,
    ]);
    tokens.owner = owner.token;
    tokens.otherOwner = other.token;
    tokens.staff = (await signedIn(t, 'exhibitor', { exhibitorId })).token;
    tokens.visitor = (await signedIn(t, 'visitor')).token;
    tokens.buyer = (await signedIn(t, 'buyer')).token;
    tokens.organiser = (await signedIn(t, 'organiser')).token;
    png = await sharp({ create: { width: 64, height: 48, channels: 3, background: '#2a9d8f' } })
      .png()
      .toBuffer();
  });
  afterAll(async () => {
    await t?.close();
  });

  /** Every booth route, each call on fresh targets so destructive ones can run for every caller. */
  const routes: { name: string; need: 'read' | 'edit'; call: (token?: string) => Promise<number> }[] = [
    {
      name: 'GET booth',
      need: 'read',
      call: async (k) => (await send('GET', `/booths/${boothId}`, k)).status,
    },
    {
      name: 'PATCH booth',
      need: 'edit',
      call: async (k) => (await send('PATCH', `/booths/${boothId}`, k, { theme: 'batik' })).status,
    },
    {
      name: 'POST logo',
      need: 'edit',
      call: async (k) => (await upload(`/booths/${boothId}/logo`, png, k)).status,
    },
    {
      name: 'DELETE logo',
      need: 'edit',
      call: async (k) => (await send('DELETE', `/booths/${boothId}/logo`, k)).status,
    },
    {
      name: 'GET products',
      need: 'read',
      call: async (k) => (await send('GET', `/booths/${boothId}/products`, k)).status,
    },
    {
      name: 'POST product',
      need: 'edit',
      call: async (k) =>
        (
          await send('POST', `/booths/${boothId}/products`, k, {
            category: 'makanan',
            name: { id: 'Kopi Arabika', en: 'Arabica Coffee' },
            priceRupiah: 85000,
            unit: 'kg',
          })
        ).status,
    },
    {
      name: 'POST order',
      need: 'edit',
      call: async (k) => {
        const ids = (
          await t.db.query<{ id: string }[]>('SELECT id FROM product WHERE booth_id = $1', [boothId])
        )
          .map((r) => r.id)
          .reverse();
        return (await send('POST', `/booths/${boothId}/products/order`, k, { ids })).status;
      },
    },
    {
      name: 'POST import (dry run)',
      need: 'edit',
      call: async (k) =>
        (
          await upload(
            `/booths/${boothId}/products/import`,
            Buffer.from('name_id,category,price_rupiah,unit\nTeh,minuman,5000,botol\n'),
            k,
            'p.csv',
          )
        ).status,
    },
    {
      name: 'PATCH product',
      need: 'edit',
      call: async (k) => (await send('PATCH', `/products/${await product()}`, k, { hidden: true })).status,
    },
    {
      name: 'DELETE product',
      need: 'edit',
      call: async (k) => (await send('DELETE', `/products/${await product()}`, k)).status,
    },
    {
      name: 'POST photo',
      need: 'edit',
      call: async (k) => (await upload(`/products/${await product()}/photo`, png, k)).status,
    },
    {
      name: 'DELETE photo',
      need: 'edit',
      call: async (k) => (await send('DELETE', `/products/${await product()}/photo`, k)).status,
    },
    {
      name: 'GET staff',
      need: 'read',
      call: async (k) => (await send('GET', `/booths/${boothId}/staff`, k)).status,
    },
    {
      name: 'POST invite',
      need: 'edit',
      call: async (k) =>
        (await send('POST', `/booths/${boothId}/staff/invites`, k, { note: 'kasir' })).status,
    },
    {
      name: 'DELETE invite',
      need: 'edit',
      call: async (k) => {
        const invite = await t.db.getRepository(StaffInviteEntity).save({
          exhibitorId,
          tokenHash: sha256(randomUUID()),
          expiresAt: new Date(Date.now() + 3_600_000),
        });
        return (await send('DELETE', `/booths/${boothId}/staff/invites/${invite.id}`, k)).status;
      },
    },
    {
      name: 'DELETE staff member',
      need: 'edit',
      call: async (k) => {
        const { user } = await signedIn(t, 'exhibitor', { exhibitorId });
        return (await send('DELETE', `/booths/${boothId}/staff/${user.id}`, k)).status;
      },
    },
    {
      name: 'GET leads',
      need: 'read',
      call: async (k) => (await send('GET', `/booths/${boothId}/leads`, k)).status,
    },
    {
      name: 'GET leads summary',
      need: 'read',
      call: async (k) => (await send('GET', `/booths/${boothId}/leads/summary`, k)).status,
    },
    {
      name: 'GET leads CSV',
      need: 'read',
      call: async (k) => (await send('GET', `/booths/${boothId}/leads/export.csv`, k)).status,
    },
  ];

  it.each(routes.map((r) => [r.name, r] as const))(
    '%s: owner and organisers yes, staff reads only, others no',
    async (_, route) => {
      const got: Record<string, number | 'ok'> = {};
      const want: Record<string, number | 'ok'> = {};
      for (const who of CALLERS) {
        const status = await route.call(tokens[who]);
        got[who] = status < 300 ? 'ok' : status;
        want[who] = expected(who, route.need);
      }
      expect(got).toEqual(want);
    },
  );

  it('keeps an exhibitor off another booth even through product ids', async () => {
    const [theirs] = await t.db.query<{ id: string }[]>('SELECT id FROM product WHERE booth_id = $1', [
      otherBoothId,
    ]);
    expect((await send('PATCH', `/products/${theirs.id}`, tokens.owner, { priceRupiah: 1 })).status).toBe(
      403,
    );
    expect((await send('GET', `/booths/${otherBoothId}/leads`, tokens.owner)).status).toBe(403);
    const unknown = randomUUID();
    expect((await send('GET', `/booths/${unknown}`, tokens.owner)).status).toBe(404);
    const ids = [theirs.id];
    expect(
      (await send('POST', `/booths/${boothId}/products/order`, tokens.owner, { ids })).body.fields[0].path,
    ).toBe('ids');
  });

  it('answers a malformed booth or product id as any id parameter does, and an unknown product with 404', async () => {
    const malformed = {
      statusCode: 400,
      error: 'Bad Request',
      message: 'Validation failed (uuid is expected)',
    };
    const calls: [string, string, unknown?][] = [
      ['GET', '/booths/not-a-uuid'],
      ['GET', '/booths/not-a-uuid/leads/summary'],
      ['DELETE', '/booths/not-a-uuid/staff/invites/also-not-a-uuid'],
      ['PATCH', '/products/not-a-uuid', { hidden: true }],
    ];
    for (const [method, path, body] of calls) {
      const res = await send(method, path, tokens.organiser, body);
      expect([path, res.status, res.body]).toEqual([path, 400, malformed]);
    }
    const unknown = await send('PATCH', `/products/${randomUUID()}`, tokens.owner, { hidden: true });
    expect([unknown.status, unknown.body.code, unknown.body.message]).toEqual([
      404,
      'not_found',
      'Product not found',
    ]);
  });

  it('applies, is rejected with a reason, corrects and resubmits, then is approved with a booth', async () => {
    const { token } = await signedIn(t, 'exhibitor');
    const application = {
      eventSlug: slug,
      name: 'Pondok Pesantren Al-Falah Uji',
      region: 'kabupaten-tasikmalaya',
      contactName: 'Ust. Hasan',
      whatsappNumber: '+6281311112222',
      category: 'kerajinan',
      description: { id: 'Kerajinan anyaman bambu dari santri.', en: '' },
    };
    const applied = await t.http.post('/api/exhibitors', application, token);
    expect(applied.status).toBe(201);
    expect((await send('GET', `/me?event=${slug}`, token)).body).toMatchObject({
      status: 'applied',
      role: 'owner',
      boothId: null,
    });
    await t.http.post(
      `/api/admin/exhibitors/${applied.body.id}/reject`,
      { reason: 'Foto produk kurang jelas' },
      tokens.organiser,
    );
    expect((await send('GET', `/me?event=${slug}`, token)).body).toMatchObject({
      status: 'rejected',
      statusReason: 'Foto produk kurang jelas',
    });

    const { eventSlug: _e, ...fields } = application;
    const bad = await send('POST', `/application?event=${slug}`, token, {
      ...fields,
      whatsappNumber: '0813',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.fields.map((f: { path: string }) => f.path)).toEqual(['whatsappNumber']);
    const again = await send('POST', `/application?event=${slug}`, token, {
      ...fields,
      description: { id: 'Anyaman bambu halus, sudah ekspor ke Malaysia.', en: '' },
    });
    expect(again.body).toMatchObject({ status: 'applied', statusReason: null });

    await t.http.post(`/api/admin/exhibitors/${applied.body.id}/approve`, undefined, tokens.organiser);
    const me = (await send('GET', `/me?event=${slug}`, token)).body;
    expect(me).toMatchObject({ status: 'approved', role: 'owner' });
    expect(me.boothId).toEqual(expect.any(String));
    expect((await send('POST', `/application?event=${slug}`, token, fields)).status).toBe(409);
    expect((await send('PATCH', `/booths/${me.boothId}`, token, { theme: 'kubah' })).status).toBe(200);
  });

  it('names the field of every validation error and writes nothing', async () => {
    const before = await t.db.getRepository(ProductEntity).count({ where: { boothId } });
    const res = await send('POST', `/booths/${boothId}/products`, tokens.owner, {
      category: 'makanan',
      name: { id: 'K', en: '' },
      priceRupiah: -5,
      unit: 'kg',
      whatsappNumber: '08123',
    });
    expect(res.status).toBe(400);
    expect(res.body.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'name.id',
      'priceRupiah',
      'whatsappNumber',
    ]);
    const theme = await send('PATCH', `/booths/${boothId}`, tokens.owner, {
      colour: '#000000',
      staffHours: { from: '16:00', to: '08:00' },
    });
    expect(theme.body.fields.map((f: { path: string }) => f.path).sort()).toEqual([
      'colour',
      'staffHours.to',
    ]);
    expect(await t.db.getRepository(ProductEntity).count({ where: { boothId } })).toBe(before);
  });

  it('edits, hides and reorders products; the public booth follows and open halls hear of it', async () => {
    const hall = await connectHall(t.url, { token: tokens.visitor, event: slug });
    try {
      const created = (
        await send('POST', `/booths/${boothId}/products`, tokens.owner, {
          category: 'minuman',
          name: { id: 'Kopi Gunung Halu', en: 'Gunung Halu Coffee' },
          description: { id: 'Arabika Jawa Barat', en: 'West Java arabica' },
          priceRupiah: 120000,
          unit: 'kg',
          minOrder: 5,
          monthlyCapacity: 300,
          halalNumber: 'ID32110000999990820',
          pirtNumber: null,
          bpomNumber: 'MD 123456789012',
          exportReady: true,
          whatsappNumber: '+6285712345678',
        })
      ).body;
      expect(created).toMatchObject({
        priceRupiah: 120000,
        exportReady: true,
        whatsappOverride: '+6285712345678',
        hidden: false,
      });
      const changed = next(hall, 'booth:changed', (p) => (p.booth as { id: string }).id === boothId);
      await send('PATCH', `/booths/${boothId}`, tokens.owner, {
        colour: '#33658a',
        theme: 'bambu',
        staffHours: { from: '08:00', to: '16:00' },
        description: {
          id: 'Pesantren dengan kopi dan makanan ringan.',
          en: 'A pesantren of coffee and snacks.',
        },
      });
      expect(((await changed).booth as { colour: string }).colour).toBe('#33658a');

      await send('PATCH', `/products/${created.id}`, tokens.owner, { hidden: true });
      const pub = (await t.http.get(`/api/booths/${boothId}`)).body;
      expect(pub.products.map((p: { id: string }) => p.id)).not.toContain(created.id);
      expect(pub.description.en).toBe('A pesantren of coffee and snacks.');
      const own = (await send('GET', `/booths/${boothId}/products`, tokens.staff)).body;
      expect(own.find((p: { id: string }) => p.id === created.id).hidden).toBe(true);

      await send('PATCH', `/products/${created.id}`, tokens.owner, { hidden: false });
      const ids = own.map((p: { id: string }) => p.id);
      const order = [created.id, ...ids.filter((id: string) => id !== created.id)];
      await send('POST', `/booths/${boothId}/products/order`, tokens.owner, { ids: order });
      expect((await t.http.get(`/api/booths/${boothId}`)).body.products[0].id).toBe(created.id);
    } finally {
      hall.close();
    }
  });
});
