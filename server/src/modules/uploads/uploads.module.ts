import { Module } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { s3Client, S3UploadStore } from './s3-upload-store';
import { DiskUploadStore, UPLOAD_STORE, type UploadStore } from './upload-store';
import { UploadsController } from './uploads.controller';
import { UploadsService } from './uploads.service';

/** The local disk by default; an S3-compatible bucket when the S3_* variables are set (docs/decisions/0010). */
function uploadStore(config: AppConfig): UploadStore {
  const storage = config.uploadStorage;
  return storage.kind === 's3'
    ? new S3UploadStore(s3Client(storage), storage.bucket)
    : new DiskUploadStore(storage.dir);
}

/** Uploaded pictures: checked by content, resized into WebP + JPEG, stored and served with long caching. */
@Module({
  controllers: [UploadsController],
  providers: [UploadsService, { provide: UPLOAD_STORE, useFactory: uploadStore, inject: [AppConfig] }],
  exports: [UploadsService],
})
export class UploadsModule {}
