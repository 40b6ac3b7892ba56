import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { List, Notification, NotificationKind } from '@pameran/contracts';
import { In, IsNull, LessThan, Repository } from 'typeorm';
import { pathInFair } from '../../common/fair-facts.read-model';
import type { Tx } from '../../domain';
import { NotificationEntity } from './notification.entity';

const toDto = (n: NotificationEntity): Notification => ({
  id: n.id,
  kind: n.kind,
  data: n.data,
  link: n.link,
  readAt: n.readAt?.toISOString() ?? null,
  createdAt: n.createdAt.toISOString(),
});

/** The in-app notification centre: stored for later, pushed over the hall socket to the person now. */
@Injectable()
export class NotificationsService {
  constructor(@InjectRepository(NotificationEntity) private readonly repo: Repository<NotificationEntity>) {}

  /**
   * Store a notification for each person inside the caller's unit of work; `notification.created` is
   * published once it commits (the hall pushes it), so nobody hears of something that was rolled back.
   * `eventId`: the fair it is about (null: an account notice of no fair); its link then opens in that fair
   * (`/meetings` is stored as `/e/<slug>/meetings`), whichever fair the person has open when they click.
   */
  async notify(
    tx: Tx,
    userIds: string[],
    kind: NotificationKind,
    data: Record<string, string>,
    link: string | null,
    eventId: string | null = null,
  ): Promise<void> {
    const unique = [...new Set(userIds)];
    if (unique.length === 0) return;
    const m = tx.manager;
    const stored =
      eventId && link?.startsWith('/') && !link.startsWith('/e/') ? await pathInFair(m, eventId, link) : link;
    const rows = await m.save(
      unique.map((userId) => m.create(NotificationEntity, { userId, eventId, kind, data, link: stored })),
    );
    for (const n of rows)
      tx.publish('notification.created', { userId: n.userId, eventId, notification: toDto(n) });
  }

  /**
   * Like `notify`, but skips whoever still has an unread notification of this kind about the same thing
   * (`data[sameKey]`): a burst of messages rings the bell once until it is read.
   */
  async notifyUnlessUnread(
    tx: Tx,
    userIds: string[],
    kind: NotificationKind,
    data: Record<string, string>,
    sameKey: string,
    link: string | null,
    eventId: string | null = null,
  ): Promise<void> {
    if (userIds.length === 0) return;
    const notified: { user_id: string }[] = await tx.manager.query(
      `SELECT DISTINCT user_id FROM notification
        WHERE user_id = ANY($1) AND kind = $2 AND read_at IS NULL AND data->>$3 = $4`,
      [userIds, kind, sameKey, data[sameKey]],
    );
    const already = new Set(notified.map((n) => n.user_id));
    await this.notify(
      tx,
      userIds.filter((id) => !already.has(id)),
      kind,
      data,
      link,
      eventId,
    );
  }

  /** Marks read a person's unread notifications of this kind about one thing (`data[key] = value`). */
  async markReadAbout(
    tx: Tx,
    userId: string,
    kind: NotificationKind,
    key: string,
    value: string,
  ): Promise<void> {
    await tx.manager.query(
      `UPDATE notification SET read_at = now()
        WHERE user_id = $1 AND kind = $2 AND read_at IS NULL AND data->>$3 = $4`,
      [userId, kind, key, value],
    );
  }

  async list(
    userId: string,
    opts: { before?: string; limit: number },
  ): Promise<List<Notification> & { unread: number }> {
    const where = { userId, ...(opts.before ? { createdAt: LessThan(new Date(opts.before)) } : {}) };
    const [rows, unread] = await Promise.all([
      this.repo.find({ where, order: { createdAt: 'DESC' }, take: opts.limit + 1 }),
      this.repo.countBy({ userId, readAt: IsNull() }),
    ]);
    const items = rows.slice(0, opts.limit).map(toDto);
    const nextCursor = rows.length > opts.limit ? items.at(-1)!.createdAt : null;
    return { items, total: items.length, nextCursor, unread };
  }

  /** Mark some (or, with no ids, all) of a person's notifications read. */
  async markRead(userId: string, ids?: string[]): Promise<{ unread: number }> {
    await this.repo.update(
      { userId, readAt: IsNull(), ...(ids ? { id: In(ids) } : {}) },
      { readAt: new Date() },
    );
    return { unread: await this.repo.countBy({ userId, readAt: IsNull() }) };
  }

  /** Every notification of the person, newest first, for their data export. */
  async ofPerson(userId: string): Promise<Notification[]> {
    return (await this.repo.find({ where: { userId }, order: { createdAt: 'DESC' } })).map(toDto);
  }

  /** Erasure: a person's notifications are theirs alone, so they go. */
  async forget(userId: string, tx: Tx): Promise<void> {
    await tx.manager.delete(NotificationEntity, { userId });
  }
}
