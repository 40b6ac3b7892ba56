import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { BackofficeProduct, ProductCreate, ProductUpdate } from '@pameran/contracts';
import { Repository } from 'typeorm';
import { UnitOfWork, type Tx } from '../../domain';
import { BoothsService } from '../booths/booths.service';
import { ProductEntity } from './product.entity';
import { productColumns } from './product-rows';
import { BoothProductsReadModel } from './read-models/booth-products.read-model';
import { CatalogueException } from './catalogue.exception';
import { notFound } from '../../common/common.exception';

/** A booth holds at most this many products, however they arrive (editor, back office import, console import). */
export const MAX_PRODUCTS = 1000;

/**
 * The products of one booth as its exhibitor (or the organisers' import) manages them: list, add, edit,
 * hide, reorder, delete and point at a photo. Who may do so is the caller's business (back office access).
 */
@Injectable()
export class BoothProductsService {
  constructor(
    @InjectRepository(ProductEntity) private readonly products: Repository<ProductEntity>,
    private readonly view: BoothProductsReadModel,
    private readonly booths: BoothsService,
    private readonly uow: UnitOfWork,
  ) {}

  list(boothId: string): Promise<BackofficeProduct[]> {
    return this.view.list(boothId);
  }

  async get(productId: string): Promise<BackofficeProduct> {
    const product = await this.view.get(productId);
    if (!product) throw notFound('Product');
    return product;
  }

  /**
   * Appends products after the booth's last one, under a row lock on the booth (no sort-order races), in
   * the caller's unit when given one. Returns the new ids in order.
   */
  add(boothId: string, products: ProductCreate[], tx?: Tx): Promise<string[]> {
    return this.uow.within(tx, async ({ manager: m }) => {
      await this.booths.lockForUpdate(boothId, m);
      const [{ count, next }] = await m.query<{ count: string; next: number }[]>(
        'SELECT count(*) AS count, coalesce(max(sort_order) + 1, 0) AS next FROM product WHERE booth_id = $1',
        [boothId],
      );
      if (Number(count) + products.length > MAX_PRODUCTS) {
        throw new CatalogueException('too_many_products', `A booth holds at most ${MAX_PRODUCTS} products`);
      }
      const entities = products.map((p, i) =>
        m.create(ProductEntity, {
          descriptionId: '',
          descriptionEn: '',
          ...productColumns(p),
          boothId,
          sortOrder: next + i,
        }),
      );
      const result = await m.insert(ProductEntity, entities);
      return result.identifiers.map((x) => x.id as string);
    });
  }

  async update(boothId: string, productId: string, dto: ProductUpdate): Promise<void> {
    const columns = productColumns(dto);
    if (Object.keys(columns).length) await this.products.update({ id: productId, boothId }, columns);
  }

  /** Deletes the product; returns the photo key it had, for the caller to release. */
  async remove(boothId: string, productId: string): Promise<string | null> {
    const p = await this.products.findOne({ where: { id: productId } });
    if (!p) throw notFound('Product');
    await this.products.delete({ id: productId, boothId });
    return p.imageKey;
  }

  /** `ids` must be exactly the booth's products, in the new order. */
  async reorder(boothId: string, ids: string[]): Promise<void> {
    await this.uow.run(async ({ manager: m }) => {
      const rows = await m.query<{ id: string }[]>(
        'SELECT id FROM product WHERE booth_id = $1 ORDER BY id FOR UPDATE',
        [boothId],
      );
      const own = new Set(rows.map((r) => r.id));
      if (ids.length !== own.size || new Set(ids).size !== ids.length || ids.some((id) => !own.has(id))) {
        throw new CatalogueException(
          'order_mismatch',
          "The order must list each of the booth's products exactly once",
          [{ path: 'ids', message: 'must list each product of this booth exactly once' }],
        );
      }
      await m.query(
        `UPDATE product SET sort_order = o.n - 1 FROM unnest($1::uuid[]) WITH ORDINALITY AS o(id, n)
         WHERE product.id = o.id`,
        [ids],
      );
    });
  }

  /** Points the product at another photo (or none) in the caller's unit; returns the key it replaced. */
  async swapPhoto(productId: string, key: string | null, tx: Tx): Promise<string | null> {
    const m = tx.manager;
    const p = await m.findOne(ProductEntity, {
      where: { id: productId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!p) throw notFound('Product');
    await m.update(ProductEntity, { id: productId }, { imageKey: key });
    return p.imageKey;
  }

  /** How many products show this photo (uploads are content-addressed, so identical photos share a key). */
  photoUses(key: string): Promise<number> {
    return this.products.count({ where: { imageKey: key } });
  }
}
