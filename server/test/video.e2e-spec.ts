import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RoomServiceClient, TokenVerifier } from 'livekit-server-sdk';
import type { BrowserContext, Page } from 'playwright-core';
import { EventDayEntity, EventEntity } from '../src/modules/events/event.entity';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { launchBrowser, waitForExpression } from './support/browser';
import { createApp, TestApp } from './support/create-app';
import { LiveKit, startLiveKit } from './support/livekit-process';
import { meetingEndingIn as meetingEndingInSlot } from './support/live-meeting';
import { freePort } from './support/redis-process';
import { openSignedIn } from './support/signed-in-page';
import { SCREENSHOTS } from './support/screenshots';

const CLIENT_DIST = process.env.CLIENT_DIST ?? join(__dirname, '..', '..', 'client', 'dist');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };
/** How long the call slot still runs once both browsers are ready to join. */
const SLOT_LEFT_MS = 30_000;

jest.setTimeout(120_000);

type Person = Awaited<ReturnType<typeof MatchingFactory.person>>;
type Browser = Awaited<ReturnType<typeof launchBrowser>>;

/** True once a <video> with this test id shows decoded frames and its clock moves on (the track plays). */
const PLAYING = (testId: string) => `(() => {
  const v = [...document.querySelectorAll('video[data-testid=${testId}]')].find((el) => el.videoWidth > 0);
  if (!v) return false;
  const seen = Number(v.dataset.e2eTime ?? -1);
  v.dataset.e2eTime = String(v.currentTime);
  return seen >= 0 && v.currentTime > seen;
})()`;

/**
 * The call in the browser against a real LiveKit server, with two headless Chromiums and their fake camera
 * and microphone: both parties join through the client, see each other, the server ends the call at the slot
 * end, real webhooks mark the meeting held; then the stage, with a speaker and two viewers.
 */
