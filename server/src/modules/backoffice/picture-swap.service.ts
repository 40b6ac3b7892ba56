import { Injectable } from '@nestjs/common';
import type { UploadedImage } from '@pameran/contracts';
import { UnitOfWork, type Tx } from '../../domain';
import { BoothProductsService } from '../catalogue/booth-products.service';
import { ExhibitorsService } from '../exhibitors/exhibitors.service';
import { uploadErrors } from '../uploads/uploads.exception';
import type { ImageKind } from '../uploads/upload-urls';
import { UploadsService } from '../uploads/uploads.service';

/** Swaps a record's picture reference in a transaction; returns the key it replaced. */
export type Swap = (tx: Tx, key: string | null) => Promise<string | null>;

/**
 * Replacing a logo or a product photo without leaving anything behind: the new files are stored first,
 * then the record is pointed at them; if that fails, the new files go; once it succeeds, the old files go
 * (when no other record shows the same picture — names are content-hashed, so identical uploads share).
 */
@Injectable()
export class PictureSwap {
  constructor(
    private readonly uow: UnitOfWork,
    private readonly uploads: UploadsService,
    private readonly exhibitors: ExhibitorsService,
    private readonly products: BoothProductsService,
  ) {}

  async replace(kind: ImageKind, file: Buffer | undefined, swap: Swap): Promise<UploadedImage> {
    if (!file?.length) throw uploadErrors.missing();
    const image = await this.uploads.ingest(file, kind);
    let old: string | null;
    try {
      old = await this.uow.run((tx) => swap(tx, image.key));
    } catch (err) {
      await this.dropIfUnused(image.key, kind);
      throw err;
    }
    if (old && old !== image.key) await this.dropIfUnused(old, kind);
    return image;
  }

  async clear(kind: ImageKind, swap: Swap): Promise<void> {
    const old = await this.uow.run((tx) => swap(tx, null));
    if (old) await this.dropIfUnused(old, kind);
  }

  /** After a product (or exhibitor) row was deleted outright. */
  async release(kind: ImageKind, key: string | null): Promise<void> {
    if (key) await this.dropIfUnused(key, kind);
  }

  private async dropIfUnused(key: string, kind: ImageKind): Promise<void> {
    const uses = kind === 'logo' ? await this.exhibitors.logoUses(key) : await this.products.photoUses(key);
    if (uses === 0) await this.uploads.discard(key, kind);
  }
}
