import { randomUUID } from 'node:crypto';
import { ScheduleClock } from '../src/modules/events/schedule-clock';
import { EffectRunner } from '../src/modules/schedule/effect-runner.service';
import { FairFactory } from './factories/fair.factory';
import { organiseEveryFair, signedIn } from './factories/user.factory';
import { createApp, TestApp } from './support/create-app';
import { connectHall, HallClient, next } from './support/hall-client';

const MIN = 60_000;

describe('the schedule runs itself', () => {
  let t: TestApp;
  let clock: ScheduleClock;
  let runner: EffectRunner;
  let organiser: Awaited<ReturnType<typeof signedIn>>;
  const open: HallClient[] = [];
  const join = async (token: string, slug: string) => {
    const s = await connectHall(t.url, { token, event: slug });
    open.push(s);
    return s;
  };

  beforeAll(async () => {
    t = await createApp();
    clock = t.app.get(ScheduleClock);
    runner = t.app.get(EffectRunner);
    organiser = await signedIn(t, 'organiser');
  });
  afterEach(() => clock.freeze(undefined));
  afterAll(async () => {
    open.forEach((s) => s.close());
    await t?.close();
  });

  /** A fair the spec's organiser organises (rights are memberships of a fair, decision 0025). */
  const fair = async (slug: string, opts?: { hallOpen?: boolean }) => {
    const event = await FairFactory.event(t.db, slug, opts);
    await organiseEveryFair(t, organiser.user);
    return event;
  };

  async function closedFair(slug: string) {
    const event = await fair(slug, { hallOpen: false });
    const { booth } = await FairFactory.booth(t.db, event.id);
    const [hall] = await t.db.query(
      `SELECT id, starts_at FROM schedule_session WHERE event_id = $1 AND kind = 'hall'`,
      [event.id],
    );
    await t.http.request('PATCH', `/api/admin/sessions/${hall.id}`, {
      token: organiser.token,
      body: { title: { id: 'Aula dibuka', en: 'Hall open' } },
    }); // plans its effects
    return { event, booth, hallId: hall.id as string, opensAt: new Date(hall.starts_at) };
  }

  it('opens the hall at the planned instant (±1 s) and tells every client once', async () => {
    const { event, booth, opensAt } = await closedFair('sched-open');
    const visitor = await join((await signedIn(t, 'visitor')).token, event.slug);
    const refused = await visitor.emitWithAck('booth:enter', { boothId: booth.id });
    expect(refused).toMatchObject({
      ok: false,
      error: { code: 'hall_closed', message: expect.stringMatching(/opens .* WIB/) },
    });

    let broadcasts = 0;
    visitor.on('schedule:state', () => broadcasts++);
    clock.freeze(new Date(opensAt.getTime() - 1000));
    await runner.tick();
    expect(broadcasts).toBe(0);
    const opened = next(visitor, 'schedule:state', (s) => s.hallOpen);
    clock.freeze(new Date(opensAt.getTime() + 100));
    await runner.tick();
    await opened;
    await runner.tick(); // nothing due twice
    await new Promise((r) => setTimeout(r, 200));
    expect(broadcasts).toBe(1);
    expect(await visitor.emitWithAck('booth:enter', { boothId: booth.id })).toMatchObject({ ok: true });
  });

  it('extend, end now and cancel change the state and are broadcast at once; all audited', async () => {
    const event = await fair('sched-live');
    const [hall] = await t.db.query(`SELECT id FROM schedule_session WHERE event_id = $1 AND kind = 'hall'`, [
      event.id,
    ]);
    const visitor = await join((await signedIn(t, 'visitor')).token, event.slug);
    const extended = next(visitor, 'schedule:state');
    const ext = await t.http.post(
      `/api/admin/sessions/${hall.id}/control`,
      { action: 'extend', minutes: 30 },
      organiser.token,
    );
    expect(ext.status).toBe(200);
    const started = Date.now();
    await extended;
    expect(Date.now() - started).toBeLessThan(1000);
    const closed = next(visitor, 'schedule:state', (s) => !s.hallOpen);
    const end = await t.http.post(
      `/api/admin/sessions/${hall.id}/control`,
      { action: 'end_now' },
      organiser.token,
    );
    expect(end.body.state).toBe('ended');
    await closed;
    const again = await t.http.post(
      `/api/admin/sessions/${hall.id}/control`,
      { action: 'end_now' },
      organiser.token,
    );
    expect(again.status).toBe(409);
    const audit = await t.db.query(`SELECT action FROM audit_log WHERE entity_id = $1 ORDER BY created_at`, [
      hall.id,
    ]);
    expect(audit.map((a: { action: string }) => a.action)).toEqual(['schedule.extend', 'schedule.end_now']);
  });

  it('a delay moves the opening, and the old opening never fires', async () => {
    const { hallId, opensAt } = await closedFair('sched-delay');
    const res = await t.http.post(
      `/api/admin/sessions/${hallId}/control`,
      { action: 'delay', minutes: 15 },
      organiser.token,
    );
    expect(new Date(res.body.startsAt).getTime()).toBe(opensAt.getTime() + 15 * MIN);
    const pending = await t.db.query(
      `SELECT key, due_at FROM timed_effect WHERE subject_id = $1 AND done_at IS NULL ORDER BY due_at`,
      [hallId],
    );
    expect(new Date(pending[0].due_at).getTime()).toBe(opensAt.getTime() + 15 * MIN);
    expect(pending).toHaveLength(2);
  });

  it('validates sessions: end after start, inside the event, no overlapping hall sessions; organisers only', async () => {
    const event = await fair('sched-valid');
    const [day] = await t.db.query(`SELECT id, date FROM event_day WHERE event_id = $1`, [event.id]);
    const at = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();
    const body = {
      dayId: day.id,
      kind: 'hall',
      title: { id: 'Aula sore', en: 'Afternoon hall' },
      startsAt: at(2),
      endsAt: at(3),
    };
    const backwards = await t.http.post(
      `/api/admin/events/${event.slug}/sessions`,
      { ...body, endsAt: at(1) },
      organiser.token,
    );
    expect(backwards.status).toBe(400);
    expect(backwards.body.fields[0].path).toBe('endsAt');
    const overlap = await t.http.post(`/api/admin/events/${event.slug}/sessions`, body, organiser.token);
    expect(overlap.status).toBe(409);
    expect(overlap.body.message).toMatch(/overlaps another hall session/);
    const outside = await t.http.post(
      `/api/admin/events/${event.slug}/sessions`,
      { ...body, kind: 'stage', startsAt: at(24 * 5), endsAt: at(24 * 5 + 1) },
      organiser.token,
    );
    expect(outside.status).toBe(400);
    const stage = await t.http.post(
      `/api/admin/events/${event.slug}/sessions`,
      { ...body, kind: 'stage' },
      organiser.token,
    );
    expect(stage.status).toBe(201);
    const visitor = await signedIn(t, 'visitor');
    expect((await t.http.post(`/api/admin/events/${event.slug}/sessions`, body, visitor.token)).status).toBe(
      403,
    );
    expect(
      (await t.http.post(`/api/admin/sessions/${stage.body.id}/control`, { action: 'cancel' }, visitor.token))
        .status,
    ).toBe(403);
    expect(
      (
        await t.http.post(
          `/api/admin/sessions/${stage.body.id}/control`,
          { action: 'extend' },
          organiser.token,
        )
      ).body.fields[0].path,
    ).toBe('minutes');
  });

  it('planning again (a restart) adds nothing and replays nothing already done', async () => {
    const { hallId, opensAt } = await closedFair('sched-restart');
    clock.freeze(new Date(opensAt.getTime() + 100));
    await runner.tick();
    const before = await t.db.query(
      `SELECT key, done_at FROM timed_effect WHERE subject_id = $1 ORDER BY key`,
      [hallId],
    );
    await t.app.get(EffectRunner).onApplicationBootstrap(); // what a restarting node does first
    await runner.tick();
    const after = await t.db.query(
      `SELECT key, done_at FROM timed_effect WHERE subject_id = $1 ORDER BY key`,
      [hallId],
    );
    expect(after).toEqual(before);
    expect(after.filter((e: { done_at: Date | null }) => e.done_at)).toHaveLength(1);
  });

  it('staff can still prepare their booth while the hall is closed', async () => {
    const { event, booth } = await closedFair(`sched-staff-${randomUUID().slice(0, 6)}`);
    const [{ exhibitor_id }] = await t.db.query('SELECT exhibitor_id FROM booth WHERE id = $1', [booth.id]);
    const staff = await join(
      (await signedIn(t, 'exhibitor', { exhibitorId: exhibitor_id })).token,
      event.slug,
    );
    expect(await staff.emitWithAck('booth:enter', { boothId: booth.id })).toMatchObject({ ok: true });
    expect(
      await staff.emitWithAck('chat:send', {
        boothId: booth.id,
        text: 'Stok sudah siap',
        clientMsgId: randomUUID(),
      }),
    ).toMatchObject({ ok: true });
  });
});
