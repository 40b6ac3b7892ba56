import { Body, Controller, Delete, HttpCode, Param, ParseUUIDPipe, Patch, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import {
  CreateSessionDto,
  ScheduleSessionDto,
  SessionControlDto,
  UpdateSessionDto,
} from './dto/schedule.dto';
import { ScheduleService } from './schedule.service';
import { InEvent } from '../memberships';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin')
@Roles('organiser')
export class ScheduleController {
  constructor(private readonly schedule: ScheduleService) {}

  @InEvent.slug()
  @Post('events/:slug/sessions')
  @ApiOkResponse({ type: ScheduleSessionDto })
  create(@CurrentUser() caller: Caller, @Param('slug') slug: string, @Body() dto: CreateSessionDto) {
    return this.schedule.create(caller, slug, dto);
  }

  @InEvent.of('session')
  @Patch('sessions/:id')
  @ApiOkResponse({ type: ScheduleSessionDto })
  update(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: UpdateSessionDto,
  ) {
    return this.schedule.update(caller, id, dto);
  }

  @InEvent.of('session')
  @Delete('sessions/:id')
  @HttpCode(204)
  remove(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    return this.schedule.remove(caller, id);
  }

  /** Live controls: start now, end now, extend or delay by N minutes, cancel. Broadcast at once. */
  @InEvent.of('session')
  @Post('sessions/:id/control')
  @HttpCode(200)
  @ApiOkResponse({ type: ScheduleSessionDto })
  control(
    @CurrentUser() caller: Caller,
    @Param('id', ParseUUIDPipe) id: string,
    @Body() dto: SessionControlDto,
  ) {
    return this.schedule.control(caller, id, dto);
  }
}
