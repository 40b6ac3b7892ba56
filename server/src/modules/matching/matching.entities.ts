import {
  MEETING_MODES,
  MEETING_STATUSES,
  REQUEST_ASKERS,
  REQUEST_STATUSES,
  type MeetingMode,
  type MeetingStatus,
  type RequestAsker,
  type RequestStatus,
} from '@pameran/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { oneOf } from '../../common/db-checks';
import type { EventEntity } from '../events/event.entity';
import type { ExhibitorEntity } from '../exhibitors/exhibitor.entity';
import type { UserEntity } from '../users/user.entity';

/** An on-site meeting table at the venue; the organiser keeps the list. */
@Entity({ name: 'meeting_table' })
@Index(['eventId', 'label'], { unique: true })
export class MeetingTableEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<EventEntity>;
  @Column({ type: 'varchar', length: 20 }) label: string;
  @Column({ type: 'boolean', default: true }) active: boolean;
}

/** When an exhibitor can meet, inside the matching blocks (none stored = any slot of the blocks). */
@Entity({ name: 'availability_window' })
@Check('availability_window_times', '"ends_at" > "starts_at"')
export class AvailabilityEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'exhibitor_id', type: 'uuid' }) exhibitorId: string;
  @ManyToOne('ExhibitorEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exhibitor_id' })
  exhibitor?: Relation<ExhibitorEntity>;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt: Date;
}

/**
 * A meeting request between a buyer (`requester_id`, with colleagues) and an exhibitor. Either side may
 * ask (`asked_by`): the other side answers, the asker may cancel.
 */
@Entity({ name: 'meeting_request' })
@Check('meeting_request_status', oneOf('status', REQUEST_STATUSES))
@Check('meeting_request_asked_by', oneOf('asked_by', REQUEST_ASKERS))
@Check('meeting_request_mode', oneOf('mode', MEETING_MODES))
@Check('meeting_request_counter', '"status" <> \'countered\' OR "counter_start" IS NOT NULL')
@Check('meeting_request_declined', '"status" <> \'declined\' OR "decline_reason" IS NOT NULL')
@Index(['eventId', 'status'])
// One open request per buyer and exhibitor at a time.
@Index('meeting_request_open_unique', ['requesterId', 'exhibitorId'], {
  unique: true,
  where: `"status" IN ('pending', 'countered')`,
})
export class MeetingRequestEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<EventEntity>;
  @Index() @Column({ name: 'exhibitor_id', type: 'uuid' }) exhibitorId: string;
  @ManyToOne('ExhibitorEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exhibitor_id' })
  exhibitor?: Relation<ExhibitorEntity>;
  /** The buyer: who asked, or (when an exhibitor asked) who was asked. */
  @Index() @Column({ name: 'requester_id', type: 'uuid' }) requesterId: string;
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'requester_id' })
  requester?: Relation<UserEntity>;
  @Column({ name: 'asked_by', type: 'varchar', length: 10, default: 'buyer' }) askedBy: RequestAsker;
  /** The exhibitor's staff member who sent it (exhibitor-asked requests: their daily limit counts these). */
  @Index() @Column({ name: 'sender_id', type: 'uuid', nullable: true }) senderId: string | null;
  @ManyToOne('UserEntity', { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'sender_id' })
  sender?: Relation<UserEntity> | null;
  /** Colleagues on the buyer's side besides the requester who accepted their invitation. */
  @Column({ name: 'attendee_ids', type: 'uuid', array: true, default: () => "'{}'" }) attendeeIds: string[];
  /**
   * Colleagues invited who have not answered yet: they are not parties (no access, no slot checks, not
   * shown to anyone else) until they accept. An invitation lapses when the request is no longer open.
   */
  @Column({ name: 'invited_ids', type: 'uuid', array: true, default: () => "'{}'" }) invitedIds: string[];
  @Column({ type: 'text', default: '' }) message: string;
  @Column({ name: 'product_ids', type: 'uuid', array: true, default: () => "'{}'" }) productIds: string[];
  /** Preferred slot starts (fair timeline). */
  @Column({ name: 'preferred_starts', type: 'timestamptz', array: true, default: () => "'{}'" })
  preferredStarts: Date[];
  @Column({ type: 'varchar', length: 8, default: 'online' }) mode: MeetingMode;
  @Column({ type: 'varchar', length: 12, default: 'pending' }) status: RequestStatus;
  @Column({ name: 'counter_start', type: 'timestamptz', nullable: true }) counterStart: Date | null;
  @Column({ name: 'decline_reason', type: 'varchar', length: 500, nullable: true }) declineReason:
    string | null;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/**
 * A booked meeting. The database refuses double booking: an exhibitor is in one meeting at a time, a table
 * holds one meeting at a time (and every person, through meeting_participant), cancelled ones aside.
 */
