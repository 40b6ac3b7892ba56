import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { EventEntity, ScheduleSessionEntity } from '../src/modules/events/event.entity';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { StageFactory } from './factories/stage.factory';
import { axe } from './support/axe';
import { launchBrowser } from './support/browser';
import { createApp, TestApp } from './support/create-app';
import { LiveKit, startLiveKit } from './support/livekit-process';
import { freePort } from './support/redis-process';
import { SCREENSHOTS } from './support/screenshots';
import { openSignedIn } from './support/signed-in-page';
import { mkdirSync } from 'node:fs';

const CLIENT_DIST = process.env.CLIENT_DIST ?? join(__dirname, '..', '..', 'client', 'dist');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 800 };

jest.setTimeout(120_000);

type Browser = Awaited<ReturnType<typeof launchBrowser>>;

/**
 * (axe runs on the page's main content and on the call room: the shell's header has its own spec.)
 * The stage's questions and polls in two headless Chromiums: a viewer on a phone in Indonesian and the
 * organiser on a desktop in English. A question is asked, upvoted, approved and answered, a poll's results
 * move live on both screens, and a viewer over the stage's capacity is told it is full (real LiveKit).
 */
describe('stage questions and polls in the browser (two browsers, real LiveKit)', () => {
  let t: TestApp;
  let lk: LiveKit;
  let event: EventEntity;
  let session: ScheduleSessionEntity;
  let phone: Browser;
  let desktop: Browser;
  let viewer: Page;
  let host: Page;

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
    [t, phone, desktop] = await Promise.all([
      createApp({ port, env }),
      launchBrowser({ timezoneId: 'Asia/Jakarta', viewport: PHONE, extraArgs }),
      launchBrowser({ timezoneId: 'Asia/Jakarta', viewport: DESKTOP, extraArgs }),
    ]);
    mkdirSync(SCREENSHOTS, { recursive: true });
    event = await FairFactory.event(t.db, 'opop-2020');
    session = await StageFactory.session(t.db, event);
  });
  afterAll(async () => {
    await Promise.all([phone?.close(), desktop?.close()]);
    await t?.close();
    await lk?.stop();
  });

  const question = (page: Page) => page.getByTestId('stage-question').first();

  it('a question asked on a phone is approved, upvoted and answered live; a poll shows its results on both screens', async () => {
    const organiser = await MatchingFactory.person(t, 'organiser', { displayName: 'Panitia OPOP' });
    const visitor = await MatchingFactory.person(t, 'visitor', { displayName: 'Siti Rahma' });
    [viewer, host] = await Promise.all([
      openSignedIn(t, phone.context, visitor.token, 'id'),
      openSignedIn(t, desktop.context, organiser.token, 'en'),
    ]);
    await Promise.all([viewer, host].map((p) => p.goto(`${t.url}/e/opop-2020/stage/${session.id}`)));
    await Promise.all([viewer, host].map((p) => p.getByTestId('stage-board').waitFor()));
    await host.getByTestId('stage-moderator-note').waitFor();

    await viewer.getByTestId('stage-ask-text').fill('Apakah produk ini sudah bersertifikat halal?');
    await viewer.getByTestId('stage-ask').click();
    await question(viewer).getByText('Menunggu persetujuan').waitFor();
    expect(await viewer.getByTestId('stage-announce').textContent()).toMatch(/Pertanyaan terkirim/);
    // Focus stays in the question box for the next one.
    expect(await viewer.evaluate('document.activeElement?.id')).toBe('stage-ask-text');

    await question(host).getByText('Waiting for approval').waitFor(); // pushed to the moderator
    expect(await axe(host, '#main')).toEqual([]);
    await host.screenshot({ path: join(SCREENSHOTS, 'stage-moderation-desktop-en.png') });
    await question(host).getByTestId('stage-approve').click();
    await question(viewer).getByTestId('stage-question-status').waitFor({ state: 'detached' });

    await question(viewer).getByTestId('stage-upvote').click();
    await question(viewer).locator('[data-testid=stage-upvote][aria-pressed=true]').waitFor();
    await question(host).getByText('1 upvote').waitFor();

    await question(host).getByTestId('stage-answer').click();
    await question(viewer).getByText('Sudah dijawab').waitFor();

    await host.getByLabel('Question', { exact: true }).fill('Which product would you buy first?');
    await host.getByLabel('Answer 1').fill('Kopi Gayo');
    await host.getByLabel('Answer 2').fill('Teh Kayu Aro');
    await host.getByTestId('stage-poll-create').click();
    await host.getByTestId('stage-poll-open').click();
    await viewer.getByTestId('stage-poll').getByText('Teh Kayu Aro').waitFor(); // opened, live on the phone
    await viewer.getByLabel('Teh Kayu Aro').check();
    await viewer.getByTestId('stage-vote').click();
    await viewer.getByTestId('stage-poll-total').getByText('1 suara').waitFor();
    await host.getByTestId('stage-poll-total').getByText('1 vote').waitFor(); // results move on the other screen

    expect(await axe(viewer, '#main')).toEqual([]);
    await viewer.screenshot({ path: join(SCREENSHOTS, 'stage-qa-phone-id.png'), fullPage: true });
  });

  it('a viewer over the capacity is told the stage is full, and watches with the board beside the stage once a seat frees', async () => {
    const early = await MatchingFactory.person(t, 'visitor');
    // The organiser sets the session's capacity on the schedule page.
    await host.goto(`${t.url}/e/opop-2020/console/schedule`);
    await host.getByRole('button', { name: 'Speakers on this stage' }).click();
    await host.getByLabel('Viewer capacity').fill('1');
    await host.getByTestId('stage-capacity').getByRole('button', { name: 'Save capacity' }).click();
    await host
      .getByTestId('stage-capacity')
      .getByText(/Admits 1 hidden viewers/)
      .waitFor();
    expect(await axe(host, '#main')).toEqual([]);
    expect((await t.http.post(`/api/stage/${session.id}/join`, {}, early.token)).status).toBe(200);

    await viewer.reload();
    await viewer.getByTestId('join-stage').click();
    await viewer
      .getByTestId('join-error')
      .getByText(/Panggung ini sudah penuh/)
      .waitFor();
    expect(await axe(viewer, '#main')).toEqual([]);
    await viewer.screenshot({ path: join(SCREENSHOTS, 'stage-full-phone-id.png') });

    expect((await t.http.post(`/api/stage/${session.id}/leave`, {}, early.token)).status).toBe(204);
    await viewer.getByTestId('join-stage').click();
    await viewer.locator('[data-testid=call-room][data-role=viewer]').waitFor();
    await viewer.getByTestId('stage-board').waitFor();
    await question(viewer).getByText('Sudah dijawab').waitFor();
    expect(await axe(viewer, '[data-testid=call-room]')).toEqual([]);
    await viewer.screenshot({ path: join(SCREENSHOTS, 'stage-room-phone-id.png') });

    // The organiser (never counted) watches in the room on the desktop, the board beside the stage.
    await host.goto(`${t.url}/e/opop-2020/stage/${session.id}`);
    await host.getByTestId('join-stage').click();
    await host.locator('[data-testid=call-room][data-role=viewer]').waitFor();
    await host.getByTestId('stage-board').waitFor();
    expect(await axe(host, '[data-testid=call-room]')).toEqual([]);
    await host.screenshot({ path: join(SCREENSHOTS, 'stage-room-desktop-en.png') });
  });
});