describe('video calls and the stage in headless Chromium (real LiveKit)', () => {
  let t: TestApp;
  let lk: LiveKit;
  let event: EventEntity;
  let buyerBrowser: Browser;
  let staffBrowser: Browser;
  let speakerBrowser: Browser;

  beforeAll(async () => {
    const port = await freePort();
    lk = await startLiveKit({ webhookUrl: `http://127.0.0.1:${port}/api/livekit/webhook` });
    const env = {
      LIVEKIT_URL: lk.url,
      LIVEKIT_API_KEY: lk.apiKey,
      LIVEKIT_API_SECRET: lk.apiSecret,
      CLIENT_DIST,
    };
    const extraArgs = ['--allow-loopback-in-peer-connection'];
    [t, buyerBrowser, staffBrowser, speakerBrowser] = await Promise.all([
      createApp({ port, env }),
      launchBrowser({ timezoneId: 'Asia/Kuala_Lumpur', viewport: PHONE, extraArgs }),
      launchBrowser({ timezoneId: 'Asia/Jakarta', viewport: DESKTOP, extraArgs }),
      launchBrowser({ timezoneId: 'Asia/Jakarta', viewport: DESKTOP, extraArgs }),
    ]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    event = await FairFactory.event(t.db, 'opop-2020');
  });
  afterAll(async () => {
    await Promise.all([buyerBrowser?.close(), staffBrowser?.close(), speakerBrowser?.close()]);
    await t?.close();
    await lk?.stop();
  });

  let lateToken: string | undefined;
  /** LiveKit's own check of a join token for its room (what a client's connect does first). */
  const validate = (token: string) =>
    fetch(`${lk.url.replace('ws', 'http')}/rtc/validate?access_token=${token}`);

  const signedInPage = (context: BrowserContext, person: Person, lang: 'id' | 'en') =>
    openSignedIn(t, context, person.token, lang);

  const meetingEndingIn = (endsInMs: number) => meetingEndingInSlot(t, event, endsInMs);

  /** From the agenda's "Join call" through the device check into the call; ms from the click to a remote frame. */
  async function joinFromAgenda(
    page: Page,
    meetingId: string,
    shot?: string,
  ): Promise<() => Promise<number>> {
    await page.goto(`${t.url}/e/opop-2020/meetings`);
    await page.locator(`[data-meeting="${meetingId}"] [data-testid=join-call-link]`).click();
    await page.getByTestId('device-check').waitFor();
    await waitForExpression(page, `document.querySelector('.device-check__video')?.videoWidth > 0`);
    if (shot) await page.screenshot({ path: join(SCREENSHOTS, shot) });
    const clicked = Date.now();
    await page.getByTestId('join-call').click();
    return async () => {
      await waitForExpression(page, PLAYING('remote-video'), { polling: 100, timeout: 20_000 });
      return Date.now() - clicked;
    };
  }

  it('lets the two parties see each other, ends the call at the slot end and records it as held', async () => {
    const { id, x, buyer } = await meetingEndingIn(SLOT_LEFT_MS + 10_000);
    const stranger = await MatchingFactory.buyer(t);
    const [b, e] = await Promise.all([
      signedInPage(buyerBrowser.context, buyer, 'en'),
      signedInPage(staffBrowser.context, x.staff, 'id'),
    ]);

    // Only the parties get a token; a third signed-in user is refused, whatever the client shows.
    const refused = await t.http.post(`/api/meetings/${id}/join`, {}, stranger.token);
    expect(refused.status).toBe(404);
    expect(refused.body.token).toBeUndefined();

    const [bFrame, eFrame] = await Promise.all([
      joinFromAgenda(b, id, 'call-device-check-phone.png'),
      joinFromAgenda(e, id),
    ]);
    const [bMs, eMs] = await Promise.all([bFrame(), eFrame()]);
    console.log(`click → first remote frame: buyer ${bMs} ms, exhibitor ${eMs} ms`);
    // Each sees the other: the tile is the other party's identity, and its video plays on both sides.
    const remoteTile = 'figure:has(video[data-testid=remote-video])';
    expect(await b.locator(remoteTile).first().getAttribute('data-identity')).toBe(x.staff.user.id);
    expect(await e.locator(remoteTile).first().getAttribute('data-identity')).toBe(buyer.user.id);
    expect(await b.getByTestId('call-warning').textContent()).toMatch(/The call ends in 1 minute/);
    await Promise.all([
      b.screenshot({ path: join(SCREENSHOTS, 'call-phone-en.png') }),
      e.screenshot({ path: join(SCREENSHOTS, 'call-desktop-id.png') }),
    ]);

    // A token minted now gets into the room until the slot end (checked again after it, below).
    lateToken = (await t.http.post(`/api/meetings/${id}/join`, {}, buyer.token)).body.token as string;
    expect((await validate(lateToken)).status).toBe(200);

    // The server ends the call by itself at the slot end: both browsers land on the end screen.
    await Promise.all(
      [b, e].map((p) =>
        p.locator('[data-testid=call-end][data-end=ended]').waitFor({ timeout: SLOT_LEFT_MS + 20_000 }),
      ),
    );
    expect(await b.getByTestId('record-deal').getAttribute('href')).toBe(`/e/opop-2020/deals?meeting=${id}`);
    await b.screenshot({ path: join(SCREENSHOTS, 'call-end-phone-en.png') });
    const rooms = new RoomServiceClient(lk.url.replace('ws', 'http'), lk.apiKey, lk.apiSecret);
    expect((await rooms.listRooms()).map((r) => r.name)).not.toContain(`meeting-${id}`);

    // Real webhooks saw both sides join: the meeting is held.
    const status = async () => (await t.http.get(`/api/meetings/${id}`, buyer.token)).body.status as string;
    for (const deadline = Date.now() + 10_000; (await status()) !== 'held' && Date.now() < deadline;)
      await new Promise((r) => setTimeout(r, 200));
    expect(await status()).toBe('held');
    await Promise.all([b.close(), e.close()]);
  });

  /**
   * LiveKit accepts a token up to a minute past its expiry (JWT leeway) and, by default, a join re-creates a
   * deleted room. Our LiveKit runs with `room.auto_create: false` (the server creates every room itself), so a
   * token kept from the call cannot bring the room back after the slot ended.
   */
  it("refuses a party's token right after the slot end (room deleted, no auto-create)", async () => {
    expect(lateToken).toBeDefined();
    expect([401, 404]).toContain((await validate(lateToken!)).status);
  });

  it('puts the chosen speaker on the stage for two viewers, who cannot publish', async () => {
    const day = await t.db.getRepository(EventDayEntity).findOneByOrFail({ eventId: event.id });
    const organiser = await MatchingFactory.person(t, 'organiser');
    // Through the organiser's API, as the console does: the hall's join snapshot follows the schedule.
    const created = await t.http.request('POST', `/api/admin/events/${event.slug}/sessions`, {
      token: organiser.token,
      body: {
        dayId: day.id,
        kind: 'stage',
        title: { id: 'Pembukaan OPOP Expo', en: 'OPOP Expo opening' },
        startsAt: new Date(Date.now() - 60_000).toISOString(),
        endsAt: new Date(Date.now() + 30 * 60_000).toISOString(),
      },
    });
    expect(created.status).toBe(201);
    const session = created.body as { id: string };
    const speaker = await MatchingFactory.person(t, 'visitor', { displayName: 'Kang Emil' });
    const [viewer1, viewer2] = [await MatchingFactory.buyer(t), await MatchingFactory.person(t, 'visitor')];
    const put = await t.http.request('PUT', `/api/admin/stage/${session.id}/speakers`, {
      token: organiser.token,
      body: { userIds: [speaker.user.id] },
    });
    expect(put.status).toBe(200);

    const s = await signedInPage(speakerBrowser.context, speaker, 'id');
    await s.goto(`${t.url}/e/opop-2020/stage/${session.id}`);
    await s.getByTestId('join-stage').click();
    await s.getByTestId('device-check').waitFor();
    await s.getByTestId('join-call').click();
    await s.locator('[data-testid=call-room][data-role=speaker] video[data-testid=local-video]').waitFor();

    const viewers = await Promise.all([
      signedInPage(buyerBrowser.context, viewer1, 'en'),
      signedInPage(staffBrowser.context, viewer2, 'id'),
    ]);
    await Promise.all(
      viewers.map(async (v) => {
        await v.goto(`${t.url}/e/opop-2020/stage/${session.id}`);
        await v.getByTestId('join-stage').click();
        await v.locator('[data-testid=call-room][data-role=viewer]').waitFor();
        await waitForExpression(v, PLAYING('remote-video'), { polling: 100, timeout: 20_000 });
        expect(await v.getByTestId('toggle-mic').count()).toBe(0); // no publishing controls
      }),
    );
    await Promise.all([
      viewers[0].screenshot({ path: join(SCREENSHOTS, 'stage-phone-en.png') }),
      viewers[1].screenshot({ path: join(SCREENSHOTS, 'stage-desktop-id.png') }),
    ]);

    // LiveKit itself holds the viewers to subscribe-only, hidden; only the speaker publishes.
    const rooms = new RoomServiceClient(lk.url.replace('ws', 'http'), lk.apiKey, lk.apiSecret);
    const inRoom = await rooms.listParticipants(`stage-${session.id}`);
    const byId = new Map(inRoom.map((p) => [p.identity, p]));
    expect(byId.get(speaker.user.id)?.tracks.length).toBeGreaterThanOrEqual(1);
    for (const v of [viewer1, viewer2]) {
      const p = byId.get(v.user.id);
      expect(p?.permission).toMatchObject({ canPublish: false, canSubscribe: true, hidden: true });
      expect(p?.tracks).toHaveLength(0);
    }
    const viewerToken = (await t.http.post(`/api/stage/${session.id}/join`, {}, viewer1.token)).body.token;
    const claims = await new TokenVerifier(lk.apiKey, lk.apiSecret).verify(viewerToken);
    expect(claims.video).toMatchObject({ canPublish: false, canPublishData: false, hidden: true });
  });
});
