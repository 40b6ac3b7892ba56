import type { Role } from '@pameran/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashPassword } from '../../src/modules/auth/auth.service';
import { TokenService } from '../../src/modules/auth/token.service';
import { MembershipService } from '../../src/modules/memberships';
import { UserEntity } from '../../src/modules/users/user.entity';
import type { TestApp } from '../support/create-app';

export const TEST_PASSWORD = 'correct horse battery';

/**
 * An account as the specs use it: `exhibitorId` is the exhibitor it was made staff of (a membership of that
 * exhibitor's fair; the account itself records no exhibitor, docs/decisions/0032-no-exhibitor-mirror.md).
 */
export type TestUser = UserEntity & { exhibitorId: string | null };
/** What a test account is made with; `exhibitorId` makes it staff of that exhibitor. */
export type TestUserFields = Partial<UserEntity> & {
  role?: Role;
  exhibitorId?: string | null;
  memberships?: boolean;
};

export class UserFactory {
  /**
   * An account. Rights in fairs are memberships (docs/decisions/0025-many-fairs.md), so an `organiser` is
   * made organiser of every fair in the database and staff of an exhibitor (`exhibitorId`) a member of its
   * fair, as the accounts these specs were written for were; pass `memberships: false` for a bare account.
   */
  static async create(db: DataSource, dto: TestUserFields = {}): Promise<TestUser> {
    const { memberships = true, exhibitorId = null, ...fields } = dto;
    const id = randomUUID().slice(0, 8);
    const user = await db.getRepository(UserEntity).save({
      email: `user-${id}@example.test`,
      passwordHash: await hashPassword(TEST_PASSWORD),
      displayName: `Test ${dto.role ?? 'visitor'} ${id}`,
      role: 'visitor',
      isGuest: false,
      ...fields,
    });
    if (memberships) await grantMemberships(db, { ...user, exhibitorId });
    return Object.assign(user, { exhibitorId });
  }
}

/** The memberships an account of the old single-fair kind implied (see `UserFactory.create`). */
export async function grantMemberships(db: DataSource, user: Pick<TestUser, 'id' | 'role' | 'exhibitorId'>) {
  if (user.role === 'organiser') {
    await db.query(
      `INSERT INTO membership (user_id, event_id, role) SELECT $1, id, 'organiser' FROM event ON CONFLICT DO NOTHING`,
      [user.id],
    );
  }
  if (user.exhibitorId) {
    await db.query(
      `INSERT INTO membership (user_id, event_id, role, exhibitor_id)
       SELECT $1, event_id, 'exhibitor', id FROM exhibitor WHERE id = $2 ON CONFLICT DO NOTHING`,
      [user.id, user.exhibitorId],
    );
  }
}

/**
 * Makes a running app's account organiser of every fair made since it was created (its memberships are
 * written behind `MembershipService`, so this node's cache of them is dropped too).
 */
export async function organiseEveryFair(t: TestApp, user: Pick<TestUser, 'id' | 'role' | 'exhibitorId'>) {
  await grantMemberships(t.db, user);
  t.app.get(MembershipService).forget(user.id);
}

/** A user of the given role and an access token for them. */
export async function signedIn(
  t: TestApp,
  role: Role,
  dto: TestUserFields = {},
): Promise<{ user: TestUser; token: string }> {
  const user = await UserFactory.create(t.db, { role, ...dto });
  const token = t.app.get(TokenService).signAccess({
    sub: user.id,
    role: user.role,
    name: user.displayName,
    guest: user.isGuest,
  });
  return { user, token };
}

/** An account with no membership of any fair (rights only where a fair names it) and an access token. */
export function bareAccount(t: TestApp, role: Role): ReturnType<typeof signedIn> {
  return signedIn(t, role, { memberships: false });
}
