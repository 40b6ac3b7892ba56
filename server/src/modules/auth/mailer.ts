import { Injectable } from '@nestjs/common';
import { createTransport, Transporter } from 'nodemailer';
import { AppConfig } from '../../config/app-config';

/** Outgoing mail for accounts (SMTP_URL); without it `available` is false and nothing is sent. */
@Injectable()
export class Mailer {
  private readonly transport?: Transporter;

  constructor(private readonly config: AppConfig) {
    const smtp = config.get('SMTP_URL');
    if (smtp) this.transport = createTransport(smtp);
  }

  get available(): boolean {
    return this.transport !== undefined;
  }

  async send(to: string, subject: string, text: string): Promise<boolean> {
    if (!this.transport) return false;
    await this.transport.sendMail({ from: this.config.get('MAIL_FROM'), to, subject, text });
    return true;
  }
}
