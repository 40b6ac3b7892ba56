import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { MeetingStatus } from '@pameran/contracts';
import { Repository } from 'typeorm';
import { DomainException } from '../../common/domain.exception';
import { MatchingCalendar } from '../matching/matching-calendar.service';
import { MEETING_EFFECTS } from '../matching/meeting-effects';
import { MeetingsService, type MeetingRecord } from '../matching/meetings.service';
import { MatchingPeople } from '../matching/read-models/matching-people.read-model';
import { EffectRunner } from '../schedule/effect-runner.service';
import { LiveKit } from './livekit.service';
import { MeetingAttendanceEntity } from './video.entities';

/** Observers an organiser may add to a meeting room besides the parties (hidden participants count too). */
const OBSERVER_SEATS = 2;
export const meetingRoom = (meetingId: string) => `meeting-${meetingId}`;

/**
 * A meeting's room follows its slot, driven by timed effects (run by one leader, caught up after a restart):
 * the room is created 5 minutes before (and made sure of at the start, when matching makes the meeting
 * live), and at the end everyone is removed, the room deleted, and the meeting marked held (both sides
 * joined) or no-show.
 */
@Injectable()
export class MeetingRooms {
  private readonly logger = new Logger(MeetingRooms.name);
  /**
   * Rooms this node made sure of in the last half minute, so a burst of joins costs one CreateRoom call
   * (short-lived: if LiveKit restarted and lost its rooms, the next join creates the room again).
   */
  private readonly opened = new Map<string, number>();

  constructor(
    @InjectRepository(MeetingAttendanceEntity)
    private readonly attendance: Repository<MeetingAttendanceEntity>,
    private readonly livekit: LiveKit,
    private readonly meetings: MeetingsService,
    private readonly calendar: MatchingCalendar,
    private readonly people: MatchingPeople,
    effects: EffectRunner,
  ) {
    effects.register(MEETING_EFFECTS.open, (e) => this.open(e.payload.meetingId));
    effects.register(MEETING_EFFECTS.start, (e) => this.start(e.payload.meetingId));
    effects.register(MEETING_EFFECTS.end, (e) => this.end(e.payload.meetingId));
  }

  /** Re-plan every upcoming meeting (at start-up: the demo offset may have changed since they were planned). */
  async planAll(): Promise<void> {
    await this.calendar.planUpcoming();
  }

  async open(meetingId: string): Promise<void> {
    if ((this.opened.get(meetingId) ?? 0) > Date.now()) return;
    const meeting = await this.meetings.byId(meetingId);
    if (
      !meeting ||
      meeting.mode !== 'online' ||
      !['scheduled', 'live'].includes(meeting.status) ||
      !this.livekit.enabled
    )
      return;
    const [buyers, staff] = await Promise.all([
      this.meetings.partiesOf(meeting),
      this.people.staffOf(meeting.exhibitorId),
    ]);
    // Short timeouts (an empty room goes away); a later join within the slot creates it again, since the
    // cache below lasts less than LiveKit's empty and departure timeouts.
    await this.livekit.ensureRoom(
      meetingRoom(meeting.id),
      buyers.buyerIds.length + Math.max(1, staff.length) + OBSERVER_SEATS,
    );
    this.opened.set(meetingId, Date.now() + 25_000);
  }

  /** At the start the room must be there (in case its open effect was missed); matching makes it live. */
  async start(meetingId: string): Promise<void> {
    await this.open(meetingId);
  }

  async end(meetingId: string): Promise<void> {
    const meeting = await this.meetings.byId(meetingId);
    if (!meeting) return;
    this.opened.delete(meetingId);
    if (meeting.mode === 'online' && this.livekit.enabled)
      await this.livekit.closeRoom(meetingRoom(meeting.id));
    await this.settle(meeting);
  }

  /** After the slot: held when someone from each side joined the call, else no-show (online meetings only). */
  async settle(meeting: MeetingRecord): Promise<void> {
    if (meeting.mode !== 'online' || !['scheduled', 'live'].includes(meeting.status)) return;
    if (meeting.endsAt.getTime() > this.calendar.now()) return;
    const sides = new Set((await this.attendance.findBy({ meetingId: meeting.id })).map((a) => a.side));
    const outcome = sides.has('buyer') && sides.has('exhibitor') ? 'held' : 'no_show';
    const current = meeting.status === 'scheduled' ? await this.advance(meeting, 'live') : meeting;
    const settled = current && (await this.advance(current, outcome));
    if (!settled) return;
    this.logger.log({ meeting: meeting.id, outcome }, 'meeting settled');
    await this.meetings.push(await this.meetings.show([settled]));
  }

  /**
   * A change the clock drives. Another path may have moved the meeting on meanwhile (a party cancelled, or
   * the webhook settled it first): that illegal transition is expected and gives null. Anything else (the
   * database failing) is logged and thrown, so the timed effect runs again.
   */
  /** A state change that another node or the parties may have made already (then null); other errors throw. */
  private async advance(meeting: MeetingRecord, to: MeetingStatus): Promise<MeetingRecord | null> {
    try {
      return await this.meetings.transition(meeting, to);
    } catch (err) {
      if (err instanceof DomainException && err.code === 'illegal_transition') return null;
      this.logger.error(
        { meeting: meeting.id, to, err: (err as Error).message },
        'meeting state change failed',
      );
      throw err;
    }
  }
}
