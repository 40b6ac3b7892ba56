import type { StageQuestion } from '@pameran/contracts';
import { EventEntity } from '../../src/modules/events/event.entity';
import { FairFactory } from '../factories/fair.factory';
import { MatchingFactory } from '../factories/matching.factory';
import { StageFactory } from '../factories/stage.factory';
import { createApp, TestApp } from '../support/create-app';
import { connectHall, HallClient, next } from '../support/hall-client';

jest.setTimeout(60_000);

type Person = Awaited<ReturnType<typeof MatchingFactory.person>>;

/**
 * Abuse cases against a stage session's questions and polls (docs/security.md, "Stage questions and polls"):
 * a viewer moderating, reading others' pending or hidden questions, voting twice (also all at once), and
 * someone of another event asking or following the stage.
 */
describe('security: stage questions and polls (real PostgreSQL)', () => {
  let t: TestApp;
  let event: EventEntity;
  let organiser: Person;
  const sockets: HallClient[] = [];

  beforeAll(async () => {
    t = await createApp();
    event = await FairFactory.event(t.db, 'stage-abuse-fair');
    organiser = await MatchingFactory.person(t, 'organiser');
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await t.close();
  });

  const post = (path: string, body: unknown, who: Person) => t.http.post(path, body, who.token);
  const ask = (sessionId: string, who: Person, text = 'Apakah ada sertifikat halal?') =>
    post(`/api/stage/${sessionId}/questions`, { text }, who);
  const board = async (sessionId: string, who: Person) =>
    (await t.http.get(`/api/stage/${sessionId}/board`, who.token)).body;

  it('a viewer cannot moderate questions, write or open polls', async () => {
    const session = await StageFactory.session(t.db, event);
    const viewer = await MatchingFactory.person(t, 'visitor');
    const author = await MatchingFactory.person(t, 'visitor');
    const q = await ask(session.id, author);
    for (const action of ['approve', 'hide', 'answer']) {
      const r = await post(`/api/stage/questions/${q.body.id}/moderate`, { action }, viewer);
      expect(r.status).toBe(403);
    }
    // Not even the author moderates their own question.
    expect(
      (await post(`/api/stage/questions/${q.body.id}/moderate`, { action: 'approve' }, author)).status,
    ).toBe(403);
    const poll = await post(
      `/api/stage/${session.id}/polls`,
      { question: 'Siapa menang?', options: ['A', 'B'] },
      viewer,
    );
    expect(poll.status).toBe(403);
    const real = await post(
      `/api/stage/${session.id}/polls`,
      { question: 'Siapa menang?', options: ['A', 'B'] },
      organiser,
    );
    expect((await post(`/api/stage/polls/${real.body.id}/state`, { status: 'open' }, viewer)).status).toBe(
      403,
    );
    expect((await board(session.id, viewer)).polls).toEqual([]); // the draft stays hidden
    expect((await board(session.id, author)).questions[0].status).toBe('pending');
  });

  it("a viewer sees neither others' pending nor hidden questions, on the board, by upvoting, or on the socket", async () => {
    const session = await StageFactory.session(t.db, event);
    const viewer = await MatchingFactory.person(t, 'visitor');
    const author = await MatchingFactory.person(t, 'visitor');
    const socket = await connectHall(t.url, { token: viewer.token, event: event.slug });
    sockets.push(socket);
    await next(socket, 'hall:snapshot');
    await socket.emitWithAck('stage:watch', { sessionId: session.id });
    const pushed: StageQuestion[] = [];
    socket.on('stage:question', (q) => pushed.push(q));

    const pending = await ask(session.id, author, 'Pertanyaan yang menunggu');
    const hidden = await ask(session.id, author, 'Pertanyaan yang disembunyikan');
    await post(`/api/stage/questions/${hidden.body.id}/moderate`, { action: 'hide' }, organiser);
    const shown = await ask(session.id, author, 'Pertanyaan yang disetujui');
    await post(`/api/stage/questions/${shown.body.id}/moderate`, { action: 'approve' }, organiser);
    await new Promise((r) => setTimeout(r, 300));

    expect((await board(session.id, viewer)).questions.map((q: StageQuestion) => q.id)).toEqual([
      shown.body.id,
    ]);
    expect(pushed.map((q) => q.id)).toEqual([shown.body.id]);
    for (const id of [pending.body.id, hidden.body.id]) {
      expect((await post(`/api/stage/questions/${id}/upvote`, {}, viewer)).status).toBe(404);
    }
    // The author sees their own pending question, not their hidden one.
    const own = (await board(session.id, author)).questions.map((q: StageQuestion) => q.id);
    expect(own.sort()).toEqual([pending.body.id, shown.body.id].sort());
  });

  it('a second upvote or vote is refused, also when sent all at once', async () => {
    const session = await StageFactory.session(t.db, event);
    const voter = await MatchingFactory.person(t, 'visitor');
    const q = await ask(session.id, organiser);
    await post(`/api/stage/questions/${q.body.id}/moderate`, { action: 'approve' }, organiser);
    const ups = await Promise.all(
      Array.from({ length: 6 }, () => post(`/api/stage/questions/${q.body.id}/upvote`, {}, voter)),
    );
    expect(ups.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    expect((await board(session.id, voter)).questions[0].upvotes).toBe(1);

    const poll = await post(
      `/api/stage/${session.id}/polls`,
      { question: 'Pilih satu', options: ['A', 'B'] },
      organiser,
    );
    await post(`/api/stage/polls/${poll.body.id}/state`, { status: 'open' }, organiser);
    const [optA, optB] = poll.body.options;
    const votes = await Promise.all(
      [optA, optB, optA, optB, optA, optB].map((o) =>
        post(`/api/stage/polls/${poll.body.id}/vote`, { optionId: o.id }, voter),
      ),
    );
    expect(votes.map((r) => r.status).sort()).toEqual([200, 409, 409, 409, 409, 409]);
    expect((await board(session.id, voter)).polls[0].total).toBe(1);

    // An option of another poll does not count in this one.
    const other = await post(
      `/api/stage/${session.id}/polls`,
      { question: 'Lain', options: ['X', 'Y'] },
      organiser,
    );
    await post(`/api/stage/polls/${other.body.id}/state`, { status: 'open' }, organiser);
    const stranger = await MatchingFactory.person(t, 'visitor');
    const cross = await post(`/api/stage/polls/${other.body.id}/vote`, { optionId: optA.id }, stranger);
    expect(cross.status).toBe(422);
    expect((await board(session.id, stranger)).polls.map((p: { total: number }) => p.total)).toEqual([1, 0]);
  });

  it("staff of another fair's exhibitor are a plain visitor here (never a moderator); a socket of another event cannot follow the stage", async () => {
    const session = await StageFactory.session(t.db, event);
    const otherEvent = await FairFactory.event(t.db, 'stage-abuse-other-fair');
    const outsider = await MatchingFactory.exhibitor(t, otherEvent.id, { slot: 1 });
    const insider = await MatchingFactory.exhibitor(t, event.id, { slot: 2 });
    // Rights are memberships of one fair (docs/decisions/0025-many-fairs.md): in this fair the outsider's
    // staff hold none, so they take part as any visitor does, and moderate nothing.
    const asked = await ask(session.id, outsider.staff);
    expect(asked.status).toBe(201);
    expect((await ask(session.id, insider.staff)).status).toBe(201);
    const moderated = await post(
      `/api/stage/questions/${asked.body.id}/moderate`,
      { action: 'approve' },
      outsider.staff,
    );
    expect(moderated.status).toBe(403);
    const poll = await post(
      `/api/stage/${session.id}/polls`,
      { question: 'Pilih', options: ['A', 'B'] },
      outsider.staff,
    );
    expect(poll.status).toBe(403);

    const socket = await connectHall(t.url, { token: outsider.staff.token, event: otherEvent.slug });
    sockets.push(socket);
    await next(socket, 'hall:snapshot');
    const ack = await socket.emitWithAck('stage:watch', { sessionId: session.id });
    expect(ack).toMatchObject({ ok: false, error: { code: 'not_found' } });
  });
});
