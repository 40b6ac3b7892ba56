import { Injectable } from '@nestjs/common';
import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { AppConfig } from '../../config/app-config';

/**
 * Where processed pictures live. Names are content-hashed and never rewritten, so any store that can put,
 * open and remove a named blob will do: the local disk by default, an S3-compatible bucket when someone
 * implements this interface against it (no SDK is bundled).
 */
export interface UploadStore {
  put(name: string, body: Buffer, contentType: string): Promise<void>;
  /** The stored blob, or null when there is none by that name. */
  open(name: string): Promise<{ body: Readable; size: number } | null>;
  remove(name: string): Promise<void>;
}
export const UPLOAD_STORE = Symbol('UploadStore');

/** Files under DATA_DIR/uploads, written to a temporary name first and renamed, so readers never see half a file. */
@Injectable()
export class DiskUploadStore implements UploadStore {
  readonly dir: string;
  private ready?: Promise<unknown>;

  constructor(config: AppConfig) {
    this.dir = join(config.dataDir, 'uploads');
  }

  async put(name: string, body: Buffer): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true });
    await this.ready;
    const tmp = join(this.dir, `.${name}.${randomBytes(6).toString('hex')}.tmp`);
    try {
      await writeFile(tmp, body);
      await rename(tmp, join(this.dir, name));
    } catch (err) {
      await rm(tmp, { force: true });
      throw err;
    }
  }

  async open(name: string): Promise<{ body: Readable; size: number } | null> {
    const path = join(this.dir, name);
    try {
      const { size } = await stat(path);
      return { body: createReadStream(path), size };
    } catch {
      return null;
    }
  }

  async remove(name: string): Promise<void> {
    await rm(join(this.dir, name), { force: true });
  }
}
