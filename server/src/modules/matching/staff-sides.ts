import { Injectable } from '@nestjs/common';
import type { Caller } from '../../common/auth.decorators';
import { MembershipService } from '../memberships';

/**
 * Which exhibitors a person acts for, read from their staff memberships, never from the account
 * (docs/decisions/0031-my-lists-across-fairs.md). A route scoped to a fair (`@InEvent`) has the caller's
 * exhibitor there already; a person's own lists that name no fair take every one, in every fair.
 */
@Injectable()
export class StaffSides {
  constructor(private readonly memberships: MembershipService) {}

  /** The exhibitors whose records the caller's lists show: the route's fair only, when it names one. */
  async exhibitorsOf(caller: Pick<Caller, 'sub' | 'eventId' | 'exhibitorId'>): Promise<string[]> {
    if (caller.eventId) return caller.exhibitorId ? [caller.exhibitorId] : [];
    return (await this.memberships.exhibitorsOf(caller.sub)).map((x) => x.exhibitorId);
  }
}
