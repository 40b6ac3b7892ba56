import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { MatchingSettings } from '@pameran/contracts';
import { EntityManager, Repository } from 'typeorm';
import { ScheduleClock } from '../events/schedule-clock';
import { EffectRunner } from '../schedule/effect-runner.service';
import { MeetingEntity, MeetingRequestEntity } from './matching.entities';
import { meetingEffects, pendingRequests, requestEffects, upcomingMeetings } from './meeting-effects';
import { MatchingEventReadModel } from './read-models/matching-calendar.read-model';
import { GridSlot, slotGrid } from './slots';
import { notFound } from '../../common/common.exception';

export interface MatchingCalendarView {
  eventId: string;
  settings: MatchingSettings;
  /** The event's time zone. */
  timeZone: string;
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
    @InjectRepository(MeetingEntity) private readonly meetings: Repository<MeetingEntity>,
    private readonly events: MatchingEventReadModel,
    private readonly clock: ScheduleClock,
    private readonly effects: EffectRunner,
  ) {}

  async view(eventId: string, manager?: EntityManager): Promise<MatchingCalendarView> {
    const facts = await this.events.facts(eventId, manager);
    if (!facts) throw notFound('Event');
    const grid = slotGrid(facts.blocks, facts.settings);
    return { eventId, settings: facts.settings, timeZone: facts.timeZone, grid };
  }

  /** (Re)plan the timed effects of these meetings (reminder, room open, start, end) on the real clock. */
  async plan(m: EntityManager, meetings: MeetingEntity[]): Promise<void> {
    const now = this.clock.now().getTime();
    for (const meeting of meetings) {
      await this.effects.replan(meeting.id, meetingEffects(meeting, this.clock.offsetMs, now), m);
    }
  }

  /** Plan when these requests expire if nobody answers them. */
  async planExpiry(m: EntityManager, requests: MeetingRequestEntity[]): Promise<void> {
    for (const r of requests) await this.effects.replan(r.id, requestEffects(r, this.clock.offsetMs), m);
  }

  /**
   * Re-plan every upcoming meeting and every unanswered request (at start-up: the demo offset may have
   * changed since they were planned, and seeded rows were never planned).
   */
  async planUpcoming(): Promise<void> {
    const m = this.meetings.manager;
    await this.plan(m, await upcomingMeetings(m, this.now()));
    await this.planExpiry(m, await pendingRequests(m));
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
