import { EventEntity } from '../../src/modules/events/event.entity';
import { FairFactory } from '../factories/fair.factory';
import { bareAccount } from '../factories/user.factory';
import { createApp, TestApp } from '../support/create-app';

jest.setTimeout(60_000);

const THREE = [
  { key: 'documents', name: { id: 'Tahap I: dokumen', en: 'Stage I: documents' } },
  { key: 'visit', name: { id: 'Tahap II: kunjungan', en: 'Stage II: site visit' } },
  { key: 'curation', name: { id: 'Tahap III: kurasi', en: 'Stage III: curation' } },
];

/**
 * A fair's audition stages are its own (docs/decisions/0035-fair-gaps.md, docs/security.md "Audition"): fair
 * A's organiser reads and changes fair A's stages only; A's list decides A's applications and leaves B's
 * alone; a clone takes its source's stages; stages already decided at keep their keys and order.
 */
describe("security: an organiser edits their own fair's audition stages only (real PostgreSQL)", () => {
  let t: TestApp;
  let a: EventEntity;
  let b: EventEntity;
  let orgA: string;
  let orgB: string;

  const organiserOf = async (event: EventEntity) => {
    const account = await bareAccount(t, 'organiser');
    await t.db.query(`INSERT INTO membership (user_id, event_id, role) VALUES ($1, $2, 'organiser')`, [
      account.user.id,
      event.id,
    ]);
    return account.token;
  };
  const stagesOf = (slug: string, token: string) =>
    t.http.get(`/api/admin/events/${slug}/audition/stages`, token);
  const setStages = (slug: string, token: string, items: unknown) =>
    t.http.request('PUT', `/api/admin/events/${slug}/audition/stages`, { token, body: { items } });
  const review = (id: string, token: string, body: object) =>
    t.http.post(`/api/admin/exhibitors/${id}/review`, body, token);

  beforeAll(async () => {
    t = await createApp();
    a = await FairFactory.event(t.db, 'stages-a');
    b = await FairFactory.event(t.db, 'stages-b');
    orgA = await organiserOf(a);
    orgB = await organiserOf(b);
  });
  afterAll(() => t?.close());

  it("A's organiser can neither read nor change B's stages", async () => {
    expect((await stagesOf(b.slug, orgA)).status).toBe(403);
    expect((await setStages(b.slug, orgA, THREE)).status).toBe(403);
    const ofB = await stagesOf(b.slug, orgB);
    expect(ofB.status).toBe(200);
    expect(ofB.body.items.map((s: { key: string }) => s.key)).toEqual(['documents', 'curation']);
  });

  it("A's own list decides A's applications; B's keep B's list", async () => {
    const set = await setStages(a.slug, orgA, THREE);
    expect(set.status).toBe(200);
    expect((await stagesOf(a.slug, orgA)).body.items).toEqual(THREE);

    const ofA = (await FairFactory.exhibitor(t.db, a.id)).id;
    expect((await review(ofA, orgA, { stage: 'documents', decision: 'pass' })).body.stage).toBe('visit');
    expect((await review(ofA, orgA, { stage: 'visit', decision: 'pass' })).body.stage).toBe('curation');
    const approved = await review(ofA, orgA, { stage: 'curation', decision: 'pass' });
    expect(approved.body).toMatchObject({ status: 'approved', stage: 'curation' });

    const ofB = (await FairFactory.exhibitor(t.db, b.id)).id;
    expect((await review(ofB, orgB, { stage: 'visit', decision: 'pass' })).body.code).toBe('wrong_stage');
    expect((await review(ofB, orgB, { stage: 'documents', decision: 'pass' })).body.stage).toBe('curation');
  });

  it('stages decided at keep their keys and order; their names may change', async () => {
    const swapped = [THREE[1], THREE[0], THREE[2]];
    expect((await setStages(a.slug, orgA, swapped)).status).toBe(409);
    expect((await setStages(a.slug, orgA, THREE.slice(1))).status).toBe(409);
    const renamed = [{ ...THREE[0], name: { id: 'Berkas', en: 'Papers' } }, ...THREE.slice(1)];
    expect((await setStages(a.slug, orgA, [...renamed, THREE[2]])).status).toBe(400);
    expect((await setStages(a.slug, orgA, renamed)).status).toBe(200);
  });

  it("a clone of A takes A's stages", async () => {
    const cloned = await t.http.post(
      `/api/admin/events/${a.slug}/clone`,
      {
        slug: 'stages-a-next',
        nameId: 'Pameran A berikutnya',
        nameEn: 'Fair A next',
        startsOn: '2027-03-01',
      },
      orgA,
    );
    expect(cloned.status).toBe(201);
    const copied = async () =>
      (await stagesOf('stages-a-next', orgA)).body.items.map((s: { key: string }) => s.key);
    // The copy follows the clone's commit (a listener), so it may take a moment.
    for (let i = 0; i < 50 && (await copied()).length !== 3; i++) await new Promise((r) => setTimeout(r, 50));
    expect(await copied()).toEqual(['documents', 'visit', 'curation']);
  });
});
