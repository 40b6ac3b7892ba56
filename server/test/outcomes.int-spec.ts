import { randomUUID } from 'node:crypto';
import { EventEntity } from '../src/modules/events/event.entity';
import { ScheduleClock } from '../src/modules/events/schedule-clock';
import { NotificationEntity } from '../src/modules/notifications/notification.entity';
import { MeetingOutcomeEntity } from '../src/modules/outcomes/meeting-outcome.entity';
import { AskPartiesForOutcome } from '../src/modules/outcomes/outcome-prompts';
import { EffectRunner } from '../src/modules/schedule/effect-runner.service';
import { EventEmitter2 } from '@nestjs/event-emitter';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { createApp, TestApp } from './support/create-app';

jest.setTimeout(60_000);

const MINUTE = 60_000;

describe('after the meeting: outcomes, the ask at its end, the funnel (real PostgreSQL)', () => {
  let t: TestApp;
  let event: EventEntity;
  let slot: (i: number) => string;

  beforeAll(async () => {
    t = await createApp();
    event = await FairFactory.event(t.db, 'outcome-fair');
    ({ slot } = await MatchingFactory.block(t.db, event, { slots: 12 }));
    await t.db.query(`INSERT INTO meeting_table (event_id, label) VALUES ($1, 'A1')`, [event.id]);
  });
  afterAll(() => t.close());
  afterEach(() => t.app.get(ScheduleClock).freeze(undefined));

  /**
   * A meeting booked through the API (so its timed effects are planned) in slot `i`; on site unless told
   * (an online meeting is settled held or no-show by the video call's attendance when it ends).
   */
  async function bookedMeeting(i: number, mode: 'onsite' | 'online' = 'onsite') {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: i });
    const buyer = await MatchingFactory.buyer(t);
    const r = await t.http.request('POST', '/api/meetings/requests', {
      token: buyer.token,
      body: { exhibitorId: x.exhibitor.id, mode },
      headers: { 'idempotency-key': randomUUID() },
    });
    const accepted = await t.http.post(
      `/api/meetings/requests/${r.body.id}/accept`,
      { slotStart: slot(i) },
      x.staff.token,
    );
    expect(accepted.status).toBe(200);
    const meeting = accepted.body.meeting as { id: string; end: string };
    return { x, buyer, meetingId: meeting.id, endsAt: new Date(meeting.end).getTime() };
  }
  const put = (token: string, meetingId: string, body: object) =>
    t.http.request('PUT', `/api/meeting-outcomes/${meetingId}`, { token, body });

  it('lets only the parties record, only once the meeting is over, one record per side that they can edit', async () => {
    const { x, buyer, meetingId, endsAt } = await bookedMeeting(1);
    const body = { outcome: 'negotiating', rating: 4, note: 'Minta sampel 5 kg' };

    const early = await put(buyer.token, meetingId, body);
    expect(early.status).toBe(409);
    expect(early.body.code).toBe('illegal_transition');
    expect((await t.http.get('/api/meeting-outcomes', buyer.token)).body.items).toEqual([]);

    t.app.get(ScheduleClock).freeze(new Date(endsAt + MINUTE));
    const stranger = await MatchingFactory.buyer(t);
    expect((await put(stranger.token, meetingId, body)).status).toBe(404);
    const organiser = await MatchingFactory.person(t, 'organiser');
    expect((await put(organiser.token, meetingId, body)).status).toBe(403);
    expect((await put(buyer.token, meetingId, { ...body, rating: 6 })).status).toBe(400);

    const published: string[] = [];
    t.app
      .get(EventEmitter2)
      .on('meeting.outcome_recorded', (e: { outcome: string }) => void published.push(e.outcome));
    const recorded = await put(buyer.token, meetingId, body);
    expect(recorded.status).toBe(200);
    expect(recorded.body).toMatchObject({
      side: 'buyer',
      outcome: 'negotiating',
      rating: 4,
      recordedBy: buyer.user.id,
    });
    expect((await put(x.staff.token, meetingId, { outcome: 'no_fit', rating: 2 })).status).toBe(200);
    // Another of the exhibitor's people changes the exhibitor side's record: still one record per side.
    const colleague = await MatchingFactory.person(t, 'exhibitor', { exhibitorId: x.exhibitor.id });
    const edited = await put(colleague.token, meetingId, {
      outcome: 'sample_sent',
      rating: 3,
      note: 'dikirim',
    });
    expect(edited.body).toMatchObject({
      side: 'exhibitor',
      outcome: 'sample_sent',
      recordedBy: colleague.user.id,
    });
    await put(buyer.token, meetingId, { ...body, outcome: 'agreement', rating: 5 });
    expect(await t.db.getRepository(MeetingOutcomeEntity).countBy({ meetingId })).toBe(2);
    expect(published).toEqual(['negotiating', 'no_fit', 'sample_sent', 'agreement']);

    // Each side sees only its own record and note; the organiser sees both.
    const mine = await t.http.get(`/api/meeting-outcomes/${meetingId}`, buyer.token);
    expect(mine.body.items).toEqual([
      expect.objectContaining({ side: 'buyer', outcome: 'agreement', rating: 5 }),
    ]);
    const theirs = await t.http.get(`/api/meeting-outcomes/${meetingId}`, x.staff.token);
    expect(theirs.body.items).toEqual([expect.objectContaining({ side: 'exhibitor', note: 'dikirim' })]);
    const both = await t.http.get(`/api/meeting-outcomes/${meetingId}`, organiser.token);
    expect(both.body.items.map((o: { side: string }) => o.side)).toEqual(['buyer', 'exhibitor']);
    expect((await t.http.get(`/api/meeting-outcomes/${meetingId}`, stranger.token)).status).toBe(404);
    const list = await t.http.get('/api/meeting-outcomes', colleague.token);
    expect(list.body.items).toEqual([
      { meetingId, side: 'exhibitor', outcome: expect.objectContaining({ outcome: 'sample_sent' }) },
    ]);
  });

  it('refuses an outcome for a cancelled meeting', async () => {
    const { buyer, meetingId, endsAt } = await bookedMeeting(2);
    await t.http.post(`/api/meetings/${meetingId}/status`, { status: 'cancelled' }, buyer.token);
    t.app.get(ScheduleClock).freeze(new Date(endsAt + MINUTE));
    expect((await put(buyer.token, meetingId, { outcome: 'no_fit', rating: 1 })).status).toBe(409);
  });

  it('asks both sides for the outcome when the meeting ends, through its timed effect, once', async () => {
    const { x, buyer, meetingId, endsAt } = await bookedMeeting(3);
    const asked = (userId: string) =>
      t.db.getRepository(NotificationEntity).countBy({ userId, kind: 'outcome_to_record' });
    t.app.get(ScheduleClock).freeze(new Date(endsAt - MINUTE));
    await t.app.get(EffectRunner).tick();
    expect(await asked(buyer.user.id)).toBe(0);

    t.app.get(ScheduleClock).freeze(new Date(endsAt + MINUTE));
    for (let i = 0; i < 40 && (await asked(buyer.user.id)) === 0; i++) {
      await t.app.get(EffectRunner).tick();
      await new Promise((done) => setTimeout(done, 50));
    }
    expect(await asked(buyer.user.id)).toBe(1);
    expect(await asked(x.staff.user.id)).toBe(1);
    // A rerun of the effect (after a crash before its done-mark) asks nobody again.
    expect(await t.app.get(AskPartiesForOutcome).ask(meetingId)).toBe(false);
    expect(await asked(buyer.user.id)).toBe(1);
    const note = await t.http.get('/api/me/notifications', buyer.token);
    // The link opens the meeting's own fair, whichever fair the person has open.
    expect(note.body.items[0]).toMatchObject({
      kind: 'outcome_to_record',
      link: `/e/${event.slug}/meetings`,
    });
    expect(note.body.items[0].data.name).toBe(x.exhibitor.name);
  });

  it('asks nobody about an online meeting that nobody joined (it ends as a no-show)', async () => {
    const { buyer, meetingId, endsAt } = await bookedMeeting(4, 'online');
    t.app.get(ScheduleClock).freeze(new Date(endsAt + MINUTE));
    const status = async () => (await t.http.get(`/api/meetings/${meetingId}`, buyer.token)).body.status;
    for (let i = 0; i < 40 && (await status()) !== 'no_show'; i++) {
      await t.app.get(EffectRunner).tick();
      await new Promise((done) => setTimeout(done, 50));
    }
    expect(await status()).toBe('no_show');
    expect(
      await t.db
        .getRepository(NotificationEntity)
        .countBy({ userId: buyer.user.id, kind: 'outcome_to_record' }),
    ).toBe(0);
    expect((await put(buyer.token, meetingId, { outcome: 'no_fit', rating: 1 })).status).toBe(409);
  });
});
