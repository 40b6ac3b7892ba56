import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { MeetingStatus } from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { z } from 'zod';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { AuditService } from '../audit/audit.service';
import { EventEntity } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { AutoScheduleService } from './auto-schedule.service';
import {
  AutoScheduleCommitDto,
  AutoScheduleDto,
  MatchingSettingsDto,
  MeetingTableDto,
} from './dto/matching.dto';
import { MeetingTableEntity } from './matching.entities';
import { MeetingsService } from './meetings.service';
import { notFound } from '../../common/common.exception';

class MeetingListQuery extends createZodDto(z.strictObject({ status: MeetingStatus.optional() })) {}

/** The organiser's business-matching controls: settings, meeting tables, auto-scheduling, every meeting. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/events/:slug/matching')
@Roles('organiser')
export class MatchingAdminController {
  constructor(
    private readonly events: EventsService,
    private readonly auto: AutoScheduleService,
    private readonly meetings: MeetingsService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Get('settings')
  async settings(@Param('slug') slug: string) {
    return (await this.events.findEntity(slug)).matchingSettings;
  }

  @Patch('settings')
  async updateSettings(
    @CurrentUser() caller: Caller,
    @Param('slug') slug: string,
    @Body() dto: MatchingSettingsDto,
  ) {
    const event = await this.events.findEntity(slug);
    const next = { ...event.matchingSettings, ...dto };
    await this.db.transaction(async (m) => {
      await m.update(EventEntity, { id: event.id }, { matchingSettings: next });
      await this.audit.record(
        caller,
        {
          action: 'matching.settings',
          entityType: 'event',
          entityId: event.id,
          before: event.matchingSettings,
          after: next,
        },
        m,
      );
    });
    return next;
  }

  @Get('tables')
  async tables(@Param('slug') slug: string) {
    const event = await this.events.findEntity(slug);
    const rows = await this.db
      .getRepository(MeetingTableEntity)
      .find({ where: { eventId: event.id }, order: { label: 'ASC' } });
    return rows.map(({ id, label, active }) => ({ id, label, active }));
  }

  @Post('tables')
  async addTable(@CurrentUser() caller: Caller, @Param('slug') slug: string, @Body() dto: MeetingTableDto) {
    const event = await this.events.findEntity(slug);
    return this.db.transaction(async (m) => {
      const row = await m.save(m.create(MeetingTableEntity, { eventId: event.id, label: dto.label }));
      await this.audit.record(
        caller,
        { action: 'matching.table_add', entityType: 'meeting_table', entityId: row.id, after: dto },
        m,
      );
      return { id: row.id, label: row.label, active: row.active };
    });
  }

  /** Take a table out of use; meetings already booked at it keep it. */
  @Delete('tables/:id')
  @HttpCode(200)
  async removeTable(
    @CurrentUser() caller: Caller,
    @Param('slug') slug: string,
    @Param('id', ParseUUIDPipe) id: string,
  ) {
    const event = await this.events.findEntity(slug);
    const result = await this.db
      .getRepository(MeetingTableEntity)
      .update({ id, eventId: event.id }, { active: false });
    if (!result.affected) throw notFound('Meeting table');
    await this.audit.record(caller, {
      action: 'matching.table_remove',
      entityType: 'meeting_table',
      entityId: id,
    });
    return { id, active: false };
  }

  @Post('auto-schedule/preview')
  @HttpCode(200)
  preview(@Param('slug') slug: string, @Body() dto: AutoScheduleDto) {
    return this.auto.preview(slug, dto.includePending);
  }

  @Post('auto-schedule/commit')
  @HttpCode(200)
  async commit(
    @CurrentUser() caller: Caller,
    @Param('slug') slug: string,
    @Body() dto: AutoScheduleCommitDto,
  ) {
    const items = await this.auto.commit(caller, slug, dto.placements);
    return { items, total: items.length, nextCursor: null };
  }

  @Get('meetings')
  async all(@Param('slug') slug: string, @Query() q: MeetingListQuery) {
    const event = await this.events.findEntity(slug);
    const items = await this.meetings.all(event.id, q.status);
    return { items, total: items.length, nextCursor: null };
  }
}
