import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { MessageAttachment } from '@pameran/contracts';
import { Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { uploadErrors } from '../uploads/uploads.exception';
import { UploadsService } from '../uploads/uploads.service';
import { ThreadAttachmentEntity } from './messages.entities';
import type { ThreadAccess } from './thread-access.service';
import { ATTACHMENT_KIND } from './thread-message.mapper';

/**
 * Pictures for messages go through the upload pipeline (content sniffed, size and pixel limits, re-encoded
 * as WebP and JPEG, so no script or other content rides along) and are recorded as the uploader's, in this
 * thread; a message may attach only its sender's own unsent ones.
 */
@Injectable()
export class ThreadAttachmentsService {
  constructor(
    @InjectRepository(ThreadAttachmentEntity)
    private readonly attachments: Repository<ThreadAttachmentEntity>,
    private readonly uploads: UploadsService,
  ) {}

  async upload(caller: Caller, access: ThreadAccess, file: Buffer | undefined): Promise<MessageAttachment> {
    if (!file) throw uploadErrors.missing();
    const image = await this.uploads.ingest(file, ATTACHMENT_KIND);
    const row = await this.attachments.save(
      this.attachments.create({ threadId: access.thread.id, uploaderId: caller.sub, imageKey: image.key }),
    );
    return { id: row.id, url: image.url, sizes: image.sizes };
  }
}
