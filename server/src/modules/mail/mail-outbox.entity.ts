import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type MailStatus = 'pending' | 'sent' | 'dead';

/** A text attachment carried in the outbox row (kept small: an `.ics`, not a brochure). */
export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * One mail to send, written in the same transaction as whatever it tells about (so a rolled-back reset
 * mails nothing, and a committed one is never lost). `dedupe_key` names the logical mail: enqueuing it twice
 * keeps one row. A worker on any node claims due rows with a lease (`locked_until`), sends, and marks them
 * sent; a failed send waits longer each time and ends `dead` with its last error. The body carries a
 * one-time link, so it is erased once the row is sent or dead. See docs/decisions/0011-mail-outbox.md.
 */
@Entity({ name: 'mail_outbox' })
@Index('mail_outbox_due', ['status', 'nextAttemptAt'])
@Check('mail_outbox_status', `"status" IN ('pending', 'sent', 'dead')`)
export class MailOutboxEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index({ unique: true }) @Column({ name: 'dedupe_key', type: 'varchar', length: 200 }) dedupeKey: string;
  /** What kind of mail (password_reset, help_desk_reset, …), for logs and metrics. */
  @Column({ type: 'varchar', length: 40 }) kind: string;
  @Column({ name: 'to_address', type: 'varchar', length: 200 }) to: string;
  @Column({ type: 'varchar', length: 300 }) subject: string;
  /** Plain text; null once sent or dead. */
  @Column({ type: 'text', nullable: true }) body: string | null;
  /** The HTML alternative of `body` (escaped, no remote images); null once sent or dead. */
  @Column({ type: 'text', nullable: true }) html: string | null;
  /** Extra headers (List-Unsubscribe, …); they may hold a signed link, so null once sent or dead. */
  @Column({ type: 'jsonb', nullable: true }) headers: Record<string, string> | null;
  /** Small text attachments (a meeting's `.ics`); null once sent or dead. */
  @Column({ type: 'jsonb', nullable: true }) attachments: MailAttachment[] | null;
  @Column({ type: 'varchar', length: 10, default: 'pending' }) status: MailStatus;
  @Column({ type: 'integer', default: 0 }) attempts: number;
  @Column({ name: 'next_attempt_at', type: 'timestamptz', default: () => 'now()' }) nextAttemptAt: Date;
  /** A worker's lease on the row while it sends; another worker takes it only after this passes. */
  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true }) lockedUntil: Date | null;
  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true }) lastError: string | null;
  @Column({ name: 'sent_at', type: 'timestamptz', nullable: true }) sentAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
