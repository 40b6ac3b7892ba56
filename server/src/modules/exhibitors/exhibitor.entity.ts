import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  Relation,
} from 'typeorm';
import {
  BOOTH_THEMES,
  CATEGORIES,
  EXHIBITOR_STATUSES,
  REGION_CODES,
  type Category,
  type ExhibitorStatus,
} from '@pameran/contracts';
import { E164_CHECK, oneOf } from '../../common/db-checks';
import type { EventEntity } from '../events/event.entity';

/** A pesantren taking part in an event; approved ones get a booth. */
@Entity({ name: 'exhibitor' })
@Check('exhibitor_status', oneOf('status', EXHIBITOR_STATUSES))
@Check('exhibitor_category', oneOf('category', CATEGORIES))
@Check('exhibitor_region', oneOf('region', REGION_CODES))
@Check('exhibitor_whatsapp', E164_CHECK('whatsapp_number'))
@Check('exhibitor_theme', oneOf('theme', BOOTH_THEMES))
@Check('exhibitor_colour', '"colour" ~ \'^#[0-9a-f]{6}$\'')
@Check('exhibitor_rejection_reason', '"status" <> \'rejected\' OR "status_reason" IS NOT NULL')
@Index('exhibitor_event_name_unique', { synchronize: false })
@Index('exhibitor_name_trgm', { synchronize: false })
@Index(['eventId', 'status'])
export class ExhibitorEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event: Relation<EventEntity>;
  /** The account that applied; owner of the booth. */
  @Index() @Column({ name: 'owner_user_id', type: 'uuid', nullable: true }) ownerUserId: string | null;
  @Column({ type: 'varchar', length: 120 }) name: string;
  @Column({ type: 'varchar', length: 40 }) region: string;
  @Column({ name: 'contact_name', type: 'varchar', length: 80 }) contactName: string;
  @Column({ name: 'whatsapp_number', type: 'varchar', length: 16 }) whatsappNumber: string;
  @Column({ type: 'varchar', length: 32 }) category: Category;
  @Column({ name: 'description_id', type: 'text' }) descriptionId: string;
  @Column({ name: 'description_en', type: 'text', default: '' }) descriptionEn: string;
  @Column({ type: 'char', length: 7 }) colour: string;
  /** Booth style drawn by the hall (BOOTH_THEMES); set in the back office. */
  @Column({ type: 'varchar', length: 16, default: 'classic' }) theme: string;
  /** Content key of the uploaded logo (uploads module); null → the generated SVG. */
  @Column({ name: 'logo_key', type: 'varchar', length: 32, nullable: true }) logoKey: string | null;
  /** When the booth is staffed each fair day (WIB), e.g. {from: '08:00', to: '16:00'}. */
  @Column({ name: 'staff_hours', type: 'jsonb', nullable: true }) staffHours: {
    from: string;
    to: string;
  } | null;
  @Column({ type: 'varchar', length: 16, default: 'applied' }) status: ExhibitorStatus;
  @Column({ name: 'status_reason', type: 'varchar', length: 500, nullable: true }) statusReason:
    string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}
