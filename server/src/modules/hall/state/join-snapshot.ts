import { Injectable } from '@nestjs/common';
import { HALL_NAMESPACE, type ModerationState, type Role } from '@pameran/contracts';
import { AnnouncementsService } from '../../announcements/announcements.service';
import { EventsService } from '../../events/events.service';
import { ScheduleClock } from '../../events/schedule-clock';
import { PresenceService } from '../../presence/presence.service';
import { writePacket } from '../peers-packet';
import type { HallSocket } from '../hall.types';

/** A shared part is rebuilt at least this often even when nothing announced a change. */
const MAX_AGE_MS = 60_000;
const SNAPSHOT_HEAD = `2${HALL_NAMESPACE},["hall:snapshot",{`;
const ANNOUNCEMENT_HEAD = `2${HALL_NAMESPACE},["announcement",`;

interface Part<T> {
  value: Promise<T>;
  /** Valid while the schedule clock is in [from, until). */
  from: number;
  until: number;
}

/**
 * What a socket receives when it joins (`hall:snapshot`, then the announcements still current), built
 * once per event (the schedule) and per event and role (announcements) and written as pre-encoded
 * Socket.IO packets the way `peers-packet.ts` writes `peers`: no database read, no JSON.stringify of the
 * schedule per connection. A part is rebuilt after the domain event that changes it (`HallStateRelay`:
 * `schedule.changed`, `announcement.published`, here or on another node), when time moves it (the next
 * session start or end; the first announcement to expire) and at the latest after a minute.
 *
 * Occupancy changes all the time, so it is read for each joiner after it joined the event's room (then
 * no `occupancy` delta can fall between the read and the join); joiners of the same moment share one read.
 * The moderation state is the person's own, from memory.
 */
@Injectable()
export class JoinSnapshots {
  private readonly schedules = new Map<string, Part<string>>();
  private readonly notices = new Map<string, Part<string[]>>();
  private readonly occupancyReads = new Map<string, Promise<string>>();

  constructor(
    private readonly events: EventsService,
    private readonly announcements: AnnouncementsService,
    private readonly presence: PresenceService,
    private readonly clock: ScheduleClock,
  ) {}

  /** Writes the snapshot and the announcements to a socket that has joined the event's room. */
  async send(socket: HallSocket, slug: string, eventId: string, role: Role, moderation: ModerationState) {
    const [schedule, occupancy, notices] = await Promise.all([
      this.fresh(this.schedules, eventId, () => this.buildSchedule(slug)),
      this.occupancy(eventId),
      this.fresh(this.notices, `${eventId}:${role}`, () => this.buildNotices(eventId, role)),
    ]);
    const snapshot = `${SNAPSHOT_HEAD}${schedule},"occupancy":${occupancy},"moderation":${JSON.stringify(moderation)}}]`;
    writePacket(socket, snapshot, false);
    for (const packet of notices) writePacket(socket, packet, false);
  }

  scheduleChanged(eventId: string): void {
    this.schedules.delete(eventId);
  }

  announcementsChanged(eventId: string): void {
    for (const key of this.notices.keys()) if (key.startsWith(`${eventId}:`)) this.notices.delete(key);
  }

  private fresh<T>(
    parts: Map<string, Part<T>>,
    key: string,
    build: () => Promise<{ value: T; until: number }>,
  ): Promise<T> {
    const now = this.clock.now().getTime();
    const hit = parts.get(key);
    if (hit && now >= hit.from && now < hit.until) return hit.value;
    const part: Part<T> = { value: Promise.resolve() as Promise<T>, from: now, until: now + MAX_AGE_MS };
    part.value = build().then(
      ({ value, until }) => {
        part.until = Math.min(part.until, until);
        return value;
      },
      (err: unknown) => {
        if (parts.get(key) === part) parts.delete(key);
        throw err;
      },
    );
    parts.set(key, part);
    return part.value;
  }

  private async buildSchedule(slug: string): Promise<{ value: string; until: number }> {
    const event = await this.events.get(slug);
    const sessions = event.days.flatMap((d) => d.sessions);
    const now = this.clock.now().getTime();
    // The sessions' states (and so hallOpen) change by themselves at the next start or end.
    let until = Infinity;
    for (const s of sessions)
      for (const t of [Date.parse(s.startsAt), Date.parse(s.endsAt)]) if (t > now && t < until) until = t;
    return { value: `"sessions":${JSON.stringify(sessions)},"hallOpen":${event.hallOpen}`, until };
  }

  private async buildNotices(eventId: string, role: Role): Promise<{ value: string[]; until: number }> {
    const { list, until } = await this.announcements.currentUntil(eventId, role);
    return {
      value: list.map((a) => `${ANNOUNCEMENT_HEAD}${JSON.stringify(a)}]`),
      until: until ? until.getTime() : Infinity,
    };
  }

  /** The event's counts as JSON, read after every current joiner asked (they share the read). */
  private occupancy(eventId: string): Promise<string> {
    let read = this.occupancyReads.get(eventId);
    if (!read) {
      read = new Promise<void>((resolve) => setImmediate(resolve)).then(async () => {
        // From here on, a new joiner needs a read of its own (it may have joined after this one started).
        this.occupancyReads.delete(eventId);
        return JSON.stringify(await this.presence.counts(eventId));
      });
      this.occupancyReads.set(eventId, read);
    }
    return read;
  }
}
