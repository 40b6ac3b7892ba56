import { EXHIBITOR_IMPORT_COLUMNS } from '@pameran/contracts';
import { parseCsv } from '../src/modules/imports/csv';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { signedIn } from './factories/user.factory';
import { createApp, TestApp } from './support/create-app';
import { connectHall, next } from './support/hall-client';

const SLUG = 'report-fair';

/** Parse a CSV download: BOM, header and rows all of the header's width. */
function table(text: string) {
  const [head, ...rows] = parseCsv(text.replace(/^\ufeff/, '')).records.map((r) => r.cells);
  for (const r of rows) expect(r).toHaveLength(head.length);
  return { head, rows };
}

describe('console reports, audition bulk actions and the exhibitor import (real PostgreSQL)', () => {
  let t: TestApp;
  let eventId: string;
  let organiser: { token: string };

  const upload = (csv: string, dryRun: boolean, token = organiser.token) => {
    const form = new FormData();
    form.append('file', new Blob([csv], { type: 'text/csv' }), 'pesantren.csv');
    return fetch(`${t.url}/api/admin/console/${SLUG}/exhibitors/import?dryRun=${dryRun}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}` },
      body: form,
    }).then(async (r) => ({ status: r.status, body: (await r.json()) as any }));
  };
  const count = async (sql: string) => Number((await t.db.query(sql, [eventId]))[0].n);

  beforeAll(async () => {
    t = await createApp();
    eventId = (await FairFactory.event(t.db, SLUG)).id;
    organiser = await signedIn(t, 'organiser');
  });
  afterAll(async () => t?.close());

  it('exports valid CSV with the expected columns, quoted and guarded against formula injection', async () => {
    const x = await MatchingFactory.exhibitor(t, eventId);
    await t.db.query(`UPDATE exhibitor SET name = $1 WHERE id = $2`, [
      '=HYPERLINK("http://evil","klik"), "Al-Ikhlas"',
      x.exhibitor.id,
    ]);
    const buyer = await MatchingFactory.buyer(t, 'JP');
    const deal = await t.http.post(
      '/api/deals',
      { exhibitorId: x.exhibitor.id, value: 21_020_000, status: 'loi', note: 'LoI 12/XII' },
      buyer.token,
    );
    expect(deal.status).toBe(201);

    const get = (kind: string, token = organiser.token) =>
      t.http.get(`/api/events/${SLUG}/report/${kind}.csv`, token);
    const expected: Record<string, string[]> = {
      exhibitors: [
        'exhibitor_id',
        'name',
        'region',
        'category',
        'status',
        'status_reason',
        'contact_name',
        'whatsapp_number',
        'booth_id',
        'booth_slot',
        'products',
        'applied_wib',
      ],
      products: [
        'product_id',
        'exhibitor_name',
        'region',
        'name_id',
        'name_en',
        'category',
        'price_rupiah',
        'unit',
        'min_order',
        'monthly_capacity',
        'halal_number',
        'pirt_number',
        'bpom_number',
        'export_ready',
        'hidden',
      ],
      leads: [
        'booth_id',
        'exhibitor_name',
        'category',
        'region',
        'visits',
        'unique_visitors',
        'chat_messages',
        'whatsapp_clicks',
        'meetings_held',
        'deals_value_rupiah',
      ],
      meetings: [
        'meeting_id',
        'starts_wib',
        'ends_wib',
        'mode',
        'table',
        'status',
        'attended',
        'exhibitor_name',
        'buyers',
        'buyer_companies',
        'buyer_countries',
      ],
      deals: [
        'deal_id',
        'recorded_wib',
        'confirmed_wib',
        'exhibitor_name',
        'category',
        'region',
        'buyer_name',
        'buyer_company',
        'buyer_country',
        'status',
        'value_rupiah',
        'verification',
        'meeting_id',
      ],
    };
    for (const [kind, columns] of Object.entries(expected)) {
      const res = await get(kind);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      expect(res.headers.get('content-disposition')).toContain(`${SLUG}-${kind}.csv`);
      expect(table(res.body).head).toEqual(columns);
    }
    const raw = await fetch(`${t.url}/api/events/${SLUG}/report/exhibitors.csv`, {
      headers: { authorization: `Bearer ${organiser.token}` },
    });
    expect([...new Uint8Array(await raw.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
    const exhibitors = await get('exhibitors');
    // Quoted (comma and quotes inside) and guarded: the cell starts with an apostrophe, not "=".
    expect(exhibitors.body).toContain(`"'=HYPERLINK(""http://evil"",""klik""), ""Al-Ikhlas"""`);
    const row = table(exhibitors.body).rows[0];
    expect(row[1]).toBe(`'=HYPERLINK("http://evil","klik"), "Al-Ikhlas"`);
    expect(row[7]).toBe("'+6281234567890");
    const deals = table((await get('deals')).body);
    expect(deals.rows[0][deals.head.indexOf('value_rupiah')]).toBe('21020000');
    expect(deals.rows[0][deals.head.indexOf('buyer_country')]).toBe('JP');
    expect(deals.rows[0][deals.head.indexOf('verification')]).toBe('claimed');
    // The exhibitor's own slice: their deal, nobody else's.
    const other = await MatchingFactory.exhibitor(t, eventId, { slot: 1 });
    const mine = table((await t.http.get(`/api/events/${SLUG}/report/mine/deals.csv`, x.staff.token)).body);
    expect(mine.rows).toHaveLength(1);
    const theirs = table(
      (await t.http.get(`/api/events/${SLUG}/report/mine/deals.csv`, other.staff.token)).body,
    );
    expect(theirs.rows).toHaveLength(0);
    for (const kind of ['visitors', 'leads', 'meetings'])
      expect((await t.http.get(`/api/events/${SLUG}/report/mine/${kind}.csv`, x.staff.token)).status).toBe(
        200,
      );

    const summary = await t.http.get(`/api/events/${SLUG}/report/summary`, organiser.token);
    expect(summary.body).toMatchObject({ booths: 2, deals: { total: 0, count: 0 } }); // the deal is not confirmed
  });

  it('approves and rejects in bulk, tells open halls about new booths and records every decision', async () => {
    const applicants = await Promise.all(
      ['minuman', 'minuman', 'kerajinan'].map((category) =>
        FairFactory.exhibitor(t.db, eventId, { category: category as 'minuman' }),
      ),
    );
    const visitor = await signedIn(t, 'visitor');
    const hall = await connectHall(t.url, { token: visitor.token, event: SLUG });
    const seen = next(
      hall,
      'booth:changed',
      (p) => (p.booth as { exhibitorId: string }).exhibitorId === applicants[0].id,
    );
    const approve = await t.http.post(
      `/api/admin/exhibitors/bulk?event=${SLUG}`,
      { action: 'approve', ids: [applicants[0].id, applicants[1].id] },
      organiser.token,
    );
    expect(approve.status).toBe(200);
    expect(approve.body.results.map((r: { ok: boolean }) => r.ok)).toEqual([true, true]);
    const booth = (await seen).booth as { category: string; position: { x: number } };
    expect(booth.category).toBe('minuman');
    hall.close();
    const noReason = await t.http.post(
      `/api/admin/exhibitors/bulk?event=${SLUG}`,
      { action: 'reject', ids: [applicants[2].id] },
      organiser.token,
    );
    expect(noReason.status).toBe(400);
    expect(noReason.body.fields[0].path).toBe('reason');
    const reject = await t.http.post(
      `/api/admin/exhibitors/bulk?event=${SLUG}`,
      {
        action: 'reject',
        ids: [applicants[2].id, applicants[0].id],
        reason: 'Produk belum bersertifikat halal',
      },
      organiser.token,
    );
    expect(reject.body.results).toMatchObject([
      { ok: true, exhibitor: { status: 'rejected', statusReason: 'Produk belum bersertifikat halal' } },
      { ok: false, error: { code: 'already_decided' } },
    ]);
    const filtered = await t.http.get(
      `/api/admin/exhibitors?event=${SLUG}&status=rejected&category=kerajinan`,
      organiser.token,
    );
    expect(filtered.body.items.map((e: { id: string }) => e.id)).toEqual([applicants[2].id]);
    const audit = await t.http.get(`/api/admin/audit?event=${SLUG}&q=exhibitor.approve`, organiser.token);
    expect(audit.body.total).toBe(2);
    expect(audit.body.items[0]).toMatchObject({ action: 'exhibitor.approve', entityType: 'exhibitor' });
    const byReason = await t.http.get(`/api/admin/audit?event=${SLUG}&q=bersertifikat`, organiser.token);
    expect(byReason.body.items.map((a: { entityId: string }) => a.entityId)).toEqual([applicants[2].id]);
  });

  it('imports pesantren with their products: a dry run reports every bad row and writes nothing; a clean file imports all', async () => {
    const head = EXHIBITOR_IMPORT_COLUMNS.join(',');
    const line = (values: Partial<Record<(typeof EXHIBITOR_IMPORT_COLUMNS)[number], string>>) =>
      EXHIBITOR_IMPORT_COLUMNS.map((c) => values[c] ?? '').join(',');
    const first = {
      exhibitor_name: 'Pondok Pesantren Al-Falah',
      exhibitor_region: 'Kabupaten Garut',
      exhibitor_contact: 'Ust. Ahmad',
      exhibitor_whatsapp: '0812 3456 7890',
      exhibitor_category: 'makanan',
      exhibitor_description_id: 'Pesantren dengan usaha keripik dan dodol.',
      name_id: 'Dodol Garut',
      category: 'makanan',
      price_rupiah: '25.000',
      unit: 'kotak',
    };
    const good = [
      head,
      line(first),
      line({
        exhibitor_name: 'Pondok Pesantren Al-Falah',
        name_id: 'Keripik Pisang',
        category: 'makanan',
        price_rupiah: '15000',
        unit: 'pak',
      }),
      line({
        ...first,
        exhibitor_name: 'Pesantren Darul Ulum',
        exhibitor_category: 'minuman',
        exhibitor_region: 'kota-bandung',
        name_id: 'Kopi Arabika',
        category: 'minuman',
        price_rupiah: '90000',
        unit: 'kg',
      }),
    ];
    const bad = [
      ...good,
      line({
        ...first,
        exhibitor_region: 'Jakarta',
        name_id: 'Rengginang',
        category: 'makanan',
        price_rupiah: 'murah',
        unit: 'pak',
      }),
      line({
        exhibitor_name: 'Pesantren Baru',
        name_id: 'Teh',
        category: 'minuman',
        price_rupiah: '1',
        unit: 'pak',
      }),
    ];
    const before = await count('SELECT count(*) AS n FROM exhibitor WHERE event_id = $1');
    const dry = await upload(bad.join('\r\n'), true);
    expect(dry.status).toBe(200);
    expect(dry.body).toMatchObject({ dryRun: true, rows: 5, imported: 0 });
    const issues = dry.body.errors.map((e: { line: number; field: string }) => `${e.line}:${e.field}`);
    expect(issues).toEqual(
      expect.arrayContaining([
        '5:exhibitor_region',
        '5:price_rupiah',
        '6:exhibitor_region',
        '6:exhibitor_contact',
      ]),
    );
    const refused = await upload(bad.join('\r\n'), false);
    expect(refused.status).toBe(422);
    expect(await count('SELECT count(*) AS n FROM exhibitor WHERE event_id = $1')).toBe(before);

    const ok = await upload(good.join('\r\n'), false);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ dryRun: false, rows: 3, valid: 3, imported: 5, errors: [] });
    const rows = await t.db.query(
      `SELECT e.name, e.status, e.whatsapp_number, b.zone, (SELECT count(*)::int FROM product p WHERE p.booth_id = b.id) AS products
         FROM exhibitor e JOIN booth b ON b.exhibitor_id = e.id WHERE e.event_id = $1 AND e.name IN ('Pesantren Darul Ulum', 'Pondok Pesantren Al-Falah') ORDER BY e.name`,
      [eventId],
    );
    expect(rows).toEqual([
      {
        name: 'Pesantren Darul Ulum',
        status: 'approved',
        whatsapp_number: '+6281234567890',
        zone: 'minuman',
        products: 1,
      },
      {
        name: 'Pondok Pesantren Al-Falah',
        status: 'approved',
        whatsapp_number: '+6281234567890',
        zone: 'makanan',
        products: 2,
      },
    ]);
    // The same file again: every pesantren is already there, and nothing more is written.
    const again = await upload(good.join('\r\n'), true);
    expect(again.body.errors.map((e: { reason: string }) => e.reason)).toEqual([
      'this pesantren is already in the event',
      'this pesantren is already in the event',
    ]);
  });
});
