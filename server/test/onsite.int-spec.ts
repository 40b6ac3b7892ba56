import { CATEGORIES } from '@pameran/contracts';
import { EventEntity } from '../src/modules/events/event.entity';
import { MeetingTableEntity } from '../src/modules/matching/matching.entities';
import { BuyerProfileEntity } from '../src/modules/users/user.entity';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { createApp, TestApp } from './support/create-app';
import { qrCodesInPdf } from './support/qr-codes';

jest.setTimeout(120_000);

const SLUG = 'qr-fair';

/** On site, by QR: the organiser's printable sheets, read back as a phone would, and badge scans as leads. */
describe('on site by QR (real PostgreSQL, pdftoppm and zbarimg)', () => {
  let t: TestApp;
  let event: EventEntity;
  let organiser: string;

  beforeAll(async () => {
    t = await createApp({ env: { PUBLIC_ORIGIN: 'https://pameran.example' } });
    event = await FairFactory.event(t.db, SLUG);
    organiser = (await MatchingFactory.person(t, 'organiser')).token;
  });
  afterAll(() => t.close());

  const pdf = async (path: string, token: string) => {
    const res = await fetch(`${t.url}${path}`, { headers: { authorization: `Bearer ${token}` } });
    return {
      status: res.status,
      type: res.headers.get('content-type'),
      body: Buffer.from(await res.arrayBuffer()),
    };
  };

  it("prints one zone's booths, each code opening that booth, over as many pages as it takes", async () => {
    const booths = [];
    for (let slot = 0; slot < 8; slot++)
      booths.push(
        (await FairFactory.booth(t.db, event.id, { category: 'minuman', slot, products: 0 })).booth,
      );
    const other = (await FairFactory.booth(t.db, event.id, { category: 'fesyen', products: 0 })).booth;

    const sheet = await pdf(`/api/admin/events/${SLUG}/qr/booths.pdf?zone=minuman`, organiser);
    expect(sheet.status).toBe(200);
    expect(sheet.type).toBe('application/pdf');
    const { pages, codes } = qrCodesInPdf(sheet.body);
    expect(pages).toBe(2); // six a page
    expect(codes.sort()).toEqual(
      booths.map((b) => `https://pameran.example/e/${SLUG}/booths/${b.id}`).sort(),
    );
    expect(codes).not.toContain(`https://pameran.example/e/${SLUG}/booths/${other.id}`);
    // The labels are text in the PDF (names, numbers, zone), not pictures.
    expect(sheet.body.includes(Buffer.from('/Title'))).toBe(true);
  });

  it("prints a day's venue tables, each code opening that table on that day", async () => {
    const tables = await t.db
      .getRepository(MeetingTableEntity)
      .save(['A1', 'A2', 'B1'].map((label) => ({ eventId: event.id, label })));
    await t.db.getRepository(MeetingTableEntity).save({ eventId: event.id, label: 'X9', active: false });
    const day = event.startsOn;
    const sheet = await pdf(`/api/admin/events/${SLUG}/qr/tables.pdf?day=${day}`, organiser);
    expect(sheet.status).toBe(200);
    const { codes } = qrCodesInPdf(sheet.body);
    expect(codes.sort()).toEqual(
      tables.map((x) => `https://pameran.example/e/${SLUG}/tables/${x.id}?day=${day}`).sort(),
    );

    const page = await t.http.get(`/api/events/${SLUG}/tables/${tables[0].id}?day=${day}`);
    expect(page.status).toBe(200);
    expect(page.body).toMatchObject({ label: 'A1', day, booked: [] });
    const outside = await pdf(`/api/admin/events/${SLUG}/qr/tables.pdf?day=2001-01-01`, organiser);
    expect(outside.status).toBe(422);
  });

  it('every zone has a sheet, empty zones too', async () => {
    for (const zone of CATEGORIES.slice(0, 2))
      expect((await pdf(`/api/admin/events/${SLUG}/qr/booths.pdf?zone=${zone}`, organiser)).status).toBe(200);
  });

  it("records a scanned badge as the booth's lead, with the note, the score and the visitor's name", async () => {
    const { booth, staff } = await MatchingFactory.exhibitor(t, event.id, { slot: 20 });
    // A visitor who did not consent to be listed: handing over the badge names them to this booth.
    const visitor = await MatchingFactory.person(t, 'visitor', { leadConsent: false });
    await t.db.getRepository(BuyerProfileEntity).save({
      userId: visitor.user.id,
      type: 'buyer',
      company: 'PT Sumber Rasa',
      country: 'ID',
    });
    const badge = await t.http.get(`/api/events/${SLUG}/badge`, visitor.token);
    expect(badge.status).toBe(200);
    expect(badge.body.code).toMatch(/^[0-9A-Z]{42}$/);
    expect(badge.body.svg).toContain('<svg');
    expect(badge.body).toMatchObject({ name: visitor.user.displayName, company: 'PT Sumber Rasa' });

    const scanned = await t.http.post(
      `/api/backoffice/booths/${booth.id}/leads/badge`,
      { code: badge.body.code, note: 'Wants 200 packs a month', score: 4 },
      staff.token,
    );
    expect(scanned.status).toBe(201);
    expect(scanned.body).toMatchObject({
      kind: 'badge',
      note: 'Wants 200 packs a month',
      score: 4,
      visitor: { name: visitor.user.displayName, company: 'PT Sumber Rasa' },
    });

    // Typed by hand: lower case, in groups, O for 0 and l for 1 still read.
    const typed = (badge.body.code as string)
      .toLowerCase()
      .replace(/0/g, 'o')
      .replace(/1/g, 'l')
      .match(/.{1,6}/g)!
      .join('-');
    const manual = await t.http.post(
      `/api/backoffice/booths/${booth.id}/leads/badge`,
      { code: typed },
      staff.token,
    );
    expect(manual.status).toBe(201);
    expect(manual.body).toMatchObject({ kind: 'badge', note: null, score: null });

    const list = await t.http.get(`/api/backoffice/booths/${booth.id}/leads?kind=badge`, staff.token);
    expect(list.body.items).toHaveLength(2);
    expect(list.body.items).toContainEqual(
      expect.objectContaining({ note: 'Wants 200 packs a month', score: 4 }),
    );
    const csv = await fetch(`${t.url}/api/backoffice/booths/${booth.id}/leads/export.csv`, {
      headers: { authorization: `Bearer ${staff.token}` },
    });
    expect(await csv.text()).toContain('Wants 200 packs a month,4');
  });
});
