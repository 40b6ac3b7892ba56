import { DEAL_STATUSES, type DealStatus } from '@pameran/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
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

/** A deal between a buyer and an exhibitor; counts once the other party confirmed it. */
@Entity({ name: 'deal' })
@Check('deal_status', oneOf('status', DEAL_STATUSES))
@Check('deal_value', '"value" > 0')
@Check('deal_recorded_by', oneOf('recorded_by', ['buyer', 'exhibitor']))
@Index(['eventId', 'confirmedAt'])
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
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
