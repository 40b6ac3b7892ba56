import {
  Body,
  Controller,
  Get,
  Headers,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Res,
} from '@nestjs/common';
import { ApiBearerAuth, ApiHeader, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { Caller, CurrentUser, Public } from '../../common/auth.decorators';
import { UsersService } from '../users/users.service';
import { CalendarFeedService } from './calendar-feed.service';
import {
  AcceptRequestDto,
  AvailabilityDto,
  CalendarFeedLinkDto,
  CounterRequestDto,
  CreateMeetingRequestDto,
  DeclineRequestDto,
  FeedQuery,
  InvitationAnswerDto,
  MeetingActionDto,
  RequestListQuery,
  SlotQuery,
  WorkingHoursDto,
} from './dto/matching.dto';
import { IdempotencyService } from './idempotency.service';
import { MeetingRequestsService } from './meeting-requests.service';
import { MeetingsService } from './meetings.service';
import { callerExhibitor } from './parties';
import { InEvent } from '../memberships';

const Id = new ParseUUIDPipe({ version: '4' });

@ApiTags('matching')
@ApiBearerAuth()
@Controller('meetings')
export class MeetingsController {
  constructor(
    private readonly requests: MeetingRequestsService,
    private readonly meetings: MeetingsService,
    private readonly idempotency: IdempotencyService,
  ) {}

  @Post('requests')
  @ApiHeader({
    name: 'Idempotency-Key',
    required: true,
    description: 'Same key + same body → the same answer',
  })
  create(
    @CurrentUser() caller: Caller,
    @Headers('idempotency-key') key: string | undefined,
    @Body() dto: CreateMeetingRequestDto,
  ) {
    return this.idempotency.run(caller.sub, key, dto, () =>
      this.requests.create(caller, dto as Required<CreateMeetingRequestDto>),
    );
  }

  /** The caller's requests in every fair, or in the one `?event=` names. */
  @Get('requests')
  @InEvent.query('event', { optional: true })
  list(@CurrentUser() caller: Caller, @Query() q: RequestListQuery) {
    return this.requests.list(caller, q);
  }

  @Get('requests/:id')
  @InEvent.of('meeting_request')
  getRequest(@CurrentUser() caller: Caller, @Param('id', Id) id: string) {
    return this.requests.get(caller, id);
  }

  @Post('requests/:id/accept')
  @InEvent.of('meeting_request')
  @HttpCode(200)
  accept(@CurrentUser() caller: Caller, @Param('id', Id) id: string, @Body() dto: AcceptRequestDto) {
    return this.requests.accept(caller, id, dto.slotStart);
  }

  @Post('requests/:id/decline')
  @InEvent.of('meeting_request')
  @HttpCode(200)
  decline(@CurrentUser() caller: Caller, @Param('id', Id) id: string, @Body() dto: DeclineRequestDto) {
    return this.requests.decline(caller, id, dto.reason);
  }

  /** A colleague invited to the buyer's side accepts or declines. */
  @Post('requests/:id/invitation')
  @InEvent.of('meeting_request')
  @HttpCode(200)
  answerInvitation(
    @CurrentUser() caller: Caller,
    @Param('id', Id) id: string,
    @Body() dto: InvitationAnswerDto,
  ) {
    return this.requests.answerInvitation(caller, id, dto.accept);
  }

  @Post('requests/:id/counter')
  @InEvent.of('meeting_request')
  @HttpCode(200)
  counter(@CurrentUser() caller: Caller, @Param('id', Id) id: string, @Body() dto: CounterRequestDto) {
    return this.requests.counter(caller, id, dto.slotStart);
  }

  @Post('requests/:id/cancel')
  @InEvent.of('meeting_request')
  @HttpCode(200)
  cancel(@CurrentUser() caller: Caller, @Param('id', Id) id: string) {
    return this.requests.cancel(caller, id);
  }

  /** Future slots with an exhibitor, and whether the exhibitor and the caller are both free. */
  @Get('slots')
  slots(@CurrentUser() caller: Caller, @Query() q: SlotQuery) {
    return this.meetings.slotOptions(q.exhibitorId, [caller.sub]);
  }

  /** Slots for answering a request: the exhibitor and every buyer-side person free. */
  @Get('requests/:id/slots')
  @InEvent.of('meeting_request')
  requestSlots(@CurrentUser() caller: Caller, @Param('id', Id) id: string) {
    return this.requests.slots(caller, id);
  }

  /** The availability of the caller's exhibitor in the fair `?event=` names. */
  @Get('availability')
  @InEvent.query()
  availability(@CurrentUser() caller: Caller) {
    return this.meetings.availability(callerExhibitor(caller));
  }

  @Put('availability')
  @InEvent.query()
  setAvailability(@CurrentUser() caller: Caller, @Body() dto: AvailabilityDto) {
    return this.meetings.setAvailability(callerExhibitor(caller), dto.windows);
  }

  /** The caller's meetings in every fair, or in the one `?event=` names. */
  @Get()
  @InEvent.query('event', { optional: true })
  mine(@CurrentUser() caller: Caller) {
    return this.meetings.list(caller);
  }

  @Get(':id')
  @InEvent.of('meeting')
  get(@CurrentUser() caller: Caller, @Param('id', Id) id: string) {
    return this.meetings.get(caller, id);
  }

  @Post(':id/status')
  @InEvent.of('meeting')
  @HttpCode(200)
  setStatus(@CurrentUser() caller: Caller, @Param('id', Id) id: string, @Body() dto: MeetingActionDto) {
    return this.meetings.setStatus(caller, id, dto.status);
  }
}

/** The caller's calendar feed and working hours. */
@ApiTags('matching')
@Controller('me')
export class MyMatchingController {
  constructor(
    private readonly feed: CalendarFeedService,
    private readonly users: UsersService,
  ) {}

  @Get('calendar-feed')
  @ApiBearerAuth()
  @ApiOkResponse({ type: CalendarFeedLinkDto })
  calendarFeed(@CurrentUser() caller: Caller) {
    return this.feed.link(caller.sub);
  }

  /** A new feed address; the old one stops working at once (a link that leaked). */
  @Post('calendar-feed/rotate')
  @HttpCode(200)
  @ApiBearerAuth()
  @ApiOkResponse({ type: CalendarFeedLinkDto })
  rotateCalendarFeed(@CurrentUser() caller: Caller) {
    return this.feed.rotate(caller.sub);
  }

  /** Calendar apps send no bearer token: the signed `feed` token is the credential. */
  @Public()
  @Get('meetings.ics')
  async ics(@Query() q: FeedQuery, @Res() res: Response) {
    const body = await this.feed.ics(q.feed);
    res.type('text/calendar; charset=utf-8').setHeader('Cache-Control', 'private, max-age=300').send(body);
  }

  @Put('working-hours')
  @ApiBearerAuth()
  workingHours(@CurrentUser() caller: Caller, @Body() dto: WorkingHoursDto) {
    return this.users.setWorkingHours(caller.sub, dto.workingHours);
  }
}
