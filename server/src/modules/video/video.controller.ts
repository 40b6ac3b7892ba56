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
import { InjectDataSource } from '@nestjs/typeorm';
import { StageSpeakersInput } from '@pameran/contracts';
import type { Request } from 'express';
import { createZodDto } from 'nestjs-zod';
import { DataSource, In } from 'typeorm';
import { Caller, CurrentUser, Public, Roles } from '../../common/auth.decorators';
import { AuditService } from '../audit/audit.service';
import { ScheduleSessionEntity } from '../events/event.entity';
import { UserEntity } from '../users/user.entity';
import { AttendanceService } from './attendance.service';
import { LiveKit } from './livekit.service';
import { VideoTokens } from './video-tokens.service';
import { StageSpeakerEntity } from './video.entities';
import { invalid, notFound } from '../../common/common.exception';

class StageSpeakersDto extends createZodDto(StageSpeakersInput) {}

@ApiTags('video')
@Controller()
export class VideoController {
  constructor(
    private readonly livekit: LiveKit,
    private readonly tokens: VideoTokens,
    private readonly attendance: AttendanceService,
    private readonly audit: AuditService,
    @InjectDataSource() private readonly db: DataSource,
  ) {}

  @Public()
  @Get('video/status')
  status() {
    return { enabled: this.livekit.enabled };
  }

  @Post('meetings/:id/join')
  @HttpCode(200)
  @ApiBearerAuth()
  joinMeeting(@CurrentUser() caller: Caller, @Param('id', ParseUUIDPipe) id: string) {
    return this.tokens.meeting(caller, id);
  }

  @Post('stage/:sessionId/join')
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

  @Get('admin/meetings/:id/attendance')
  @Roles('organiser')
  @ApiBearerAuth()
  attendanceOf(@Param('id', ParseUUIDPipe) id: string) {
    return this.attendance.of(id);
  }

  @Get('admin/stage/:sessionId/speakers')
  @Roles('organiser')
  @ApiBearerAuth()
  async speakers(@Param('sessionId', ParseUUIDPipe) sessionId: string) {
    const rows = await this.db
      .getRepository(StageSpeakerEntity)
      .find({ where: { sessionId }, relations: { user: true } });
    return rows.map(({ user }) => ({ id: user.id, name: user.displayName, email: user.email }));
  }

  @Put('admin/stage/:sessionId/speakers')
  @Roles('organiser')
  @ApiBearerAuth()
  async setSpeakers(
    @CurrentUser() caller: Caller,
    @Param('sessionId', ParseUUIDPipe) sessionId: string,
    @Body() dto: StageSpeakersDto,
  ) {
    if (!(await this.db.getRepository(ScheduleSessionEntity).existsBy({ id: sessionId, kind: 'stage' })))
      throw notFound('Stage session');
    const userIds = dto.userIds ?? (await this.idsByEmail(dto.emails ?? []));
    await this.db.transaction(async (m) => {
      await m.delete(StageSpeakerEntity, { sessionId });
      if (userIds.length)
        await m.insert(
          StageSpeakerEntity,
          userIds.map((userId) => ({ sessionId, userId })),
        );
      await this.audit.record(
        caller,
        { action: 'stage.speakers', entityType: 'schedule_session', entityId: sessionId, after: { userIds } },
        m,
      );
    });
    return this.speakers(sessionId);
  }

  /** Accounts by email, or 422 naming the first unknown one. */
  private async idsByEmail(emails: string[]): Promise<string[]> {
    const wanted = [...new Set(emails.map((e) => e.toLowerCase()))];
    const users = wanted.length ? await this.db.getRepository(UserEntity).findBy({ email: In(wanted) }) : [];
    const missing = wanted.findIndex((e) => !users.some((u) => u.email === e));
    if (missing >= 0) {
      const path = `emails.${missing}`;
      throw invalid(path, 'no account with this email');
    }
    return users.map((u) => u.id);
  }
}
