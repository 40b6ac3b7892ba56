import { Body, Controller, HttpCode, Param, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { AuditService } from '../audit/audit.service';
import { EventEntity } from '../events/event.entity';
import { EventsService } from '../events/events.service';
import { AnnouncementsService } from './announcements.service';
import { AnnounceDto, AnnouncementDto, EventSettingsDto } from './dto/announcements.dto';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/events/:slug')
@Roles('organiser')
export class AdminEventController {
  constructor(
    private readonly announcements: AnnouncementsService,
    private readonly events: EventsService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Post('announcements')
  @ApiOkResponse({ type: AnnouncementDto })
  announce(@CurrentUser() caller: Caller, @Param('slug') slug: string, @Body() dto: AnnounceDto) {
    return this.announcements.announce(caller, slug, dto);
  }

  /** Live settings of the hall, e.g. limiting booth chat to registered users. */
  @Patch('settings')
  @HttpCode(200)
  async settings(@CurrentUser() caller: Caller, @Param('slug') slug: string, @Body() dto: EventSettingsDto) {
    const event = await this.events.findEntity(slug);
    await this.db.getRepository(EventEntity).update({ id: event.id }, dto);
    await this.audit.record(caller, {
      action: 'event.settings',
      entityType: 'event',
      entityId: event.id,
      before: { chatRegisteredOnly: event.chatRegisteredOnly },
      after: dto,
    });
    return { chatRegisteredOnly: dto.chatRegisteredOnly };
  }
}
