import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { MatchingSettings } from '@pameran/contracts';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { EventEntity, ScheduleSessionEntity } from '../events/event.entity';
import { ScheduleClock } from '../events/schedule-clock';
import { MeetingEntity } from './matching.entities';
import { planMeetingEffects } from './meeting-effects';
import { GridSlot, slotGrid } from './slots';

export interface MatchingCalendarView {
  event: EventEntity;
  settings: MatchingSettings;
  /** The slot grid on the fair's stored timeline. */
  grid: GridSlot[];
}

/**
 * Slots and time for business matching. Meetings are stored on the fair's own timeline (like the schedule);
 * in the demo (DEMO_LIVE) every time is shown shifted by the clock's offset and taken back unshifted.
 */
@Injectable()
export class MatchingCalendar {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: ScheduleClock,
  ) {}

  async view(eventId: string, manager: EntityManager = this.db.manager): Promise<MatchingCalendarView> {
    const event = await manager.findOneByOrFail(EventEntity, { id: eventId });
    const blocks = await manager.find(ScheduleSessionEntity, {
      where: { eventId, kind: 'matching', cancelledAt: IsNull() },
      order: { startsAt: 'ASC' },
    });
    const grid = slotGrid(
      blocks.map((b) => ({ start: b.startsAt, end: b.endsAt })),
      event.matchingSettings,
    );
    return { event, settings: event.matchingSettings, grid };
  }

  /** (Re)plan the timed effects of these meetings (room open, start, end) on the real clock. */
  plan(m: EntityManager, meetings: MeetingEntity[]): Promise<void> {
    return planMeetingEffects(m, meetings, this.clock.offsetMs, this.clock.now().getTime());
  }

  /** Now, on the stored timeline. */
  now(): number {
    return this.clock.now().getTime() - this.clock.offsetMs;
  }

  /** A stored time as the ISO string clients see. */
  shown(at: Date | number): string {
    return new Date(new Date(at).getTime() + this.clock.offsetMs).toISOString();
  }

  /** A time a client sent, back on the stored timeline. */
  stored(iso: string): number {
    return Date.parse(iso) - this.clock.offsetMs;
  }
}
