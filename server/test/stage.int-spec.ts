import type { StagePoll, StageQuestion } from '@pameran/contracts';
import { AccessToken } from 'livekit-server-sdk';
import { createHash, randomUUID } from 'node:crypto';
import { EventEntity } from '../src/modules/events/event.entity';
import { ScheduleClock } from '../src/modules/events/schedule-clock';
import { FairFactory } from './factories/fair.factory';
import { MatchingFactory } from './factories/matching.factory';
import { StageFactory } from './factories/stage.factory';
import { createApp, TestApp } from './support/create-app';
import { connectHall, HallClient, next } from './support/hall-client';
import { LiveKit, startLiveKit } from './support/livekit-process';
import { freePort } from './support/redis-process';
import { createDatabase, redisUrl } from './support/services';

jest.setTimeout(90_000);

type Person = Awaited<ReturnType<typeof MatchingFactory.person>>;

/**
 * A stage session's questions, polls and viewer cap on two nodes sharing PostgreSQL and Redis: what one
 * node changes reaches the watchers on the other; the cap counts viewers of both nodes.
 */
describe('stage: questions, polls and the viewer cap (two nodes, real PostgreSQL, Redis and LiveKit)', () => {
  let database: { url: string; drop: () => Promise<void> };
  let lk: LiveKit;
  let a: TestApp;
  let b: TestApp;
  let event: EventEntity;
  let organiser: Person;
  let speaker: Person;
  const sockets: HallClient[] = [];

  beforeAll(async () => {
    database = await createDatabase();
    const port = await freePort();
    lk = await startLiveKit({ webhookUrl: `http://127.0.0.1:${port}/api/livekit/webhook` });
    const env = {
      REDIS_URL: redisUrl(),
      JWT_SECRET: 'j'.repeat(48),
      UPLOAD_DIR_SHARED: '1',
      LIVEKIT_URL: lk.url,
      LIVEKIT_API_KEY: lk.apiKey,
      LIVEKIT_API_SECRET: lk.apiSecret,
    };
    a = await createApp({ databaseUrl: database.url, port, env });
    b = await createApp({ databaseUrl: database.url, env });
    event = await FairFactory.event(a.db, `stage-fair-${randomUUID().slice(0, 6)}`);
    organiser = await MatchingFactory.person(a, 'organiser');
    speaker = await MatchingFactory.person(a, 'visitor');
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await a?.close();
    await b?.close();
    await lk?.stop();
    await database?.drop();
  });
  afterEach(() => [a, b].forEach((t) => t?.app.get(ScheduleClock).freeze(undefined)));

  async function watcher(t: TestApp, who: Person, sessionId: string): Promise<HallClient> {
    const socket = await connectHall(t.url, { token: who.token, event: event.slug });
    sockets.push(socket);
    await next(socket, 'hall:snapshot');
    const ack = await socket.emitWithAck('stage:watch', { sessionId });
    expect(ack).toEqual({ ok: true });
    return socket;
  }
  const post = (t: TestApp, path: string, body: unknown, who: Person) => t.http.post(path, body, who.token);
  const board = async (t: TestApp, sessionId: string, who: Person) =>
    (await t.http.get(`/api/stage/${sessionId}/board`, who.token)).body;
  /** Resolves with every `event` the socket got meanwhile, so a spec can say what did NOT arrive. */
  function record<E extends 'stage:question' | 'stage:poll' | 'stage:question_removed'>(s: HallClient, e: E) {
    const got: unknown[] = [];
    s.on(e, ((p: unknown) => got.push(p)) as never);
    return got;
  }

  it('shows a question to its author and the moderators, to every watcher on both nodes once approved, with one upvote each', async () => {
    const session = await StageFactory.session(a.db, event, { speakerIds: [speaker.user.id] });
    const author = await MatchingFactory.person(a, 'visitor');
    const viewer = await MatchingFactory.person(a, 'buyer');
    const onB = await watcher(b, viewer, session.id);
    const authorSocket = await watcher(a, author, session.id);
    const modSocket = await watcher(b, organiser, session.id);
    const seenByViewer = record(onB, 'stage:question');

    const pendingToModerator = next(modSocket, 'stage:question');
    const asked = await post(
      a,
      `/api/stage/${session.id}/questions`,
      { text: '  Berapa harga grosir?  ' },
      author,
    );
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({
      text: 'Berapa harga grosir?',
      status: 'pending',
      mine: true,
      upvotes: 0,
    });
    expect(await pendingToModerator).toMatchObject({ id: asked.body.id, status: 'pending' });
    expect((await board(a, session.id, author)).questions.map((q: StageQuestion) => q.id)).toEqual([
      asked.body.id,
    ]);
    expect((await board(b, session.id, viewer)).questions).toEqual([]);
    expect((await board(b, session.id, speaker)).moderator).toBe(true);

    const approvedOnB = next(onB, 'stage:question', (q) => q.status === 'approved');
    const approved = await post(
      b,
      `/api/stage/questions/${asked.body.id}/moderate`,
      { action: 'approve' },
      speaker,
    );
    expect(approved.status).toBe(200);
    expect(await approvedOnB).toMatchObject({ id: asked.body.id, authorName: author.user.displayName });
    expect(seenByViewer.map((q) => (q as StageQuestion).status)).toEqual(['approved']); // never the pending one

    const upvotedOnA = next(authorSocket, 'stage:question', (q) => q.upvotes === 1);
    const up = await post(b, `/api/stage/questions/${asked.body.id}/upvote`, {}, viewer);
    expect(up.body).toMatchObject({ upvotes: 1, upvoted: true });
    await upvotedOnA;
    const again = await post(a, `/api/stage/questions/${asked.body.id}/upvote`, {}, viewer);
    expect(again.status).toBe(409);
    expect(again.body.code).toBe('already_voted');

    const answeredOnB = next(onB, 'stage:question', (q) => q.status === 'answered');
    await post(a, `/api/stage/questions/${asked.body.id}/moderate`, { action: 'answer' }, organiser);
    expect(await answeredOnB).toMatchObject({ upvotes: 1 });
    const viewerBoard = await board(b, session.id, viewer);
    expect(viewerBoard.questions).toEqual([
      expect.objectContaining({ id: asked.body.id, status: 'answered', upvoted: true, mine: false }),
    ]);

    const removedOnB = next(onB, 'stage:question_removed');
    await post(a, `/api/stage/questions/${asked.body.id}/moderate`, { action: 'hide' }, organiser);
    expect(await removedOnB).toEqual({ sessionId: session.id, id: asked.body.id });
    expect((await board(b, session.id, viewer)).questions).toEqual([]);
    expect((await board(b, session.id, organiser)).questions[0].status).toBe('hidden');
  });

  it('limits how fast one person asks', async () => {
    const session = await StageFactory.session(a.db, event);
    const asker = await MatchingFactory.person(a, 'visitor');
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const t = i % 2 ? a : b; // both nodes count into one limit
      statuses.push(
        (await post(t, `/api/stage/${session.id}/questions`, { text: `Pertanyaan ${i}` }, asker)).status,
      );
    }
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429]);
  });

  it('runs a poll: drafts for moderators, live results to watchers on both nodes, one vote each, kept after the session', async () => {
    const session = await StageFactory.session(a.db, event, { speakerIds: [speaker.user.id] });
    const voter = await MatchingFactory.person(a, 'visitor');
    const other = await MatchingFactory.person(a, 'buyer');
    const onA = await watcher(a, other, session.id);
    const polls = record(onA, 'stage:poll');

    const created = await post(
      b,
      `/api/stage/${session.id}/polls`,
      { question: 'Produk favorit?', options: ['Kopi', 'Teh', 'Kakao'] },
      speaker,
    );
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ status: 'draft', total: 0 });
    expect((await board(a, session.id, voter)).polls).toEqual([]);
    const [kopi, teh] = created.body.options as StagePoll['options'];
    const early = await post(a, `/api/stage/polls/${created.body.id}/vote`, { optionId: kopi.id }, voter);
    expect(early.status).toBe(404);

    const opened = next(onA, 'stage:poll', (p) => p.status === 'open');
    await post(b, `/api/stage/polls/${created.body.id}/state`, { status: 'open' }, speaker);
    await opened;
    const result = next(onA, 'stage:poll', (p) => p.total === 1);
    const voted = await post(b, `/api/stage/polls/${created.body.id}/vote`, { optionId: teh.id }, voter);
    expect(voted.status).toBe(200);
    expect(voted.body.myVote).toBe(teh.id);
    expect((await result).options.map((o) => o.votes)).toEqual([0, 1, 0]);
    const twice = await post(a, `/api/stage/polls/${created.body.id}/vote`, { optionId: kopi.id }, voter);
    expect(twice.status).toBe(409);
    expect(twice.body.code).toBe('already_voted');

    const closed = next(onA, 'stage:poll', (p) => p.status === 'closed');
    await post(a, `/api/stage/polls/${created.body.id}/state`, { status: 'closed' }, organiser);
    await closed;
    const late = await post(a, `/api/stage/polls/${created.body.id}/vote`, { optionId: kopi.id }, other);
    expect(late.body.code).toBe('poll_not_open');
    expect(polls.every((p) => (p as StagePoll).status !== 'draft')).toBe(true);

    // After the session: everything is still there, read only.
    [a, b].forEach((t) => t.app.get(ScheduleClock).freeze(new Date(session.endsAt.getTime() + 60_000)));
    const after = await board(b, session.id, voter);
    expect(after).toMatchObject({
      readOnly: true,
      polls: [expect.objectContaining({ total: 1, myVote: teh.id })],
    });
    const ask = await post(a, `/api/stage/${session.id}/questions`, { text: 'Masih bisa?' }, voter);
    expect(ask.status).toBe(409);
    expect(ask.body.code).toBe('stage_closed');
  });

  describe('the viewer cap', () => {
    const join = (t: TestApp, sessionId: string, who: Person) =>
      post(t, `/api/stage/${sessionId}/join`, {}, who);
    const sign = async (body: string) => {
      const token = new AccessToken(lk.apiKey, lk.apiSecret);
      token.sha256 = createHash('sha256').update(body).digest('base64');
      return token.toJwt();
    };
    const webhook = async (kind: string, sessionId: string, userId: string) => {
      const body = JSON.stringify({
        event: kind,
        id: `EV_${randomUUID()}`,
        createdAt: Math.floor(Date.now() / 1000),
        room: { name: `stage-${sessionId}` },
        participant: { identity: userId, name: 'x' },
      });
      const res = await fetch(`${a.url}/api/livekit/webhook`, {
        method: 'POST',
        headers: { 'content-type': 'application/webhook+json', authorization: await sign(body) },
        body,
      });
      expect(res.status).toBe(200);
    };

    it('admits as many hidden viewers as the capacity across both nodes, says "full" to the next, and frees a seat on leaving', async () => {
      const session = await StageFactory.session(a.db, event, { speakerIds: [speaker.user.id] });
      const path = `/api/admin/stage/${session.id}/capacity`;
      const set = await a.http.request('PUT', path, { token: organiser.token, body: { capacity: 2 } });
      expect(set.body).toEqual({ capacity: 2, custom: true, viewers: 0 });
      const viewers = await Promise.all([1, 2, 3, 4].map(() => MatchingFactory.person(a, 'visitor')));

      // Four at once on two nodes: exactly two seats.
      const first = await Promise.all(viewers.map((v, i) => join(i % 2 ? a : b, session.id, v)));
      expect(first.map((r) => r.status).sort()).toEqual([200, 200, 409, 409]);
      const refused = first.find((r) => r.status === 409)!;
      expect(refused.body).toMatchObject({ code: 'stage_full' });
      expect(refused.body.token).toBeUndefined();
      const seated = viewers.filter((_, i) => first[i].status === 200);
      const waiting = viewers.filter((_, i) => first[i].status === 409);

      // Speakers and organisers are never turned away; a seated viewer coming back keeps their seat.
      expect((await join(b, session.id, speaker)).body.role).toBe('speaker');
      expect((await join(a, session.id, organiser)).status).toBe(200);
      expect((await join(b, session.id, seated[0])).status).toBe(200);
      expect((await a.http.get(path, organiser.token)).body.viewers).toBe(2);

      // In the room (LiveKit's webhook), then gone: the seat is free again.
      await webhook('participant_joined', session.id, seated[0].user.id);
      expect((await join(a, session.id, waiting[0])).status).toBe(409);
      await webhook('participant_left', session.id, seated[0].user.id);
      expect((await join(a, session.id, waiting[0])).status).toBe(200);
      // The page's own leave gives the seat back at once.
      expect((await post(b, `/api/stage/${session.id}/leave`, {}, seated[1])).status).toBe(204);
      expect((await join(b, session.id, waiting[1])).status).toBe(200);
      expect((await join(a, session.id, seated[1])).body.code).toBe('stage_full');
    });
  });
});
