import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';

/**
 * Where processed pictures live. Names are content-hashed and never rewritten, so any store that can put,
 * open and remove a named blob will do: the local disk (one node, or a directory all nodes share) or an
 * S3-compatible bucket (docs/decisions/0010-object-storage.md).
 */
export interface UploadStore {
  put(name: string, body: Buffer, contentType: string): Promise<void>;
  /** The stored blob, or null when there is none by that name. */
  open(name: string): Promise<{ body: Readable; size: number } | null>;
  /** Whether a blob by that name is stored (without reading it). */
  exists(name: string): Promise<boolean>;
  /** Removes the blob; removing one that is not there is not an error. */
  remove(name: string): Promise<void>;
}
export const UPLOAD_STORE = Symbol('UploadStore');

/** Files in one folder, written to a temporary name first and renamed, so readers never see half a file. */
export class DiskUploadStore implements UploadStore {
  private ready?: Promise<unknown>;

  constructor(readonly dir: string) {}

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
    const size = await this.size(name);
    return size === null ? null : { body: createReadStream(join(this.dir, name)), size };
  }

  async exists(name: string): Promise<boolean> {
    return (await this.size(name)) !== null;
  }

  async remove(name: string): Promise<void> {
    await rm(join(this.dir, name), { force: true });
  }

  private async size(name: string): Promise<number | null> {
    try {
      const file = await stat(join(this.dir, name));
      return file.isFile() ? file.size : null;
    } catch {
      return null;
    }
  }
}
