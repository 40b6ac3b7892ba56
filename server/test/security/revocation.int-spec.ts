import type { RevocationReason, Role } from '@pameran/contracts';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../../src/database/typeorm-options';
import { ChatMessageEntity } from '../../src/modules/chat/chat-message.entity';
import { ExhibitorEntity } from '../../src/modules/exhibitors/exhibitor.entity';
import { FairFactory } from '../factories/fair.factory';
import { TEST_PASSWORD, UserFactory, type TestUser } from '../factories/user.factory';
import { connectHall, next, type HallClient } from '../support/hall-client';
import { NodeProcess } from '../support/node-process';
import { nodeTokens } from '../support/node-tokens';
import { createDatabase, redisUrl } from '../support/services';

const SECRET = 'r'.repeat(48);

/**
 * Revocation on two real nodes sharing PostgreSQL and Redis: the change is made on node A; the person's
 * socket is on node B and their old access token is tried on node B (whose cache had just vouched for it).
 * See docs/security.md, "Revocation and identity".
 */
describe('revocation takes effect at once, on every node', () => {
  let database: { url: string; drop: () => Promise<void> };
  let db: DataSource;
  const nodes: NodeProcess[] = [];
  const urls: string[] = [];
  const dirs: string[] = [];
  const sockets: HallClient[] = [];
  const tokens = nodeTokens(SECRET);
  const sign = (u: TestUser) =>
    tokens.signAccess({
      sub: u.id,
      role: u.role,
      name: u.displayName,
      guest: u.isGuest,
    });
  let slug: string;
  let boothId: string;
  let eventId: string;
  let exhibitorId: string;
  let owner: TestUser;
  let organiser: TestUser;

  const call = async (node: number, method: string, path: string, token?: string, body?: unknown) => {
    const res = await fetch(`${urls[node]}${path}`, {
      method,
      headers: {
        ...(body !== undefined && { 'content-type': 'application/json' }),
        ...(token && { authorization: `Bearer ${token}` }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await res.text();
    return {
      status: res.status,
      body: (text ? JSON.parse(text) : null) as { code?: string; url?: string } | null,
    };
  };

  beforeAll(async () => {
    database = await createDatabase();
    for (let i = 0; i < 2; i++) {
      dirs.push(mkdtempSync(join(tmpdir(), `pameran-revoke${i}-`)));
      nodes.push(
        new NodeProcess({
          DATABASE_URL: database.url,
          REDIS_URL: redisUrl(),
          UPLOAD_DIR_SHARED: '1', // nothing is uploaded here; several nodes must still say where pictures go
          JWT_SECRET: SECRET,
          DATA_DIR: dirs[i],
          SEED: 'none',
          LOG_LEVEL: 'warn',
        }).start(),
      );
    }
    urls.push(...(await Promise.all(nodes.map((n) => n.ready()))));
    db = await new DataSource(typeormOptions(database.url, { embedded: false, poolSize: 4 })).initialize();
    const event = await FairFactory.event(db, 'revocation-fair');
    slug = event.slug;
    const { booth, exhibitor } = await FairFactory.booth(db, event.id);
    boothId = booth.id;
    eventId = event.id;
    exhibitorId = exhibitor.id;
    owner = await UserFactory.create(db, { role: 'exhibitor', exhibitorId });
    await db.getRepository(ExhibitorEntity).update({ id: exhibitorId }, { ownerUserId: owner.id });
    organiser = await UserFactory.create(db, { role: 'organiser' });
  }, 120_000);
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await Promise.all(nodes.map((n) => n.stop()));
    await db?.destroy();
    await database?.drop();
    dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  });

  /** A message in the booth's chat, for someone to try deleting. */
  const chatMessage = async () =>
    (
      await db.getRepository(ChatMessageEntity).save({
        boothId,
        eventId,
        userId: owner.id,
        authorName: owner.displayName,
        authorRole: 'exhibitor',
        fromStaff: true,
        text: 'Selamat datang',
        clientMsgId: randomUUID(),
      })
    ).id;

  /** What the person's token could do before: list the booth's visitors (staff) and reach their account. */
  const usable = async (token: string, staff: boolean) => {
    expect((await call(1, 'GET', '/api/users/me', token)).status).toBe(200);
    if (staff)
      expect((await call(1, 'GET', `/api/backoffice/booths/${boothId}/leads`, token)).status).toBe(200);
  };

  /**
   * The person is connected to the hall on node B; `revoke` (on node A) takes their access away. Their socket
   * is told why and closed within a second, and their old token is refused on node B for everything but
   * public reads, and by the hall's handshake.
   */
  async function expectRevoked(
    person: TestUser,
    reason: RevocationReason,
    revoke: () => Promise<{ status: number }>,
    handshakeCode = 'session_revoked',
  ): Promise<void> {
    const token = sign(person);
    const socket = await connectHall(urls[1], { token, event: slug });
    sockets.push(socket);
    const staff = person.exhibitorId === exhibitorId;
    if (staff) expect(socket.connected).toBe(true);
    await usable(token, staff);
    const told = next(socket, 'session:revoked', () => true, 3000);
    const closed = new Promise<number>((resolve) => socket.once('disconnect', () => resolve(Date.now())));
    const messageId = await chatMessage();

    const result = await revoke();
    const answeredAt = Date.now();
    expect(result.status).toBeLessThan(300);

    expect(await told).toEqual({ reason });
    expect((await closed) - answeredAt).toBeLessThan(1000);
    const refused = { status: 401, body: expect.objectContaining({ code: 'session_revoked' }) };
    expect(await call(1, 'GET', '/api/users/me', token)).toMatchObject(refused);
    expect(await call(1, 'GET', `/api/backoffice/booths/${boothId}/leads`, token)).toMatchObject(refused);
    expect(await call(1, 'DELETE', `/api/booths/${boothId}/chat/${messageId}`, token)).toMatchObject(refused);
    expect(await call(1, 'POST', `/api/meetings/${randomUUID()}/join`, token)).toMatchObject(refused);
    // Public reads keep working with the old token (it is ignored, as if none were sent).
    expect((await call(1, 'GET', `/api/events/${slug}/booths?limit=1`, token)).status).toBe(200);
    await expect(connectHall(urls[1], { token, event: slug })).rejects.toMatchObject({
      data: { code: handshakeCode },
    });
  }

  const staffMember = () => UserFactory.create(db, { role: 'exhibitor', exhibitorId });

  it('a removed staff member: socket closed on the other node, old token refused', async () => {
    const staff = await staffMember();
    await expectRevoked(staff, 'staff_removed', () =>
      call(0, 'DELETE', `/api/backoffice/booths/${boothId}/staff/${staff.id}`, sign(owner)),
    );
  });

  it('a role change by a platform admin: an organiser made a visitor loses the console and chat deletion', async () => {
    const demoted = await UserFactory.create(db, { role: 'organiser' });
    const admin = await UserFactory.create(db, { role: 'platform_admin' });
    const login = await call(0, 'POST', '/api/auth/login', undefined, {
      email: demoted.email,
      password: TEST_PASSWORD,
    });
    await expectRevoked(demoted, 'role_changed', () =>
      call(0, 'POST', `/api/admin/users/${demoted.id}/role`, sign(admin), {
        role: 'visitor' satisfies Role,
      }),
    );
    // A role change keeps the refresh tokens: the person carries on under the new role, without its rights.
    const refreshed = (await call(1, 'POST', '/api/auth/refresh', undefined, {
      refreshToken: (login.body as unknown as { refreshToken: string }).refreshToken,
    })) as unknown as { status: number; body: { accessToken: string; user: { role: Role } } };
    expect(refreshed.status).toBe(200);
    expect(refreshed.body.user.role).toBe('visitor');
    expect(
      (await call(1, 'GET', `/api/admin/events/${slug}/matching/settings`, refreshed.body.accessToken))
        .status,
    ).toBe(403);
  });

  it('a ban: socket closed on the other node, old token refused', async () => {
    const staff = await staffMember();
    await expectRevoked(
      staff,
      'banned',
      () =>
        call(0, 'POST', `/api/admin/moderation?event=${slug}`, sign(organiser), {
          userId: staff.id,
          kind: 'ban',
          reason: 'Spam di chat',
        }),
      'banned',
    );
  });

  it('a password reset: socket closed on the other node, old token refused', async () => {
    const staff = await staffMember();
    await expectRevoked(staff, 'password_reset', async () => {
      const link = await call(
        0,
        'POST',
        `/api/admin/users/${staff.id}/password-reset?event=${slug}`,
        sign(organiser),
      );
      const resetToken = new URL(link.body!.url!).searchParams.get('token');
      return call(0, 'POST', '/api/auth/password-reset/confirm', undefined, {
        token: resetToken,
        password: 'a brand new passphrase',
      });
    });
  });

  it('sign out everywhere: socket closed on the other node, old token refused', async () => {
    const staff = await staffMember();
    await expectRevoked(staff, 'signed_out_everywhere', () =>
      call(0, 'POST', '/api/auth/sign-out-everywhere', sign(staff)),
    );
  });
});
