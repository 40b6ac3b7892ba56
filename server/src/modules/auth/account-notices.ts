import { Injectable, Logger } from '@nestjs/common';
import { OnDomainEvent, UnitOfWork, type DomainEventMap } from '../../domain';
import { MailOutbox } from '../mail';

/**
 * Tells an address's holder that someone registered with it. Registering never says "taken" (that would
 * tell a stranger who has an account); the holder, who can read the mail, is the one told — through the
 * outbox, so the notice is retried like every other mail (docs/decisions/0011-mail-outbox.md).
 */
@Injectable()
export class MailHolderOnReregistration {
  private readonly logger = new Logger(MailHolderOnReregistration.name);

  constructor(
    private readonly uow: UnitOfWork,
    private readonly mail: MailOutbox,
  ) {}

  @OnDomainEvent('user.email_reregistered')
  async deliver({ holderId, email, attemptId }: DomainEventMap['user.email_reregistered']): Promise<void> {
    if (!this.mail.enabled) {
      this.logger.log({ userId: holderId }, 'registration with a held address (no mail configured)');
      return;
    }
    await this.uow.run(({ manager }) =>
      this.mail.enqueue(manager, {
        dedupeKey: `email_reregistered:${attemptId}`,
        kind: 'email_reregistered',
        to: email,
        subject: 'Pameran — someone registered with your address / seseorang mendaftar dengan alamat Anda',
        text:
          'Someone just created a Pameran account with this e-mail address, which already has an account. ' +
          'Your account is unchanged. If it was you, sign in (or reset your password) instead; if not, ' +
          'no action is needed.\n\nSeseorang baru saja membuat akun Pameran dengan alamat e-mail ini, yang ' +
          'sudah memiliki akun. Akun Anda tidak berubah. Jika itu Anda, silakan masuk (atau atur ulang kata ' +
          'sandi); jika bukan, Anda tidak perlu melakukan apa pun.',
      }),
    );
    this.logger.log({ userId: holderId }, 'registration with a held address: holder notified');
  }
}
