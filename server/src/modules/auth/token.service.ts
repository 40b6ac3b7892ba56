import { Injectable } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { AccessClaims } from '@pameran/contracts';
import type { z } from 'zod';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { EntityManager, IsNull } from 'typeorm';
import { RefreshTokenEntity } from './auth-token.entity';

export const ACCESS_TTL_SECONDS = 15 * 60;
const REFRESH_TTL_MS = 30 * 24 * 3600 * 1000;

export const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');
export const randomToken = () => randomBytes(32).toString('base64url');

/** Signs and verifies access tokens; issues and rotates refresh tokens. */
@Injectable()
export class TokenService {
  constructor(private readonly jwt: JwtService) {}

  /** Signs claims; `ver` is the account's current token version (0 when left out). */
  signAccess(claims: z.input<typeof AccessClaims>): string {
    return this.jwt.sign({ ...claims }, { expiresIn: ACCESS_TTL_SECONDS, algorithm: 'HS256' });
  }

  /** Claims of a valid token, or null when expired, tampered or malformed. */
  verifyAccess(token: string): AccessClaims | null {
    try {
      const parsed = AccessClaims.safeParse(this.jwt.verify(token, { algorithms: ['HS256'] }));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  async issueRefresh(
    manager: EntityManager,
    userId: string,
    familyId: string = randomUUID(),
  ): Promise<string> {
    const token = randomToken();
    await manager.insert(RefreshTokenEntity, {
      userId,
      familyId,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + REFRESH_TTL_MS),
    });
    return token;
  }

  /**
   * Spend a refresh token: returns its user and a new token of the same family. A token used twice means
   * it was stolen, so the whole family is revoked. Null when unknown, expired or revoked.
   */
  async rotate(
    manager: EntityManager,
    token: string,
  ): Promise<{ userId: string; refreshToken: string } | null> {
    const row = await manager.findOne(RefreshTokenEntity, {
      where: { tokenHash: sha256(token) },
      lock: { mode: 'pessimistic_write' },
    });
    if (!row) return null;
    if (row.revokedAt) {
      await manager.update(
        RefreshTokenEntity,
        { familyId: row.familyId, revokedAt: IsNull() },
        { revokedAt: new Date() },
      );
      return null;
    }
    if (row.expiresAt.getTime() < Date.now()) return null;
    await manager.update(RefreshTokenEntity, { id: row.id }, { revokedAt: new Date() });
    return { userId: row.userId, refreshToken: await this.issueRefresh(manager, row.userId, row.familyId) };
  }

  async revoke(manager: EntityManager, token: string): Promise<void> {
    await manager.update(
      RefreshTokenEntity,
      { tokenHash: sha256(token), revokedAt: IsNull() },
      { revokedAt: new Date() },
    );
  }

  async revokeAllFor(manager: EntityManager, userId: string): Promise<void> {
    await manager.update(RefreshTokenEntity, { userId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
