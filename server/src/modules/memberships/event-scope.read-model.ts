import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { EventStatus } from '@pameran/contracts';
import { OnDomainEvent, type DomainEventMap } from '../../domain';
import type { ScopedResource } from './event-scope';

/**
 * How long a node trusts a fair's status when no `event.changed` told it otherwise: the event is in-process,
 * so another node's change reaches this one's cache at the latest after this long (like memberships, 0025).
 */
export const STATUS_TTL_MS = 5_000;

/** The fair each scoped record belongs to (ids are uuids; the SQL is ours, the id a bound parameter). */
const EVENT_OF: Record<ScopedResource, string> = {
  exhibitor: 'SELECT event_id FROM exhibitor WHERE id = $1',
  booth: 'SELECT event_id FROM booth WHERE id = $1',
  product: 'SELECT b.event_id FROM product p JOIN booth b ON b.id = p.booth_id WHERE p.id = $1',
  session: 'SELECT event_id FROM schedule_session WHERE id = $1',
  announcement: 'SELECT event_id FROM announcement WHERE id = $1',
  meeting: 'SELECT event_id FROM meeting WHERE id = $1',
  meeting_request: 'SELECT event_id FROM meeting_request WHERE id = $1',
  meeting_table: 'SELECT event_id FROM meeting_table WHERE id = $1',
  sourcing_request: 'SELECT event_id FROM sourcing_request WHERE id = $1',
  deal: 'SELECT event_id FROM deal WHERE id = $1',
  thread: 'SELECT event_id FROM message_thread WHERE id = $1',
  message_report: 'SELECT event_id FROM thread_message_report WHERE id = $1',
  mail_campaign: 'SELECT event_id FROM mail_campaign WHERE id = $1',
  stage_question:
    'SELECT s.event_id FROM stage_question q JOIN schedule_session s ON s.id = q.session_id WHERE q.id = $1',
  stage_poll:
    'SELECT s.event_id FROM stage_poll p JOIN schedule_session s ON s.id = p.session_id WHERE p.id = $1',
};

/**
 * Finds the fair a request acts in: by slug (slugs never change once a fair exists, so they are remembered
 * for the life of the process) or by the record a route names (read every time: one indexed lookup), and
 * the fair's status (remembered for `STATUS_TTL_MS`, forgotten at once on `event.changed`).
 */
@Injectable()
export class EventScopeReadModel {
  private readonly bySlug = new Map<string, string>();
  private readonly statuses = new Map<string, { status: EventStatus; expires: number }>();
  private statusEpoch = 0;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async eventIdBySlug(slug: string): Promise<string | null> {
    const known = this.bySlug.get(slug);
    if (known) return known;
    const [row] = (await this.db.query('SELECT id FROM event WHERE slug = $1', [slug])) as { id: string }[];
    if (row) this.bySlug.set(slug, row.id);
    return row?.id ?? null;
  }

  async eventIdOf(kind: ScopedResource, id: string): Promise<string | null> {
    const [row] = (await this.db.query(EVENT_OF[kind], [id])) as { event_id: string }[];
    return row?.event_id ?? null;
  }

  async statusOf(eventId: string): Promise<EventStatus | null> {
    const known = this.statuses.get(eventId);
    if (known && known.expires > Date.now()) return known.status;
    // A change announced while this read was under way must not be overwritten by what it read.
    const epoch = this.statusEpoch;
    const [row] = (await this.db.query('SELECT status FROM event WHERE id = $1', [eventId])) as {
      status: EventStatus;
    }[];
    if (row && epoch === this.statusEpoch)
      this.statuses.set(eventId, { status: row.status, expires: Date.now() + STATUS_TTL_MS });
    return row?.status ?? null;
  }

  @OnDomainEvent('event.changed')
  forgetStatus({ eventId }: DomainEventMap['event.changed']): void {
    this.statuses.delete(eventId);
    this.statusEpoch += 1;
  }
}
