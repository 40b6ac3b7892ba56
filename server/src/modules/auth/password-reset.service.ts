import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import type { PasswordResetAnswer, PasswordResetConfirm, ResetLink } from '@pameran/contracts';
import { EntityManager, IsNull } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import type { Caller } from '../../common/auth.decorators';
import { AuditService } from '../audit/audit.service';
import { UnitOfWork } from '../../domain';
import { MailOutbox } from '../mail';
import { UsersService } from '../users/users.service';
import { HelpDeskReadModel } from '../users/help-desk.read-model';
import { fairOf } from '../memberships';
import { PasswordResetEntity } from './auth-token.entity';
import { hashPassword } from './auth.service';
import { Sessions } from './sessions.service';
import { randomToken, sha256 } from './token.service';
import { AuthException } from './auth.exception';
import { notFound } from '../../common/common.exception';

const RESET_TTL_MS = 60 * 60 * 1000;

/** The reset mail, in both of the fair's languages (the account's locale is not known to the mail). */
const resetMail = (link: string) => ({
  subject: 'Pameran — reset your password / atur ulang kata sandi',
  text: `Open this link within an hour to choose a new password:\n${link}\n\nBuka tautan ini dalam satu jam untuk membuat kata sandi baru.\n\nIf you did not ask for this, ignore this mail. / Abaikan surel ini jika Anda tidak memintanya.`,
});

/**
 * Password reset by a one-time link: mailed through the outbox when SMTP is configured; otherwise an
 * organiser creates the link and hands it over (the fair's help desk did exactly this). Only the token's
 * hash is stored; links point at PUBLIC_ORIGIN only (`AppConfig.linkOrigin`), never at the request's Host.
 */
@Injectable()
export class PasswordResetService implements BeforeApplicationShutdown {
  private readonly logger = new Logger(PasswordResetService.name);
  /** Requests answered but still being looked up and queued (awaited at shutdown). */
  private readonly inFlight = new Set<Promise<void>>();

  constructor(
    private readonly uow: UnitOfWork,
    private readonly users: UsersService,
    private readonly helpDesk: HelpDeskReadModel,
    private readonly config: AppConfig,
    private readonly sessions: Sessions,
    private readonly audit: AuditService,
    private readonly mail: MailOutbox,
  ) {}

  /**
   * Answers at once, before looking the e-mail up: the answer and its timing are the same whether the
   * e-mail has an account or not. The lookup and the enqueue (one insert each) run after the answer.
   */
  request(email: string): PasswordResetAnswer {
    if (!this.mail.enabled) return { mailed: false };
    const work = this.mailReset(email)
      .catch((err: Error) => this.logger.error({ err: err.message }, 'password reset not queued'))
      .finally(() => this.inFlight.delete(work));
    this.inFlight.add(work);
    return { mailed: true };
  }

  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.inFlight);
  }

  /** Organiser help-desk path: a link to hand to the user, or mailed to them. */
  async createForUser(actor: Caller, userId: string, deliver: 'link' | 'mail'): Promise<ResetLink> {
    // Out of the fair desk's reach reads as missing: the desk learns nothing of other fairs' people.
    const inReach = await this.helpDesk.inReach(fairOf(actor), userId);
    const user = inReach ? await this.users.find(userId) : null;
    if (!user || user.isGuest || !user.email) throw notFound('Registered user');
    if (deliver === 'mail' && !this.mail.enabled)
      throw new AuthException('mail_off', 'This fair sends no mail (SMTP_URL is not set)');
    const email = user.email;
    const url = await this.uow.run(async ({ manager: m }) => {
      const link = await this.createLink(m, user.id);
      if (deliver === 'mail')
        await this.mail.enqueue(m, {
          ...resetMail(link.url),
          dedupeKey: `help_desk_reset:${link.id}`,
          kind: 'help_desk_reset',
          to: email,
        });
      await this.audit.record(
        actor,
        {
          action: deliver === 'mail' ? 'user.password_reset_mail' : 'user.password_reset_link',
          entityType: 'user',
          entityId: user.id,
        },
        m,
      );
      return link.url;
    });
    return {
      url: deliver === 'link' ? url : null,
      mailedTo: deliver === 'mail' ? email : null,
      expiresAt: new Date(Date.now() + RESET_TTL_MS).toISOString(),
    };
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
      await this.sessions.revoke(row.userId, 'password_reset', tx);
    });
  }

  private async mailReset(email: string): Promise<void> {
    const user = await this.users.findByEmail(email);
    if (!user || user.isGuest || !user.email) return;
    const to = user.email;
    await this.uow.run(async ({ manager: m }) => {
      const link = await this.createLink(m, user.id);
      // One mail per link: a retried unit of work does not mail twice.
      await this.mail.enqueue(m, {
        ...resetMail(link.url),
        dedupeKey: `password_reset:${link.id}`,
        kind: 'password_reset',
        to,
      });
    });
    this.logger.log({ userId: user.id }, 'password reset queued');
  }

  private async createLink(m: EntityManager, userId: string): Promise<{ id: string; url: string }> {
    const token = randomToken();
    const row = await m.save(PasswordResetEntity, {
      userId,
      tokenHash: sha256(token),
      expiresAt: new Date(Date.now() + RESET_TTL_MS),
    });
    return { id: row.id, url: `${this.config.linkOrigin}/reset-password?token=${token}` };
  }
}
