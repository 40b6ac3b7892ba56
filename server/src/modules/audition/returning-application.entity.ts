import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryColumn,
} from 'typeorm';

/**
 * An application copied from the same pesantren's exhibitor in an earlier fair (a returning pesantren,
 * docs/decisions/0028-audition-stages.md). The earlier exhibitor may be erased later; the mark stays.
 */
@Entity({ name: 'returning_application' })
export class ReturningApplicationEntity {
  @PrimaryColumn({ name: 'exhibitor_id', type: 'uuid' }) exhibitorId: string;
  @OneToOne('ExhibitorEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exhibitor_id' })
  exhibitor?: { id: string };
  @Index() @Column({ name: 'from_exhibitor_id', type: 'uuid', nullable: true }) fromExhibitorId:
    string | null;
  @ManyToOne('ExhibitorEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'from_exhibitor_id' })
  from?: { id: string } | null;
  /** The earlier fair, kept apart so the badge still names it if that exhibitor goes. */
  @Column({ name: 'from_event_id', type: 'uuid' }) fromEventId: string;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'from_event_id' })
  fromEvent?: { id: string };
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
