import { Module } from '@nestjs/common';
import { DiskUploadStore, UPLOAD_STORE } from './upload-store';
import { UploadsController } from './uploads.controller';
import { UploadsService } from './uploads.service';

/** Uploaded pictures: checked by content, resized into WebP + JPEG, stored and served with long caching. */
@Module({
  controllers: [UploadsController],
  providers: [UploadsService, { provide: UPLOAD_STORE, useClass: DiskUploadStore }],
  exports: [UploadsService],
})
export class UploadsModule {}
