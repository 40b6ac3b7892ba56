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
import { CATEGORIES, type Category } from '@pameran/contracts';
import { E164_CHECK, oneOf } from '../../common/db-checks';
import type { BoothEntity } from '../booths/booth.entity';
import { bigintNumber } from '../../common/db-transformers';

/**
 * A product on a booth. Search uses the trigram index `product_search_trgm` over
 * {@link PRODUCT_SEARCH_EXPR} (created by migration; not managed by TypeORM's sync).
 */
@Entity({ name: 'product' })
@Check('product_category', oneOf('category', CATEGORIES))
@Check('product_price', '"price_rupiah" >= 0')
@Check('product_min_order', '"min_order" >= 1')
@Check('product_capacity', '"monthly_capacity" IS NULL OR "monthly_capacity" >= 0')
@Check('product_whatsapp', `"whatsapp_number" IS NULL OR ${E164_CHECK('whatsapp_number')}`)
@Index('product_search_trgm', { synchronize: false })
@Index(['boothId', 'sortOrder'])
export class ProductEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'booth_id', type: 'uuid' }) boothId: string;
  @ManyToOne('BoothEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'booth_id' })
  booth: Relation<BoothEntity>;
  @Index() @Column({ type: 'varchar', length: 32 }) category: Category;
  @Column({ name: 'name_id', type: 'varchar', length: 160 }) nameId: string;
  @Column({ name: 'name_en', type: 'varchar', length: 160, default: '' }) nameEn: string;
  @Column({ name: 'description_id', type: 'text', default: '' }) descriptionId: string;
  @Column({ name: 'description_en', type: 'text', default: '' }) descriptionEn: string;
  @Column({ name: 'price_rupiah', type: 'bigint', transformer: bigintNumber }) priceRupiah: number;
  @Column({ type: 'varchar', length: 40 }) unit: string;
  @Column({ name: 'min_order', type: 'integer', default: 1 }) minOrder: number;
  @Column({ name: 'monthly_capacity', type: 'integer', nullable: true }) monthlyCapacity: number | null;
  @Column({ name: 'halal_number', type: 'varchar', length: 40, nullable: true }) halalNumber: string | null;
  @Column({ name: 'pirt_number', type: 'varchar', length: 40, nullable: true }) pirtNumber: string | null;
  @Column({ name: 'bpom_number', type: 'varchar', length: 40, nullable: true }) bpomNumber: string | null;
  @Column({ name: 'export_ready', type: 'boolean', default: false }) exportReady: boolean;
  /** Overrides the booth's number for this product. */
  @Column({ name: 'whatsapp_number', type: 'varchar', length: 16, nullable: true }) whatsappNumber:
    string | null;
  @Column({ name: 'sort_order', type: 'integer', default: 0 }) sortOrder: number;
  @Column({ type: 'boolean', default: false }) hidden: boolean;
  /** Content key of the uploaded photo (uploads module); null → the generated SVG. */
  @Column({ name: 'image_key', type: 'varchar', length: 32, nullable: true }) imageKey: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
}

/** The searchable text of a product; the trigram index is on exactly this expression. */
export const PRODUCT_SEARCH_EXPR =
  "lower(name_id || ' ' || name_en || ' ' || description_id || ' ' || description_en)";
