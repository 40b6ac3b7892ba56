import type { AuditionApplication } from '@pameran/contracts';
import { createApp, TestApp } from './support/create-app';
import { FairFactory } from './factories/fair.factory';
import { signedIn } from './factories/user.factory';

/**
 * The audition in stages and returning pesantren (docs/decisions/0028-audition-stages.md), over HTTP on a
 * real database: two fairs, last year's (ended) and this year's.
 */
describe('audition stages and returning pesantren', () => {
  let t: TestApp;
  let lastYear: string;
  let thisYear: string;
  let organiser: string;
  const NOW = 'opop-2021';

  const review = (id: string, body: object) =>
    t.http.post(`/api/admin/exhibitors/${id}/review`, body, organiser);
  const bulk = (body: object) => t.http.post(`/api/admin/exhibitors/bulk?event=${NOW}`, body, organiser);
  const listed = async (query: string): Promise<AuditionApplication[]> => {
    const res = await t.http.get(`/api/admin/exhibitors?event=${NOW}&limit=100&${query}`, organiser);
    expect(res.status).toBe(200);
    return res.body.items;
  };
  const applicant = async () => (await FairFactory.exhibitor(t.db, thisYear)).id;

  beforeAll(async () => {
    t = await createApp();
    lastYear = (await FairFactory.event(t.db, 'opop-2020')).id;
    await t.db.query(`UPDATE event SET starts_on = '2020-12-05', ends_on = '2020-12-07' WHERE id = $1`, [
      lastYear,
    ]);
    thisYear = (await FairFactory.event(t.db, NOW)).id;
    organiser = (await signedIn(t, 'organiser', { displayName: 'Panitia OPOP' })).token;
  });
  afterAll(() => t?.close());

  it('passes the stages in order, keeping each note, and approving at stage II places the booth', async () => {
    const id = await applicant();
    expect((await listed('stage=documents')).find((e) => e.id === id)).toMatchObject({
      stage: 'documents',
      reviews: [],
      returning: null,
    });
    const early = await review(id, { stage: 'curation', decision: 'pass' });
    expect(early).toMatchObject({ status: 409, body: { code: 'wrong_stage' } });

    const one = await review(id, { stage: 'documents', decision: 'pass', note: 'Dokumen lengkap' });
    expect(one.status).toBe(200);
    expect(one.body).toMatchObject({
      status: 'applied',
      stage: 'curation',
      reviews: [{ stage: 'documents', decision: 'passed', note: 'Dokumen lengkap', byName: 'Panitia OPOP' }],
    });
    const again = await review(id, { stage: 'documents', decision: 'pass' });
    expect(again).toMatchObject({ status: 409, body: { code: 'wrong_stage' } });
    expect((await listed('stage=documents')).map((e) => e.id)).not.toContain(id);
    expect((await listed('stage=curation')).map((e) => e.id)).toContain(id);

    const two = await review(id, { stage: 'curation', decision: 'pass', note: 'Produk unggulan daerah' });
    expect(two.body).toMatchObject({ status: 'approved', stage: 'curation', boothId: expect.any(String) });
    expect(two.body.reviews.map((r: { note: string }) => r.note)).toEqual([
      'Dokumen lengkap',
      'Produk unggulan daerah',
    ]);
    const [booth] = await t.db.query('SELECT id FROM booth WHERE exhibitor_id = $1', [id]);
    expect(booth.id).toBe(two.body.boothId);
    const audit = await t.http.get(`/api/admin/audit?event=${NOW}&q=exhibitor.pass_stage`, organiser);
    expect(audit.body.items.map((a: { entityId: string }) => a.entityId)).toContain(id);
    const fairs = await t.db.query('SELECT DISTINCT action, event_id FROM audit_log WHERE entity_id = $1', [
      id,
    ]);
    expect(fairs).toEqual(
      expect.arrayContaining([
        { action: 'exhibitor.pass_stage', event_id: thisYear },
        { action: 'exhibitor.approve', event_id: thisYear },
      ]),
    );
  });

  it('rejects at stage II with a reason; the stage I note stays and the rejection is at stage II', async () => {
    const id = await applicant();
    await review(id, { stage: 'documents', decision: 'pass', note: 'Sertifikat halal ada' });
    const noReason = await review(id, { stage: 'curation', decision: 'reject' });
    expect(noReason.status).toBe(400);
    const rejected = await review(id, {
      stage: 'curation',
      decision: 'reject',
      note: 'Kemasan belum siap ekspor',
      reason: 'Kemasan perlu diperbaiki',
    });
    expect(rejected.body).toMatchObject({
      status: 'rejected',
      statusReason: 'Kemasan perlu diperbaiki',
      stage: 'curation',
      reviews: [
        { stage: 'documents', decision: 'passed', note: 'Sertifikat halal ada' },
        { stage: 'curation', decision: 'rejected', note: 'Kemasan belum siap ekspor' },
      ],
    });
    expect((await listed('status=rejected&stage=curation')).map((e) => e.id)).toContain(id);
  });

  it('a corrected application comes back at the stage it was rejected at, its history kept', async () => {
    const owner = await signedIn(t, 'exhibitor');
    const fields = {
      name: 'Pondok Pesantren Koreksi',
      region: 'kabupaten-garut',
      contactName: 'Ust. Hasan',
      whatsappNumber: '+6281311112222',
      category: 'kerajinan',
      description: { id: 'Anyaman bambu.', en: '' },
    };
    const applied = await t.http.post('/api/exhibitors', { eventSlug: NOW, ...fields }, owner.token);
    const id = applied.body.id as string;
    await review(id, { stage: 'documents', decision: 'pass', note: 'Berkas lengkap' });
    await review(id, { stage: 'curation', decision: 'reject', reason: 'Foto produk kurang jelas' });
    const again = await t.http.post(`/api/backoffice/application?event=${NOW}`, fields, owner.token);
    expect(again.body).toMatchObject({ status: 'applied' });
    const [row] = (await listed('stage=curation&status=applied')).filter((e) => e.id === id);
    expect(row.reviews.map((r) => r.decision)).toEqual(['passed', 'rejected']);
    const approved = await review(id, { stage: 'curation', decision: 'pass' });
    expect(approved.body).toMatchObject({ status: 'approved', boothId: expect.any(String) });
  });

  it('decides in bulk per stage: only the applications at that stage move', async () => {
    const [a, b, c] = [await applicant(), await applicant(), await applicant()];
    await review(c, { stage: 'documents', decision: 'pass' });
    expect((await bulk({ action: 'pass', ids: [a] })).status).toBe(400); // a pass names its stage
    const first = await bulk({ action: 'pass', stage: 'documents', ids: [a, b, c], note: 'Berkas lengkap' });
    expect(first.status).toBe(200);
    expect(first.body.results).toMatchObject([
      { id: a, ok: true },
      { id: b, ok: true },
      { id: c, ok: false, error: { code: 'wrong_stage' } },
    ]);
    const second = await bulk({ action: 'pass', stage: 'curation', ids: [a, c] });
    expect(second.body.results).toMatchObject([
      { id: a, ok: true, exhibitor: { status: 'approved', boothId: expect.any(String) } },
      { id: c, ok: true, exhibitor: { status: 'approved', boothId: expect.any(String) } },
    ]);
    const [atB] = (await listed('status=applied')).filter((e) => e.id === b);
    expect(atB).toMatchObject({ stage: 'curation', reviews: [{ note: 'Berkas lengkap' }] });
  });

  it("reuses last year's profile and products, flags them for review and carries them onto the new booth", async () => {
    const prior = await FairFactory.booth(t.db, lastYear, { products: 3 });
    await t.db.query(
      `UPDATE exhibitor SET colour = '#123456', theme = 'batik', logo_key = $2 WHERE id = $1`,
      [prior.exhibitor.id, 'a'.repeat(32)],
    );
    // Product 0 as the 2020 fair showed it, product 1 edited since, product 2 added since.
    const [p0, p1] = prior.products;
    await t.db.query(
      `UPDATE product SET created_at = '2020-12-01', updated_at = '2020-12-01' WHERE id = $1`,
      [p0.id],
    );
    await t.db.query(`UPDATE product SET created_at = '2020-12-01', updated_at = now() WHERE id = $1`, [
      p1.id,
    ]);
    const staff = await signedIn(t, 'exhibitor', { exhibitorId: prior.exhibitor.id });

    const reused = await t.http.post(
      '/api/backoffice/application/reuse',
      { event: NOW, fromExhibitorId: prior.exhibitor.id },
      staff.token,
    );
    expect(reused.status).toBe(201);
    expect(reused.body).toMatchObject({
      name: prior.exhibitor.name,
      region: prior.exhibitor.region,
      category: prior.exhibitor.category,
      description: { id: prior.exhibitor.descriptionId, en: prior.exhibitor.descriptionEn },
      status: 'applied',
      eventId: thisYear,
      returningFrom: prior.exhibitor.id,
      products: 3,
    });
    const id = reused.body.id as string;
    const [copy] = await t.db.query(
      'SELECT colour, theme, logo_key, owner_user_id FROM exhibitor WHERE id = $1',
      [id],
    );
    expect(copy).toEqual({
      colour: '#123456',
      theme: 'batik',
      logo_key: 'a'.repeat(32),
      owner_user_id: staff.user.id,
    });
    const memberships = await t.db.query(
      `SELECT exhibitor_id FROM membership WHERE user_id = $1 AND event_id = $2 AND role = 'exhibitor'`,
      [staff.user.id, thisYear],
    );
    expect(memberships).toEqual([{ exhibitor_id: id }]);
    const [audited] = await t.db.query(`SELECT event_id FROM audit_log WHERE action = 'exhibitor.reuse'`);
    expect(audited.event_id).toBe(thisYear);

    const [row] = (await listed('stage=documents')).filter((e) => e.id === id);
    expect(row.returning).toMatchObject({
      exhibitorId: prior.exhibitor.id,
      eventSlug: 'opop-2020',
      eventName: { id: 'Pameran Uji' },
      products: { total: 3, new: 1, changed: 1, needsReview: 3 },
    });
    const products = await t.http.get(`/api/admin/exhibitors/${id}/products`, organiser);
    expect(products.body.items).toMatchObject([
      { sourceProductId: p0.id, change: 'same', needsReview: true, name: { id: p0.nameId } },
      { sourceProductId: p1.id, change: 'changed', needsReview: true },
      { change: 'new', needsReview: true },
    ]);

    const twice = await t.http.post(
      '/api/backoffice/application/reuse',
      { event: NOW, fromExhibitorId: prior.exhibitor.id },
      staff.token,
    );
    expect(twice).toMatchObject({ status: 409, body: { code: 'already_exhibitor' } });

    await review(id, { stage: 'documents', decision: 'pass' });
    const approved = await review(id, { stage: 'curation', decision: 'pass' });
    const onBooth = await t.db.query('SELECT name_id FROM product WHERE booth_id = $1 ORDER BY sort_order', [
      approved.body.boothId,
    ]);
    expect(onBooth.map((p: { name_id: string }) => p.name_id)).toEqual(prior.products.map((p) => p.nameId));
    const after = await t.http.get(`/api/admin/exhibitors/${id}/products`, organiser);
    expect(after.body.items.every((p: { needsReview: boolean }) => !p.needsReview)).toBe(true);
  });

  it("refuses to reuse someone else's exhibitor, and a profile into its own fair", async () => {
    const mine = await FairFactory.booth(t.db, lastYear, { slot: 5 });
    const theirs = await FairFactory.booth(t.db, lastYear, { slot: 6 });
    const staff = await signedIn(t, 'exhibitor', { exhibitorId: mine.exhibitor.id });
    const reuse = (fromExhibitorId: string, event = NOW) =>
      t.http.post('/api/backoffice/application/reuse', { event, fromExhibitorId }, staff.token);

    expect(await reuse(theirs.exhibitor.id)).toMatchObject({
      status: 403,
      body: { code: 'not_your_exhibitor' },
    });
    expect(await reuse('00000000-0000-4000-8000-000000000000')).toMatchObject({
      status: 403,
      body: { code: 'not_your_exhibitor' },
    });
    expect(await reuse(mine.exhibitor.id, 'opop-2020')).toMatchObject({
      status: 409,
      body: { code: 'same_fair' },
    });
    const [{ n }] = await t.db.query(
      'SELECT count(*)::int AS n FROM exhibitor WHERE event_id = $1 AND name = $2',
      [thisYear, theirs.exhibitor.name],
    );
    expect(n).toBe(0);
  });
});
