import { Injectable, Logger, OnApplicationBootstrap } from '@nestjs/common';
import { AppConfig } from '../../config/app-config';
import { UnitOfWork } from '../../domain';
import { AuditService } from '../audit/audit.service';
import { BoothsService } from '../booths/booths.service';
import { ChatService } from '../chat/chat.service';
import { EventsService } from '../events/events.service';
import { ScheduleClock } from '../events/schedule-clock';
import { LeadsService } from '../leads/leads.service';
import { EffectRunner } from '../schedule/effect-runner.service';
import { retentionDueAt } from './retention-window';

export const RETENTION_EFFECT = 'fair.retention';

/** What one run changed in a fair (0 and 0 when it had run before). */
export interface RetentionResult {
  chatMessages: number;
  leads: number;
}

/**
 * Personal data of a fair that has ended is kept RETENTION_DAYS_AFTER_FAIR days, then its booth chat and
 * its visits and leads stop naming people (docs/privacy.md says what stays and why). One timed effect per
 * fair (docs/decisions/0005): run by the leader, at least once, so the run is idempotent, and audited
 * when it changed something.
 */
@Injectable()
export class RetentionService implements OnApplicationBootstrap {
  private readonly logger = new Logger(RetentionService.name);

  constructor(
    private readonly effects: EffectRunner,
    private readonly events: EventsService,
    private readonly booths: BoothsService,
    private readonly chat: ChatService,
    private readonly leads: LeadsService,
    private readonly audit: AuditService,
    private readonly uow: UnitOfWork,
    private readonly clock: ScheduleClock,
    private readonly config: AppConfig,
  ) {
    effects.register(RETENTION_EFFECT, (e) => this.apply(e.payload.eventId).then(() => undefined));
  }

  private get days(): number {
    return this.config.get('RETENTION_DAYS_AFTER_FAIR');
  }

  /** Every fair's purge, planned at start-up (a changed setting replaces the pending ones). */
  async onApplicationBootstrap(): Promise<void> {
    for (const event of await this.events.all()) await this.plan(event);
  }

  private async plan(event: { id: string; endsOn: string; timeZone: string }): Promise<void> {
    const dueAt = retentionDueAt(event, this.days, this.clock.offsetMs);
    const wanted = dueAt
      ? [
          {
            key: `retention:${event.id}@${dueAt.toISOString()}`,
            kind: RETENTION_EFFECT,
            payload: { eventId: event.id },
            dueAt,
          },
        ]
      : [];
    await this.effects.replan(event.id, wanted);
  }

  /** Anonymise the fair's chat and leads if its window has passed; null when it has not (or is off). */
  async apply(eventId: string): Promise<RetentionResult | null> {
    const event = (await this.events.all()).find((e) => e.id === eventId);
    const dueAt = event && retentionDueAt(event, this.days, this.clock.offsetMs);
    if (!event || !dueAt) return null;
    if (this.clock.now() < dueAt) {
      await this.plan(event); // the fair's dates moved since this was planned
      return null;
    }
    const boothIds = await this.booths.idsOfEvent(eventId);
    const result = await this.uow.run(async (tx) => {
      const changed: RetentionResult = {
        chatMessages: await this.chat.anonymise(boothIds, tx),
        leads: await this.leads.forgetPeople(boothIds, tx),
      };
      if (changed.chatMessages || changed.leads) {
        await this.audit.record(
          null,
          {
            action: 'retention.anonymise',
            entityType: 'event',
            entityId: eventId,
            after: { ...changed, days: this.days },
          },
          tx,
        );
      }
      return changed;
    });
    this.logger.log({ event: event.slug, ...result }, 'retention applied to an ended fair');
    return result;
  }
}
