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
import { AUDITION_DECISIONS, type AuditionDecision, type AuditionStage } from '@pameran/contracts';
import { oneOf } from '../../common/db-checks';

/**
 * One decision of the audition at one stage, with the organiser's note (docs/decisions/0028-audition-stages.md).
 * Rows are only added: the latest per application and stage is the one that counts, the earlier ones are
 * its history. `stage` is a key of the application's fair's stages (docs/decisions/0035-fair-gaps.md), which
 * the service checks. The foreign keys are declared by the entities' names so this module imports none of theirs.
 */
@Entity({ name: 'audition_review' })
@Check('audition_review_decision', oneOf('decision', AUDITION_DECISIONS))
@Index(['exhibitorId', 'stage', 'at'])
export class AuditionReviewEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'exhibitor_id', type: 'uuid' }) exhibitorId: string;
  @ManyToOne('ExhibitorEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exhibitor_id' })
  exhibitor?: { id: string };
  @Column({ type: 'varchar', length: 16 }) stage: AuditionStage;
  @Column({ type: 'varchar', length: 16 }) decision: AuditionDecision;
  @Column({ type: 'text', default: '' }) note: string;
  /** The organiser who decided (null once their account is erased). */
  @Index() @Column({ name: 'by_user_id', type: 'uuid', nullable: true }) byUserId: string | null;
  @ManyToOne('UserEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'by_user_id' })
  by?: { id: string } | null;
  @CreateDateColumn({ type: 'timestamptz' }) at: Date;
}
