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
import { MeetingStatus } from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { AutoScheduleService } from './auto-schedule.service';
import {
  AutoScheduleCommitDto,
  AutoScheduleDto,
  MatchingSettingsDto,
  MeetingTableDto,
} from './dto/matching.dto';
import { MatchingAdminService } from './matching-admin.service';
import { InEvent } from '../memberships';

class MeetingListQuery extends createZodDto(z.strictObject({ status: MeetingStatus.optional() })) {}

/** The organiser's business-matching controls: settings, meeting tables, auto-scheduling, every meeting. */
@ApiTags('admin')
@ApiBearerAuth()
@InEvent.slug()
@Controller('admin/events/:slug/matching')
@Roles('organiser')
export class MatchingAdminController {
  constructor(
    private readonly admin: MatchingAdminService,
    private readonly auto: AutoScheduleService,
  ) {}

  @Get('settings')
  settings(@Param('slug') slug: string) {
    return this.admin.settings(slug);
  }

  @Patch('settings')
  updateSettings(
    @CurrentUser() caller: Caller,
    @Param('slug') slug: string,
    @Body() dto: MatchingSettingsDto,
  ) {
    return this.admin.updateSettings(caller, slug, dto);
  }

  @Get('tables')
  tables(@Param('slug') slug: string) {
    return this.admin.tables(slug);
  }

  @Post('tables')
  addTable(@CurrentUser() caller: Caller, @Param('slug') slug: string, @Body() dto: MeetingTableDto) {
    return this.admin.addTable(caller, slug, dto);
  }

  /** Take a table out of use; meetings already booked at it keep it. */
  @Delete('tables/:id')
  @HttpCode(200)
  removeTable(
    @CurrentUser() caller: Caller,
    @Param('slug') slug: string,
    @Param('id', ParseUUIDPipe) id: string,
  ) {
    return this.admin.removeTable(caller, slug, id);
  }

  @Post('auto-schedule/preview')
  @HttpCode(200)
  preview(@Param('slug') slug: string, @Body() dto: AutoScheduleDto) {
    return this.auto.preview(slug, dto.includePending);
  }

  @Post('auto-schedule/commit')
  @HttpCode(200)
  commit(@CurrentUser() caller: Caller, @Param('slug') slug: string, @Body() dto: AutoScheduleCommitDto) {
    return this.auto.commit(caller, slug, dto.placements);
  }

  @Get('meetings')
  all(@Param('slug') slug: string, @Query() q: MeetingListQuery) {
    return this.admin.meetings(slug, q.status);
  }
}
