import { CATEGORIES, type Category } from '@pameran/contracts';
import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
  Relation,
} from 'typeorm';
import { oneOf } from '../../common/db-checks';
import { bigintNumber } from '../../common/db-transformers';
import type { ProductEntity } from '../catalogue/product.entity';
import type { EventEntity } from '../events/event.entity';
import type { ExhibitorEntity } from '../exhibitors/exhibitor.entity';
import type { UserEntity } from '../users/user.entity';

/** A buyer's posted need that matching exhibitors are shown and can answer. */
@Entity({ name: 'sourcing_request' })
@Check('sourcing_request_category', oneOf('category', CATEGORIES))
@Check('sourcing_request_status', oneOf('status', ['open', 'closed']))
@Check('sourcing_request_quantity', '"quantity" > 0')
@Index(['eventId', 'category', 'status'])
export class SourcingRequestEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'event_id', type: 'uuid' }) eventId: string;
  @ManyToOne('EventEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'event_id' })
  event?: Relation<EventEntity>;
  @Index() @Column({ name: 'buyer_id', type: 'uuid' }) buyerId: string;
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'buyer_id' })
  buyer?: Relation<UserEntity>;
  @Column({ type: 'varchar', length: 120 }) title: string;
  @Column({ type: 'varchar', length: 32 }) category: Category;
  @Column({ type: 'double precision' }) quantity: number;
  @Column({ type: 'varchar', length: 20 }) unit: string;
  @Column({ type: 'boolean', default: false }) halal: boolean;
  @Column({ name: 'export_ready', type: 'boolean', default: false }) exportReady: boolean;
  @Column({ type: 'text', default: '' }) requirements: string;
  @Column({ name: 'target_price', type: 'bigint', nullable: true, transformer: bigintNumber })
  targetPrice: number | null;
  @Column({ name: 'destination_country', type: 'char', length: 2 }) destinationCountry: string;
  @Column({ type: 'varchar', length: 8, default: 'open' }) status: 'open' | 'closed';
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** An exhibitor's answer to a sourcing request (one per exhibitor). */
@Entity({ name: 'sourcing_response' })
@Index(['requestId', 'exhibitorId'], { unique: true })
export class SourcingResponseEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'request_id', type: 'uuid' }) requestId: string;
  @ManyToOne(() => SourcingRequestEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'request_id' })
  request: Relation<SourcingRequestEntity>;
  @Column({ name: 'exhibitor_id', type: 'uuid' }) exhibitorId: string;
  @ManyToOne('ExhibitorEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'exhibitor_id' })
  exhibitor?: Relation<ExhibitorEntity>;
  @Column({ name: 'author_id', type: 'uuid' }) authorId: string;
  @Column({ type: 'text' }) message: string;
  @Column({ name: 'product_ids', type: 'uuid', array: true, default: () => "'{}'" }) productIds: string[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}

/** A buyer's shortlisted product. */
@Entity({ name: 'shortlist_item' })
export class ShortlistEntity {
  @PrimaryColumn({ name: 'user_id', type: 'uuid' }) userId: string;
  @ManyToOne('UserEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: Relation<UserEntity>;
  @PrimaryColumn({ name: 'product_id', type: 'uuid' }) productId: string;
  @ManyToOne('ProductEntity', { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'product_id' })
  product?: Relation<ProductEntity>;
  @CreateDateColumn({ name: 'added_at', type: 'timestamptz' }) addedAt: Date;
}
