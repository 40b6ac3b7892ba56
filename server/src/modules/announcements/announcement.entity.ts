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
} from 'typeorm';
import { oneOf } from '../../common/db-checks';
import type { EventEntity } from '../events/event.entity';

export const AUDIENCES = ['everyone', 'exhibitors', 'buyers'] as const;
export type Audience = (typeof AUDIENCES)[number];

/** An organiser's announcement; shown again to those who connect while it is current. */
@Entity({ name: 'announcement' })
@Check('announcement_audience', oneOf('audience', AUDIENCES))
@Check('announcement_window', '"expires_at" > "created_at"')
@Index(['eventId', 'expiresAt'])
export class AnnouncementEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<EventEntity>;
  @Column({ type: 'varchar', length: 500 }) text: string;
  @Column({ type: 'varchar', length: 16 }) audience: Audience;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
}
