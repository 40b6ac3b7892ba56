import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToOne,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { CATEGORIES, ZONE_CAPACITY, type Category } from '@pameran/contracts';
import { oneOf } from '../../common/db-checks';
import type { EventEntity } from '../events/event.entity';
import type { ExhibitorEntity } from '../exhibitors/exhibitor.entity';

/** One per approved exhibitor, placed in its category's zone of the hall. */
@Entity({ name: 'booth' })
@Check('booth_zone', oneOf('zone', CATEGORIES))
@Check('booth_slot', `"slot" >= 0 AND "slot" < ${ZONE_CAPACITY}`)
@Index(['eventId', 'zone', 'slot'], { unique: true })
export class BoothEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<EventEntity>;
  @Index({ unique: true }) @Column({ name: 'exhibitor_id', type: 'uuid' }) exhibitorId: string;
  @OneToOne('ExhibitorEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exhibitor_id' })
  exhibitor: Relation<ExhibitorEntity>;
  @Column({ type: 'varchar', length: 32 }) zone: Category;
  @Column({ type: 'smallint' }) slot: number;
  @Column({ name: 'position_x', type: 'real' }) positionX: number;
  @Column({ name: 'position_z', type: 'real' }) positionZ: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
