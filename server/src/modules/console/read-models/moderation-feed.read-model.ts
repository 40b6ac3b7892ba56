import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { ChatFeed, ChatFeedItem, ChatFeedQuery, SanctionItem } from '@pameran/contracts';
import type { z } from 'zod';
import { DataSource } from 'typeorm';
import { likeEscape } from '../../../common/pagination';

export type FeedQuery = z.output<typeof ChatFeedQuery>;

interface FeedRow {
  id: string;
  booth_id: string;
  booth_name: string;
  user_id: string | null;
  author_name: string;
  author_role: ChatFeedItem['authorRole'];
  from_staff: boolean;
  text: string;
  created_at: Date;
  deleted_at: Date | null;
  author_state: ChatFeedItem['authorState'];
}

/** An active sanction: not lifted and not expired. */
const ACTIVE = 's.lifted_at IS NULL AND (s.until IS NULL OR s.until > now())';
/** A sanction `s` that holds in the fair bound as `param` (its own or a platform-wide one). */
const IN_FAIR = (param: string) => `(s.event_id IS NULL OR s.event_id = ${param})`;

/**
 * What the moderator reads: recent chat across every booth of the event, searchable, and who is sanctioned.
 * Reads chat's `chat_message`, booths' `booth`, exhibitors' `exhibitor`, moderation's `sanction` and users'
 * `app_user` tables.
 */
@Injectable()
export class ModerationFeedReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async chat(eventId: string, q: FeedQuery): Promise<ChatFeed> {
    const params: unknown[] = [eventId];
    const where = ['b.event_id = $1'];
    const add = (sql: (p: string) => string, value: unknown) => {
      params.push(value);
      where.push(sql(`$${params.length}`));
    };
    if (q.includeDeleted !== 'true') where.push('m.deleted_at IS NULL');
    if (q.boothId) add((p) => `m.booth_id = ${p}`, q.boothId);
    if (q.userId) add((p) => `m.user_id = ${p}`, q.userId);
    if (q.q)
      add(
        (p) => `(lower(m.text) LIKE ${p} OR lower(m.author_name) LIKE ${p} OR lower(e.name) LIKE ${p})`,
        `%${likeEscape(q.q.toLowerCase())}%`,
      );
    if (q.before)
      add(
        (p) => `(m.created_at, m.id) < (SELECT created_at, id FROM chat_message WHERE id = ${p})`,
        q.before,
      );
    const limit = q.limit;
    const rows = await this.db.query<FeedRow[]>(
      `SELECT m.id, m.booth_id, e.name AS booth_name, m.user_id, m.author_name, m.author_role, m.from_staff,
              m.text, m.created_at, m.deleted_at,
              coalesce((SELECT CASE WHEN bool_or(s.kind = 'ban') THEN 'banned' WHEN count(*) > 0 THEN 'muted' END
                          FROM sanction s WHERE s.user_id = m.user_id AND ${ACTIVE} AND ${IN_FAIR('$1')}), 'ok') AS author_state
         FROM chat_message m JOIN booth b ON b.id = m.booth_id JOIN exhibitor e ON e.id = b.exhibitor_id
        WHERE ${where.join(' AND ')}
        ORDER BY m.created_at DESC, m.id DESC LIMIT ${limit + 1}`,
      params,
    );
    const items = rows.slice(0, limit).map((r): ChatFeedItem => ({
      id: r.id,
      boothId: r.booth_id,
      boothName: r.booth_name,
      userId: r.user_id,
      authorName: r.author_name,
      authorRole: r.author_role,
      fromStaff: r.from_staff,
      text: r.text,
      createdAt: r.created_at.toISOString(),
      deletedAt: r.deleted_at?.toISOString() ?? null,
      authorState: r.author_state,
    }));
    return { items, nextBefore: rows.length > limit ? items[items.length - 1].id : null };
  }

  /** Active mutes and bans, newest first, with the user's name when the account still exists. */
  async sanctions(eventId: string): Promise<SanctionItem[]> {
    const rows = await this.db.query<
      {
        id: string;
        user_id: string;
        user_name: string | null;
        kind: 'mute' | 'ban';
        reason: string;
        until: Date | null;
        created_at: Date;
      }[]
    >(
      `SELECT s.id, s.user_id, u.display_name AS user_name, s.kind, s.reason, s.until, s.created_at
         FROM sanction s LEFT JOIN app_user u ON u.id = s.user_id
        WHERE ${ACTIVE} AND ${IN_FAIR('$1')} ORDER BY s.created_at DESC LIMIT 200`,
      [eventId],
    );
    return rows.map((r) => ({
      id: r.id,
      userId: r.user_id,
      userName: r.user_name,
      kind: r.kind,
      reason: r.reason,
      until: r.until?.toISOString() ?? null,
      createdAt: r.created_at.toISOString(),
    }));
  }
}
