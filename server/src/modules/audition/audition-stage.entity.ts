import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn, Unique } from 'typeorm';

/**
 * One stage of a fair's audition (docs/decisions/0035-fair-gaps.md). A fair with no rows has the default
 * stages (`DEFAULT_AUDITION_STAGES`); its organisers may write their own list, which replaces the rows.
 * Reviews name a stage by its key within the application's fair.
 */
@Entity({ name: 'audition_stage' })
@Unique('audition_stage_position', ['eventId', 'position'])
export class AuditionStageEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' }) eventId: string;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: { id: string };
  @PrimaryColumn({ type: 'varchar', length: 16 }) key: string;
  /** The stage's place in the fair's order, from 0. */
  @Column({ type: 'smallint' }) position: number;
  @Column({ name: 'name_id', type: 'varchar', length: 80 }) nameId: string;
  @Column({ name: 'name_en', type: 'varchar', length: 80 }) nameEn: string;
}
