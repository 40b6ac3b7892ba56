import { Injectable } from '@nestjs/common';
import { OnDomainEvent, UnitOfWork, type DomainEventMap } from '../../domain';
import { MatchingCalendar } from '../matching/matching-calendar.service';
import { MEETING_EFFECTS } from '../matching/meeting-effects';
import { MatchingPeople } from '../matching/read-models/matching-people.read-model';
import { NotificationsService } from '../notifications/notifications.service';
import { EffectRunner } from '../schedule/effect-runner.service';
import { OutcomeMeetings } from './read-models/outcome-meetings.read-model';

/**
 * When a meeting ends, each side is asked to record its outcome (`outcome_to_record`). It rides the
 * meeting's own `meeting.end` timed effect (decision 0005), so there is no timer of its own: the effect is
 * planned with the meeting, moved with it, and run by the leader at least once. An online meeting is
 * settled by that same effect (video: held when both sides joined the call, else no-show), and handlers of
 * one effect run in no set order, so an online meeting is asked about once it is settled held (its
 * `meeting.changed`), never while it may still turn out missed. The claim row in `meeting_outcome_prompt`
 * makes a rerun notify nobody twice; a cancelled or missed meeting asks nothing.
 */
@Injectable()
export class AskPartiesForOutcome {
  constructor(
    private readonly meetings: OutcomeMeetings,
    private readonly people: MatchingPeople,
    private readonly notifications: NotificationsService,
    private readonly calendar: MatchingCalendar,
    private readonly uow: UnitOfWork,
    effects: EffectRunner,
  ) {
    effects.register(MEETING_EFFECTS.end, (e) => this.ask(e.payload.meetingId).then(() => undefined));
  }

  /** An online meeting settled held (by the video call's attendance, or the organiser). */
  @OnDomainEvent('meeting.changed')
  async askWhenHeld({ meeting }: DomainEventMap['meeting.changed']): Promise<void> {
    if (meeting.status === 'held') await this.ask(meeting.id);
  }

  /** Ask both sides of an ended meeting for its outcome; true if this call asked them. */
  async ask(meetingId: string): Promise<boolean> {
    return this.uow.run(async (tx) => {
      const m = tx.manager;
      const meeting = await this.meetings.byId(meetingId, m);
      if (!meeting || !OutcomeMeetings.isOver(meeting, new Date(this.calendar.now()))) return false;
      if (meeting.mode === 'online' && meeting.status !== 'held') return false; // video settles it first
      const claimed: unknown[] = await m.query(
        `INSERT INTO meeting_outcome_prompt (meeting_id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING meeting_id`,
        [meetingId],
      );
      if (!claimed.length) return false;
      const staff = await this.people.staffOf(meeting.exhibitorId, m);
      const exhibitor = (await this.people.exhibitors([meeting.exhibitorId], m)).get(meeting.exhibitorId);
      const buyers = [...(await this.people.parties(meeting.buyerIds, m)).values()];
      const buyerNames = buyers.map((b) => b.company ?? b.name).join(', ');
      await this.notifications.notify(
        tx,
        meeting.buyerIds,
        'outcome_to_record',
        { name: exhibitor?.name ?? '' },
        '/meetings',
        meeting.eventId,
      );
      await this.notifications.notify(
        tx,
        staff,
        'outcome_to_record',
        { name: buyerNames },
        '/meetings',
        meeting.eventId,
      );
      return true;
    });
  }
}
