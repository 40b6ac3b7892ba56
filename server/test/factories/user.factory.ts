import type { Role } from '@pameran/contracts';
import { randomUUID } from 'node:crypto';
import { DataSource } from 'typeorm';
import { hashPassword } from '../../src/modules/auth/auth.service';
import { TokenService } from '../../src/modules/auth/token.service';
import { UserEntity } from '../../src/modules/users/user.entity';
import type { TestApp } from '../support/create-app';

export const TEST_PASSWORD = 'correct horse battery';

export class UserFactory {
  static async create(db: DataSource, dto: Partial<UserEntity> & { role?: Role } = {}): Promise<UserEntity> {
    const id = randomUUID().slice(0, 8);
    return db.getRepository(UserEntity).save({
      email: `user-${id}@example.test`,
      passwordHash: await hashPassword(TEST_PASSWORD),
      displayName: `Test ${dto.role ?? 'visitor'} ${id}`,
      role: 'visitor',
      isGuest: false,
      ...dto,
    });
  }
}

/** A user of the given role and an access token for them. */
export async function signedIn(
  t: TestApp,
  role: Role,
  dto: Partial<UserEntity> = {},
): Promise<{ user: UserEntity; token: string }> {
  const user = await UserFactory.create(t.db, { role, ...dto });
  const token = t.app.get(TokenService).signAccess({
    sub: user.id,
    role: user.role,
    name: user.displayName,
    guest: user.isGuest,
    exhibitorId: user.exhibitorId ?? null,
  });
  return { user, token };
}
