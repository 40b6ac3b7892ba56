import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { UploadedImage } from '@pameran/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { uploadErrors } from '../uploads/uploads.exception';
import type { ImageKind } from '../uploads/upload-urls';
import { UploadsService } from '../uploads/uploads.service';

/** Swaps a record's picture reference in a transaction; returns the key it replaced. */
export type Swap = (m: EntityManager, key: string | null) => Promise<string | null>;

const USERS: Record<ImageKind, string> = {
  logo: 'SELECT count(*) AS n FROM exhibitor WHERE logo_key = $1',
  product: 'SELECT count(*) AS n FROM product WHERE image_key = $1',
};

/**
 * Replacing a logo or a product photo without leaving anything behind: the new files are stored first,
 * then the record is pointed at them; if that fails, the new files go; once it succeeds, the old files go
 * (when no other record shows the same picture — names are content-hashed, so identical uploads share).
 */
@Injectable()
export class PictureSwap {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly uploads: UploadsService,
  ) {}

  async replace(kind: ImageKind, file: Buffer | undefined, swap: Swap): Promise<UploadedImage> {
    if (!file?.length) throw uploadErrors.missing();
    const image = await this.uploads.ingest(file, kind);
    let old: string | null;
    try {
      old = await this.db.transaction((m) => swap(m, image.key));
    } catch (err) {
      await this.dropIfUnused(image.key, kind);
      throw err;
    }
    if (old && old !== image.key) await this.dropIfUnused(old, kind);
    return image;
  }

  async clear(kind: ImageKind, swap: Swap): Promise<void> {
    const old = await this.db.transaction((m) => swap(m, null));
    if (old) await this.dropIfUnused(old, kind);
  }

  /** After a product (or exhibitor) row was deleted outright. */
  async release(kind: ImageKind, key: string | null): Promise<void> {
    if (key) await this.dropIfUnused(key, kind);
  }

  private async dropIfUnused(key: string, kind: ImageKind): Promise<void> {
    const [{ n }] = await this.db.query<{ n: string }[]>(USERS[kind], [key]);
    if (Number(n) === 0) await this.uploads.discard(key, kind);
  }
}
