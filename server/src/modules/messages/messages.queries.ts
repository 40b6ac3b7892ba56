import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ThreadMessage } from '@pameran/contracts';
import { Repository } from 'typeorm';
import { ThreadAttachmentEntity, ThreadMessageEntity, ThreadReadEntity } from './messages.entities';
import { toThreadMessage } from './thread-message.mapper';
import { ThreadUnread } from './thread-unread.service';

/** What the hall (delivering `thread.message_posted`) and mail (telling the absent) ask of messages. */
@Injectable()
export class MessagesQueries {
  constructor(
    @InjectRepository(ThreadMessageEntity) private readonly messages: Repository<ThreadMessageEntity>,
    @InjectRepository(ThreadAttachmentEntity)
    private readonly attachments: Repository<ThreadAttachmentEntity>,
    @InjectRepository(ThreadReadEntity) private readonly reads: Repository<ThreadReadEntity>,
    private readonly unread: ThreadUnread,
  ) {}

  /** The message as parties see it, or null if it is gone or hidden since. */
  async visibleMessage(id: string): Promise<ThreadMessage | null> {
    const row = await this.messages.findOneBy({ id });
    if (!row || row.hiddenAt) return null;
    return toThreadMessage(row, await this.attachments.findBy({ messageId: id }));
  }

  /**
   * Whether this person still has the message unread: it is visible, someone else's, and posted after their
   * read mark (mail asks before telling someone of a new message).
   */
  async isUnread(messageId: string, userId: string): Promise<boolean> {
    const row = await this.messages.findOneBy({ id: messageId });
    if (!row || row.hiddenAt || row.senderId === userId) return false;
    const mark = await this.reads.findOneBy({ threadId: row.threadId, userId });
    return !mark || row.createdAt > mark.readAt;
  }

  unreadIn(threadId: string, userIds: string[]): Promise<Map<string, number>> {
    return this.unread.counts(threadId, userIds);
  }
}
