import { Injectable, Logger } from '@nestjs/common';
import { OnDomainEvent, type DomainEventMap } from '../../domain';
import { Mailer } from './mailer';

/**
 * Tells an address's holder that someone registered with it. Registering never says "taken" (that would
 * tell a stranger who has an account); the holder, who can read the mail, is the one told.
 */
@Injectable()
export class MailHolderOnReregistration {
  private readonly logger = new Logger(MailHolderOnReregistration.name);

  constructor(private readonly mailer: Mailer) {}

  @OnDomainEvent('user.email_reregistered')
  async deliver({ holderId, email }: DomainEventMap['user.email_reregistered']): Promise<void> {
    const sent = await this.mailer.send(
      email,
      'Pameran — someone registered with your address / seseorang mendaftar dengan alamat Anda',
      'Someone just created a Pameran account with this e-mail address, which already has an account. ' +
        'Your account is unchanged. If it was you, sign in (or reset your password) instead; if not, ' +
        'no action is needed.\n\nSeseorang baru saja membuat akun Pameran dengan alamat e-mail ini, yang ' +
        'sudah memiliki akun. Akun Anda tidak berubah. Jika itu Anda, silakan masuk (atau atur ulang kata ' +
        'sandi); jika bukan, Anda tidak perlu melakukan apa pun.',
    );
    this.logger.log({ userId: holderId, mailed: sent }, 'registration with a held address');
  }
}
