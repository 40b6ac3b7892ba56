import { BeforeApplicationShutdown, Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createTransport, type Transporter } from 'nodemailer';
import { Repository } from 'typeorm';
import { AppConfig } from '../../config/app-config';
import { MailOutboxEntity, type MailAttachment } from './mail-outbox.entity';
import { MailSuppressions } from './mail-suppressions.service';

const TICK_MS = 1000;
const BATCH = 10;
/** How long a claimed row stays this worker's; longer than a send can take (the timeouts below). */
const LEASE_SECONDS = 120;
/** Sent and dead rows keep no body, links or headers: they may hold one-time or signed links. */
const ERASED = 'body = NULL, html = NULL, headers = NULL, attachments = NULL';
/** Waits after the 1st, 2nd, 3rd and 4th failed attempt; the 5th failure makes the mail dead. */
export const MAIL_RETRY_DELAYS_S = [30, 120, 600, 3600] as const;

/** Seconds to wait after `attempts` failed attempts, or null when the mail is given up. */
export const mailRetryDelaySeconds = (attempts: number): number | null =>
  MAIL_RETRY_DELAYS_S[attempts - 1] ?? null;

/** What this node's worker did since it started (for `/api/health/node` and the metrics registry). */
export interface MailCounts {
  sent: number;
  failed: number;
  dead: number;
}

interface Claimed {
  id: string;
  kind: string;
  to_address: string;
  subject: string;
  body: string;
  html: string | null;
  headers: Record<string, string> | null;
  attachments: MailAttachment[] | null;
  attempts: number;
}

/** A permanent refusal (SMTP 5xx): retrying cannot help, and the address is suppressed. */
const permanentRefusal = (err: unknown): boolean => {
  const code = (err as { responseCode?: number }).responseCode;
  return typeof code === 'number' && code >= 500 && code < 600;
};

/**
 * Sends the outbox AT LEAST ONCE, from any number of nodes: each tick claims due rows in one statement
 * (`FOR UPDATE SKIP LOCKED`, so two workers never claim one row; the claim sets a lease, so a row being
 * sent is left alone until the lease passes), sends them, and marks each sent. A node that dies mid-send
 * leaves the row to whichever worker finds the lease passed; each message carries a Message-ID made from
 * the row's id, so a receiver can tell a repeat. Failures wait 30 s, 2 min, 10 min, 1 h, then the row is
 * dead with its last error. Timed like the schedule's EffectRunner (docs/decisions/0005-timed-effects.md),
 * but with no leader: claiming rows lets every node send. See docs/decisions/0011-mail-outbox.md.
 */
