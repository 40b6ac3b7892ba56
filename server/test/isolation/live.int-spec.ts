import type { ClientToServerEvents } from '@pameran/contracts';
import { randomUUID } from 'node:crypto';
import { UserFactory } from '../factories/user.factory';
import { connectHall, type HallClient, next } from '../support/hall-client';
import { NodeCluster } from '../support/node-cluster';
import { nodeTokens } from '../support/node-tokens';
import { type Fair, type Person, twoFairs } from '../support/two-fairs';

jest.setTimeout(180_000);

const SECRET = 'i'.repeat(48);
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

const INTRUSION = 'Dari pameran A ke B';

/**
 * Every event a client sends on /hall, aimed at fair B's records from a socket in A's hall, and whether it
 * must be refused (an event naming no record of B has no line to fill). `satisfies` ties this table to the
 * socket contract: an event added there without a line here fails the type-check.
 */
const AIMED_AT_B = {
  'booth:enter': (b: Fair) => ({ boothId: b.booth.id }),
  'chat:send': (b: Fair) => ({ boothId: b.booth.id, text: INTRUSION, clientMsgId: randomUUID() }),
  'stage:watch': (b: Fair) => ({ sessionId: b.stageSessionId }),
  // Leaving a stage one never watched changes nothing; it is sent to show it stays so.
  'stage:unwatch': 'harmless',
  'booth:leave': 'names no record',
  move: 'names no record',
} satisfies Record<keyof ClientToServerEvents, ((b: Fair) => object) | 'harmless' | 'names no record'>;

/** A hall connection that keeps everything it is sent, to look for the other fair in it afterwards. */
interface Seat {
  fair: Fair;
  person: Person;
  socket: HallClient;
  heard: string[];
}

/**
 * Isolation, proven live (docs/security.md, "Isolation spec"): fairs A and B open at once on two real
 * nodes (PostgreSQL and Redis shared), visitors of each in its hall on both nodes. Whatever one fair's
 * hall carries — occupancy, walkers, chat, announcements, schedule changes — must never reach a socket in
 * the other's, and each fair's counts stay its own. Both booths stand on the same spot of their halls.
 */
