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
import { MEMBERSHIP_ROLES, type MembershipRole } from '@pameran/contracts';
import { oneOf } from '../../common/db-checks';

/**
 * A person's rights in one fair (docs/decisions/0025-many-fairs.md): its organisers, and the staff of one of
 * its exhibitors. A person is staff of at most one exhibitor per fair. The foreign keys are declared by the
 * entities' names so this module imports none of the modules it points at.
 */
@Entity({ name: 'membership' })
@Check('membership_role', oneOf('role', MEMBERSHIP_ROLES))
@Check('membership_exhibitor', `("role" = 'exhibitor') = ("exhibitor_id" IS NOT NULL)`)
@Index(['userId', 'eventId', 'role'], { unique: true })
export class MembershipEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'user_id', type: 'uuid' }) userId: string;
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: { id: string };
  @Index() @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: { id: string };
  @Column({ type: 'varchar', length: 16 }) role: MembershipRole;
  @Index() @Column({ name: 'exhibitor_id', type: 'uuid', nullable: true }) exhibitorId: string | null;
  @ManyToOne('ExhibitorEntity', { onDelete: 'CASCADE', nullable: true })
  @JoinColumn({ name: 'exhibitor_id' })
  exhibitor?: { id: string } | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
