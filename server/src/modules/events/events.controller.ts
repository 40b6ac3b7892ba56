import { Controller, Get, Param } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth.decorators';
import { FairEventDto } from './dto/events.dto';
import { EventsService } from './events.service';

@ApiTags('fair')
@Controller('events')
export class EventsController {
  constructor(private readonly events: EventsService) {}

  /** The event with its days and sessions, each with its live state. */
  @Public()
  @Get(':slug')
  @ApiOkResponse({ type: FairEventDto })
  get(@Param('slug') slug: string) {
    return this.events.get(slug);
  }
}
