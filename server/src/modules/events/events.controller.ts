import { Controller, Get, Header, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiProduces, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, type Caller } from '../../common/auth.decorators';
import { InEvent } from '../memberships';
import { FairEventDto, FairListDto, FairRightsDto } from './dto/events.dto';
import { EventsService } from './events.service';
import { FairRightsService } from './fair-rights.service';
import { FairsService } from './fairs.service';

@ApiTags('fair')
@Controller('events')
export class EventsController {
  constructor(
    private readonly events: EventsService,
    private readonly fairs: FairsService,
    private readonly rights: FairRightsService,
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
  async agenda(@Param('slug') slug: string) {
    await this.rights.mustSee(slug, undefined);
    return this.events.agendaIcs(slug);
  }

  /** What the caller is in this fair (organiser, staff of which exhibitor and booth, or their account's role). */
  @ApiBearerAuth()
  @InEvent.slug('slug')
  @Get(':slug/me')
  @ApiOkResponse({ type: FairRightsDto })
  me(@CurrentUser() caller: Caller) {
    return this.rights.of(caller);
  }

  /**
   * The event with its days and sessions, each with its live state. A fair in draft answers only its
   * organisers and platform admins (404 for anyone else).
   */
  @Public()
  @Get(':slug')
  @ApiOkResponse({ type: FairEventDto })
  async get(@Param('slug') slug: string, @CurrentUser() caller: Caller | undefined) {
    await this.rights.mustSee(slug, caller);
    return this.events.get(slug);
  }
}
