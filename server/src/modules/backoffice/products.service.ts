import { Injectable } from '@nestjs/common';
import type {
  BackofficeProduct,
  ImportReport,
  ProductCreate,
  ProductUpdate,
  UploadedImage,
} from '@pameran/contracts';
import { BoothProductsService } from '../catalogue/booth-products.service';
import { PRODUCT_IMPORT } from '../catalogue/product-import';
import { ImportEngine } from '../imports/import-engine';
import type { BoothAccess } from './booth-access.service';
import { BoothChanges } from './booth-changes.service';
import { PictureSwap } from './picture-swap.service';
import { ImportException } from '../imports/imports.exception';

/**
 * Products of a booth as its owner manages them: create, edit, hide, reorder, photo, bulk import. The
 * catalogue module keeps the products; this adds the back office's part (photos, import, telling the hall).
 */
@Injectable()
export class ProductsService {
  constructor(
    private readonly products: BoothProductsService,
    private readonly changes: BoothChanges,
    private readonly pictures: PictureSwap,
    private readonly imports: ImportEngine,
  ) {}

  list(access: BoothAccess): Promise<BackofficeProduct[]> {
    return this.products.list(access.boothId);
  }

  async create(access: BoothAccess, dto: ProductCreate): Promise<BackofficeProduct> {
    const [id] = await this.products.add(access.boothId, [dto]);
    await this.changes.changed(access);
    return this.products.get(id);
  }

  async update(access: BoothAccess, productId: string, dto: ProductUpdate): Promise<BackofficeProduct> {
    await this.products.update(access.boothId, productId, dto);
    await this.changes.changed(access);
    return this.products.get(productId);
  }

  async remove(access: BoothAccess, productId: string): Promise<void> {
    const photo = await this.products.remove(access.boothId, productId);
    await this.pictures.release('product', photo);
    await this.changes.changed(access);
  }

  /** `ids` must be exactly the booth's products, in the new order. */
  async reorder(access: BoothAccess, ids: string[]): Promise<BackofficeProduct[]> {
    await this.products.reorder(access.boothId, ids);
    await this.changes.changed(access);
    return this.list(access);
  }

  async setPhoto(access: BoothAccess, productId: string, file: Buffer | undefined): Promise<UploadedImage> {
    const image = await this.pictures.replace('product', file, (tx, key) =>
      this.products.swapPhoto(productId, key, tx),
    );
    await this.changes.changed(access);
    return image;
  }

  async removePhoto(access: BoothAccess, productId: string): Promise<void> {
    await this.pictures.clear('product', (tx) => this.products.swapPhoto(productId, null, tx));
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
      commit: async (tx, rows) =>
        (
          await this.products.add(
            access.boothId,
            rows.map((r) => r.value),
            tx,
          )
        ).length,
    });
    if (report.imported) await this.changes.changed(access);
    return report;
  }
}
