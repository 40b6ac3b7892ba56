import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { FairRights } from '@pameran/contracts';
import { Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { notFound } from '../../common/common.exception';
import { MembershipService } from '../memberships';
import { EventEntity } from './event.entity';
import { FairRightsReadModel } from './fair-rights.read-model';

/**
 * What a person is in one fair, for the client to decide its links and guards on (the server still checks
 * every route on its own), and who may see a fair at all: a fair in `draft` exists only for its organisers
 * and platform admins; anyone else is told it does not exist (docs/decisions/0033-fair-rights-in-the-client.md).
 */
@Injectable()
export class FairRightsService {
  constructor(
    @InjectRepository(EventEntity) private readonly events: Repository<EventEntity>,
    private readonly memberships: MembershipService,
    private readonly read: FairRightsReadModel,
  ) {}

  /** Refuses (404) a fair the caller may not see; an unknown fair is 404 as well. */
  async mustSee(slug: string, caller: Caller | undefined): Promise<void> {
    const event = await this.events.findOne({ where: { slug }, select: { id: true, status: true } });
    if (!event || !(await this.maySee(event, caller))) throw notFound('Event');
  }

  /**
   * The caller in the fair their route named (`@InEvent.slug`): the guard has already set their role and
   * exhibitor there from their memberships.
   */
  async of(caller: Caller): Promise<FairRights> {
    const event = caller.eventId
      ? await this.events.findOne({ where: { id: caller.eventId }, select: { id: true, status: true } })
      : null;
    if (!event || !(await this.maySee(event, caller))) throw notFound('Event');
    const team = caller.exhibitorId ? await this.read.teamOf(caller.exhibitorId) : null;
    return {
      role: caller.role,
      exhibitorId: team ? (caller.exhibitorId ?? null) : null,
      boothId: team?.boothId ?? null,
      teamRole: team ? (team.ownerUserId === caller.sub ? 'owner' : 'staff') : null,
    };
  }

  private async maySee(
    event: Pick<EventEntity, 'id' | 'status'>,
    caller: Caller | undefined,
  ): Promise<boolean> {
    if (event.status !== 'draft') return true;
    if (!caller) return false;
    if (caller.role === 'platform_admin') return true;
    return (await this.memberships.rightsIn(caller.sub, event.id)).organiser;
  }
}
