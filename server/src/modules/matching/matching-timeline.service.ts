import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UnitOfWork, type Tx } from '../../domain';
import { NotificationsService } from '../notifications/notifications.service';
import { EffectRunner } from '../schedule/effect-runner.service';
import { MatchingCalendar } from './matching-calendar.service';
import { MeetingEntity } from './matching.entities';
import {
  MEETING_EFFECTS,
  REMIND_BEFORE_MS,
  REMIND_EARLY_BEFORE_MS,
  REQUEST_EXPIRES,
} from './meeting-effects';
import { MeetingsService } from './meetings.service';
import { MatchingPeople } from './read-models/matching-people.read-model';

interface ReminderRow {
  id: string;
  event_id: string;
  exhibitor_id: string;
  starts_at: Date;
  ends_at: Date;
}

/** A request that ran out, as its expiry returns it. */
interface ExpiredRow {
  requester_id: string;
  attendee_ids: string[];
  exhibitor_id: string;
  event_id: string;
}

/**
 * Matching's clock-driven changes, all through the schedule's timed effects (planned with each meeting and
 * request, run by the leader, at least once): a reminder 10 minutes before a meeting, the meeting going live
 * at its start, and an unanswered request expiring (and the mail-only reminder an hour before). Each handler is one conditional UPDATE … RETURNING, so
 * running it again (after a crash between the effect and its done-mark) changes and notifies nothing twice.
 * The video module adds its own handlers to the same effects (the room opens, closes and settles).
 */
@Injectable()
export class MatchingTimeline {
  constructor(
    @InjectRepository(MeetingEntity) private readonly repo: Repository<MeetingEntity>,
    private readonly calendar: MatchingCalendar,
    private readonly notifications: NotificationsService,
    private readonly uow: UnitOfWork,
    private readonly meetings: MeetingsService,
    private readonly people: MatchingPeople,
    effects: EffectRunner,
  ) {
    effects.register(MEETING_EFFECTS.remindEarly, (e) => this.remindEarly(e.payload.meetingId));
    effects.register(MEETING_EFFECTS.remind, (e) => this.remind(e.payload.meetingId).then(() => undefined));
    effects.register(MEETING_EFFECTS.start, (e) => this.goLive(e.payload.meetingId).then(() => undefined));
    effects.register(REQUEST_EXPIRES, (e) => this.expire(e.payload.requestId).then(() => undefined));
  }

  /** A scheduled meeting goes live within its slot; true if this call changed it. */
  async goLive(meetingId: string): Promise<boolean> {
    const now = new Date(this.calendar.now());
    const rows: { id: string }[] = (
      await this.repo.query(
        `UPDATE meeting SET status = 'live', updated_at = now()
          WHERE id = $1 AND status = 'scheduled' AND starts_at <= $2 AND ends_at > $2 RETURNING id`,
        [meetingId, now],
      )
    )[0];
    if (!rows.length) return false;
    await this.meetings.push(await this.meetings.show(await this.repo.findBy({ id: meetingId })));
    return true;
  }

  /** Remind every party of a meeting that is still on; true if this call sent the reminder. */
  async remind(meetingId: string): Promise<boolean> {
    return this.uow.run(async (tx) => {
      const m = tx.manager;
      const [rows]: [ReminderRow[]] = await m.query(
        `UPDATE meeting SET reminded_at = now()
          WHERE id = $1 AND status = 'scheduled' AND reminded_at IS NULL AND starts_at > $2
          RETURNING id, event_id, exhibitor_id, starts_at, ends_at`,
        [meetingId, new Date(this.calendar.now())],
      );
      const meeting = rows[0];
      if (!meeting) return false;
      const people = await this.reminded(tx, meeting, REMIND_BEFORE_MS);
      const data = { start: this.calendar.shown(meeting.starts_at) };
      await this.notifications.notify(tx, people, 'meeting_reminder', data, '/meetings', meeting.event_id);
      return true;
    });
  }

  /**
   * The hour-before reminder is mail only (no second bell): it announces `meeting.reminder_due` for a meeting
   * still on. Nothing is marked; run twice, it announces twice and mail's dedupe key keeps one mail each.
   */
  async remindEarly(meetingId: string): Promise<void> {
    await this.uow.run(async (tx) => {
      const [meeting]: ReminderRow[] = await tx.manager.query(
        `SELECT id, event_id, exhibitor_id, starts_at, ends_at FROM meeting
          WHERE id = $1 AND status = 'scheduled' AND starts_at > $2`,
        [meetingId, new Date(this.calendar.now())],
      );
      if (meeting) await this.reminded(tx, meeting, REMIND_EARLY_BEFORE_MS);
    });
  }

  /** The meeting's people, after announcing that their reminder is due (published once `tx` commits). */
  private async reminded(tx: Tx, meeting: ReminderRow, beforeMs: number): Promise<string[]> {
    const m = tx.manager;
    const { buyerIds } = await this.meetings.partiesOf(
      { id: meeting.id, exhibitorId: meeting.exhibitor_id },
      m,
    );
    const people = [...buyerIds, ...(await this.people.staffOf(meeting.exhibitor_id, m))];
    tx.publish('meeting.reminder_due', {
      meetingId: meeting.id,
      eventId: meeting.event_id,
      startsAt: this.calendar.shown(meeting.starts_at),
      endsAt: this.calendar.shown(meeting.ends_at),
      start: this.calendar.shown(meeting.starts_at),
      minutesBefore: beforeMs / 60_000,
      partyUserIds: people,
    });
    return people;
  }

  /** An unanswered request whose time ran out expires, and its people are told; true if this call did it. */
  async expire(requestId: string): Promise<boolean> {
    return this.uow.run(async (tx) => {
      const m = tx.manager;
      const [rows]: [ExpiredRow[]] = await m.query(
        `UPDATE meeting_request SET status = 'expired', updated_at = now()
          WHERE id = $1 AND status IN ('pending', 'countered') AND expires_at <= $2
          RETURNING requester_id, attendee_ids, exhibitor_id, event_id`,
        [requestId, new Date(this.calendar.now())],
      );
      const r = rows[0];
      if (!r) return false;
      const people = [r.requester_id, ...r.attendee_ids, ...(await this.people.staffOf(r.exhibitor_id, m))];
      await this.notifications.notify(tx, people, 'request_expired', {}, '/meetings', r.event_id);
      return true;
    });
  }
}
