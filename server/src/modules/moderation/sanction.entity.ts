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
import { oneOf } from '../../common/db-checks';

export const SANCTION_KINDS = ['mute', 'ban'] as const;
export type SanctionKind = (typeof SANCTION_KINDS)[number];

/** A mute or ban by an organiser; active while not lifted and not past `until` (null = until lifted). */
@Entity({ name: 'sanction' })
@Check('sanction_kind', oneOf('kind', SANCTION_KINDS))
@Index(['userId', 'kind'])
export class SanctionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** The fair whose organisers imposed it (null: a platform-wide sanction). */
  @Index() @Column({ name: 'event_id', type: 'uuid', nullable: true }) eventId: string | null;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'event_id' })
  event?: { id: string } | null;
  /** No foreign key: a ban outlives the account it was given to. */
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @Column({ type: 'varchar', length: 8 }) kind: SanctionKind;
  @Column({ type: 'varchar', length: 500, default: '' }) reason: string;
  /** For guests: their client address, banned with them for the ban's duration. */
  @Index() @Column({ type: 'varchar', length: 64, nullable: true }) address: string | null;
  /** For guests: the signed device id they connected with, banned with them (auth's `DeviceIds`). */
  @Index() @Column({ name: 'device_id', type: 'uuid', nullable: true }) deviceId: string | null;
  @Column({ type: 'timestamptz', nullable: true }) until: Date | null;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'lifted_at', type: 'timestamptz', nullable: true }) liftedAt: Date | null;
}
