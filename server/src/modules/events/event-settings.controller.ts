import { Body, Controller, HttpCode, Param, Patch } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { EventSettingsDto } from './dto/events.dto';
import { EventsService } from './events.service';

/** Organisers' live settings of an event's hall. */
@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/events/:slug')
@Roles('organiser')
export class EventSettingsController {
  constructor(private readonly events: EventsService) {}

  /** Live settings of the hall, e.g. limiting booth chat to registered users. */
  @Patch('settings')
  @HttpCode(200)
  settings(@CurrentUser() caller: Caller, @Param('slug') slug: string, @Body() dto: EventSettingsDto) {
    return this.events.updateSettings(caller, slug, dto);
  }
}
