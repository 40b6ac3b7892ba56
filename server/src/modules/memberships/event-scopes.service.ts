import { BadRequestException, Injectable, NotFoundException, ParseUUIDPipe } from '@nestjs/common';
import type { Role } from '@pameran/contracts';
import type { Caller } from '../../common/auth.decorators';
import { CommonException } from '../../common/common.exception';
import type { EventScopeRule } from './event-scope';
import { EventScopeReadModel } from './event-scope.read-model';
import { MembershipService, type Rights } from './memberships.service';

/** Methods that change nothing. */
const READS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The parts of a request a scope is read from. */
export interface ScopedRequest {
  method: string;
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
}

/** What an account is in a fair where it holds no membership: its own kind, never more than a visitor's rights. */
export function baseRole(role: Role): Role {
  return role === 'organiser' || role === 'exhibitor' ? 'visitor' : role;
}

/** The role a person acts in within a fair: from their rights there, else their account's base role. */
export function roleIn(rights: Rights, accountRole: Role): Role {
  return rights.organiser ? 'organiser' : rights.exhibitorId ? 'exhibitor' : baseRole(accountRole);
}

/**
 * Resolves the fair a route acts in and what the caller is there (docs/decisions/0025-many-fairs.md).
 * A record that does not exist leaves the caller as they are, so the handler answers its usual 404.
 */
@Injectable()
export class EventScopes {
  private readonly uuid = new ParseUUIDPipe();

  constructor(
    private readonly read: EventScopeReadModel,
    private readonly memberships: MembershipService,
  ) {}

  /**
   * The fair's id, or null when the named record does not exist. An archived fair is read-only for good
   * (docs/decisions/0026-fair-lifecycle.md): every request but a read is refused here, once for every route.
   */
  async resolve(rule: EventScopeRule, req: ScopedRequest): Promise<string | null> {
    const eventId = await this.eventOf(rule, req);
    if (eventId && !rule.readsOnly && !READS.has(req.method.toUpperCase())) {
      if ((await this.read.statusOf(eventId)) === 'archived')
        throw new CommonException('event_archived', 'This fair is archived: it can be read, not changed');
    }
    return eventId;
  }

  private async eventOf(rule: EventScopeRule, req: ScopedRequest): Promise<string | null> {
    if (rule.from === 'resource') {
      const raw = req.params[rule.param];
      const id = await this.uuid.transform(raw ?? '', { type: 'param', data: rule.param });
      return this.read.eventIdOf(rule.kind, id);
    }
    const slug = rule.from === 'slug' ? req.params[rule.param] : req.query[rule.name];
    if (rule.optional && (slug === undefined || slug === '')) return null;
    if (typeof slug !== 'string' || slug === '') {
      throw new BadRequestException(
        `${rule.from === 'slug' ? rule.param : rule.name}: name the fair (its slug)`,
      );
    }
    const eventId = await this.read.eventIdBySlug(slug);
    if (!eventId && rule.from === 'query') throw new NotFoundException(`Fair ${slug} not found`);
    return eventId;
  }

  /** The caller as they are in the fair: its organiser, staff of one of its exhibitors, or neither. */
  async callerIn(caller: Caller, eventId: string): Promise<Caller> {
    const rights = await this.memberships.rightsIn(caller.sub, eventId);
    return { ...caller, role: roleIn(rights, caller.role), exhibitorId: rights.exhibitorId, eventId };
  }
}
