import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { AutoSchedulePreview, List, Meeting } from '@pameran/contracts';
import { In, Repository } from 'typeorm';
import type { Caller } from '../../common/auth.decorators';
import { whole } from '../../common/pagination';
import { DomainException } from '../../common/domain.exception';
import { AuditService } from '../audit/audit.service';
import { EventsService } from '../events/events.service';
import { UnitOfWork } from '../../domain';
import { NotificationsService } from '../notifications/notifications.service';
import { bookMeeting } from './booking';
import { MatchingCalendar, MatchingCalendarView } from './matching-calendar.service';
import { MeetingEntity, MeetingRequestEntity, MeetingTableEntity } from './matching.entities';
import { MeetingsService } from './meetings.service';
import { MatchingPeople } from './read-models/matching-people.read-model';
import { runSchedule, type SchedulingProblem } from './scheduler';
import { SlotRules } from './slot-rules';
import { inWorkingHours, localDay } from './slots';
import { MatchingException } from './matching.exception';

/** Wall-clock budget of one auto-scheduling run (in a worker thread, so the hall keeps moving meanwhile). */
const BUDGET_MS = 800;

interface Built {
  problem: SchedulingProblem;
  requests: MeetingRequestEntity[];
  view: MatchingCalendarView;
}

const overlaps = (a: { start: number; end: number }, b: { startsAt: Date; endsAt: Date }) =>
  b.startsAt.getTime() < a.end && a.start < b.endsAt.getTime();

/**
 * The organiser's auto-scheduling: place accepted-but-unscheduled requests (optionally pending ones too)
 * into slots in one run. Preview first; commit books exactly the previewed placements in one transaction,
 * or nothing when something changed in between.
 */
@Injectable()
export class AutoScheduleService {
  constructor(
    @InjectRepository(MeetingTableEntity) private readonly tables: Repository<MeetingTableEntity>,
    private readonly events: EventsService,
    private readonly calendar: MatchingCalendar,
    private readonly rules: SlotRules,
    private readonly notifications: NotificationsService,
    private readonly uow: UnitOfWork,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
    private readonly people: MatchingPeople,
  ) {}

  async preview(slug: string, includePending: boolean): Promise<AutoSchedulePreview> {
    const { problem, view } = await this.build(slug, includePending);
    const { result, greedy } = await runSchedule(problem, { timeBudgetMs: BUDGET_MS });
    const tableLabel = new Map(
      (await this.tables.findBy({ eventId: view.eventId })).map((t) => [t.id, t.label]),
    );
    return {
      placements: result.placed.map((p) => ({
        requestId: p.requestId,
        start: this.calendar.shown(view.grid[p.slot].start),
        end: this.calendar.shown(view.grid[p.slot].end),
        table: p.tableId ? (tableLabel.get(p.tableId) ?? null) : null,
      })),
      unplaced: result.unplaced,
      stats: {
        requests: result.stats.requests,
        placed: result.stats.placed,
        upperBound: result.stats.upperBound,
        greedy: greedy.stats.placed,
        ms: Math.round(result.stats.ms),
      },
    };
  }

  /** Book the previewed placements atomically: all of them, or none (409) if the situation changed. */
  async commit(
    caller: Caller,
    slug: string,
    placements: { requestId: string; start: string }[],
  ): Promise<List<Meeting>> {
    const event = await this.events.findEntity(slug);
    const booked = await this.uow.run(async (tx) => {
      const m = tx.manager;
      const view = await this.calendar.view(event.id, m);
      const rows: MeetingEntity[] = [];
      for (const [i, p] of placements.entries()) {
        const slot = this.rules.slot(view, p.start, `placements.${i}.start`);
        const claimed: MeetingRequestEntity[] = (
          await m.query(
            `UPDATE meeting_request SET status = 'accepted', updated_at = now()
              WHERE id = $1 AND event_id = $2 AND status IN ('accepted', 'pending', 'countered')
                AND (status = 'accepted' OR expires_at > $3)
                AND NOT EXISTS (SELECT 1 FROM meeting WHERE request_id = $1)
              RETURNING id`,
            [p.requestId, event.id, new Date(this.calendar.now())],
          )
        )[0];
        if (claimed.length === 0) throw changed(`request ${p.requestId} is no longer waiting for a slot`);
        const request = await m.findOneByOrFail(MeetingRequestEntity, { id: p.requestId });
        try {
          rows.push(await bookMeeting(m, request, slot));
        } catch (error) {
          throw error instanceof DomainException ? changed(error.message.toLowerCase()) : error;
        }
        const people = [
          request.requesterId,
          ...request.attendeeIds,
          ...(await this.people.staffOf(request.exhibitorId, m)),
        ];
        const data = { start: this.calendar.shown(slot.start) };
        await this.notifications.notify(tx, people, 'meeting_scheduled', data, '/meetings', request.eventId);
      }
      await this.calendar.plan(m, rows);
      await this.audit.record(
        caller,
        {
          action: 'matching.auto_schedule',
          entityType: 'event',
          entityId: event.id,
          after: { booked: rows.length },
        },
        m,
      );
      return rows;
    });
    const shown = await this.meetings.show(booked);
    await this.meetings.push(shown);
    return whole(shown);
  }

