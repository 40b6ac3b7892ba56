import { Injectable } from '@nestjs/common';
import { OnDomainEvent, type DomainEventMap } from '../../domain';
import { ScheduleSessionsService } from '../events/schedule-sessions.service';
import { ScheduleService } from './schedule.service';

/**
 * A cloned fair's sessions were written by the events module (docs/decisions/0026-fair-lifecycle.md): plan
 * their timed effects (the hall opening and closing) as the schedule console does for a session it creates.
 */
@Injectable()
export class PlanClonedSessions {
  constructor(
    private readonly sessions: ScheduleSessionsService,
    private readonly schedule: ScheduleService,
  ) {}

  @OnDomainEvent('event.cloned')
  async plan({ eventId }: DomainEventMap['event.cloned']): Promise<void> {
    await this.schedule.plan(await this.sessions.ofEvent(eventId));
  }
}
