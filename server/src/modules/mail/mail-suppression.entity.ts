import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';

/**
 * An address that nothing more is sent to: its mail server refused a mail permanently (an SMTP 5xx at
 * send time). The worker marks mail to it dead without trying; an organiser can lift it (the person fixed
 * their mailbox). Addresses are stored lower-cased, so one row holds every spelling.
 */
@Entity({ name: 'mail_suppression' })
export class MailSuppressionEntity {
  @PrimaryColumn({ type: 'varchar', length: 200 }) address: string;
  /** The server's answer that suppressed it (for the organiser: "550 mailbox unavailable"). */
  @Column({ type: 'varchar', length: 500 }) reason: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
