import { randomUUID } from 'node:crypto';
import { TokenService } from '../../src/modules/auth/token.service';
import { MembershipService } from '../../src/modules/memberships';
import { signedIn, UserFactory } from '../factories/user.factory';
import { createApp, type TestApp } from '../support/create-app';
import { connectHall, type HallClient, next } from '../support/hall-client';
import { type Fair, type Person, twoFairs } from '../support/two-fairs';

jest.setTimeout(120_000);

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A hall connection that keeps the name of every event it is sent. */
interface Seat {
  socket: HallClient;
  heard: string[];
}

/**
 * What a person is in a fair's hall comes from their memberships of *that* fair (docs/security.md, "Hall
 * rights per fair"; docs/decisions/0030-hall-rights-per-fair.md), never from the account's own role or the
 * team it joined first: an organiser of fair A is a visitor in B's hall, staff of one exhibitor in A and of
 * another in B staff each fair's own booth, and a membership granted or withdrawn while the socket is open
 * counts at once. An archived fair's hall refuses walking and staff chat (`event_archived`).
 */
describe('security: hall rights per fair', () => {
  let t: TestApp;
  let a: Fair;
  let b: Fair;
  const open: HallClient[] = [];

  const seat = async (fair: Fair, person: Person): Promise<Seat> => {
    const heard: string[] = [];
    const socket = await connectHall(
      t.url,
      { token: person.token, event: fair.slug },
      { listen: (s) => s.onAny((event: string) => heard.push(event)) },
    );
    open.push(socket);
    return { socket, heard };
  };
  const req = (method: string, path: string, p: Person, body?: unknown) =>
    t.http.request(method, `/api${path}`, { token: p.token, body });
  /** A draft poll in the fair's stage: only its moderators (organisers, speakers) are told of it. */
  const draftPoll = async (fair: Fair) => {
    const res = await req('POST', `/stage/${fair.stageSessionId}/polls`, fair.staff, {
      question: `Rahasia ${randomUUID().slice(0, 6)}?`,
      options: ['Ya', 'Tidak'],
    });
    expect(res.status).toBe(201);
  };
  const staffInBoth = async (): Promise<Person> => {
    // The account's own exhibitor (the legacy mirror the token carries) is its team in A.
    const user = await UserFactory.create(t.db, {
      role: 'exhibitor',
      memberships: false,
    });
    for (const fair of [a, b])
      await t.app.get(MembershipService).grant({
        userId: user.id,
        eventId: fair.event.id,
        role: 'exhibitor',
        exhibitorId: fair.exhibitor.id,
      });
    const token = t.app.get(TokenService).signAccess({
      sub: user.id,
      role: 'exhibitor',
      name: user.displayName,
      guest: false,
    });
    return { user, token };
  };

  beforeAll(async () => {
    t = await createApp();
    ({ a, b } = await twoFairs({ db: t.db, tokens: t.app.get(TokenService), url: t.url }));
  });
  afterAll(async () => {
    open.forEach((s) => s.close());
    await t?.close();
  });

  it("A's organiser in B's hall hears none of B's organiser frames and is a visitor there", async () => {
    const intruder = await seat(b, a.organiser);
    // Alone in B's hall on this node: the console's figures would be pushed to them within 2 s.
    await wait(2600);
    const own = await seat(b, b.organiser);
    const ownHears = next(own.socket, 'stage:poll');
    await draftPoll(b);
    await ownHears;
    await wait(300);
    expect(intruder.heard.filter((e) => e === 'dashboard' || e.startsWith('stage:'))).toEqual([]);
    // Chat marks its author as they are in this fair.
    const text = `Organiser A di B ${randomUUID().slice(0, 6)}`;
    expect(await intruder.socket.emitWithAck('booth:enter', { boothId: b.booth.id })).toMatchObject({
      ok: true,
    });
    const posted = next(intruder.socket, 'chat:message', (m) => m.text === text);
    expect(
      await intruder.socket.emitWithAck('chat:send', {
        boothId: b.booth.id,
        text,
        clientMsgId: randomUUID(),
      }),
    ).toMatchObject({ ok: true });
    expect((await posted).authorRole).toBe('visitor');
  });

  it("staff of X in A and of Y in B staff X's booth in A's hall and Y's booth in B's", async () => {
    const both = await staffInBoth();
    for (const fair of [a, b]) {
      let visitors: () => void = () => undefined;
      const listed = new Promise<void>((resolve) => (visitors = resolve));
      const socket = await connectHall(
        t.url,
        { token: both.token, event: fair.slug },
        { listen: (s) => s.once('booth:visitors', () => visitors()) },
      );
      open.push(socket);
      await Promise.race([listed, wait(3000).then(() => Promise.reject(new Error(`${fair.slug}: no list`)))]);
      const text = `Staf di ${fair.slug} ${randomUUID().slice(0, 6)}`;
      const posted = next(socket, 'chat:message', (m) => m.text === text);
      expect(await socket.emitWithAck('booth:enter', { boothId: fair.booth.id })).toMatchObject({ ok: true });
      expect(
        await socket.emitWithAck('chat:send', { boothId: fair.booth.id, text, clientMsgId: randomUUID() }),
      ).toMatchObject({ ok: true });
      expect((await posted).fromStaff).toBe(true);
    }
  });

  it('an organiser membership granted or withdrawn while the socket is open counts in that hall at once', async () => {
    const person = await signedIn(t, 'visitor', { memberships: false });
    const s = await seat(b, person);
    const added = await req('POST', `/admin/events/${b.slug}/organisers`, b.organiser, {
      email: person.user.email,
    });
    expect(added.status).toBe(200);
    const hears = next(s.socket, 'stage:poll', () => true, 3000);
    await draftPoll(b);
    await hears;
    const removed = await req('DELETE', `/admin/events/${b.slug}/organisers/${person.user.id}`, b.organiser);
    expect(removed.status).toBe(200);
    await wait(300);
    const before = s.heard.length;
    await draftPoll(b);
    await wait(800);
    expect(s.heard.slice(before).filter((e) => e.startsWith('stage:'))).toEqual([]);
  });

  it('a staff membership granted while the socket is open seats them at that booth at once', async () => {
    const person = await signedIn(t, 'visitor', { memberships: false });
    const s = await seat(b, person);
    const listed = next(s.socket, 'booth:visitors', () => true, 3000);
    await t.app
      .get(MembershipService)
      .grant({ userId: person.user.id, eventId: b.event.id, role: 'exhibitor', exhibitorId: b.exhibitor.id });
    await listed;
    const text = `Staf baru ${randomUUID().slice(0, 6)}`;
    expect(await s.socket.emitWithAck('booth:enter', { boothId: b.booth.id })).toMatchObject({ ok: true });
    const posted = next(s.socket, 'chat:message', (m) => m.text === text);
    expect(
      await s.socket.emitWithAck('chat:send', { boothId: b.booth.id, text, clientMsgId: randomUUID() }),
    ).toMatchObject({ ok: true });
    expect((await posted).fromStaff).toBe(true);
  });

  it("an archived fair's hall refuses walking and staff chat with event_archived", async () => {
    const staff = await seat(a, a.staff);
    expect(await staff.socket.emitWithAck('booth:enter', { boothId: a.booth.id })).toMatchObject({
      ok: true,
    });
    for (const to of ['published', 'live', 'closed', 'archived'])
      await req('POST', `/admin/events/${a.slug}/status`, a.organiser, { to });
    const [{ status }] = (await t.db.query('SELECT status FROM event WHERE id = $1', [a.event.id])) as {
      status: string;
    }[];
    expect(status).toBe('archived');
    const chat = await staff.socket.emitWithAck('chat:send', {
      boothId: a.booth.id,
      text: 'Masih buka?',
      clientMsgId: randomUUID(),
    });
    expect(chat).toMatchObject({ ok: false, error: { code: 'event_archived' } });
    // A move is volatile and normally unacknowledged; asked for an ack, the hall says why it refused it.
    const withAck = staff.socket.timeout(3000) as unknown as {
      emitWithAck(e: string, p: object): Promise<unknown>;
    };
    const move = await withAck.emitWithAck('move', { x: a.booth.x, z: a.booth.z, ry: 0 });
    expect(move).toMatchObject({ ok: false, error: { code: 'event_archived' } });
  });
});
