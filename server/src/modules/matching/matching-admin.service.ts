import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type {
  List,
  MatchingSettings,
  Meeting,
  MeetingStatus,
  MeetingTable as MeetingTableSchema,
} from '@pameran/contracts';
import { Repository } from 'typeorm';
import type { z } from 'zod';
import type { Caller } from '../../common/auth.decorators';
import { whole } from '../../common/pagination';
import { UnitOfWork } from '../../domain';
import { AuditService } from '../audit/audit.service';
import { EventsService } from '../events/events.service';
import { MeetingTableEntity } from './matching.entities';
import { MeetingsService } from './meetings.service';
import { notFound } from '../../common/common.exception';

type MeetingTable = z.infer<typeof MeetingTableSchema>;

const toTable = ({ id, label, active }: MeetingTableEntity): MeetingTable => ({ id, label, active });

/** The organiser's business-matching controls: settings, meeting tables, every meeting; each change audited. */
@Injectable()
export class MatchingAdminService {
  constructor(
    @InjectRepository(MeetingTableEntity) private readonly tablesRepo: Repository<MeetingTableEntity>,
    private readonly events: EventsService,
    private readonly meetingsService: MeetingsService,
    private readonly audit: AuditService,
    private readonly uow: UnitOfWork,
  ) {}

  async settings(slug: string): Promise<MatchingSettings> {
    return (await this.events.findEntity(slug)).matchingSettings;
  }

  async updateSettings(
    caller: Caller,
    slug: string,
    patch: Partial<MatchingSettings>,
  ): Promise<MatchingSettings> {
    const event = await this.events.findEntity(slug);
    const next = { ...event.matchingSettings, ...patch };
    await this.uow.run(async (tx) => {
      await this.events.setMatchingSettings(event.id, next, tx);
      await this.audit.record(
        caller,
        {
          action: 'matching.settings',
          entityType: 'event',
          entityId: event.id,
          before: event.matchingSettings,
          after: next,
        },
        tx.manager,
      );
    });
    return next;
  }

  async tables(slug: string): Promise<MeetingTable[]> {
    const event = await this.events.findEntity(slug);
    const rows = await this.tablesRepo.find({ where: { eventId: event.id }, order: { label: 'ASC' } });
    return rows.map(toTable);
  }

  async addTable(caller: Caller, slug: string, dto: { label: string }): Promise<MeetingTable> {
    const event = await this.events.findEntity(slug);
    return this.uow.run(async ({ manager: m }) => {
      const row = await m.save(m.create(MeetingTableEntity, { eventId: event.id, label: dto.label }));
      await this.audit.record(
        caller,
        { action: 'matching.table_add', entityType: 'meeting_table', entityId: row.id, after: dto },
        m,
      );
      return toTable(row);
    });
  }

  /** Take a table out of use; meetings already booked at it keep it. */
  async removeTable(caller: Caller, slug: string, id: string): Promise<{ id: string; active: false }> {
    const event = await this.events.findEntity(slug);
    await this.uow.run(async ({ manager: m }) => {
      const result = await m.update(MeetingTableEntity, { id, eventId: event.id }, { active: false });
      if (!result.affected) throw notFound('Meeting table');
      await this.audit.record(
        caller,
        { action: 'matching.table_remove', entityType: 'meeting_table', entityId: id },
        m,
      );
    });
    return { id, active: false };
  }

  async meetings(slug: string, status?: MeetingStatus): Promise<List<Meeting>> {
    const event = await this.events.findEntity(slug);
    const items = await this.meetingsService.all(event.id, status);
    return whole(items);
  }
}
