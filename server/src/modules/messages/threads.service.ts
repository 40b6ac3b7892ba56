import { ModerationService } from '../moderation/moderation.service';
import { MessagesException } from './messages.exception';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type {
  OpenThread,
  PostMessage,
  ThreadList,
  ThreadMessage,
  ThreadMessageList,
  ThreadSummary,
} from '@pameran/contracts';
import { In, Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { conflict, invalid, notFound } from '../../common/common.exception';
import { UnitOfWork } from '../../domain';
import { MessageNotices } from './message-notices';
import { MessageThreadEntity, ThreadAttachmentEntity, ThreadMessageEntity } from './messages.entities';
import { everyone, type ThreadParties } from './read-models/thread-parties.read-model';
import { ThreadInboxReadModel } from './read-models/thread-inbox.read-model';
import { ThreadAccessService } from './thread-access.service';
import { toThreadMessage } from './thread-message.mapper';
import { ThreadUnread } from './thread-unread.service';

/** Threads and their messages, for the subject's parties only (see `ThreadAccessService`). */
@Injectable()
export class ThreadsService {
  constructor(
    @InjectRepository(MessageThreadEntity) private readonly threads: Repository<MessageThreadEntity>,
    @InjectRepository(ThreadMessageEntity) private readonly messages: Repository<ThreadMessageEntity>,
    @InjectRepository(ThreadAttachmentEntity)
    private readonly attachments: Repository<ThreadAttachmentEntity>,
    private readonly access: ThreadAccessService,
    private readonly inbox: ThreadInboxReadModel,
    private readonly unread: ThreadUnread,
    private readonly notices: MessageNotices,
    private readonly uow: UnitOfWork,
    private readonly moderation: ModerationService,
  ) {}

  /** The thread of a subject, made on first use (by either side). */
  async open(caller: Caller, subject: OpenThread): Promise<ThreadSummary> {
    const parties = await this.access.subject(caller, subject.kind, subject.id);
    await this.threads
      .createQueryBuilder()
      .insert()
      .values({ eventId: parties.eventId, subjectKind: subject.kind, subjectId: subject.id })
      .orIgnore()
      .execute();
    const thread = await this.threads.findOneByOrFail({ subjectKind: subject.kind, subjectId: subject.id });
    return this.summary(caller, thread, parties);
  }

  /** The caller's threads that have messages, the most recent first, with the unread total. */
  async mine(caller: Caller): Promise<ThreadList> {
    const ids = await this.inbox.threadIdsOf(caller.sub);
    const rows = ids.length ? await this.threads.findBy({ id: In(ids) }) : [];
    const byId = new Map(rows.map((t) => [t.id, t]));
    const items: ThreadSummary[] = [];
    for (const id of ids) {
      const thread = byId.get(id);
      // Parties are asked again per thread, so one left since the inbox query is not shown.
      const parties = thread && (await this.access.partiesIfParty(caller, thread));
      if (thread && parties) items.push(await this.summary(caller, thread, parties));
    }
    const unread = items.reduce((n, t) => n + t.unread, 0);
    return { items, total: items.length, nextCursor: null, unread };
  }

  /** Newest first, `before` a message id; a hidden message is shown to its sender only. */
  async history(caller: Caller, threadId: string, before: string | undefined, limit: number) {
    await this.access.thread(caller, threadId);
    const qb = this.messages
      .createQueryBuilder('m')
      .where('m.thread_id = :threadId', { threadId })
      .andWhere('(m.hidden_at IS NULL OR m.sender_id = :me)', { me: caller.sub });
    const total = await qb.getCount();
    if (before) {
      const anchor = await this.messages.findOneBy({ id: before, threadId });
      if (!anchor) throw notFound('Message');
      qb.andWhere('(m.created_at, m.id) < (:at, :id)', { at: anchor.createdAt, id: anchor.id });
    }
    const rows = await qb
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const items = await this.withAttachments(rows.slice(0, limit));
    const list: ThreadMessageList = {
      items,
      total,
      nextCursor: rows.length > limit ? items[items.length - 1].id : null,
    };
    return list;
  }

  /**
   * Stores a message (once per `clientMsgId`) with the sender's own pictures uploaded to this thread, then
   * tells the other parties: `thread.message_posted` after the commit, and one `message_new` notification
   * per thread while it has unread messages.
   */
  async post(
    caller: Caller,
    threadId: string,
    dto: PostMessage,
  ): Promise<{ message: ThreadMessage; duplicate: boolean }> {
    const { thread, parties } = await this.access.thread(caller, threadId);
    const earlier = await this.messages.findOneBy({ senderId: caller.sub, clientMsgId: dto.clientMsgId });
    if (earlier) return { message: await this.existing(earlier, threadId), duplicate: true };
    // A mute holds here as in booth chat, read from Postgres so it holds on every node at once.
    if ((await this.moderation.stateOf(caller.sub, thread.eventId)).state !== 'ok')
      throw new MessagesException('muted', 'An organiser has muted you; you cannot write messages for now');
    const recipientIds = everyone(parties).filter((id) => id !== caller.sub);
    const stored = await this.uow.run(async (tx) => {
      const m = tx.manager;
      const inserted = await m
        .createQueryBuilder()
        .insert()
        .into(ThreadMessageEntity)
        .values({
          threadId,
          senderId: caller.sub,
          senderName: caller.name,
          body: dto.body,
          clientMsgId: dto.clientMsgId,
        })
        .orIgnore()
        .returning('*')
        .execute();
      const fresh = (inserted.raw as { id: string }[])[0];
      if (!fresh) return null; // a concurrent retry won; answered below as a duplicate
      if (dto.attachmentIds.length > 0) {
        const claimed = await m
          .createQueryBuilder()
          .update(ThreadAttachmentEntity)
          .set({ messageId: fresh.id })
          .where('id IN (:...ids) AND thread_id = :threadId AND uploader_id = :me AND message_id IS NULL', {
            ids: dto.attachmentIds,
            threadId,
            me: caller.sub,
          })
          .execute();
        if (claimed.affected !== new Set(dto.attachmentIds).size) {
          throw invalid(
            'attachmentIds',
            'Attach only pictures you uploaded to this thread and have not sent yet',
          );
        }
      }
      await m.update(MessageThreadEntity, { id: threadId }, { lastMessageAt: () => 'now()' });
      await this.notices.messagePosted(tx, thread, recipientIds);
      tx.publish('thread.message_posted', {
        eventId: thread.eventId,
        threadId,
        messageId: fresh.id,
        senderId: caller.sub,
        recipientIds,
      });
      return m.findOneByOrFail(ThreadMessageEntity, { id: fresh.id });
    });
    if (!stored) {
      const winner = await this.messages.findOneByOrFail({
        senderId: caller.sub,
        clientMsgId: dto.clientMsgId,
      });
      return { message: await this.existing(winner, threadId), duplicate: true };
    }
    const [message] = await this.withAttachments([stored]);
    return { message, duplicate: false };
  }

  /** Everything in the thread is read by the caller now; their thread notification is read too. */
  async markRead(caller: Caller, threadId: string): Promise<{ unread: number }> {
    await this.access.thread(caller, threadId);
    await this.uow.run(async (tx) => {
      await this.unread.markRead(tx, threadId, caller.sub);
      await this.notices.threadRead(tx, threadId, caller.sub);
    });
    return { unread: 0 };
  }

  private async existing(earlier: ThreadMessageEntity, threadId: string): Promise<ThreadMessage> {
    if (earlier.threadId !== threadId) throw conflict('This clientMsgId was already used in another thread');
    const [message] = await this.withAttachments([earlier]);
    return message;
  }

  private async summary(
    caller: Caller,
    thread: MessageThreadEntity,
    parties: ThreadParties,
  ): Promise<ThreadSummary> {
    const last = await this.messages
      .createQueryBuilder('m')
      .where('m.thread_id = :id AND (m.hidden_at IS NULL OR m.sender_id = :me)', {
        id: thread.id,
        me: caller.sub,
      })
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .getOne();
    const [lastMessage] = last ? await this.withAttachments([last]) : [null];
    return {
      id: thread.id,
      eventId: thread.eventId,
      subject: { kind: thread.subjectKind, id: thread.subjectId },
      exhibitorName: parties.exhibitorName,
      buyerName: parties.buyerName,
      lastMessage,
      unread: (await this.unread.counts(thread.id, [caller.sub])).get(caller.sub) ?? 0,
    };
  }

  private async withAttachments(rows: ThreadMessageEntity[]): Promise<ThreadMessage[]> {
    const ids = rows.map((r) => r.id);
    const pictures = ids.length
      ? await this.attachments.find({ where: { messageId: In(ids) }, order: { createdAt: 'ASC' } })
      : [];
    return rows.map((r) => toThreadMessage(r, pictures));
  }
}
