import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import type { ExhibitorEntity } from '../exhibitors/exhibitor.entity';
import type { UserEntity } from '../users/user.entity';

/** A one-time link that makes whoever opens it (signed up or in) staff of an exhibitor; hash only. */
@Entity({ name: 'staff_invite' })
export class StaffInviteEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index() @Column({ name: 'exhibitor_id', type: 'uuid' }) exhibitorId: string;
  @ManyToOne('ExhibitorEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exhibitor_id' })
  exhibitor: Relation<ExhibitorEntity>;
  @Index({ unique: true }) @Column({ name: 'token_hash', type: 'char', length: 64 }) tokenHash: string;
  /** Who it is for, as the owner wrote it ("Ust. Ahmad, kasir"); shown in the pending list. */
  @Column({ type: 'varchar', length: 80, default: '' }) note: string;
  @Column({ name: 'created_by', type: 'uuid', nullable: true }) createdBy: string | null;
  @Column({ name: 'expires_at', type: 'timestamptz' }) expiresAt: Date;
  @Column({ name: 'used_at', type: 'timestamptz', nullable: true }) usedAt: Date | null;
  @Column({ name: 'used_by', type: 'uuid', nullable: true }) usedBy: string | null;
  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'used_by' })
  user: Relation<UserEntity> | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
