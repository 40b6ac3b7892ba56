import { createHash, randomUUID } from 'node:crypto';
import { AccessToken, RoomServiceClient, TokenVerifier } from 'livekit-server-sdk';
import { EventDayEntity, EventEntity, ScheduleSessionEntity } from '../src/modules/events/event.entity';
import { ScheduleClock } from '../src/modules/events/schedule-clock';
import { MeetingEntity } from '../src/modules/matching/matching.entities';
import { MeetingAttendanceEntity, WebhookEventEntity } from '../src/modules/video/video.entities';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { createApp, TestApp } from './support/create-app';
import { LiveKit, startLiveKit } from './support/livekit-process';
import { freePort } from './support/redis-process';

jest.setTimeout(90_000);

const MINUTE = 60_000;

/** Meeting rooms, tokens and webhooks against a real LiveKit server that sends its webhooks to the app. */
describe('video: tokens, webhooks and room lifecycle (real LiveKit, real PostgreSQL)', () => {
  let t: TestApp;
  let lk: LiveKit;
  let rooms: RoomServiceClient;
  let event: EventEntity;
  let slot: (i: number) => string;

  beforeAll(async () => {
    const port = await freePort();
    lk = await startLiveKit({ webhookUrl: `http://127.0.0.1:${port}/api/livekit/webhook` });
    t = await createApp({
      port,
      env: { LIVEKIT_URL: lk.url, LIVEKIT_API_KEY: lk.apiKey, LIVEKIT_API_SECRET: lk.apiSecret },
    });
    rooms = new RoomServiceClient(lk.url.replace('ws', 'http'), lk.apiKey, lk.apiSecret);
    event = await FairFactory.event(t.db, 'video-fair');
    ({ slot } = await MatchingFactory.block(t.db, event, { inMinutes: 60, slots: 6 }));
  });
  afterAll(async () => {
    await t?.close();
    await lk?.stop();
  });
  afterEach(() => t.app.get(ScheduleClock).freeze(undefined));

  const at = (iso: string, deltaMs = 0) =>
    t.app.get(ScheduleClock).freeze(new Date(Date.parse(iso) + deltaMs));
  const join = (token: string, id: string) => t.http.post(`/api/meetings/${id}/join`, {}, token);

  async function bookedMeeting(i: number) {
    const x = await MatchingFactory.exhibitor(t, event.id, { slot: i });
    const buyer = await MatchingFactory.buyer(t);
    const request = await t.http.request('POST', '/api/meetings/requests', {
      token: buyer.token,
      body: { exhibitorId: x.exhibitor.id },
      headers: { 'idempotency-key': randomUUID() },
    });
    const accepted = await t.http.post(
      `/api/meetings/requests/${request.body.id}/accept`,
      { slotStart: slot(i) },
      x.staff.token,
    );
    return { x, buyer, meeting: accepted.body.meeting as { id: string; start: string; end: string } };
  }

  it('gives tokens only to the parties, only from 5 minutes before until the end, for that room only', async () => {
    const { x, buyer, meeting } = await bookedMeeting(0);
    const stranger = await MatchingFactory.buyer(t);
    const organiser = await MatchingFactory.person(t, 'organiser');

    at(meeting.start, -10 * MINUTE);
    const early = await join(buyer.token, meeting.id);
    expect(early.status).toBe(403);
    expect(early.body.message).toMatch(/^Too early — the call opens at \d\d:\d\d WIB$/);

    at(meeting.start, -4 * MINUTE);
    expect((await join(stranger.token, meeting.id)).status).toBe(404);
    expect((await join(organiser.token, meeting.id)).status).toBe(403); // observers only once it is live
    const ok = await join(buyer.token, meeting.id);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({
      url: lk.url,
      room: `meeting-${meeting.id}`,
      role: 'party',
      endsAt: meeting.end,
    });
    const claims = await new TokenVerifier(lk.apiKey, lk.apiSecret).verify(ok.body.token);
    expect(claims.sub).toBe(buyer.user.id);
    expect(claims.name).toBe(buyer.user.displayName);
    expect(claims.video).toMatchObject({
      room: `meeting-${meeting.id}`,
      roomJoin: true,
      canPublish: true,
      canSubscribe: true,
    });
    for (const grant of ['roomAdmin', 'roomList', 'roomRecord', 'roomCreate'] as const)
      expect(claims.video?.[grant]).toBe(false);
    // Expires at the slot end (the clock is pinned 4 minutes before the 20-minute slot).
    const ttl = Number(claims.exp) - Date.now() / 1000;
    expect(ttl).toBeGreaterThan(23.5 * 60);
    expect(ttl).toBeLessThan(24 * 60 + 5);
    expect((await join(x.staff.token, meeting.id)).body.role).toBe('party');
    expect((await rooms.listRooms([`meeting-${meeting.id}`]))[0]?.maxParticipants).toBe(1 + 1 + 2);

    at(meeting.start, MINUTE);
    const watch = await join(organiser.token, meeting.id);
    expect(watch.body.role).toBe('observer');
    const observer = await new TokenVerifier(lk.apiKey, lk.apiSecret).verify(watch.body.token);
    expect(observer.video).toMatchObject({ canPublish: false, canSubscribe: true, hidden: true });

    at(meeting.end, MINUTE);
    const late = await join(buyer.token, meeting.id);
    expect(late.status).toBe(403);
    expect(late.body.message).toBe('This meeting has ended');
  });

  it('opens the room before the slot and, at the end, removes everyone, deletes it and records a no-show', async () => {
    const { meeting } = await bookedMeeting(1);
    const status = async () =>
      (await t.db.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id })).status;
    const roomNames = async () => (await rooms.listRooms()).map((r) => r.name);
    // The timed effects run on their own (every 250 ms); the clock is moved and we wait for the outcome.
    at(meeting.start, -4 * MINUTE);
    await waitFor(async () => (await roomNames()).includes(`meeting-${meeting.id}`));
    // LiveKit told the app over a real signed webhook.
    await waitFor(async () => t.db.getRepository(WebhookEventEntity).existsBy({ kind: 'room_started' }));

    at(meeting.start, MINUTE);
    await waitFor(async () => (await status()) === 'live');
    at(meeting.end, 1000);
    await waitFor(async () => (await status()) === 'no_show');
    expect(await roomNames()).not.toContain(`meeting-${meeting.id}`);
  });

  it('lets the organiser choose stage speakers by email; a stage token publishes only for them', async () => {
    const day = await t.db.getRepository(EventDayEntity).findOneByOrFail({ eventId: event.id });
    const session = await t.db.getRepository(ScheduleSessionEntity).save({
      eventId: event.id,
      dayId: day.id,
      kind: 'stage',
      titleId: 'Pembukaan',
      titleEn: 'Opening',
      startsAt: new Date(Date.now() - MINUTE),
      endsAt: new Date(Date.now() + 30 * MINUTE),
    });
    const organiser = await MatchingFactory.person(t, 'organiser');
    const speaker = await MatchingFactory.person(t, 'visitor');
    const viewer = await MatchingFactory.buyer(t);
    const path = `/api/admin/stage/${session.id}/speakers`;
    const unknown = await t.http.request('PUT', path, {
      token: organiser.token,
      body: { emails: ['nobody@example.test'] },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.body.fields[0].path).toBe('emails.0');
    expect((await t.http.request('PUT', path, { token: viewer.token, body: { emails: [] } })).status).toBe(
      403,
    );
    const put = await t.http.request('PUT', path, {
      token: organiser.token,
      body: { emails: [speaker.user.email!.toUpperCase()] },
    });
    expect(put.body).toEqual([
      { id: speaker.user.id, name: speaker.user.displayName, email: speaker.user.email },
    ]);
    expect((await t.http.get(path, organiser.token)).body).toHaveLength(1);

    const verifier = new TokenVerifier(lk.apiKey, lk.apiSecret);
    const asSpeaker = await t.http.post(`/api/stage/${session.id}/join`, {}, speaker.token);
    expect(asSpeaker.body.role).toBe('speaker');
    expect((await verifier.verify(asSpeaker.body.token)).video).toMatchObject({ canPublish: true });
    const asViewer = await t.http.post(`/api/stage/${session.id}/join`, {}, viewer.token);
    expect(asViewer.body.role).toBe('viewer');
    expect((await verifier.verify(asViewer.body.token)).video).toMatchObject({
      canPublish: false,
      hidden: true,
    });
  });

  describe('webhooks', () => {
    const url = () => `${t.url}/api/livekit/webhook`;
    const send = (body: string, authorization?: string) =>
      fetch(url(), {
        method: 'POST',
        headers: { 'content-type': 'application/webhook+json', ...(authorization ? { authorization } : {}) },
        body,
      });
    const sign = async (body: string, secret = lk.apiSecret) => {
      const token = new AccessToken(lk.apiKey, secret);
      token.sha256 = createHash('sha256').update(body).digest('base64');
      return token.toJwt();
    };
    const joined = (meetingId: string, userId: string, createdAt = Math.floor(Date.now() / 1000)) =>
      JSON.stringify({
        event: 'participant_joined',
        id: `EV_${randomUUID()}`,
        createdAt,
        room: { name: `meeting-${meetingId}` },
        participant: { identity: userId, name: 'x' },
      }) + '\n  ';

    it('refuses a missing header, a changed byte, a wrong secret and a stale event with 401', async () => {
      const { meeting, buyer } = await bookedMeeting(2);
      const body = joined(meeting.id, buyer.user.id);
      expect((await send(body)).status).toBe(401);
      const auth = await sign(body);
      expect((await send(body.replace('participant_joined', 'participant_joineD'), auth)).status).toBe(401);
      expect((await send(body, await sign(body, 'not-the-secret-at-all-not-the-secret'))).status).toBe(401);
      const stale = joined(meeting.id, buyer.user.id, Math.floor(Date.now() / 1000) - 3600);
      expect((await send(stale, await sign(stale))).status).toBe(401);
      expect(await t.db.getRepository(MeetingAttendanceEntity).countBy({ meetingId: meeting.id })).toBe(0);
    });

    it('processes each event once, on the raw bytes, and settles a meeting both sides joined as held', async () => {
      const { meeting, buyer, x } = await bookedMeeting(3);
      const body = joined(meeting.id, buyer.user.id); // trailing whitespace: only the raw bytes verify
      const auth = await sign(body);
      const first = await send(body, auth);
      expect(first.status).toBe(200);
      expect(await first.json()).toEqual({ processed: true });
      expect(await (await send(body, auth)).json()).toEqual({ processed: false });
      const staff = joined(meeting.id, x.staff.user.id);
      await send(staff, await sign(staff));
      const rows = await t.db.getRepository(MeetingAttendanceEntity).findBy({ meetingId: meeting.id });
      expect(rows.map((r) => r.side).sort()).toEqual(['buyer', 'exhibitor']);

      const status = async () =>
        (await t.db.getRepository(MeetingEntity).findOneByOrFail({ id: meeting.id })).status;
      at(meeting.start, MINUTE);
      await waitFor(async () => (await status()) === 'live');
      at(meeting.end, 1000);
      await waitFor(async () => (await status()) === 'held');
      const organiser = await MatchingFactory.person(t, 'organiser');
      const attendance = await t.http.get(`/api/admin/meetings/${meeting.id}/attendance`, organiser.token);
      expect(attendance.body).toHaveLength(2);
      expect((await t.http.get(`/api/admin/meetings/${meeting.id}/attendance`, buyer.token)).status).toBe(
        403,
      );
    });
  });
});

async function waitFor(check: () => Promise<boolean>, ms = 10_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 100));
  }
}