describe('isolation: two fairs live at once keep halls, counts, chats and schedules apart (two nodes)', () => {
  const cluster = new NodeCluster({ name: 'isolation', secret: SECRET });
  const { urls } = cluster;
  const tokens = nodeTokens(SECRET);
  let a: Fair;
  let b: Fair;
  const seats: Seat[] = [];
  /** What only fair A's hall (or B's) may carry; filled as the spec makes it happen. */
  const marks = new Map<Fair, string[]>();

  const visitor = async (): Promise<Person> => {
    const user = await UserFactory.create(cluster.db, { role: 'visitor', memberships: false });
    const token = tokens.signAccess({
      sub: user.id,
      role: 'visitor',
      name: user.displayName,
      guest: false,
    });
    return { user, token };
  };
  const seat = async (fair: Fair, node: number, person?: Person): Promise<Seat> => {
    const who = person ?? (await visitor());
    const heard: string[] = [];
    const socket = await connectHall(
      urls[node],
      { token: who.token, event: fair.slug },
      {
        listen: (s) =>
          s.onAny((event: string, payload: unknown) => heard.push(`${event} ${JSON.stringify(payload)}`)),
      },
    );
    const s = { fair, person: who, socket, heard };
    seats.push(s);
    return s;
  };
  const firstHeard = async (s: Seat, event: string) => {
    for (const until = Date.now() + 5000; Date.now() < until; await wait(50)) {
      const found = s.heard.find((h) => h.startsWith(`${event} `));
      if (found) return found;
    }
    throw new Error(`no ${event} within 5 s`);
  };
  const enter = async (s: Seat) =>
    expect(await s.socket.emitWithAck('booth:enter', { boothId: s.fair.booth.id })).toMatchObject({
      ok: true,
    });
  const mark = (fair: Fair, ...values: string[]) => marks.get(fair)!.push(...values);
  const post = (node: number, path: string, p: Person, body: unknown) =>
    fetch(`${urls[node]}${path}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${p.token}` },
      body: JSON.stringify(body),
    });
  const liveAt = async (node: number, fair: Fair) => {
    const res = (await (await fetch(`${urls[node]}/api/events/${fair.slug}/booths`)).json()) as {
      items: { id: string; liveVisitors: number }[];
    };
    return res.items.map((i) => [i.id, i.liveVisitors]);
  };

  beforeAll(async () => {
    await cluster.start();
    ({ a, b } = await twoFairs({ db: cluster.db, tokens, url: urls[0] }));
    marks.set(a, [a.booth.id, a.exhibitor.id]);
    marks.set(b, [b.booth.id, b.exhibitor.id]);
  });
  afterAll(async () => {
    seats.forEach((s) => s.socket.close());
    await cluster.stop();
  });

  it('occupancy, walkers and counts: each fair sees only its own, on both nodes', async () => {
    const [a0, a1, b0, b1] = [await seat(a, 0), await seat(a, 1), await seat(b, 0), await seat(b, 1)];
    for (const s of [a0, a1, b0, b1]) mark(s.fair, s.person.user.id, s.person.user.displayName);
    const seenA = next(a1.socket, 'occupancy', (p) => p.changes[a.booth.id] === 2, 5000);
    const seenB = next(b0.socket, 'occupancy', (p) => p.changes[b.booth.id] === 2, 5000);
    for (const s of [a0, a1, b0, b1]) await enter(s);
    await Promise.all([seenA, seenB]);
    // Everyone walks on the booths' spot, which is the same in both halls.
    for (const s of [a0, a1, b0, b1])
      s.socket.emit('move', { x: s.fair.booth.x, z: s.fair.booth.z + 1, ry: 0 });
    const sees = (s: Seat, other: Seat) =>
      next(s.socket, 'peers', (p) => (p.e ?? []).includes(other.person.user.displayName), 5000);
    const walkers = sees(a0, a1);
    const walkersB = sees(b1, b0);
    await Promise.all([walkers, walkersB]);
    for (const node of [0, 1]) {
      expect(await liveAt(node, a)).toEqual([[a.booth.id, 2]]);
      expect(await liveAt(node, b)).toEqual([[b.booth.id, 2]]);
    }
    // A visitor joining B on either node is handed B's counts, and only B's.
    for (const node of [0, 1]) {
      const late = await seat(b, node);
      const snapshot = JSON.parse(
        (await firstHeard(late, 'hall:snapshot')).slice('hall:snapshot '.length),
      ) as {
        occupancy: Record<string, number>;
      };
      expect(snapshot.occupancy).toEqual({ [b.booth.id]: 2 });
    }
  });

  it('chat at a booth reaches that fair’s visitors on both nodes and no one in the other fair', async () => {
    const [a0, a1, b0, b1] = seats;
    const inA = next(a1.socket, 'chat:message', (m) => m.text === 'Halo dari pameran A');
    const inB = next(b0.socket, 'chat:message', (m) => m.text === 'Halo dari pameran B');
    mark(a, 'Halo dari pameran A');
    mark(b, 'Halo dari pameran B');
    const send = (s: Seat, text: string) =>
      s.socket.emitWithAck('chat:send', { boothId: s.fair.booth.id, text, clientMsgId: randomUUID() });
    expect(await send(a0, 'Halo dari pameran A')).toMatchObject({ ok: true });
    expect(await send(b1, 'Halo dari pameran B')).toMatchObject({ ok: true });
    await Promise.all([inA, inB]);
  });

  it('announcements and schedule changes of one fair reach only that fair’s hall', async () => {
    const [a0, , , b1] = seats;
    const textA = `Pengumuman A ${randomUUID().slice(0, 6)}`;
    const textB = `Pengumuman B ${randomUUID().slice(0, 6)}`;
    mark(a, textA);
    mark(b, textB);
    const heardA = next(a0.socket, 'announcement', (x) => x.text === textA, 5000);
    const heardB = next(b1.socket, 'announcement', (x) => x.text === textB, 5000);
    expect(
      (await post(1, `/api/admin/events/${a.slug}/announcements`, a.organiser, { text: textA })).status,
    ).toBe(201);
    expect(
      (await post(0, `/api/admin/events/${b.slug}/announcements`, b.organiser, { text: textB })).status,
    ).toBe(201);
    await Promise.all([heardA, heardB]);

    // A stage session two seconds ahead in each fair, created on the node the watcher is not on.
    const goesLive = async (fair: Fair, node: number, watcher: Seat) => {
      const title = `Sesi ${fair.slug} ${randomUUID().slice(0, 6)}`;
      mark(fair, title);
      const startsAt = new Date(Date.now() + 2000);
      const live = next(
        watcher.socket,
        'schedule:state',
        (st) => st.sessions.some((x) => x.title.id === title && x.state === 'live'),
        8000,
      );
      const created = await post(node, `/api/admin/events/${fair.slug}/sessions`, fair.organiser, {
        dayId: fair.dayId,
        kind: 'stage',
        title: { id: title, en: title },
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
      });
      expect(created.status).toBe(201);
      await live;
    };
    await goesLive(a, 1, a0);
    await goesLive(b, 0, b1);
  });

  it('A’s staff in B’s hall have no staff powers there: no visitor list, no staff mark, no moderation', async () => {
    const [, , b0] = seats;
    const intruder = await seat(b, 1, a.staff);
    await enter(intruder);
    // A consenting buyer of B at B's booth: B's staff would be told; A's staff must not be.
    const buyer = await seat(b, 0, b.buyer);
    await enter(buyer);
    await wait(1500);
    expect(intruder.heard.filter((h) => h.startsWith('booth:visitors'))).toEqual([]);
    const text = `Staf A di B ${randomUUID().slice(0, 6)}`;
    const heard = next(b0.socket, 'chat:message', (m) => m.text === text);
    expect(
      await intruder.socket.emitWithAck('chat:send', {
        boothId: b.booth.id,
        text,
        clientMsgId: randomUUID(),
      }),
    ).toMatchObject({ ok: true });
    expect((await heard).fromStaff).toBe(false);
    const removal = await fetch(`${urls[1]}/api/booths/${b.booth.id}/chat/${b.chatMessageId}`, {
      method: 'DELETE',
      headers: { authorization: `Bearer ${a.staff.token}` },
    });
    expect([403, 404]).toContain(removal.status);
    const [row] = (await cluster.db.query('SELECT deleted_at FROM chat_message WHERE id = $1', [
      b.chatMessageId,
    ])) as { deleted_at: Date | null }[];
    expect(row.deleted_at).toBeNull();
    const talk = await fetch(`${urls[0]}/api/booths/${b.booth.id}/talk`, {
      headers: { authorization: `Bearer ${a.staff.token}` },
    });
    expect(((await talk.json()) as { as: string }).as).toBe('visitor');
  });

  it('every socket event aimed at B’s records from A’s hall is refused and reaches no one in B', async () => {
    mark(a, INTRUSION);
    const before = await liveAt(0, b);
    for (const person of [a.organiser, a.staff]) {
      const from = await seat(a, 0, person);
      const emit = (event: string, payload: object) =>
        (from.socket.emitWithAck as (e: string, p: object) => Promise<{ ok: boolean }>)(event, payload);
      for (const [event, line] of Object.entries(AIMED_AT_B)) {
        if (typeof line === 'function')
          expect([event, await emit(event, line(b))]).toEqual([
            event,
            expect.objectContaining({ ok: false }),
          ]);
        else if (line === 'harmless') await emit(event, { sessionId: b.stageSessionId });
      }
    }
    await wait(500);
    expect(await liveAt(0, b)).toEqual(before);
    const [{ n }] = (await cluster.db.query('SELECT count(*)::int AS n FROM chat_message WHERE text = $1', [
      INTRUSION,
    ])) as { n: number }[];
    expect(n).toBe(0);
  });

  it('an organiser membership of B granted and withdrawn on node 0 moves the open socket on node 1 at once', async () => {
    const person = await visitor();
    const s = await seat(b, 1, person);
    const call = (method: string, path: string, body?: unknown) =>
      fetch(`${urls[0]}/api${path}`, {
        method,
        headers: { 'content-type': 'application/json', authorization: `Bearer ${b.organiser.token}` },
        body: body === undefined ? undefined : JSON.stringify(body),
      });
    const draft = async () => {
      const question = `Draf ${randomUUID().slice(0, 6)}?`;
      mark(b, question);
      const res = await post(0, `/api/stage/${b.stageSessionId}/polls`, b.staff, {
        question,
        options: ['Ya', 'Tidak'],
      });
      expect(res.status).toBe(201);
      return question;
    };
    const heardPolls = () => s.heard.filter((h) => h.startsWith('stage:poll '));
    await draft();
    await wait(500);
    expect(heardPolls()).toEqual([]);
    expect(
      (await call('POST', `/admin/events/${b.slug}/organisers`, { email: person.user.email })).status,
    ).toBe(200);
    const asOrganiser = next(s.socket, 'stage:poll', () => true, 3000);
    const question = await draft();
    expect((await asOrganiser).question).toBe(question);
    expect((await call('DELETE', `/admin/events/${b.slug}/organisers/${person.user.id}`)).status).toBe(200);
    const before = heardPolls().length;
    await draft();
    await wait(800);
    expect(heardPolls()).toHaveLength(before);
  });

  it('nothing one fair’s hall carried reached a socket in the other fair', () => {
    const crossed = seats.flatMap((s) => {
      const other = s.fair === a ? b : a;
      return marks
        .get(other)!
        .filter((m) => s.heard.some((h) => h.includes(m)))
        .map((m) => `${s.fair.slug} socket of ${s.person.user.displayName} heard ${m}`);
    });
    expect(crossed).toEqual([]);
    // The spec listened to something: each fair's first visitor heard its own fair.
    expect(seats[0].heard.some((h) => h.includes('Halo dari pameran A'))).toBe(true);
  });
});
