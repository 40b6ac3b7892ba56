import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { AnnouncementsService } from './announcements.service';
import { AnnounceDto, AnnouncementDto } from './dto/announcements.dto';
import { InEvent } from '../memberships';

/** Organisers' announcements to an event's hall. */
@ApiTags('admin')
@ApiBearerAuth()
@InEvent.slug()
@Controller('admin/events/:slug')
@Roles('organiser')
export class AnnouncementsController {
  constructor(private readonly announcements: AnnouncementsService) {}

  @Post('announcements')
  @ApiOkResponse({ type: AnnouncementDto })
  announce(@CurrentUser() caller: Caller, @Param('slug') slug: string, @Body() dto: AnnounceDto) {
    return this.announcements.announce(caller, slug, dto);
  }
}
