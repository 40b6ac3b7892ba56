import { CATEGORIES, type AtlasCell, type Category } from '@pameran/contracts';
import {
  Check,
  Column,
  Entity,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  Relation,
  UpdateDateColumn,
} from 'typeorm';
import { oneOf } from '../../common/db-checks';
import type { EventEntity } from '../events/event.entity';

/**
 * The current picture atlas page of one zone of an event: its content-hashed file keys per level and the
 * cells of the booths on it. Shared by every node (the files are in the upload store).
 */
@Entity({ name: 'atlas_page' })
@Check('atlas_page_zone', oneOf('zone', CATEGORIES))
@Check('atlas_page_version', '"version" > 0')
export class AtlasPageEntity {
  @PrimaryColumn({ name: 'event_id', type: 'uuid' }) eventId: string;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<EventEntity>;
  @PrimaryColumn({ type: 'varchar', length: 32 }) zone: Category;
  @Column({ type: 'int' }) version: number;
  /** Hash of everything the page is drawn from: an unchanged zone is not drawn again. */
  @Column({ name: 'source_hash', type: 'varchar', length: 64 }) sourceHash: string;
  /** Upload key of the page at each level (`{"2048": key, "1024": key}`). */
  @Column({ type: 'jsonb' }) keys: Record<string, string>;
  @Column({ type: 'jsonb' }) cells: AtlasCell[];
  @UpdateDateColumn({ name: 'built_at', type: 'timestamptz' }) builtAt: Date;
}
