import {
  Check,
  Exclusion,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import {
  CATEGORIES,
  EVENT_STATUSES,
  SESSION_KINDS,
  ZONE_CAPACITY,
  type Category,
  type EventStatus,
  type MatchingSettings,
} from '@pameran/contracts';
import { oneOf } from '../../common/db-checks';

@Entity({ name: 'event' })
@Check('event_dates', '"ends_on" >= "starts_on"')
@Check('event_status', oneOf('status', EVENT_STATUSES))
@Check('event_zone_capacity', `"zone_capacity" BETWEEN 1 AND ${ZONE_CAPACITY}`)
export class EventEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** Never changes once the fair exists: links, `.ics` feeds and caches name the fair by it. */
  @Index({ unique: true }) @Column({ type: 'varchar', length: 64 }) slug: string;
  /** Where the fair is in its life (`EVENT_TRANSITIONS`); an archived fair is read-only. */
  @Column({ type: 'varchar', length: 16, default: 'draft' }) status: EventStatus;
  @Column({ name: 'name_id', type: 'varchar', length: 200 }) nameId: string;
  @Column({ name: 'name_en', type: 'varchar', length: 200 }) nameEn: string;
  @Column({ name: 'description_id', type: 'text', default: '' }) descriptionId: string;
  @Column({ name: 'description_en', type: 'text', default: '' }) descriptionEn: string;
  @Column({ name: 'time_zone', type: 'varchar', length: 64 }) timeZone: string;
  /** Organisers may limit booth chat to registered users (no guests). */
  @Column({ name: 'chat_registered_only', type: 'boolean', default: false }) chatRegisteredOnly: boolean;
  /** Business matching: slot length, buffer between slots, request expiry, meetings per person per day. */
  @Column({
    name: 'matching_settings',
    type: 'jsonb',
    // Written the way PostgreSQL prints a jsonb value, so the schema check sees no difference.
    default: () => `'{"dailyLimit": 8, "slotMinutes": 20, "bufferMinutes": 0, "requestTtlHours": 48}'`,
  })
  matchingSettings: MatchingSettings;
  /** The product categories (hall zones) this fair offers exhibitors; every category unless narrowed. */
  @Column({ type: 'jsonb', default: () => `'${JSON.stringify(CATEGORIES).replaceAll(',', ', ')}'` })
  categories: Category[];
  /** Booths per zone of the hall (the hall's geometry holds `ZONE_CAPACITY`); the default is all of it. */
  @Column({ name: 'zone_capacity', type: 'integer', default: ZONE_CAPACITY }) zoneCapacity: number;
  @Column({ name: 'starts_on', type: 'date' }) startsOn: string;
  @Column({ name: 'ends_on', type: 'date' }) endsOn: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @OneToMany(() => EventDayEntity, (d) => d.event) days: Relation<EventDayEntity[]>;
}

@Entity({ name: 'event_day' })
@Index(['eventId', 'date'], { unique: true })
export class EventDayEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @ManyToOne(() => EventEntity, (e) => e.days, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<EventEntity>;
  @Column({ type: 'date' }) date: string;
  @Column({ name: 'title_id', type: 'varchar', length: 200 }) titleId: string;
  @Column({ name: 'title_en', type: 'varchar', length: 200 }) titleEn: string;
  @OneToMany(() => ScheduleSessionEntity, (s) => s.day) sessions: Relation<ScheduleSessionEntity[]>;
}

@Entity({ name: 'schedule_session' })
@Check('schedule_session_kind', oneOf('kind', SESSION_KINDS))
@Check('schedule_session_times', '"ends_at" > "starts_at"')
@Check('schedule_session_overrides', '"delay_minutes" >= 0 AND "extend_minutes" >= 0')
// Two hall sessions of one day never overlap (btree_gist); cancelled ones do not count.
@Exclusion(
  'schedule_session_hall_overlap',
  `USING gist ("day_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE ("kind" = 'hall' AND "cancelled_at" IS NULL)`,
)
export class ScheduleSessionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @ManyToOne(() => EventEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<EventEntity>;
  @Index() @Column({ name: 'day_id', type: 'uuid' }) dayId: string;
  @ManyToOne(() => EventDayEntity, (d) => d.sessions, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'day_id' })
  day: Relation<EventDayEntity>;
  @Column({ type: 'varchar', length: 16 }) kind: 'hall' | 'matching' | 'stage';
  @Column({ name: 'title_id', type: 'varchar', length: 200 }) titleId: string;
  @Column({ name: 'title_en', type: 'varchar', length: 200 }) titleEn: string;
  @Column({ name: 'starts_at', type: 'timestamptz' }) startsAt: Date;
  @Column({ name: 'ends_at', type: 'timestamptz' }) endsAt: Date;
  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true }) cancelledAt: Date | null;
  /** Organiser overrides; the planned times above never change once the fair runs. */
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt: Date | null;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt: Date | null;
  @Column({ name: 'delay_minutes', type: 'integer', default: 0 }) delayMinutes: number;
  @Column({ name: 'extend_minutes', type: 'integer', default: 0 }) extendMinutes: number;
}
