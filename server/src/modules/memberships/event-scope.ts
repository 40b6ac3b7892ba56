import { SetMetadata } from '@nestjs/common';

/** Records whose fair a route may be scoped by (see `EventScopeReadModel`). */
export const SCOPED_RESOURCES = [
  'exhibitor',
  'booth',
  'product',
  'session',
  'announcement',
  'meeting',
  'meeting_request',
  'meeting_table',
  'sourcing_request',
  'deal',
  'thread',
  'message_report',
  'mail_campaign',
  'stage_question',
  'stage_poll',
] as const;
export type ScopedResource = (typeof SCOPED_RESOURCES)[number];

/** Options of a scope. */
export interface ScopeOptions {
  /**
   * The route changes nothing of the fair even when it is not a GET (e.g. cloning it into a new fair), so an
   * archived fair still answers it. Every other non-GET route of an archived fair is refused (0026).
   */
  readsOnly?: boolean;
  /**
   * A query scope the caller may leave out: the route then answers for the caller's own fair as it did
   * before fairs were many (suggestions); named, the fair is resolved and checked like any other.
   */
  optional?: boolean;
}

/** Where a route finds the fair it acts in. */
type ScopeSource =
  /** A route parameter holding the fair's slug (e.g. `admin/events/:slug/...`). */
  | { from: 'slug'; param: string }
  /** A query parameter holding the fair's slug (lists that name no record, e.g. `?event=opop-2020`). */
  | { from: 'query'; name: string }
  /** The fair of the record a route parameter names (its id). */
  | { from: 'resource'; kind: ScopedResource; param: string };
export type EventScopeRule = ScopeSource & ScopeOptions;

export const EVENT_SCOPE = 'eventScope';

/**
 * The fair a route acts in. The global AuthGuard resolves it before `@Roles()` is checked and gives the
 * caller the role and exhibitor of their memberships of that fair (docs/decisions/0025-many-fairs.md):
 * an organiser of one fair is a plain visitor in another.
 */
export const InEvent = {
  slug: (param = 'slug', options: ScopeOptions = {}) =>
    SetMetadata(EVENT_SCOPE, { from: 'slug', param, ...options } satisfies EventScopeRule),
  query: (name = 'event', options: ScopeOptions = {}) =>
    SetMetadata(EVENT_SCOPE, { from: 'query', name, ...options } satisfies EventScopeRule),
  of: (kind: ScopedResource, param = 'id') =>
    SetMetadata(EVENT_SCOPE, { from: 'resource', kind, param } satisfies EventScopeRule),
};
