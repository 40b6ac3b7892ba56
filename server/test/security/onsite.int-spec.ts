import { EventEntity } from '../../src/modules/events/event.entity';
import { ScheduleClock } from '../../src/modules/events/schedule-clock';
import { LeadEntity } from '../../src/modules/leads/lead.entity';
import { BadgeTokens } from '../../src/modules/onsite/badge-tokens';
import { fromBase32, toBase32 } from '../../src/modules/onsite/crockford';
import { FairFactory } from '../factories/fair.factory';
import { MatchingFactory } from '../factories/matching.factory';
import { createApp, TestApp } from '../support/create-app';

jest.setTimeout(60_000);

const SLUG = 'badge-fair';

/**
 * Abuse cases against badges and QR sheets (docs/security.md, "On site, by QR"): a badge that was never
 * issued, another fair's, an old one, one the owner withdrew; scans by people who do not staff the booth;
 * the organiser's sheets fetched by others.
 */
describe('security: badges and QR sheets (real PostgreSQL)', () => {
  let t: TestApp;
  let event: EventEntity;
  let booth: { id: string };
  let staff: string;

  beforeAll(async () => {
    t = await createApp();
    event = await FairFactory.event(t.db, SLUG);
    const ex = await MatchingFactory.exhibitor(t, event.id);
    booth = ex.booth;
    staff = ex.staff.token;
  });
  afterEach(() => t.app.get(ScheduleClock).freeze(undefined));
  afterAll(() => t.close());

  const visitor = async () => {
    const v = await MatchingFactory.person(t, 'visitor');
    const badge = await t.http.get(`/api/events/${SLUG}/badge`, v.token);
    expect(badge.status).toBe(200);
    return { ...v, code: badge.body.code as string };
  };
  const scan = (code: string, token = staff, boothId = booth.id) =>
    t.http.post(`/api/backoffice/booths/${boothId}/leads/badge`, { code, note: 'x', score: 5 }, token);
  const badgeLeads = () => t.db.getRepository(LeadEntity).countBy({ boothId: booth.id, kind: 'badge' });

  it('a forged badge (a changed signature, or a code made from a bare account id) is refused', async () => {
    const v = await visitor();
    const before = await badgeLeads();
    const bytes = fromBase32(v.code)!;
    bytes[bytes.length - 1] ^= 1;
    const altered = await scan(toBase32(bytes));
    expect(altered.status).toBe(422);
    expect(altered.body.code).toBe('badge_invalid');
    // Someone who knows the account's id (say, from a URL) makes a code with a signature of zeros.
    const bare = Buffer.concat([Buffer.from(v.user.id.replace(/-/g, ''), 'hex'), Buffer.alloc(10)]);
    expect((await scan(toBase32(bare))).body.code).toBe('badge_invalid');
    expect((await scan(v.user.id)).status).toBe(422);
    expect(await badgeLeads()).toBe(before);
  });

  it("another fair's badge is refused at this fair's booths", async () => {
    const other = await FairFactory.event(t.db, 'other-fair');
    const v = await MatchingFactory.person(t, 'visitor');
    const otherBadge = await t.http.get(`/api/events/other-fair/badge`, v.token);
    expect(otherBadge.status).toBe(200);
    const res = await scan(otherBadge.body.code);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('badge_other_event');
    expect(t.app.get(BadgeTokens).verify(otherBadge.body.code, other.id)).not.toBeNull();
  });

  it('a badge is refused once its fair has ended', async () => {
    const v = await visitor();
    const end = new Date(`${event.endsOn}T17:00:00Z`); // midnight after the last day in Jakarta (UTC+7)
    t.app.get(ScheduleClock).freeze(new Date(end.getTime() - 60_000));
    expect((await scan(v.code)).status).toBe(201);
    t.app.get(ScheduleClock).freeze(end);
    const res = await scan(v.code);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('badge_expired');
  });

  it('a badge is withdrawn when its owner signs out everywhere (a lost badge with the phone)', async () => {
    const v = await visitor();
    expect((await scan(v.code)).status).toBe(201);
    expect((await t.http.post('/api/auth/sign-out-everywhere', {}, v.token)).status).toBeLessThan(300);
    const res = await scan(v.code);
    expect(res.status).toBe(422);
    expect(res.body.code).toBe('badge_expired');
  });

  it("only the booth's staff (and organisers) can scan at it", async () => {
    const v = await visitor();
    const before = await badgeLeads();
    const buyer = await MatchingFactory.buyer(t);
    expect((await scan(v.code, buyer.token)).status).toBe(403);
    expect((await scan(v.code, v.token)).status).toBe(403);
    const rival = await MatchingFactory.exhibitor(t, event.id, { slot: 3 });
    expect((await scan(v.code, rival.staff.token)).status).toBe(403);
    expect(
      (await t.http.post(`/api/backoffice/booths/${booth.id}/leads/badge`, { code: v.code })).status,
    ).toBe(401);
    expect(await badgeLeads()).toBe(before);
  });

  it('guests get no badge (a badge names a person)', async () => {
    const guest = await MatchingFactory.person(t, 'visitor', { isGuest: true });
    expect((await t.http.get(`/api/events/${SLUG}/badge`, guest.token)).status).toBe(403);
  });

  it("visitors and exhibitors cannot fetch the organiser's QR sheets", async () => {
    const v = await MatchingFactory.person(t, 'visitor');
    for (const path of [`qr/booths.pdf?zone=makanan`, `qr/tables.pdf?day=${event.startsOn}`]) {
      const url = `/api/admin/events/${SLUG}/${path}`;
      expect((await t.http.get(url, v.token)).status).toBe(403);
      expect((await t.http.get(url, staff)).status).toBe(403);
      expect((await t.http.get(url)).status).toBe(401);
    }
  });
});
