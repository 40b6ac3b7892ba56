import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { CampaignSegment } from '@pameran/contracts';

/**
 * An organiser's campaign: what was sent to whom. Its mails are outbox rows keyed `campaign:<id>:<user>`,
 * so their state (queued, sent, failed, suppressed) is read from the outbox, never copied here.
 */
@Entity({ name: 'mail_campaign' })
@Check(
  'mail_campaign_segment',
  `"segment" IN ('buyers_without_meetings', 'exhibitors_without_availability', 'everyone')`,
)
export class MailCampaignEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** The fair it was sent in (null: sent before fairs were told apart, on an installation of several). */
  @Index() @Column({ name: 'event_id', type: 'uuid', nullable: true }) eventId: string | null;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'event_id' })
  event?: { id: string } | null;
  @Column({ type: 'varchar', length: 40 }) segment: CampaignSegment;
  @Column({ name: 'subject_id', type: 'varchar', length: 200 }) subjectId: string;
  @Column({ name: 'subject_en', type: 'varchar', length: 200 }) subjectEn: string;
  @Column({ name: 'text_id', type: 'text' }) textId: string;
  @Column({ name: 'text_en', type: 'text' }) textEn: string;
  @Column({ name: 'per_minute', type: 'integer' }) perMinute: number;
  /** How many people it was queued for (opted-out people were left out). */
  @Column({ type: 'integer' }) recipients: number;
  @Column({ name: 'created_by', type: 'uuid' }) createdBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
