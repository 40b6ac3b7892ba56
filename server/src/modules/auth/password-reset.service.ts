import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { PasswordResetConfirm } from '@pameran/contracts';
import { IsNull, Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import type { Caller } from '../../common/auth.decorators';
import { AuditService } from '../audit/audit.service';
import { UnitOfWork } from '../../domain';
import { UsersService } from '../users/users.service';
import { PasswordResetEntity } from './auth-token.entity';
import { hashPassword } from './auth.service';
import { Mailer } from './mailer';
import { randomToken, sha256, TokenService } from './token.service';
import { AuthException } from './auth.exception';
import { notFound } from '../../common/common.exception';

const RESET_TTL_MS = 60 * 60 * 1000;

/**
 * Password reset by a one-time link: mailed when SMTP is configured; otherwise an organiser creates the
 * link and hands it over (the fair's help desk did exactly this). Only the token's hash is stored.
 */
@Injectable()
export class PasswordResetService {
  private readonly logger = new Logger(PasswordResetService.name);
  constructor(
    @InjectRepository(PasswordResetEntity) private readonly resets: Repository<PasswordResetEntity>,
    private readonly uow: UnitOfWork,
    private readonly users: UsersService,
    private readonly config: AppConfig,
    private readonly tokens: TokenService,
    private readonly audit: AuditService,
    private readonly mailer: Mailer,
  ) {}

  /** Always answers the same, so it does not reveal which emails have accounts. */
  async request(email: string, origin: string): Promise<{ mailed: boolean }> {
    const user = await this.users.findByEmail(email);
    if (!user || !this.mailer.available) return { mailed: this.mailer.available };
    const link = await this.createLink(user.id, origin);
    await this.mailer.send(
      email,
      'Pameran — reset your password / atur ulang kata sandi',
      `Open this link within an hour to choose a new password:\n${link}\n\nBuka tautan ini dalam satu jam untuk membuat kata sandi baru.`,
    );
    this.logger.log({ userId: user.id }, 'password reset mailed');
    return { mailed: true };
  }

  /** Organiser help-desk path: a link to hand to the user. */
  async createForUser(
    actor: Caller,
    userId: string,
    origin: string,
  ): Promise<{ url: string; expiresAt: string }> {
    const user = await this.users.find(userId);
    if (!user || user.isGuest) throw notFound('Registered user');
    const url = await this.createLink(user.id, origin);
    await this.audit.record(actor, {
      action: 'user.password_reset_link',
      entityType: 'user',
      entityId: user.id,
    });
    return { url, expiresAt: new Date(Date.now() + RESET_TTL_MS).toISOString() };
  }

  async confirm(dto: PasswordResetConfirm): Promise<void> {
    await this.uow.run(async (tx) => {
      const m = tx.manager;
      const row = await m.findOne(PasswordResetEntity, {
        where: { tokenHash: sha256(dto.token), usedAt: IsNull() },
        lock: { mode: 'pessimistic_write' },
      });
      if (!row || row.expiresAt.getTime() < Date.now()) {
        throw new AuthException('reset_invalid', 'This reset link is invalid, used or expired', [
          { path: 'token', message: 'invalid, used or expired' },
        ]);
      }
      await m.update(PasswordResetEntity, { id: row.id }, { usedAt: new Date() });
      await this.users.setPasswordHash(row.userId, await hashPassword(dto.password), tx);
      await this.tokens.revokeAllFor(m, row.userId);
    });
  }

  private async createLink(userId: string, origin: string): Promise<string> {
    const token = randomToken();
    await this.resets.insert({
      userId,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + RESET_TTL_MS),
    });
    return `${origin}/reset-password?token=${token}`;
  }
}
