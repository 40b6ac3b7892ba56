import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import type { MailKind } from '@pameran/contracts';

/**
 * A person's switch for one kind of mail. Only changed switches are stored: a missing row means on, so a
 * new kind is on for everyone without a backfill. See `MailKind` for what can be turned off.
 */
@Entity({ name: 'mail_preference' })
export class MailPreferenceEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @PrimaryColumn({ type: 'varchar', length: 24 }) kind: MailKind;
  @Column({ type: 'boolean' }) enabled: boolean;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
