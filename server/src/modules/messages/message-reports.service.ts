import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { List, MessageReport, MessageReportStatus, ReportMessage } from '@pameran/contracts';
import { In, Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { notFound } from '../../common/common.exception';
import { UnitOfWork } from '../../domain';
import { AuditService } from '../audit/audit.service';
import {
  MessageThreadEntity,
  ThreadAttachmentEntity,
  ThreadMessageEntity,
  ThreadMessageReportEntity,
} from './messages.entities';
import { everyone, ThreadPartiesReadModel } from './read-models/thread-parties.read-model';
import { ThreadAccessService } from './thread-access.service';
import { toThreadMessage } from './thread-message.mapper';

const QUEUE_LIMIT = 100;

/**
 * A party reports a message; organisers see the reported message (and only it: that is the one way an
 * organiser reads a thread) and hide it or dismiss the report. Hiding tells the thread's parties live; the
 * sender keeps seeing their message, marked hidden.
 */
@Injectable()
export class MessageReportsService {
  constructor(
    @InjectRepository(ThreadMessageReportEntity)
    private readonly reports: Repository<ThreadMessageReportEntity>,
    @InjectRepository(ThreadMessageEntity) private readonly messages: Repository<ThreadMessageEntity>,
    @InjectRepository(MessageThreadEntity) private readonly threads: Repository<MessageThreadEntity>,
    @InjectRepository(ThreadAttachmentEntity)
    private readonly attachments: Repository<ThreadAttachmentEntity>,
    private readonly access: ThreadAccessService,
    private readonly partiesOf: ThreadPartiesReadModel,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
  ) {}

  /** A party reports another's visible message (again: the same report, once). */
  async report(caller: Caller, threadId: string, messageId: string, dto: ReportMessage): Promise<void> {
    const { thread } = await this.access.thread(caller, threadId);
    const message = await this.messages.findOneBy({ id: messageId, threadId });
    if (!message || message.hiddenAt || message.senderId === caller.sub) throw notFound('Message');
    await this.reports
      .createQueryBuilder()
      .insert()
      .values({ eventId: thread.eventId, messageId, reporterId: caller.sub, reason: dto.reason })
      .orIgnore()
      .execute();
  }

  /** A fair's reports in one state, oldest first (the queue is worked from the top). */
  async queue(eventId: string, status: MessageReportStatus): Promise<List<MessageReport>> {
    const rows = await this.reports.find({
      where: { eventId, status },
      relations: { message: true, reporter: true },
      order: { createdAt: 'ASC' },
      take: QUEUE_LIMIT,
    });
    const messageIds = rows.map((r) => r.messageId);
    const threadIds = [...new Set(rows.map((r) => r.message!.threadId))];
    const [pictures, threads] = await Promise.all([
      messageIds.length ? this.attachments.findBy({ messageId: In(messageIds) }) : [],
      threadIds.length ? this.threads.findBy({ id: In(threadIds) }) : [],
    ]);
    const threadOf = new Map(threads.map((t) => [t.id, t]));
    const items = rows.map((r): MessageReport => {
      const thread = threadOf.get(r.message!.threadId)!;
      return {
        id: r.id,
        status: r.status,
        reason: r.reason,
        reporterName: r.reporter?.displayName ?? '',
        subject: { kind: thread.subjectKind, id: thread.subjectId },
        message: toThreadMessage(r.message!, pictures),
        createdAt: r.createdAt.toISOString(),
      };
    });
    return { items, total: items.length, nextCursor: null };
  }

  /** Hides the reported message from everyone but its sender; every open report of it is settled. */
  async hide(organiser: Caller, reportId: string): Promise<void> {
    const report = await this.openReport(reportId);
    const message = await this.messages.findOneByOrFail({ id: report.messageId });
    const thread = await this.threads.findOneByOrFail({ id: message.threadId });
    const parties = await this.partiesOf.of(thread.subjectKind, thread.subjectId);
    await this.uow.run(async (tx) => {
      const m = tx.manager;
      await m.update(
        ThreadMessageEntity,
        { id: message.id },
        { hiddenAt: new Date(), hiddenBy: organiser.sub },
      );
      await this.settle(tx.manager, message.id, 'hidden', organiser);
      await this.audit.record(
        organiser,
        {
          action: 'message.hide',
          entityType: 'thread_message',
          entityId: message.id,
          before: { body: message.body },
        },
        m,
      );
      tx.publish('thread.message_hidden', {
        threadId: thread.id,
        messageId: message.id,
        senderId: message.senderId,
        partyIds: parties ? everyone(parties) : message.senderId ? [message.senderId] : [],
      });
    });
  }

  /** The message stays; this report (only) is closed. */
  async dismiss(organiser: Caller, reportId: string): Promise<void> {
    const report = await this.openReport(reportId);
    await this.reports.update(
      { id: report.id },
      { status: 'dismissed', decidedBy: organiser.sub, decidedAt: new Date() },
    );
  }

  private async openReport(id: string): Promise<ThreadMessageReportEntity> {
    const report = await this.reports.findOneBy({ id, status: 'open' });
    if (!report) throw notFound('Report');
    return report;
  }

  private async settle(
    m: Repository<ThreadMessageReportEntity>['manager'],
    messageId: string,
    status: MessageReportStatus,
    organiser: Caller,
  ): Promise<void> {
    await m.update(
      ThreadMessageReportEntity,
      { messageId, status: 'open' },
      { status, decidedBy: organiser.sub, decidedAt: new Date() },
    );
  }
}
