import type { HallSnapshot } from '@pameran/contracts';
import { TokenService } from '../src/modules/auth/token.service';
import type { UserEntity } from '../src/modules/users/user.entity';
import { FairFactory } from './factories/fair.factory';
import { signedIn, UserFactory } from './factories/user.factory';
import { createApp, TestApp } from './support/create-app';
import { connectHall, HallClient } from './support/hall-client';
import { sqlDuring } from './support/sql-counter';

/**
 * The opening-bell handshake reads memory only (docs/decisions/0022-handshake-from-memory.md): with
 * tokens that carry the hall's claims, a crowd of new people connecting makes no SQL query at all, and
 * each still gets its join snapshot.
 */
describe('hall handshake from memory', () => {
  let t: TestApp;
  let slug: string;
  let boothId: string;
  const open: HallClient[] = [];
  const sign = (u: UserEntity, company: string | null = null) =>
    t.app.get(TokenService).signAccess({
      sub: u.id,
      role: u.role,
      name: u.displayName,
      guest: u.isGuest,
      ver: u.tokenVersion,
      company,
    });
  const join = async (token: string) => {
    let got: (s: HallSnapshot) => void = () => undefined;
    const snapshot = new Promise<HallSnapshot>((resolve) => (got = resolve));
    const s = await connectHall(
      t.url,
      { token, event: slug },
      { listen: (c) => c.once('hall:snapshot', got) },
    );
    open.push(s);
    return { socket: s, snapshot: await snapshot };
  };
  beforeAll(async () => {
    t = await createApp();
    const event = await FairFactory.event(t.db, 'bell-fair');
    slug = event.slug;
    boothId = (await FairFactory.booth(t.db, event.id)).booth.id;
  });
  afterAll(async () => {
    open.forEach((s) => s.close());
    await t?.close();
  });

  it('connects 30 new people (visitors, buyers, a guest) without one SQL query', async () => {
    // The first connection of each role reads the event's schedule and announcements for all after it.
    await join(sign(await UserFactory.create(t.db, { role: 'visitor' })));
    await join(sign(await UserFactory.create(t.db, { role: 'buyer' })));
    const people = await Promise.all(
      Array.from({ length: 30 }, (_, i) =>
        UserFactory.create(t.db, { role: i % 3 ? 'visitor' : 'buyer', isGuest: i === 7 }),
      ),
    );
    const tokens = people.map((u) => sign(u, u.role === 'buyer' ? 'Hana Foods' : null));
    let joined: { snapshot: HallSnapshot }[] = [];
    const queries = await sqlDuring(async () => {
      joined = await Promise.all(tokens.map(join));
    });
    expect(queries).toEqual([]);
    expect(joined).toHaveLength(30);
    for (const { snapshot } of joined) {
      expect(snapshot).toMatchObject({ moderation: { state: 'ok' }, occupancy: {} });
      expect(snapshot.sessions.length).toBeGreaterThan(0);
    }
  });

  it('counts a booth visit made just before someone joins in their snapshot', async () => {
    const { socket } = await join(sign(await UserFactory.create(t.db, { role: 'visitor' })));
    await socket.emitWithAck('booth:enter', { boothId });
    const { snapshot } = await join(sign(await UserFactory.create(t.db, { role: 'visitor' })));
    expect(snapshot.occupancy[boothId]).toBe(1);
  });

  it('still accepts a token signed the old way (checked against the database)', async () => {
    const old = await signedIn(t, 'visitor');
    const queries = await sqlDuring(() => join(old.token));
    expect(queries.length).toBeGreaterThan(0);
  });
});
