import { Inject, Injectable, Logger } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import { processImage } from './image-pipeline';
import { Semaphore } from './semaphore';
import { UPLOAD_STORE, type UploadStore } from './upload-store';
import { imageUrls, outputNames, type ImageKind, type StoredImage } from './upload-urls';

/**
 * Turns an uploaded picture into stored, resized files. Image work is limited to one job per core, so a
 * burst of uploads queues here instead of filling libuv's thread pool (which file reads, DNS and password
 * hashing share).
 */
@Injectable()
export class UploadsService {
  private readonly logger = new Logger(UploadsService.name);
  private readonly jobs = new Semaphore(Math.max(1, availableParallelism()));

  constructor(@Inject(UPLOAD_STORE) private readonly store: UploadStore) {}

  /** Check, resize and store; on any failure nothing is left in the store. */
  async ingest(buf: Buffer, kind: ImageKind): Promise<StoredImage> {
    const image = await this.jobs.run(() => processImage(buf, kind));
    const written: string[] = [];
    try {
      for (const f of image.files) {
        await this.store.put(f.name, f.body, f.contentType);
        written.push(f.name);
      }
    } catch (err) {
      await Promise.all(written.map((n) => this.store.remove(n).catch(() => undefined)));
      throw err;
    }
    this.logger.log({ key: image.key, kind, width: image.width, height: image.height }, 'image stored');
    return imageUrls(image.key, kind);
  }

  /** Remove every file of a picture (when nothing refers to it any more). */
  async discard(key: string, kind: ImageKind): Promise<void> {
    await Promise.all(
      outputNames(key, kind).map((n) =>
        this.store
          .remove(n)
          .catch((err: Error) => this.logger.warn({ err: err.message, name: n }, 'could not remove')),
      ),
    );
  }

  open(name: string) {
    return this.store.open(name);
  }
}
