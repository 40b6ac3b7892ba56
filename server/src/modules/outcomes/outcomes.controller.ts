import { Body, Controller, Get, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import {
  MeetingFunnel,
  MeetingOutcome,
  MeetingOutcomeInput,
  MeetingOutcomes,
  OutcomeToRecord,
} from '@pameran/contracts';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Caller, CurrentUser, Roles } from '../../common/auth.decorators';
import { InEvent } from '../memberships';
import { FunnelService } from './funnel.service';
import { OutcomesService } from './outcomes.service';

class MeetingOutcomeInputDto extends createZodDto(MeetingOutcomeInput) {}
class MeetingOutcomeDto extends createZodDto(MeetingOutcome) {}
class MeetingOutcomesDto extends createZodDto(MeetingOutcomes) {}
class OutcomesToRecordDto extends createZodDto(z.object({ items: z.array(OutcomeToRecord) })) {}
class MeetingFunnelDto extends createZodDto(MeetingFunnel) {}

const Id = new ParseUUIDPipe({ version: '4' });

/** Each side's outcome of a meeting that is over (the parties write, the organiser reads). */
@ApiTags('outcomes')
@ApiBearerAuth()
@Controller('meeting-outcomes')
export class OutcomesController {
  constructor(private readonly outcomes: OutcomesService) {}

  /** The caller's meetings that are over, with their side's record so far. */
  @Get()
  @ApiOkResponse({ type: OutcomesToRecordDto })
  toRecord(@CurrentUser() caller: Caller) {
    return this.outcomes.toRecord(caller);
  }

  @Get(':meetingId')
  @InEvent.of('meeting', 'meetingId')
  @ApiOkResponse({ type: MeetingOutcomesDto })
  get(@CurrentUser() caller: Caller, @Param('meetingId', Id) meetingId: string) {
    return this.outcomes.get(caller, meetingId);
  }

  /** Record or change the caller's side's outcome. */
  @Put(':meetingId')
  @InEvent.of('meeting', 'meetingId')
  @ApiOkResponse({ type: MeetingOutcomeDto })
  record(
    @CurrentUser() caller: Caller,
    @Param('meetingId', Id) meetingId: string,
    @Body() dto: MeetingOutcomeInputDto,
  ) {
    return this.outcomes.record(caller, meetingId, dto as Required<MeetingOutcomeInput>);
  }
}

/** The funnel from request to deal: the organiser's for the event, an exhibitor's for itself. */
@ApiTags('outcomes')
@ApiBearerAuth()
@Controller()
export class FunnelController {
  constructor(private readonly funnel: FunnelService) {}

  @InEvent.slug()
  @Get('admin/console/:slug/funnel')
  @Roles('organiser')
  @ApiOkResponse({ type: MeetingFunnelDto })
  ofEvent(@Param('slug') slug: string) {
    return this.funnel.ofEvent(slug);
  }

  /** The exhibitor whose staff the caller is in the fair `?event=` names. */
  @Get('backoffice/funnel')
  @Roles('exhibitor')
  @InEvent.query()
  @ApiOkResponse({ type: MeetingFunnelDto })
  mine(@CurrentUser() caller: Caller) {
    return this.funnel.ofExhibitor(caller);
  }
}