@Injectable()
export class MailWorker implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(MailWorker.name);
  private readonly transport?: Transporter;
  private timer?: NodeJS.Timeout;
  private running = false;
  private stopped = false;
  readonly counts: MailCounts = { sent: 0, failed: 0, dead: 0 };

  constructor(
    @InjectRepository(MailOutboxEntity) private readonly outbox: Repository<MailOutboxEntity>,
    private readonly config: AppConfig,
    private readonly suppressions: MailSuppressions,
  ) {
    const url = config.get('SMTP_URL');
    // Short timeouts: a send must end well within the lease, or another worker would send it too.
    if (url)
      this.transport = createTransport({
        url,
        connectionTimeout: 10_000,
        greetingTimeout: 10_000,
        socketTimeout: 30_000,
      });
  }

  onApplicationBootstrap(): void {
    if (!this.transport) return;
    this.timer = setInterval(() => void this.tick(), TICK_MS);
    this.timer.unref();
  }

  async beforeApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    while (this.running) await new Promise((r) => setTimeout(r, 20));
    this.transport?.close();
  }

  /** One pass: claim what is due and send it. Returns how many mails were attempted. */
  async tick(): Promise<number> {
    if (this.running || this.stopped || !this.transport) return 0;
    this.running = true;
    try {
      let attempted = 0;
      // Keep claiming while full batches come back, so a burst drains within one pass.
      for (let claimed = BATCH; claimed === BATCH && !this.stopped;) {
        const batch = await this.claim();
        for (const mail of batch) await this.send(mail);
        claimed = batch.length;
        attempted += claimed;
      }
      return attempted;
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'mail outbox pass failed');
      return 0;
    } finally {
      this.running = false;
    }
  }

  private async claim(): Promise<Claimed[]> {
    const [rows] = (await this.outbox.query(
      `UPDATE mail_outbox SET locked_until = now() + make_interval(secs => $2), attempts = attempts + 1
        WHERE id IN (SELECT id FROM mail_outbox
                      WHERE status = 'pending' AND next_attempt_at <= now()
                        AND (locked_until IS NULL OR locked_until <= now())
                      ORDER BY next_attempt_at LIMIT $1 FOR UPDATE SKIP LOCKED)
        RETURNING id, kind, to_address, subject, body, html, headers, attachments, attempts`,
      [BATCH, LEASE_SECONDS],
    )) as [Claimed[], number];
    return rows;
  }

  private async send(mail: Claimed): Promise<void> {
    if (await this.suppressions.isSuppressed(mail.to_address)) return this.giveUp(mail, 'suppressed address');
    try {
      await this.transport!.sendMail({
        from: this.config.get('MAIL_FROM'),
        to: mail.to_address,
        subject: mail.subject,
        text: mail.body,
        html: mail.html ?? undefined,
        headers: mail.headers ?? undefined,
        attachments: mail.attachments ?? undefined,
        messageId: `<${mail.id}@${new URL(this.config.linkOrigin).hostname}>`,
      });
    } catch (err) {
      const message = String((err as Error).message).slice(0, 500);
      if (!permanentRefusal(err)) return this.failed(mail, message);
      await this.suppressions.suppress(mail.to_address, message);
      return this.giveUp(mail, `suppressed: ${message}`);
    }
    // The mail is out: whatever happens to this mark, the lease keeps others off for a while; if the mark
    // never lands the mail goes again (at least once), with the same Message-ID.
    await this.outbox.query(
      `UPDATE mail_outbox SET status = 'sent', sent_at = now(), ${ERASED}, locked_until = NULL, last_error = NULL
        WHERE id = $1`,
      [mail.id],
    );
    this.counts.sent++;
    this.logger.log({ mailId: mail.id, kind: mail.kind, attempts: mail.attempts }, 'mail sent');
  }

  /** No more attempts: a suppressed address or a permanent refusal (nothing is retried). */
  private async giveUp(mail: Claimed, lastError: string): Promise<void> {
    await this.markDead(mail, lastError);
    this.logger.warn({ mailId: mail.id, kind: mail.kind, err: lastError }, 'mail dead (refused for good)');
  }

  private async markDead(mail: Claimed, lastError: string): Promise<void> {
    await this.outbox.query(
      `UPDATE mail_outbox SET status = 'dead', ${ERASED}, locked_until = NULL, last_error = $2 WHERE id = $1`,
      [mail.id, lastError],
    );
    this.counts.dead++;
  }

  private async failed(mail: Claimed, lastError: string): Promise<void> {
    const delay = mailRetryDelaySeconds(mail.attempts);
    if (delay === null) {
      await this.markDead(mail, lastError);
    } else {
      await this.outbox.query(
        `UPDATE mail_outbox SET next_attempt_at = now() + make_interval(secs => $2), locked_until = NULL,
                last_error = $3 WHERE id = $1`,
        [mail.id, delay, lastError],
      );
      this.counts.failed++;
    }
    this.logger.warn(
      { mailId: mail.id, kind: mail.kind, attempts: mail.attempts, err: lastError, dead: delay === null },
      delay === null ? 'mail dead (given up)' : 'mail failed, will retry',
    );
  }
}
