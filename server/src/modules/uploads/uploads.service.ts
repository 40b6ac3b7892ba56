import { Inject, Injectable, Logger } from '@nestjs/common';
import { availableParallelism } from 'node:os';
import type { Readable } from 'node:stream';
import { notFound } from '../../common/common.exception';
import { processImage } from './image-pipeline';
import { Semaphore } from './semaphore';
import { UPLOAD_STORE, type UploadStore } from './upload-store';
import {
  imageUrls,
  outputName,
  outputNames,
  uploadUrl,
  type ImageKind,
  type StoredImage,
} from './upload-urls';

/** A public picture name: `<key>-<width>`, optionally with `.webp` or `.jpg`. */
const PUBLIC_NAME = /^([0-9a-f]{24})-(\d{2,4})(?:\.(webp|jpg))?$/;

interface PictureHeaders {
  contentType: 'image/webp' | 'image/jpeg';
  etag: string;
  /** True when the format was chosen from the Accept header (so caches must vary on it). */
  negotiated: boolean;
}
/** One stored picture file, ready to be sent; without a body when the browser's copy is current (304). */
export type PictureFile = PictureHeaders & ({ body: Readable; size: number } | { body: null });

/** Whether an If-None-Match header names this ETag (a list, weak or `*`, as RFC 9110 allows). */
const matches = (ifNoneMatch: string | undefined, etag: string) =>
  !!ifNoneMatch &&
  ifNoneMatch.split(',').some((tag) => {
    const t = tag.trim();
    return t === '*' || t.replace(/^W\//, '') === etag;
  });

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

  /** The JPEG of a stored picture at one of its widths, or null when it is not stored (to draw atlas pages). */
  async jpeg(key: string, width: number): Promise<Buffer | null> {
    const file = await this.store.open(outputName(key, width, 'jpg'));
    if (!file) return null;
    const chunks: Buffer[] = [];
    for await (const chunk of file.body) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  /**
   * Store a JPEG made on the server (an atlas page) under a content-hashed key, so it is served like any
   * upload (`/api/uploads/<key>-<width>.jpg`, cached for a year). Storing the same key again is harmless.
   */
  async putJpeg(key: string, width: number, body: Buffer): Promise<string> {
    const name = outputName(key, width, 'jpg');
    if (!(await this.store.exists(name))) await this.store.put(name, body, 'image/jpeg');
    return `${uploadUrl(key, width)}.jpg`;
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

  /**
   * The picture a public name asks for: `<key>-<width>` is WebP when the browser accepts it, else JPEG;
   * `.webp` / `.jpg` ask for one. Anything else, or a file that is not there, is 404. A browser that
   * already holds it (If-None-Match) is told so after a check that it still exists, without reading it.
   */
  async picture(name: string, accept: string | undefined, ifNoneMatch?: string): Promise<PictureFile> {
    const m = PUBLIC_NAME.exec(name);
    if (!m) throw notFound('Picture');
    const [, key, width, asked] = m;
    const ext = asked === 'webp' || asked === 'jpg' ? asked : accept?.includes('image/webp') ? 'webp' : 'jpg';
    // The name as asked (not re-formatted), so only the exact stored name is ever served.
    const stored = `${key}-${width}.${ext}`;
    const headers: PictureHeaders = {
      contentType: ext === 'webp' ? 'image/webp' : 'image/jpeg',
      etag: `"${key}-${width}-${ext}"`,
      negotiated: !asked,
    };
    if (matches(ifNoneMatch, headers.etag)) {
      if (!(await this.store.exists(stored))) throw notFound('Picture');
      return { ...headers, body: null };
    }
    const file = await this.store.open(stored);
    if (!file) throw notFound('Picture');
    return { ...headers, ...file };
  }
}
