import { CallHandler, ExecutionContext, Injectable, mixin, NestInterceptor, Type } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import type { Observable } from 'rxjs';
import { uploadErrors } from './uploads.exception';

/** The one file of a multipart upload, kept in memory (size-limited) until it is checked and re-encoded. */
export interface UploadedBlob {
  buffer: Buffer;
  size: number;
  originalname: string;
}

/**
 * Multer's single-file interceptor on field `file`, limited to `maxBytes`, whose refusals become
 * field-named upload errors (413 for size) instead of bare messages.
 */
export function FileUpload(maxBytes: number): Type<NestInterceptor> {
  // No `dest` or `storage`: multer keeps the file in memory.
  const Base = FileInterceptor('file', {
    limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 1024 },
  });
  @Injectable()
  class FileUploadInterceptor implements NestInterceptor {
    private readonly base = new Base();
    async intercept(ctx: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
      try {
        return await this.base.intercept(ctx, next);
      } catch (err) {
        if ((err as { status?: number }).status === 413) throw uploadErrors.tooLarge(maxBytes);
        throw err;
      }
    }
  }
  return mixin(FileUploadInterceptor);
}
