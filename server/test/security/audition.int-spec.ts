import { createApp, TestApp } from '../support/create-app';
import { FairFactory } from '../factories/fair.factory';
import { signedIn } from '../factories/user.factory';

/**
 * The audition acts in one fair (docs/decisions/0025-many-fairs.md, 0028-audition-stages.md): an organiser
 * of fair A can neither read nor decide fair B's applications, and a returning application can only copy an
 * exhibitor its caller is on the team of.
 */
describe('audition: one fair at a time, and only your own pesantren', () => {
  let t: TestApp;
  let fairA: string;
  let fairB: string;
  let organiserOfA: string;

  beforeAll(async () => {
    t = await createApp();
    fairA = (await FairFactory.event(t.db, 'fair-a')).id;
    // The organiser is created while only fair A exists, so they organise A alone.
    organiserOfA = (await signedIn(t, 'organiser')).token;
    fairB = (await FairFactory.event(t.db, 'fair-b')).id;
  });
  afterAll(() => t?.close());

  it("an organiser of fair A cannot list, review, approve, reject or bulk-decide fair B's applications", async () => {
    const ofB = (await FairFactory.exhibitor(t.db, fairB)).id;
    const ofA = (await FairFactory.exhibitor(t.db, fairA)).id;
    const as = organiserOfA;
    expect((await t.http.get('/api/admin/exhibitors?event=fair-b', as)).status).toBe(403);
    expect((await t.http.get(`/api/admin/exhibitors/${ofB}/products`, as)).status).toBe(403);
    for (const [path, body] of [
      [`/api/admin/exhibitors/${ofB}/review`, { stage: 'documents', decision: 'pass', note: 'x' }],
      [`/api/admin/exhibitors/${ofB}/approve`, undefined],
      [`/api/admin/exhibitors/${ofB}/reject`, { reason: 'tidak lengkap' }],
    ] as const) {
      expect([path, (await t.http.post(path, body, as)).status]).toEqual([path, 403]);
    }
    // Bulk in their own fair, naming B's application among A's: B's is answered as missing, A's is decided.
    const mixed = await t.http.post(
      '/api/admin/exhibitors/bulk?event=fair-a',
      { action: 'approve', ids: [ofB, ofA] },
      as,
    );
    expect(mixed.body.results).toMatchObject([
      { id: ofB, ok: false, error: { code: 'not_found' } },
      { id: ofA, ok: true },
    ]);
    const [b] = await t.db.query('SELECT status FROM exhibitor WHERE id = $1', [ofB]);
    expect(b.status).toBe('applied');
    const reviews = await t.db.query('SELECT 1 FROM audition_review WHERE exhibitor_id = $1', [ofB]);
    expect(reviews).toHaveLength(0);
  });

  it('staff cannot start a returning application from an exhibitor they are not staff or owner of', async () => {
    const mine = await FairFactory.booth(t.db, fairA, { slot: 1 });
    const other = await FairFactory.booth(t.db, fairA, { slot: 2 });
    const staff = await signedIn(t, 'exhibitor', { exhibitorId: mine.exhibitor.id });
    const visitor = await signedIn(t, 'visitor');
    for (const who of [staff, visitor]) {
      const res = await t.http.post(
        '/api/backoffice/application/reuse',
        { event: 'fair-b', fromExhibitorId: other.exhibitor.id },
        who.token,
      );
      expect(res).toMatchObject({ status: 403, body: { code: 'not_your_exhibitor' } });
    }
    const copies = await t.db.query('SELECT 1 FROM exhibitor WHERE event_id = $1 AND name = $2', [
      fairB,
      other.exhibitor.name,
    ]);
    expect(copies).toHaveLength(0);
  });
});
