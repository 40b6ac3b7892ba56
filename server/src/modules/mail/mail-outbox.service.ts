import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { MailOutboxEntity, type MailAttachment } from './mail-outbox.entity';

/** A mail to send: `dedupeKey` names the logical mail (one per reset link, say), so enqueuing it again is a no-op. */
export interface OutgoingMail {
  dedupeKey: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  /** An HTML alternative of `text`; the caller escapes what it puts in. */
  html?: string;
  /** Extra headers, such as `List-Unsubscribe` (RFC 8058). */
  headers?: Record<string, string>;
  attachments?: MailAttachment[];
  /** Not sent before this time (a throttled campaign spreads its mail over minutes). */
  notBefore?: Date;
}

/** Where the mails of one group (a dedupe-key prefix) stand. */
export interface OutboxCounts {
  queued: number;
  sent: number;
  failed: number;
  suppressed: number;
}

/**
 * Where other modules hand over mail. `enqueue` is one insert in the caller's transaction: the mail goes
 * out only if that transaction commits, and the worker (`MailWorker`) sends it afterwards, with retries.
 */
@Injectable()
export class MailOutbox {
  constructor(private readonly config: AppConfig) {}

  /** Whether this deployment sends mail at all (SMTP_URL is set). */
  get enabled(): boolean {
    return Boolean(this.config.get('SMTP_URL'));
  }

  /** Queue a mail in the caller's transaction (`tx.manager`); a second enqueue of one key keeps the first. */
  async enqueue(m: EntityManager, mail: OutgoingMail): Promise<void> {
    await m
      .createQueryBuilder()
      .insert()
      .into(MailOutboxEntity)
      .values({
        dedupeKey: mail.dedupeKey,
        kind: mail.kind,
        to: mail.to,
        subject: mail.subject,
        body: mail.text,
        html: mail.html ?? null,
        headers: mail.headers ?? null,
        attachments: mail.attachments ?? null,
        ...(mail.notBefore && { nextAttemptAt: mail.notBefore }),
      })
      .orIgnore()
      .execute();
  }

  /**
   * Counts of the mails whose dedupe key starts with `prefix` (a campaign's): pending ones are queued, dead
   * ones suppressed when the address refused for good (`suppressed…` errors), failed otherwise.
   */
  async counts(m: EntityManager, prefix: string): Promise<OutboxCounts> {
    const [row] = (await m.query(
      `SELECT count(*) FILTER (WHERE status = 'pending')::int AS queued,
              count(*) FILTER (WHERE status = 'sent')::int AS sent,
              count(*) FILTER (WHERE status = 'dead' AND last_error NOT LIKE 'suppressed%')::int AS failed,
              count(*) FILTER (WHERE status = 'dead' AND last_error LIKE 'suppressed%')::int AS suppressed
         FROM mail_outbox WHERE dedupe_key LIKE $1`,
      [`${prefix}%`], // prefixes are made by the server (`campaign:<uuid>:`): no LIKE wildcards in them
    )) as OutboxCounts[];
    return row;
  }
}
