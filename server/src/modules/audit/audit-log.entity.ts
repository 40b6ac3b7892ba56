import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** Who did what, when, with the record before and after; kept when the actor's account is deleted. */
@Entity({ name: 'audit_log' })
export class AuditLogEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  /** The fair the action was taken in (null: a platform action). No foreign key: the log outlives what it names. */
  @Index() @Column({ name: 'event_id', type: 'uuid', nullable: true }) eventId: string | null;
  @Index() @Column({ name: 'actor_id', type: 'uuid', nullable: true }) actorId: string | null;
  @Column({ name: 'actor_name', type: 'varchar', length: 80, nullable: true }) actorName: string | null;
  @Index() @Column({ type: 'varchar', length: 64 }) action: string;
  @Column({ name: 'entity_type', type: 'varchar', length: 32 }) entityType: string;
  @Index() @Column({ name: 'entity_id', type: 'varchar', length: 64, nullable: true }) entityId:
    string | null;
  @Column({ type: 'jsonb', nullable: true }) before: object | null;
  @Column({ type: 'jsonb', nullable: true }) after: object | null;
  @Index() @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
