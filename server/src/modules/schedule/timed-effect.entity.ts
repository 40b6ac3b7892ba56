import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A side effect due at an instant (a session going live or ending; a meeting's reminder, room, start and
 * end; a request's expiry). `key` makes planning idempotent; `done_at` keeps a finished effect from running
 * again across nodes and restarts: only the leader (advisory lock) runs effects and marks each done after
 * running it, so an effect runs at least once (twice if a node dies in between: handlers are idempotent).
 */
@Entity({ name: 'timed_effect' })
@Index(['doneAt', 'dueAt'])
export class TimedEffectEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Index({ unique: true }) @Column({ type: 'varchar', length: 200 }) key: string;
  @Column({ type: 'varchar', length: 40 }) kind: string;
  /** What it belongs to, so re-planning can drop its stale pending effects. */
  @Index() @Column({ name: 'subject_id', type: 'uuid' }) subjectId: string;
  @Column({ type: 'jsonb', default: () => "'{}'" }) payload: Record<string, string>;
  @Column({ name: 'due_at', type: 'timestamptz' }) dueAt: Date;
  @Column({ name: 'done_at', type: 'timestamptz', nullable: true }) doneAt: Date | null;
  @Column({ type: 'integer', default: 0 }) attempts: number;
  @Column({ name: 'last_error', type: 'varchar', length: 500, nullable: true }) lastError: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
