import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ThreadMessage } from '@pameran/contracts';
import { Repository } from 'typeorm';
import { ThreadAttachmentEntity, ThreadMessageEntity } from './messages.entities';
import { toThreadMessage } from './thread-message.mapper';
import { ThreadUnread } from './thread-unread.service';

/** What the hall asks of messages to deliver `thread.message_posted` (the module's port for others). */
@Injectable()
export class MessagesQueries {
  constructor(
    @InjectRepository(ThreadMessageEntity) private readonly messages: Repository<ThreadMessageEntity>,
    @InjectRepository(ThreadAttachmentEntity)
    private readonly attachments: Repository<ThreadAttachmentEntity>,
    private readonly unread: ThreadUnread,
  ) {}

  /** The message as parties see it, or null if it is gone or hidden since. */
  async visibleMessage(id: string): Promise<ThreadMessage | null> {
    const row = await this.messages.findOneBy({ id });
    if (!row || row.hiddenAt) return null;
    return toThreadMessage(row, await this.attachments.findBy({ messageId: id }));
  }

  unreadIn(threadId: string, userIds: string[]): Promise<Map<string, number>> {
    return this.unread.counts(threadId, userIds);
  }
}
