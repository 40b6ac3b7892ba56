import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  BackofficeProduct,
  ImportReport,
  ProductCreate,
  ProductUpdate,
  UploadedImage,
} from '@pameran/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { ProductEntity } from '../catalogue/product.entity';
import { ImportEngine, type ValidRow } from '../imports/import-engine';
import type { BoothAccess } from './booth-access.service';
import { BoothChanges } from './booth-changes.service';
import { PictureSwap } from './picture-swap.service';
import { PRODUCT_IMPORT } from './product-import';
import { OWN_PRODUCTS_SQL, OwnProductRow, productColumns, toBackofficeProduct } from './product-rows';
import { BackofficeException } from './backoffice.exception';
import { ImportException } from '../imports/imports.exception';
import { notFound } from '../../common/common.exception';

const MAX_PRODUCTS = 1000;

/** Products of a booth as its owner manages them: create, edit, hide, reorder, photo, bulk import. */
@Injectable()
export class ProductsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly changes: BoothChanges,
    private readonly pictures: PictureSwap,
    private readonly imports: ImportEngine,
  ) {}

  async list(access: BoothAccess): Promise<BackofficeProduct[]> {
    const rows = await this.db.query<OwnProductRow[]>(
      `${OWN_PRODUCTS_SQL} WHERE p.booth_id = $1 ORDER BY p.sort_order, p.name_id, p.id`,
      [access.boothId],
    );
    return rows.map(toBackofficeProduct);
  }

  async get(productId: string, m: EntityManager = this.db.manager): Promise<BackofficeProduct> {
    const [row] = await m.query<OwnProductRow[]>(`${OWN_PRODUCTS_SQL} WHERE p.id = $1`, [productId]);
    if (!row) throw notFound('Product');
    return toBackofficeProduct(row);
  }

  async create(access: BoothAccess, dto: ProductCreate): Promise<BackofficeProduct> {
    const id = await this.db.transaction(async (m) => {
      const [created] = await this.insert(m, access.boothId, [{ line: 0, value: dto }]);
      return created;
    });
    await this.changes.changed(access);
    return this.get(id);
  }

  async update(access: BoothAccess, productId: string, dto: ProductUpdate): Promise<BackofficeProduct> {
    const columns = productColumns(dto);
    if (Object.keys(columns).length)
      await this.db.getRepository(ProductEntity).update({ id: productId, boothId: access.boothId }, columns);
    await this.changes.changed(access);
    return this.get(productId);
  }

  async remove(access: BoothAccess, productId: string): Promise<void> {
    const p = await this.db.getRepository(ProductEntity).findOne({ where: { id: productId } });
    if (!p) throw notFound('Product');
    await this.db.getRepository(ProductEntity).delete({ id: productId, boothId: access.boothId });
    await this.pictures.release('product', p.imageKey);
    await this.changes.changed(access);
  }

  /** `ids` must be exactly the booth's products, in the new order. */
  async reorder(access: BoothAccess, ids: string[]): Promise<BackofficeProduct[]> {
    await this.db.transaction(async (m) => {
      const rows = await m.query<{ id: string }[]>(
        'SELECT id FROM product WHERE booth_id = $1 ORDER BY id FOR UPDATE',
        [access.boothId],
      );
      const own = new Set(rows.map((r) => r.id));
      if (ids.length !== own.size || new Set(ids).size !== ids.length || ids.some((id) => !own.has(id))) {
        throw new BackofficeException(
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
    await this.changes.changed(access);
    return this.list(access);
  }

  async setPhoto(access: BoothAccess, productId: string, file: Buffer | undefined): Promise<UploadedImage> {
    const image = await this.pictures.replace('product', file, (m, key) => this.swapPhoto(m, productId, key));
    await this.changes.changed(access);
    return image;
  }

  async removePhoto(access: BoothAccess, productId: string): Promise<void> {
    await this.pictures.clear('product', (m) => this.swapPhoto(m, productId, null));
    await this.changes.changed(access);
  }

  /** Dry run reports every bad row; a real run writes all rows in one transaction, or none. */
  async import(access: BoothAccess, file: Buffer | undefined, dryRun: boolean): Promise<ImportReport> {
    if (!file?.length)
      throw new ImportException('import_missing', 'Choose a CSV or XLSX file', [
        { path: 'file', message: 'Choose a CSV or XLSX file' },
      ]);
    const report = await this.imports.run(file, PRODUCT_IMPORT, {
      dryRun,
      commit: async (m, rows) => (await this.insert(m, access.boothId, rows)).length,
    });
    if (report.imported) await this.changes.changed(access);
    return report;
  }

  /** Appends products after the booth's last one, under a row lock on the booth (no sort-order races). */
  private async insert(
    m: EntityManager,
    boothId: string,
    rows: ValidRow<ProductCreate>[],
  ): Promise<string[]> {
    await m.query('SELECT id FROM booth WHERE id = $1 FOR UPDATE', [boothId]);
    const [{ count, next }] = await m.query<{ count: string; next: number }[]>(
      'SELECT count(*) AS count, coalesce(max(sort_order) + 1, 0) AS next FROM product WHERE booth_id = $1',
      [boothId],
    );
    if (Number(count) + rows.length > MAX_PRODUCTS) {
      throw new BackofficeException('too_many_products', `A booth holds at most ${MAX_PRODUCTS} products`);
    }
    const entities = rows.map((r, i) =>
      m.create(ProductEntity, {
        descriptionId: '',
        descriptionEn: '',
        ...productColumns(r.value),
        boothId,
        sortOrder: next + i,
      }),
    );
    const result = await m.insert(ProductEntity, entities);
    return result.identifiers.map((x) => x.id as string);
  }

  private async swapPhoto(m: EntityManager, productId: string, key: string | null): Promise<string | null> {
    const p = await m.findOne(ProductEntity, {
      where: { id: productId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!p) throw notFound('Product');
    await m.update(ProductEntity, { id: productId }, { imageKey: key });
    return p.imageKey;
  }
}
