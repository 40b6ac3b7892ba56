import { Injectable } from '@nestjs/common';
import type { MeetingFunnel } from '@pameran/contracts';
import type { Caller } from '../../common/auth.decorators';
import { forbidden, notFound } from '../../common/common.exception';
import { EventsService } from '../events/events.service';
import { MatchingPeople } from '../matching/read-models/matching-people.read-model';
import { MeetingFunnelReadModel } from './read-models/meeting-funnel.read-model';

/** Whose funnel a caller may see: the organiser an event's, an exhibitor's people only their own. */
@Injectable()
export class FunnelService {
  constructor(
    private readonly funnels: MeetingFunnelReadModel,
    private readonly events: EventsService,
    private readonly people: MatchingPeople,
  ) {}

  async ofEvent(slug: string): Promise<MeetingFunnel> {
    const event = await this.events.findEntity(slug);
    return this.funnels.funnel(event.id);
  }

  async ofExhibitor(caller: Caller): Promise<MeetingFunnel> {
    if (!caller.exhibitorId) throw forbidden('Only an exhibitor’s own people see its funnel');
    const exhibitor = await this.people.exhibitor(caller.exhibitorId);
    if (!exhibitor) throw notFound('Exhibitor');
    return this.funnels.funnel(exhibitor.eventId, exhibitor.id);
  }
}
