import { LEAD_KINDS, type LeadKind } from '@pameran/contracts';
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
import type { BoothEntity } from '../booths/booth.entity';
import type { UserEntity } from '../users/user.entity';
import { oneOf } from '../../common/db-checks';

/** Something a visitor did at a booth that the exhibitor may follow up. */
@Entity({ name: 'lead' })
@Check('lead_kind', oneOf('kind', LEAD_KINDS))
@Check('lead_score', 'score IS NULL OR score BETWEEN 1 AND 5')
@Index(['boothId', 'createdAt'])
export class LeadEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** The fair the lead was made in (the booth's; every writer names it). */
  @Index() @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: { id: string };
  @Column({ name: 'booth_id', type: 'uuid' }) boothId: string;
  @ManyToOne('BoothEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booth_id' })
  booth: Relation<BoothEntity>;
  @Index() @Column({ name: 'user_id', type: 'uuid', nullable: true }) userId: string | null;
  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user: Relation<UserEntity> | null;
  /**
   * Set when the person is forgotten (retention, erasure): a one-way key, the same on all of that person's
   * rows forgotten together, so counts "once per visitor and day" stay what they were (docs/privacy.md).
   */
  @Column({ name: 'visitor_key', type: 'varchar', length: 32, nullable: true }) visitorKey: string | null;
  @Column({ type: 'varchar', length: 16 }) kind: LeadKind;
  @Column({ name: 'product_id', type: 'uuid', nullable: true }) productId: string | null;
  /** What staff wrote down about this person (a badge scan or a talk-now conversation). */
  @Column({ type: 'varchar', length: 1000, nullable: true }) note: string | null;
  /** Staff's 1–5 rating of how promising the lead is. */
  @Column({ type: 'smallint', nullable: true }) score: number | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'ended_at', type: 'timestamptz', nullable: true }) endedAt: Date | null;
}
