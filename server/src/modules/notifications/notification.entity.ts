import { NOTIFICATION_KINDS, type NotificationKind } from '@pameran/contracts';
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
import type { UserEntity } from '../users/user.entity';

/** Something a person should know about, kept until read. */
@Entity({ name: 'notification' })
@Check('notification_kind', oneOf('kind', NOTIFICATION_KINDS))
@Index(['userId', 'createdAt'])
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** The fair the notice is about (null: about the account itself). */
  @Index() @Column({ name: 'event_id', type: 'uuid', nullable: true }) eventId: string | null;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'event_id' })
  event?: { id: string } | null;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;
  @Column({ type: 'varchar', length: 24 }) kind: NotificationKind;
  @Column({ type: 'jsonb', default: () => "'{}'" }) data: Record<string, string>;
  @Column({ type: 'varchar', length: 200, nullable: true }) link: string | null;
  @Column({ name: 'read_at', type: 'timestamptz', nullable: true }) readAt: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
