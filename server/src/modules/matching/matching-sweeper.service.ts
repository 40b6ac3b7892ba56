import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UnitOfWork } from '../../domain';
import { NotificationsService } from '../notifications/notifications.service';
import { MatchingCalendar } from './matching-calendar.service';
import { MeetingEntity } from './matching.entities';
import { MeetingsService } from './meetings.service';
import { MatchingPeople } from './read-models/matching-people.read-model';

const EVERY_MS = 15_000;
const REMIND_BEFORE_MS = 10 * 60_000;

/**
 * Time-driven matching changes, each claimed with one atomic UPDATE … RETURNING so any number of nodes can
 * run it and every change happens once: pending requests expire, meetings go live at their start, and
 * parties get a reminder 10 minutes before.
 */
@Injectable()
export class MatchingSweeper implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(MatchingSweeper.name);
  private timer?: NodeJS.Timeout;
  private running = false;

  constructor(
    @InjectRepository(MeetingEntity) private readonly repo: Repository<MeetingEntity>,
    private readonly calendar: MatchingCalendar,
    private readonly notifications: NotificationsService,
    private readonly uow: UnitOfWork,
    private readonly meetings: MeetingsService,
    private readonly people: MatchingPeople,
  ) {}

  onModuleInit(): void {
    this.timer = setInterval(
      () => void this.sweep().catch((err) => this.logger.warn({ err }, 'sweep failed')),
      EVERY_MS,
    );
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  async sweep(): Promise<{ expired: number; live: number; reminded: number }> {
    if (this.running) return { expired: 0, live: 0, reminded: 0 };
    this.running = true;
    try {
      const now = new Date(this.calendar.now());
      return {
        expired: await this.expire(now),
        live: await this.goLive(now),
        reminded: await this.remind(now),
      };
    } finally {
      this.running = false;
    }
  }

  private async expire(now: Date): Promise<number> {
    const count = await this.uow.run(async (tx) => {
      const m = tx.manager;
      const rows: { id: string; requester_id: string; attendee_ids: string[]; exhibitor_id: string }[] = (
        await m.query(
          `UPDATE meeting_request SET status = 'expired', updated_at = now()
            WHERE status IN ('pending', 'countered') AND expires_at <= $1
            RETURNING id, requester_id, attendee_ids, exhibitor_id`,
          [now],
        )
      )[0];
      for (const r of rows) {
        const people = [r.requester_id, ...r.attendee_ids, ...(await this.people.staffOf(r.exhibitor_id, m))];
        await this.notifications.notify(tx, people, 'request_expired', {}, '/meetings');
      }
      return rows.length;
    });
    return count;
  }

  private async goLive(now: Date): Promise<number> {
    const rows: { id: string }[] = (
      await this.repo.query(
        `UPDATE meeting SET status = 'live', updated_at = now()
          WHERE status = 'scheduled' AND starts_at <= $1 AND ends_at > $1 RETURNING id`,
        [now],
      )
    )[0];
    if (rows.length) {
      const meetings = await this.repo.findBy(rows.map((r) => ({ id: r.id })));
      await this.meetings.push(await this.meetings.show(meetings));
    }
    return rows.length;
  }

  private async remind(now: Date): Promise<number> {
    const count = await this.uow.run(async (tx) => {
      const m = tx.manager;
      const rows: { id: string; exhibitor_id: string; starts_at: Date }[] = (
        await m.query(
          `UPDATE meeting SET reminded_at = now()
            WHERE status = 'scheduled' AND reminded_at IS NULL AND starts_at > $1 AND starts_at <= $2
            RETURNING id, exhibitor_id, starts_at`,
          [now, new Date(now.getTime() + REMIND_BEFORE_MS)],
        )
      )[0];
      for (const r of rows) {
        const buyers: { user_id: string }[] = await m.query(
          'SELECT user_id FROM meeting_participant WHERE meeting_id = $1',
          [r.id],
        );
        const people = [...buyers.map((b) => b.user_id), ...(await this.people.staffOf(r.exhibitor_id, m))];
        const data = { start: this.calendar.shown(r.starts_at) };
        await this.notifications.notify(tx, people, 'meeting_reminder', data, '/meetings');
      }
      return rows.length;
    });
    return count;
  }
}