@Entity({ name: 'meeting' })
@Check('meeting_status', oneOf('status', MEETING_STATUSES))
@Check('meeting_mode', oneOf('mode', MEETING_MODES))
@Check('meeting_times', '"ends_at" > "starts_at"')
@Check('meeting_table_onsite', '"table_id" IS NULL OR "mode" = \'onsite\'')
@Exclusion(
  'meeting_exhibitor_overlap',
  `USING gist ("exhibitor_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("status" <> 'cancelled')`,
)
@Exclusion(
  'meeting_table_overlap',
  `USING gist ("table_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("table_id" IS NOT NULL AND "status" <> 'cancelled')`,
)
@Index(['eventId', 'startsAt'])
export class MeetingEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<EventEntity>;
  @Index({ unique: true }) @Column({ name: 'request_id', type: 'uuid' }) requestId: string;
  @ManyToOne(() => MeetingRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request: Relation<MeetingRequestEntity>;
  @Column({ name: 'exhibitor_id', type: 'uuid' }) exhibitorId: string;
  @ManyToOne('ExhibitorEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exhibitor_id' })
  exhibitor?: Relation<ExhibitorEntity>;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt: Date;
  @Column({ type: 'varchar', length: 8 }) mode: MeetingMode;
  @Column({ name: 'table_id', type: 'uuid', nullable: true }) tableId: string | null;
  @ManyToOne(() => MeetingTableEntity, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'table_id' })
  table: Relation<MeetingTableEntity> | null;
  @Column({ type: 'varchar', length: 12, default: 'scheduled' }) status: MeetingStatus;
  /**
   * The last change of its matching block applied to it (the timed effect's key): a re-run of that effect
   * (at least once, decision 0005) finds it already moved and leaves it.
   */
  @Column({ name: 'block_change', type: 'varchar', length: 200, nullable: true }) blockChange: string | null;
  /** Set when the 10-minute reminder went out (claimed atomically, so once across nodes). */
  @Column({ name: 'reminded_at', type: 'timestamptz', nullable: true }) remindedAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @OneToMany(() => MeetingParticipantEntity, (p) => p.meeting) participants: Relation<
    MeetingParticipantEntity[]
  >;
}

/** A person in a meeting, with the meeting's times copied so the database can refuse overlaps per person. */
@Entity({ name: 'meeting_participant' })
@Check('meeting_participant_side', oneOf('side', ['buyer', 'exhibitor']))
@Exclusion(
  'meeting_participant_overlap',
  `USING gist ("user_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE (NOT "cancelled")`,
)
export class MeetingParticipantEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId: string;
  @ManyToOne(() => MeetingEntity, (m) => m.participants, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting: Relation<MeetingEntity>;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) @Index() userId: string;
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;
  @Column({ type: 'varchar', length: 10 }) side: 'buyer' | 'exhibitor';
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt: Date;
  @Column({ type: 'boolean', default: false }) cancelled: boolean;
}

/** Idempotency-Key of a create call: same key and body → the stored answer. */
@Entity({ name: 'idempotency_key' })
export class IdempotencyKeyEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @PrimaryColumn({ type: 'varchar', length: 100 }) key: string;
  @Column({ name: 'body_hash', type: 'char', length: 64 }) bodyHash: string;
  /** null while the first call is still running. */
  @Column({ type: 'jsonb', nullable: true }) response: object | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
