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
import { PRODUCT_CHANGES, type ProductChange, type ProductCreate } from '@pameran/contracts';
import { oneOf } from '../../common/db-checks';

/**
 * A product a returning application brings from the earlier fair. Products hang on booths and an application
 * has none until it is approved, so the copy waits here, flagged for the organisers to audit again, and
 * moves onto the booth when the application is approved (docs/decisions/0028-audition-stages.md).
 */
@Entity({ name: 'application_product' })
@Check('application_product_change', oneOf('change', PRODUCT_CHANGES))
@Index(['exhibitorId', 'sortOrder'])
export class ApplicationProductEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'exhibitor_id', type: 'uuid' }) exhibitorId: string;
  @ManyToOne('ExhibitorEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exhibitor_id' })
  exhibitor?: { id: string };
  @Index() @Column({ name: 'source_product_id', type: 'uuid', nullable: true }) sourceProductId:
    string | null;
  @ManyToOne('ProductEntity', { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'source_product_id' })
  source?: { id: string } | null;
  /** The product's fields as the booth editor takes them. */
  @Column({ type: 'jsonb' }) product: ProductCreate;
  /** Content key of the photo (uploads are content-addressed, so the copy shares the earlier file). */
  @Column({ name: 'image_key', type: 'varchar', length: 32, nullable: true }) imageKey: string | null;
  @Column({ type: 'varchar', length: 8 }) change: ProductChange;
  /** Cleared when the application is approved and the product is on the booth. */
  @Column({ name: 'needs_review', type: 'boolean', default: true }) needsReview: boolean;
  @Column({ name: 'sort_order', type: 'integer', default: 0 }) sortOrder: number;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