  private async build(slug: string, includePending: boolean): Promise<Built> {
    const event = await this.events.findEntity(slug);
    const m = this.tables.manager;
    const view = await this.calendar.view(event.id, m);
    const now = this.calendar.now();
    const open = view.grid.map((s, i) => ({ s, i })).filter(({ s }) => s.start > now);
    const statuses = includePending ? ['accepted', 'pending', 'countered'] : ['accepted'];
    const requests = await m
      .getRepository(MeetingRequestEntity)
      .createQueryBuilder('r')
      .where('r.event_id = :e AND r.status IN (:...statuses)', { e: event.id, statuses })
      .andWhere("(r.status = 'accepted' OR r.expires_at > :now)", { now: new Date(now) })
      .andWhere('NOT EXISTS (SELECT 1 FROM meeting x WHERE x.request_id = r.id)')
      .orderBy('r.created_at', 'ASC')
      .getMany();
    const exhibitorIds = [...new Set(requests.map((r) => r.exhibitorId))];
    const userIds = [...new Set(requests.flatMap((r) => [r.requesterId, ...r.attendeeIds]))];
    const slotsOf = (keep: (s: { start: number; end: number }) => boolean) =>
      open.filter(({ s }) => keep(s)).map(({ i }) => i);
    const [exhibitorMeetings, people, tables] = await Promise.all([
      m.findBy(MeetingEntity, {
        eventId: event.id,
        exhibitorId: In(exhibitorIds.length ? exhibitorIds : ['00000000-0000-0000-0000-000000000000']),
      }),
      this.people.accounts(userIds, m),
      m.findBy(MeetingTableEntity, { eventId: event.id, active: true }),
    ]);
    const personBusy: { user_id: string; starts_at: Date; ends_at: Date }[] = userIds.length
      ? await m.query(
          'SELECT user_id, starts_at, ends_at FROM meeting_participant WHERE user_id = ANY($1) AND NOT cancelled',
          [userIds],
        )
      : [];
    const live = exhibitorMeetings.filter((x) => x.status !== 'cancelled');
    const participants: SchedulingProblem['participants'] = [];
    for (const id of exhibitorIds) {
      const windows = await this.rules.windows(m, id);
      const mine = live.filter((x) => x.exhibitorId === id);
      participants.push({
        id: `x:${id}`,
        available: slotsOf(
          (s) => windows.length === 0 || windows.some((w) => w.start <= s.start && s.end <= w.end),
        ),
        busy: slotsOf((s) => mine.some((x) => overlaps(s, x))),
        dailyLimit: view.settings.dailyLimit,
      });
    }
    for (const u of people) {
      const mine = personBusy
        .filter((b) => b.user_id === u.id)
        .map((b) => ({ startsAt: b.starts_at, endsAt: b.ends_at }));
      const hours = u.workingHours;
      participants.push({
        id: `u:${u.id}`,
        // Only future slots are offered; working hours narrow them further.
        available: slotsOf((s) => !hours || inWorkingHours(s, hours, u.timeZone ?? event.timeZone)),
        busy: slotsOf((s) => mine.some((x) => overlaps(s, x))),
        dailyLimit: view.settings.dailyLimit,
      });
    }
    const onsite = tables.length
      ? (await m.findBy(MeetingEntity, { eventId: event.id, tableId: In(tables.map((t) => t.id)) })).filter(
          (x) => x.status !== 'cancelled',
        )
      : [];
    const problem: SchedulingProblem = {
      slots: view.grid.map((s) => ({ start: s.start, end: s.end, day: localDay(s.start, event.timeZone) })),
      participants,
      tables: tables.map((t) => ({
        id: t.id,
        busy: slotsOf((s) => onsite.some((x) => x.tableId === t.id && overlaps(s, x))),
      })),
      requests: requests.map((r) => ({
        id: r.id,
        participantIds: [`x:${r.exhibitorId}`, ...[r.requesterId, ...r.attendeeIds].map((u) => `u:${u}`)],
        mode: r.mode,
        preferred: r.preferredStarts
          .map((p) => view.grid.findIndex((s) => s.start === new Date(p).getTime()))
          .filter((i) => i >= 0),
        priority: r.status === 'accepted' ? 2 : 1,
      })),
    };
    return { problem, requests, view };
  }
}

const changed = (why: string) =>
  new MatchingException('changed', `Nothing was booked: ${why} since the preview. Preview again.`);
