import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AuditEntry, AuditQuery, List } from '@pameran/contracts';
import type { z } from 'zod';
import { DataSource } from 'typeorm';
import { decodeCursor, likeEscape, page } from '../../../common/pagination';

type Query = z.output<typeof AuditQuery>;

interface AuditRow {
  id: string;
  actor_id: string | null;
  actor_name: string | null;
  action: string;
  entity_type: string;
  entity_id: string | null;
  before: unknown;
  after: unknown;
  created_at: Date;
}

/**
 * The audit log of organiser (and money-related) actions: who, what, when, newest first, searchable.
 * Reads the audit module's `audit_log` table.
 */
@Injectable()
export class AuditLogReadModel {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The fair's entries (what was done in it by its organisers, staff and the platform). */
  async list(eventId: string, query: Query): Promise<List<AuditEntry>> {
    const offset = decodeCursor(query.cursor);
    const params: unknown[] = [eventId];
    const where: string[] = ['a.event_id = $1'];
    if (query.action) {
      params.push(query.action);
      where.push(`a.action = $${params.length}`);
    }
    if (query.q) {
      params.push(`%${likeEscape(query.q.toLowerCase())}%`);
      const p = `$${params.length}`;
      where.push(
        `(lower(a.action) LIKE ${p} OR lower(coalesce(a.actor_name, '')) LIKE ${p} OR lower(a.entity_type) LIKE ${p}
          OR a.entity_id LIKE ${p} OR lower(a.before::text) LIKE ${p} OR lower(a.after::text) LIKE ${p})`,
      );
    }
    const filter = `WHERE ${where.join(' AND ')}`;
    const [rows, [{ total }]] = await Promise.all([
      this.db.query<AuditRow[]>(
        `SELECT a.* FROM audit_log a ${filter} ORDER BY a.created_at DESC, a.id DESC
          LIMIT ${query.limit} OFFSET ${offset}`,
        params,
      ),
      this.db.query<{ total: string }[]>(`SELECT count(*) AS total FROM audit_log a ${filter}`, params),
    ]);
    const items = rows.map((r) => ({
      id: r.id,
      actorId: r.actor_id,
      actorName: r.actor_name,
      action: r.action,
      entityType: r.entity_type,
      entityId: r.entity_id,
      before: r.before,
      after: r.after,
      createdAt: r.created_at.toISOString(),
    }));
    return page(items, Number(total), offset);
  }

  /** The distinct actions recorded in the fair so far, for the filter list. */
  async actions(eventId: string): Promise<{ items: string[] }> {
    const rows = await this.db.query<{ action: string }[]>(
      'SELECT DISTINCT action FROM audit_log WHERE event_id = $1 ORDER BY action',
      [eventId],
    );
    return { items: rows.map((r) => r.action) };
  }
}
