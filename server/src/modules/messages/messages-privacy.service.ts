import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ThreadMessage } from '@pameran/contracts';
import { In, Repository } from 'typeorm';
import type { Tx } from '../../domain';
import {
  ThreadAttachmentEntity,
  ThreadMessageEntity,
  ThreadMessageReportEntity,
  ThreadReadEntity,
} from './messages.entities';
import { toThreadMessage } from './thread-message.mapper';

/** The person's messages for their data export, and erasure (docs/privacy.md). */
@Injectable()
export class MessagesPrivacy {
  constructor(
    @InjectRepository(ThreadMessageEntity) private readonly messages: Repository<ThreadMessageEntity>,
    @InjectRepository(ThreadAttachmentEntity)
    private readonly attachments: Repository<ThreadAttachmentEntity>,
  ) {}

  /** Every message the person wrote (hidden ones too), oldest first. */
  async writtenBy(userId: string): Promise<ThreadMessage[]> {
    const rows = await this.messages.find({ where: { senderId: userId }, order: { createdAt: 'ASC' } });
    const ids = rows.map((r) => r.id);
    const pictures = ids.length ? await this.attachments.findBy({ messageId: In(ids) }) : [];
    return rows.map((r) => toThreadMessage(r, pictures));
  }

  /**
   * Erasure: the messages stay in their threads (the other party answered them) but no longer name or
   * point to the author; their read marks go; their uploads and reports are no longer theirs.
   */
  async forgetSender(userId: string, tx: Tx): Promise<void> {
    const m = tx.manager;
    await m
      .createQueryBuilder()
      .update(ThreadMessageEntity)
      // The client message id must stay unique per sender: the row's own id is.
      .set({ senderId: null, senderName: '', clientMsgId: () => 'id::text' })
      .where('sender_id = :userId', { userId })
      .execute();
    await m.update(ThreadAttachmentEntity, { uploaderId: userId }, { uploaderId: null });
    await m.update(ThreadMessageReportEntity, { reporterId: userId }, { reporterId: null });
    await m.delete(ThreadReadEntity, { userId });
  }
}
