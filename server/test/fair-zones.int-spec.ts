import { FairFactory } from './factories/fair.factory';
import { signedIn } from './factories/user.factory';
import { createApp, TestApp } from './support/create-app';

/**
 * A fair keeps its own clock and its own address (docs/decisions/0027-client-by-slug.md): the organiser's
 * sessions must fall within the fair's days in the fair's zone (not WIB), and the agenda feed links every
 * session to that fair's pages.
 */
describe('a fair in its own zone, at its own address', () => {
  let t: TestApp;
  let slug: string;
  let dayId: string;
  let organiser: { token: string };

  beforeAll(async () => {
    t = await createApp();
    // A fair in Jayapura (WIT, UTC+9) on one day, 5 December 2020.
    const event = await FairFactory.event(t.db, 'papua-2020');
    slug = event.slug;
    await t.db.query(
      `UPDATE event SET time_zone = 'Asia/Jayapura', starts_on = '2020-12-05', ends_on = '2020-12-05' WHERE id = $1`,
      [event.id],
    );
    await t.db.query(`DELETE FROM schedule_session WHERE event_id = $1`, [event.id]);
    await t.db.query(`UPDATE event_day SET date = '2020-12-05' WHERE event_id = $1`, [event.id]);
    [{ id: dayId }] = await t.db.query(`SELECT id FROM event_day WHERE event_id = $1`, [event.id]);
    organiser = await signedIn(t, 'organiser'); // after the fair exists: organiser of it
  });
  afterAll(async () => {
    await t?.close();
  });

  const add = (startsAt: string, endsAt: string, kind = 'stage') =>
    t.http.post(
      `/api/admin/events/${slug}/sessions`,
      { dayId, kind, title: { id: 'Sesi', en: 'Session' }, startsAt, endsAt },
      organiser.token,
    );

  it("takes a session early on the fair's first morning in its own zone (before midnight in WIB)", async () => {
    // 00:30–01:00 WIT on the 5th is 22:30–23:00 WIB on the 4th: outside the fair by WIB, inside by WIT.
    const early = await add('2020-12-05T00:30:00+09:00', '2020-12-05T01:00:00+09:00');
    expect(early.status).toBe(201);
  });

  it("refuses a session after midnight at the end of the fair's last day in its zone (still the 5th in WIB)", async () => {
    // 00:30 WIT on the 6th is 22:30 WIB on the 5th: inside by WIB, outside by WIT.
    const late = await add('2020-12-05T23:30:00+09:00', '2020-12-06T00:30:00+09:00');
    expect(late.status).toBe(400);
    expect(late.body.code).toBe('outside_event');
    expect(late.body.fields[0].path).toBe('endsAt');
    const lastMinute = await add('2020-12-05T23:00:00+09:00', '2020-12-06T00:00:00+09:00');
    expect(lastMinute.status).toBe(201);
  });

  it('links each session of the agenda feed to its page of this fair', async () => {
    const res = await t.http.get(`/api/events/${slug}/agenda.ics`);
    expect(res.status).toBe(200);
    const ics = String(res.body).replace(/\r\n /g, ''); // unfold long lines
    const urls = [...ics.matchAll(/^URL:(.*)$/gm)].map((m) => m[1].trim());
    expect(urls.length).toBeGreaterThanOrEqual(2);
    for (const url of urls)
      expect(new URL(url).pathname).toMatch(new RegExp(`^/e/${slug}/stage/[0-9a-f-]{36}$`));
  });
});
