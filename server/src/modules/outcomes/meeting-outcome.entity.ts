import {
  MEETING_OUTCOMES,
  OUTCOME_SIDES,
  type MeetingOutcomeKind,
  type OutcomeSide,
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
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { oneOf } from '../../common/db-checks';
import type { EventEntity } from '../events/event.entity';
import type { ExhibitorEntity } from '../exhibitors/exhibitor.entity';
import type { MeetingEntity } from '../matching/matching.entities';

/**
 * One side's record of what came of a meeting: one row per meeting and side (buyer side, exhibitor side),
 * written by any of that side's people and overwritten when they change it. The note is private to the side
 * and the organiser. `event_id` and `exhibitor_id` are copied from the meeting so the funnel groups without
 * reaching back through matching's tables for every row.
 */
@Entity({ name: 'meeting_outcome' })
@Check('meeting_outcome_side', oneOf('side', OUTCOME_SIDES))
@Check('meeting_outcome_outcome', oneOf('outcome', MEETING_OUTCOMES))
@Check('meeting_outcome_rating', '"rating" BETWEEN 1 AND 5')
@Check('meeting_outcome_note', 'char_length("note") <= 1000')
@Index(['eventId', 'exhibitorId'])
export class MeetingOutcomeEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId: string;
  @ManyToOne('MeetingEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<MeetingEntity>;
  @PrimaryColumn({ type: 'varchar', length: 10 }) side: OutcomeSide;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<EventEntity>;
  @Column({ name: 'exhibitor_id', type: 'uuid' }) exhibitorId: string;
  @ManyToOne('ExhibitorEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exhibitor_id' })
  exhibitor?: Relation<ExhibitorEntity>;
  @Column({ type: 'varchar', length: 12 }) outcome: MeetingOutcomeKind;
  @Column({ type: 'smallint' }) rating: number;
  @Column({ type: 'text', default: '' }) note: string;
  /** Who wrote the side's current record (kept as an id: an erased account leaves a tombstone). */
  @Column({ name: 'recorded_by', type: 'uuid' }) recordedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/**
 * The claim that a meeting's parties were asked to record its outcome: inserted by the `meeting.end` effect
 * (at least once) with ON CONFLICT DO NOTHING, so a rerun of the effect notifies nobody twice.
 */
@Entity({ name: 'meeting_outcome_prompt' })
export class MeetingOutcomePromptEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId: string;
  @ManyToOne('MeetingEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<MeetingEntity>;
  @CreateDateColumn({ name: 'prompted_at', type: 'timestamptz' }) promptedAt: Date;
}
