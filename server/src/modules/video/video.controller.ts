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
  Req,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { StageCapacityInput, StageSpeakersInput } from '@pameran/contracts';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { Caller, CurrentUser, Public, Roles } from '../../common/auth.decorators';
import { AttendanceService } from './attendance.service';
import { LiveKit } from './livekit.service';
import { StageSeats } from './stage-seats.service';
import { StageSpeakers } from './stage-speakers.service';
import { VideoTokens } from './video-tokens.service';
import { InEvent } from '../memberships';

class StageSpeakersDto extends createZodDto(StageSpeakersInput) {}
class StageCapacityDto extends createZodDto(StageCapacityInput) {}

@ApiTags('video')
@Controller()
export class VideoController {
  constructor(
    private readonly livekit: LiveKit,
    private readonly tokens: VideoTokens,
    private readonly attendance: AttendanceService,
    private readonly speakersOf: StageSpeakers,
    private readonly seats: StageSeats,
  ) {}

  @Public()
  @Get('video/status')
  status() {
    return { enabled: this.livekit.enabled };
  }

  /** The caller joins as what they are in the meeting's fair (a party, or its organiser observing). */
  @Post('meetings/:id/join')
  @InEvent.of('meeting')
  @HttpCode(200)
  @ApiBearerAuth()
  joinMeeting(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    return this.tokens.meeting(caller, id);
  }

  /** Organisers of the session's fair are never turned away by its capacity; elsewhere they are viewers. */
  @Post('stage/:sessionId/join')
  @InEvent.of('session', 'sessionId')
  @HttpCode(200)
  @ApiBearerAuth()
  joinStage(@CurrentUser() caller: Caller, @Param('sessionId', ParseUUIDPipe) sessionId: string) {
    return this.tokens.stage(caller, sessionId);
  }

  /** LiveKit's signed webhooks (application/webhook+json), verified on the raw body. */
  @Public()
  @Post('livekit/webhook')
  @HttpCode(200)
  webhook(@Req() req: Request, @Headers('authorization') authorization: string | undefined) {
    const raw = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '';
    return this.attendance.receive(raw, authorization);
  }

  @InEvent.of('meeting')
  @Get('admin/meetings/:id/attendance')
  @Roles('organiser')
  @ApiBearerAuth()
  attendanceOf(@Param('id', ParseUUIDPipe) id: string) {
    return this.attendance.of(id);
  }

  @InEvent.of('session', 'sessionId')
  @Get('admin/stage/:sessionId/speakers')
  @Roles('organiser')
  @ApiBearerAuth()
  speakers(@Param('sessionId', ParseUUIDPipe) sessionId: string) {
    return this.speakersOf.list(sessionId);
  }

  @InEvent.of('session', 'sessionId')
  @Put('admin/stage/:sessionId/speakers')
  @Roles('organiser')
  @ApiBearerAuth()
  setSpeakers(
    @CurrentUser() caller: Caller,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Body() dto: StageSpeakersDto,
  ) {
    return this.speakersOf.set(caller, sessionId, dto);
  }

  /** A viewer leaving the stage gives their seat back at once (LiveKit's webhook would, a little later). */
  @Post('stage/:sessionId/leave')
  @HttpCode(204)
  @ApiBearerAuth()
  async leaveStage(@CurrentUser() caller: Caller, @Param('sessionId', ParseUUIDPipe) sessionId: string) {
    await this.seats.left(sessionId, caller.sub, new Date());
  }

  @InEvent.of('session', 'sessionId')
  @Get('admin/stage/:sessionId/capacity')
  @Roles('organiser')
  @ApiBearerAuth()
  capacity(@Param('sessionId', ParseUUIDPipe) sessionId: string) {
    return this.seats.capacity(sessionId);
  }

  @InEvent.of('session', 'sessionId')
  @Put('admin/stage/:sessionId/capacity')
  @Roles('organiser')
  @ApiBearerAuth()
  setCapacity(
    @CurrentUser() caller: Caller,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Body() dto: StageCapacityDto,
  ) {
    return this.seats.setCapacity(caller, sessionId, dto.capacity);
  }
}
