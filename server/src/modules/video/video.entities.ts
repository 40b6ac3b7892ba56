import {
  Check,
  Index,
  Column,
  CreateDateColumn,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Relation,
} from 'typeorm';
import { oneOf } from '../../common/db-checks';
import type { ScheduleSessionEntity } from '../events/event.entity';
import type { MeetingEntity } from '../matching/matching.entities';
import type { UserEntity } from '../users/user.entity';

/** Who was in a meeting's video room and when, from LiveKit's signed webhooks. */
@Entity({ name: 'meeting_attendance' })
@Check('meeting_attendance_side', oneOf('side', ['buyer', 'exhibitor', 'observer']))
export class MeetingAttendanceEntity {
  @PrimaryColumn({ name: 'meeting_id', type: 'uuid' }) meetingId: string;
  @ManyToOne('MeetingEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'meeting_id' })
  meeting?: Relation<MeetingEntity>;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;
  @Column({ type: 'varchar', length: 10 }) side: 'buyer' | 'exhibitor' | 'observer';
  @Column({ name: 'joined_at', type: 'timestamptz' }) joinedAt: Date;
  @Column({ name: 'left_at', type: 'timestamptz', nullable: true }) leftAt: Date | null;
}

/** Webhook event ids already processed: LiveKit may deliver one twice; it takes effect once. */
@Entity({ name: 'webhook_event' })
export class WebhookEventEntity {
  @PrimaryColumn({ type: 'varchar', length: 100 }) id: string;
  @Column({ type: 'varchar', length: 40 }) kind: string;
  @CreateDateColumn({ name: 'received_at', type: 'timestamptz' }) receivedAt: Date;
}

/** The people who publish on a stage session (everyone else watches, hidden). */
@Entity({ name: 'stage_speaker' })
export class StageSpeakerEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' }) sessionId: string;
  @ManyToOne('ScheduleSessionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<ScheduleSessionEntity>;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;
}

/** A stage session's own viewer capacity (null: the server's STAGE_VIEWER_CAPACITY); its row is also the seats' lock. */
@Entity({ name: 'stage_setting' })
@Check('stage_setting_capacity', '"viewer_capacity" IS NULL OR "viewer_capacity" > 0')
export class StageSettingEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' }) sessionId: string;
  @ManyToOne('ScheduleSessionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<ScheduleSessionEntity>;
  @Column({ name: 'viewer_capacity', type: 'integer', nullable: true }) viewerCapacity: number | null;
}

/**
 * A hidden viewer's seat on a stage session: taken when their token is issued, held while LiveKit says
 * they are in the room, given back when they leave (webhook or the page's own leave), or when a token was
 * never used within the grace period.
 */
@Entity({ name: 'stage_seat' })
@Index('stage_seat_taken', ['sessionId'], { where: '"left_at" IS NULL' })
export class StageSeatEntity {
  @PrimaryColumn({ name: 'session_id', type: 'uuid' }) sessionId: string;
  @ManyToOne('ScheduleSessionEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'session_id' })
  session?: Relation<ScheduleSessionEntity>;
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) @Index() userId: string;
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;
  @Column({ name: 'admitted_at', type: 'timestamptz' }) admittedAt: Date;
  @Column({ name: 'joined_at', type: 'timestamptz', nullable: true }) joinedAt: Date | null;
  @Column({ name: 'left_at', type: 'timestamptz', nullable: true }) leftAt: Date | null;
}
