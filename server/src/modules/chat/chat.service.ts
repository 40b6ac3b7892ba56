import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { ChatMessage, ChatSend, List } from '@pameran/contracts';
import { Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { AuditService } from '../audit/audit.service';
import { UnitOfWork, type Tx } from '../../domain';
import { ModerationService } from '../moderation/moderation.service';
import { ScheduleService } from '../schedule/schedule.service';
import { ChatMessageEntity } from './chat-message.entity';
import { ChatBoothReadModel } from './read-models/chat-booth.read-model';
import { ChatException } from './chat.exception';
import { notFound } from '../../common/common.exception';

/** Who writes, as the hall's handshake established it. */
export interface ChatAuthor {
  user: Caller;
  eventId: string;
  /** The booth this user staffs, if any. */
  staffBoothId: string | null;
}

export function toChatMessage(m: ChatMessageEntity): ChatMessage {
  return {
    id: m.id,
    boothId: m.boothId,
    userId: m.userId ?? '',
    authorName: m.authorName,
    authorRole: m.authorRole,
    fromStaff: m.fromStaff,
    text: m.text,
    createdAt: m.createdAt.toISOString(),
  };
}

/** Booth chat: stored first, then published (the hall delivers it to the booth's room); a retried `clientMsgId` is stored once. */
@Injectable()
export class ChatService {
  constructor(
    @InjectRepository(ChatMessageEntity) private readonly messages: Repository<ChatMessageEntity>,
    private readonly booths: ChatBoothReadModel,
    private readonly uow: UnitOfWork,
    private readonly audit: AuditService,
    private readonly moderation: ModerationService,
    private readonly schedule: ScheduleService,
  ) {}

  /**
   * Retention after the fair: the booths' messages lose their text and author (the row stays, so the
   * reports' chat counts per booth and hour stay). Idempotent: a message already emptied is not counted.
   */
  async anonymise(boothIds: string[], tx: Tx): Promise<number> {
    if (boothIds.length === 0) return 0;
    const result = await this.forget(tx, { text: '' })
      .where('booth_id = ANY(:boothIds)', { boothIds })
      .andWhere("(user_id IS NOT NULL OR text <> '' OR author_name <> '')")
      .execute();
    return result.affected ?? 0;
  }

  /**
   * Erasure of an account: its messages stay in the booths' conversations (others answered them) but no
   * longer name or point to the author; clients show an empty author as a deleted account.
   */
  async forgetAuthor(userId: string, tx: Tx): Promise<void> {
    await this.forget(tx).where('user_id = :userId', { userId }).execute();
  }

  /** Every message the person wrote (deleted ones too), oldest first, for their data export. */
  async writtenBy(userId: string): Promise<(ChatMessage & { deleted: boolean })[]> {
    const rows = await this.messages.find({ where: { userId }, order: { createdAt: 'ASC' } });
    return rows.map((m) => ({ ...toChatMessage(m), deleted: m.deletedAt !== null }));
  }

  async send(from: ChatAuthor, dto: ChatSend): Promise<{ message: ChatMessage; duplicate: boolean }> {
    const booth = await this.booths.find(dto.boothId, from.eventId);
    if (!booth) throw notFound('Booth');
    if (booth.chatRegisteredOnly && from.user.guest) {
      throw new ChatException(
        'registered_only',
        'Chat is open to registered users only right now; create an account to write',
      );
    }
    if (from.staffBoothId !== dto.boothId) await this.schedule.assertHallOpen(from.eventId);
    // Read from Postgres on every message, so a mute holds on every node at once.
    if ((await this.moderation.stateOf(from.user.sub, from.eventId)).state !== 'ok') {
      throw new ChatException('muted', 'An organiser has muted you; you cannot write in chat for now');
    }
    const inserted = await this.messages
      .createQueryBuilder()
      .insert()
      .values({
        boothId: dto.boothId,
        eventId: booth.eventId,
        userId: from.user.sub,
        authorName: from.user.name,
        authorRole: from.user.role,
        fromStaff: from.staffBoothId === dto.boothId,
        text: dto.text,
        clientMsgId: dto.clientMsgId,
      })
      .orIgnore()
      .returning('*')
      .execute();
    const fresh = (inserted.raw as Record<string, unknown>[])[0];
    const stored = await this.messages.findOneByOrFail({
      userId: from.user.sub,
      clientMsgId: dto.clientMsgId,
    });
    if (stored.boothId !== dto.boothId) {
      throw new ChatException('duplicate_message_id', 'This clientMsgId was already used for another booth');
    }
    const message = toChatMessage(stored);
    if (fresh) await this.uow.publish('chat.message_posted', { boothId: dto.boothId, message });
    return { message, duplicate: !fresh };
  }

  /** Newest first, `before` a message id (keyset paging); deleted messages are left out. */
  async history(boothId: string, before: string | undefined, limit: number): Promise<List<ChatMessage>> {
    const qb = this.messages
      .createQueryBuilder('m')
      .where('m.booth_id = :boothId AND m.deleted_at IS NULL', { boothId });
    const total = await qb.getCount();
    if (before) {
      const anchor = await this.messages.findOneBy({ id: before, boothId });
      if (!anchor) throw notFound('Message');
      qb.andWhere('(m.created_at, m.id) < (:at, :id)', { at: anchor.createdAt, id: anchor.id });
    }
    const rows = await qb
      .orderBy('m.created_at', 'DESC')
      .addOrderBy('m.id', 'DESC')
      .limit(limit + 1)
      .getMany();
    const items = rows.slice(0, limit).map(toChatMessage);
    return { items, total, nextCursor: rows.length > limit ? items[items.length - 1].id : null };
  }

  /** Booth staff delete in their booth; organisers anywhere (audited). */
  async delete(caller: Caller, boothId: string, id: string): Promise<void> {
    const booth = await this.booths.find(boothId);
    if (!booth) throw notFound('Booth');
    const isStaff = caller.exhibitorId === booth.exhibitorId;
    if (!isStaff && caller.role !== 'organiser') {
      throw new ChatException(
        'not_booth_staff',
        'Only this booth’s staff or an organiser can delete messages',
      );
    }
    const message = await this.messages.findOneBy({ id, boothId });
    if (!message || message.deletedAt) throw notFound('Message');
    await this.uow.run(async ({ manager: m, publish }) => {
      publish('chat.message_deleted', { boothId, id });
      await m.update(ChatMessageEntity, { id }, { deletedAt: new Date(), deletedBy: caller.sub });
      if (!isStaff) {
        await this.audit.record(
          caller,
          { action: 'chat.delete', entityType: 'chat_message', entityId: id, before: toChatMessage(message) },
          m,
        );
      }
    });
  }

  /** An update that unlinks messages from their author (the client message id must stay unique per user). */
  private forget(tx: Tx, also: { text?: string } = {}) {
    return tx.manager
      .createQueryBuilder()
      .update(ChatMessageEntity)
      .set({ ...also, authorName: '', userId: null, clientMsgId: () => 'id::text' });
  }
}
