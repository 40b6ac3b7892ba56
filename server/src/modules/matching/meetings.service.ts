import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import {
  MEETING_TRANSITIONS,
  type List,
  type Meeting,
  type MeetingStatus,
  type SlotOption,
} from '@pameran/contracts';
import { Brackets, EntityManager, Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { whole } from '../../common/pagination';
import { UnitOfWork } from '../../domain';
import { NotificationsService } from '../notifications/notifications.service';
import { MatchingCalendar } from './matching-calendar.service';
import { AvailabilityEntity, MeetingEntity, MeetingParticipantEntity } from './matching.entities';
import { MatchingMapper } from './matching.mapper';
import { requireSide } from './parties';
import { MatchingPeople } from './read-models/matching-people.read-model';

/** A stored meeting, as modules that follow meetings (video rooms) receive it. */
export type MeetingRecord = MeetingEntity;
import { SlotRules } from './slot-rules';
import { StaffSides } from './staff-sides';
import { CommonException, forbidden, invalid, notFound } from '../../common/common.exception';

/** Booked meetings: who sees them, their states, the exhibitor's availability and free slots. */
@Injectable()
export class MeetingsService {
  private readonly logger = new Logger(MeetingsService.name);
  constructor(
    @InjectRepository(MeetingEntity) private readonly repo: Repository<MeetingEntity>,
    private readonly calendar: MatchingCalendar,
    private readonly notifications: NotificationsService,
    private readonly uow: UnitOfWork,
    private readonly rules: SlotRules,
    private readonly people: MatchingPeople,
    private readonly mapper: MatchingMapper,
    private readonly sides: StaffSides,
  ) {}

  private get db(): EntityManager {
    return this.repo.manager;
  }

  /** The caller's meetings as the API lists them (all of them, without cancelled ones). */
  async list(caller: Caller): Promise<List<Meeting>> {
    return whole(await this.mine(caller));
  }

  /**
   * The caller's meetings (as a buyer-side person or as staff of any exhibitor they act for), in time order:
   * in every fair, or in the route's fair only when it names one (docs/decisions/0031-my-lists-across-fairs.md).
   */
  async mine(
    caller: Pick<Caller, 'sub' | 'eventId' | 'exhibitorId'>,
    opts: { includeCancelled?: boolean } = {},
  ): Promise<Meeting[]> {
    const exhibitors = await this.sides.exhibitorsOf(caller);
    const qb = this.repo.createQueryBuilder('m').where(
      new Brackets((w) => {
        w.where('EXISTS (SELECT 1 FROM meeting_participant p WHERE p.meeting_id = m.id AND p.user_id = :u)', {
          u: caller.sub,
        });
        if (exhibitors.length) w.orWhere('m.exhibitor_id IN (:...xs)', { xs: exhibitors });
      }),
    );
    if (caller.eventId) qb.andWhere('m.event_id = :e', { e: caller.eventId });
    if (!opts.includeCancelled) qb.andWhere("m.status <> 'cancelled'");
    const rows = await qb.orderBy('m.starts_at', 'ASC').take(500).getMany();
    return this.show(rows);
  }

  /** Every meeting the person took part in (cancelled ones too), for their data export. */
  async ofPerson(userId: string): Promise<Meeting[]> {
    const rows = await this.repo
      .createQueryBuilder('m')
      .where('EXISTS (SELECT 1 FROM meeting_participant p WHERE p.meeting_id = m.id AND p.user_id = :u)', {
        u: userId,
      })
      .orderBy('m.starts_at', 'ASC')
      .getMany();
    return this.show(rows);
  }

  /** Every meeting of an event, for the organiser. */
  async all(eventId: string, status?: MeetingStatus): Promise<Meeting[]> {
    const rows = await this.repo.find({
      where: { eventId, ...(status ? { status } : {}) },
      order: { startsAt: 'ASC' },
      take: 5000,
    });
    return this.show(rows);
  }

  async get(caller: Caller, id: string): Promise<Meeting> {
    const row = await this.find(this.db, id);
    requireSide(caller, await this.partiesOf(row), 'Meeting');
    return (await this.show([row]))[0];
  }

  /**
   * A party (or the organiser) changes a meeting's state: cancel it (the slot frees up for everyone), or,
   * for an on-site meeting once it started, record that it was held or that someone did not come.
   * Online meetings get held/no-show from the video service's attendance.
   */
  async setStatus(caller: Caller, id: string, to: 'held' | 'no_show' | 'cancelled'): Promise<Meeting> {
    const row = await this.uow.run(async (tx) => {
      const m = tx.manager;
      const meeting = await this.find(m, id);
      const parties = await this.partiesOf(meeting, m);
      const side = requireSide(caller, parties, 'Meeting');
      if (to !== 'cancelled' && meeting.mode === 'online' && side !== 'organiser') {
        throw forbidden('Attendance of online meetings comes from the video call');
      }
      const changed = await this.transition(meeting, to, m);
      if (to === 'cancelled') {
        await m.update(MeetingParticipantEntity, { meetingId: id }, { cancelled: true });
        await this.calendar.plan(m, [changed]); // its room, if open, closes now
        const others = [...parties.buyerIds, ...(await this.people.staffOf(meeting.exhibitorId, m))].filter(
          (u) => u !== caller.sub,
        );
        await this.notifications.notify(
          tx,
          others,
          'meeting_cancelled',
          { by: caller.name },
          '/meetings',
          meeting.eventId,
        );
      }
      return changed;
    });
    const [shown] = await this.show([row]);
    await this.push([shown]);
    return shown;
  }

  /** Atomic, legal state change (scheduled → live → held | no_show; scheduled | live → cancelled). */
  async transition(
    meeting: MeetingEntity,
    to: MeetingStatus,
    m: EntityManager = this.db,
  ): Promise<MeetingEntity> {
    const from = (Object.keys(MEETING_TRANSITIONS) as MeetingStatus[]).filter((s) =>
      MEETING_TRANSITIONS[s].includes(to),
    );
    const result = await m
      .createQueryBuilder()
      .update(MeetingEntity)
      .set({ status: to })
      .where('id = :id AND status IN (:...from)', { id: meeting.id, from })
      .execute();
    if (!result.affected) {
      const current = await this.find(m, meeting.id);
      throw new CommonException(
        'illegal_transition',
        `Cannot mark a ${current.status.replace('_', '-')} meeting as ${to.replace('_', '-')}`,
      );
    }
    return m.create(MeetingEntity, { ...meeting, status: to });
  }

  /**
   * Publish `meeting.changed` for each meeting (already committed) with everyone who should see it: its
   * buyers and the exhibitor's staff. A failure is logged, not thrown: the state is also read over REST.
   */
  async push(meetings: Meeting[]): Promise<void> {
    try {
      for (const meeting of meetings) {
        const staff = await this.people.staffOf(meeting.exhibitor.id);
        const partyUserIds = [...new Set([...meeting.buyers.map((b) => b.id), ...staff])];
        await this.uow.publish('meeting.changed', { meeting, partyUserIds });
      }
    } catch (err) {
      this.logger.warn({ err: (err as Error).message }, 'meeting.changed not published');
    }
  }

  async availability(exhibitorId: string): Promise<{ windows: { start: string; end: string }[] }> {
    const windows = await this.rules.windows(this.db, exhibitorId);
    return {
      windows: windows.map((w) => ({ start: this.calendar.shown(w.start), end: this.calendar.shown(w.end) })),
    };
  }

  /** Replace the exhibitor's availability; every window must lie inside the business-matching blocks. */
  async setAvailability(exhibitorId: string, windows: { start: string; end: string }[]) {
    const exhibitor = await this.people.exhibitor(exhibitorId);
    if (!exhibitor) throw notFound('Exhibitor');
    const { grid } = await this.calendar.view(exhibitor.eventId);
    const stored = windows.map((w, i) => {
      const start = this.calendar.stored(w.start);
      const end = this.calendar.stored(w.end);
      const inside = grid.some((s) => s.start >= start && s.end <= end);
      if (end <= start || !inside) {
        const message =
          end <= start ? 'must end after it starts' : 'must cover at least one business-matching slot';
        throw invalid(`windows.${i}`, message);
      }
      return { exhibitorId, startsAt: new Date(start), endsAt: new Date(end) };
    });
    await this.uow.run(async ({ manager: m }) => {
      await m.delete(AvailabilityEntity, { exhibitorId });
      if (stored.length) await m.insert(AvailabilityEntity, stored);
    });
    return this.availability(exhibitorId);
  }

  /**
   * The slot grid as one person sees it when planning with an exhibitor: each future slot and whether both
   * the exhibitor and the given people are free then (and the exhibitor available).
   */
  async slotOptions(exhibitorId: string, userIds: string[]): Promise<SlotOption[]> {
    const exhibitor = await this.people.exhibitor(exhibitorId);
    if (!exhibitor) throw notFound('Exhibitor');
    const { grid } = await this.calendar.view(exhibitor.eventId);
    const windows = await this.rules.windows(this.db, exhibitorId);
    const busy: { starts_at: Date; ends_at: Date }[] = await this.db.query(
      `SELECT starts_at, ends_at FROM meeting WHERE exhibitor_id = $1 AND status <> 'cancelled'
       UNION ALL
       SELECT starts_at, ends_at FROM meeting_participant WHERE user_id = ANY($2) AND NOT cancelled`,
      [exhibitorId, userIds],
    );
    const now = this.calendar.now();
    return grid
      .filter((s) => s.start > now)
      .map((s) => ({
        start: this.calendar.shown(s.start),
        end: this.calendar.shown(s.end),
        free:
          (windows.length === 0 || windows.some((w) => w.start <= s.start && s.end <= w.end)) &&
          !busy.some((b) => b.starts_at.getTime() < s.end && s.start < b.ends_at.getTime()),
      }));
  }

  async partiesOf(
    meeting: Pick<MeetingEntity, 'id' | 'exhibitorId'>,
    m: EntityManager = this.db,
  ): Promise<{ exhibitorId: string; buyerIds: string[] }> {
    const people = await m.find(MeetingParticipantEntity, {
      where: { meetingId: meeting.id },
      select: { userId: true },
    });
    return { exhibitorId: meeting.exhibitorId, buyerIds: people.map((p) => p.userId) };
  }

  show(rows: MeetingEntity[]): Promise<Meeting[]> {
    return this.mapper.meetings(this.db, rows, (at) => this.calendar.shown(at));
  }

  private async find(m: EntityManager, id: string): Promise<MeetingEntity> {
    const row = await m.findOneBy(MeetingEntity, { id });
    if (!row) throw notFound('Meeting');
    return row;
  }

  /** A meeting by id (for the video rooms that follow it), or null. */
  byId(id: string, m: EntityManager = this.db): Promise<MeetingEntity | null> {
    return m.findOneBy(MeetingEntity, { id });
  }

  /**
   * The status of this exhibitor's meeting when this buyer took part in it (a deal may name it, and a held
   * one is the deal's evidence), or null when it is not a meeting between them.
   */
  async statusBetween(
    meetingId: string,
    exhibitorId: string,
    buyerId: string,
    m: EntityManager = this.db,
  ): Promise<MeetingEntity['status'] | null> {
    const meeting = await m.findOneBy(MeetingEntity, { id: meetingId, exhibitorId });
    if (!meeting || !(await m.existsBy(MeetingParticipantEntity, { meetingId, userId: buyerId })))
      return null;
    return meeting.status;
  }
}
