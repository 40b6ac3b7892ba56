import {
  DEAL_STATUSES,
  DEAL_VALUE_CEILING,
  DEAL_VERIFICATIONS,
  type DealStatus,
  type DealVerification,
} from '@pameran/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { oneOf } from '../../common/db-checks';
import { bigintNumber } from '../../common/db-transformers';
import type { EventEntity } from '../events/event.entity';
import type { ExhibitorEntity } from '../exhibitors/exhibitor.entity';
import type { MeetingEntity } from '../matching/matching.entities';
import type { UserEntity } from '../users/user.entity';

/**
 * A deal between a buyer and an exhibitor. The other party confirms it; it counts in the public total once
 * verified (automatically or by the organiser, see docs/domain.md "Deals").
 */
@Entity({ name: 'deal' })
@Check('deal_status', oneOf('status', DEAL_STATUSES))
@Check('deal_value', `"value" > 0 AND "value" <= ${DEAL_VALUE_CEILING}`)
@Check('deal_recorded_by', oneOf('recorded_by', ['buyer', 'exhibitor']))
@Check('deal_verification', oneOf('verification', DEAL_VERIFICATIONS))
@Check('deal_rejection_reason', `"verification" <> 'rejected' OR "rejection_reason" IS NOT NULL`)
@Index(['eventId', 'confirmedAt'])
@Index(['eventId', 'verification'])
export class DealEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<EventEntity>;
  @Index() @Column({ name: 'exhibitor_id', type: 'uuid' }) exhibitorId: string;
  @ManyToOne('ExhibitorEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exhibitor_id' })
  exhibitor?: Relation<ExhibitorEntity>;
  @Index() @Column({ name: 'buyer_id', type: 'uuid' }) buyerId: string;
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'buyer_id' })
  buyer?: Relation<UserEntity>;
  @Column({ name: 'meeting_id', type: 'uuid', nullable: true }) meetingId: string | null;
  @ManyToOne('MeetingEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<MeetingEntity> | null;
  @Column({ type: 'jsonb', default: () => "'[]'" }) items: { productId: string; quantity: number }[];
  @Column({ type: 'bigint', transformer: bigintNumber }) value: number;
  @Column({ type: 'varchar', length: 8 }) status: DealStatus;
  @Column({ type: 'text', default: '' }) note: string;
  @Column({ name: 'recorded_by', type: 'varchar', length: 10 }) recordedBy: 'buyer' | 'exhibitor';
  @Column({ name: 'recorded_by_user', type: 'uuid' }) recordedByUser: string;
  @Column({ name: 'confirmed_at', type: 'timestamptz', nullable: true }) confirmedAt: Date | null;
  @Column({ name: 'confirmed_by', type: 'uuid', nullable: true }) confirmedBy: string | null;
  @Column({ type: 'varchar', length: 8, default: 'claimed' }) verification: DealVerification;
  /** When and by whom it was verified or rejected (no one when the automatic rule verified it). */
  @Column({ name: 'verified_at', type: 'timestamptz', nullable: true }) verifiedAt: Date | null;
  @Column({ name: 'verified_by', type: 'uuid', nullable: true }) verifiedBy: string | null;
  @Column({ name: 'rejection_reason', type: 'text', nullable: true }) rejectionReason: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** The organiser's plausible value range of one deal at a fair (no row: DEFAULT_DEAL_VALUE_RANGE). */
@Entity({ name: 'deal_value_range' })
@Check(
  'deal_value_range_bounds',
  `"min_value" > 0 AND "min_value" <= "max_value" AND "max_value" <= ${DEAL_VALUE_CEILING}`,
)
export class DealValueRangeEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' }) eventId: string;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<EventEntity>;
  @Column({ name: 'min_value', type: 'bigint', transformer: bigintNumber }) min: number;
  @Column({ name: 'max_value', type: 'bigint', transformer: bigintNumber }) max: number;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
