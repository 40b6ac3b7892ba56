import { Injectable } from '@nestjs/common';
import type { Tx } from '../../domain';
import { NotificationsService } from '../notifications/notifications.service';
import type { MessageThreadEntity } from './messages.entities';

/**
 * The bell for messages: one `message_new` notification per thread and person while that thread has
 * unread messages for them (not one per message), read when they read the thread.
 */
@Injectable()
export class MessageNotices {
  constructor(private readonly notifications: NotificationsService) {}

  messagePosted(tx: Tx, thread: MessageThreadEntity, recipientIds: string[]): Promise<void> {
    return this.notifications.notifyUnlessUnread(
      tx,
      recipientIds,
      'message_new',
      { threadId: thread.id, subjectKind: thread.subjectKind, subjectId: thread.subjectId },
      'threadId',
      `/messages/${thread.id}`,
      thread.eventId,
    );
  }

  threadRead(tx: Tx, threadId: string, userId: string): Promise<void> {
    return this.notifications.markReadAbout(tx, userId, 'message_new', 'threadId', threadId);
  }
}
