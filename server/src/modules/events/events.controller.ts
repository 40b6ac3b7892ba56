import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { Public } from '../../common/auth.decorators';
import { FairEventDto, FairListDto } from './dto/events.dto';
import { EventsService } from './events.service';
import { FairsService } from './fairs.service';

@ApiTags('fair')
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly fairs: FairsService,
  ) {}

  /** Current and past fairs (published, live, closed, archived), newest first, for the front page. */
  @Public()
  @Get()
  @ApiOkResponse({ type: FairListDto })
  list() {
    return this.fairs.publicList();
  }

  /** The public programme as an iCalendar feed (times in UTC; calendar apps show them in the viewer's zone). */
  @Public()
  @Get(':slug/agenda.ics')
  @ApiProduces('text/calendar')
  @Header('Content-Type', 'text/calendar; charset=utf-8')
  @Header('Cache-Control', 'public, max-age=300')
  agenda(@Param('slug') slug: string) {
    return this.events.agendaIcs(slug);
  }

  /** The event with its days and sessions, each with its live state. */
  @Public()
  @Get(':slug')
  @ApiOkResponse({ type: FairEventDto })
  get(@Param('slug') slug: string) {
    return this.events.get(slug);
  }
}
