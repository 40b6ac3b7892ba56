import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { MatchingModule } from '../matching/matching.module';
import { MembershipsModule } from '../memberships';
import { ScheduleModule } from '../schedule/schedule.module';
import { AttendanceService } from './attendance.service';
import { LiveKit } from './livekit.service';
import { MeetingRooms } from './meeting-rooms.service';
import { StageReadModel } from './read-models/stage.read-model';
import { StageRooms } from './stage-rooms.service';
import { StageSpeakers } from './stage-speakers.service';
import { VideoTokens } from './video-tokens.service';
import { VideoController } from './video.controller';
import { StageSeats } from './stage-seats.service';
import {
  MeetingAttendanceEntity,
  StageSeatEntity,
  StageSettingEntity,
  StageSpeakerEntity,
  WebhookEventEntity,
} from './video.entities';

/** Video on LiveKit: meeting and stage rooms that follow the schedule, tokens for the right people, attendance. */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      MeetingAttendanceEntity,
      WebhookEventEntity,
      StageSpeakerEntity,
      StageSettingEntity,
      StageSeatEntity,
    ]),
    ScheduleModule,
    MatchingModule,
    MembershipsModule,
  ],
  controllers: [VideoController],
  providers: [
    LiveKit,
    MeetingRooms,
    StageRooms,
    StageSpeakers,
    StageReadModel,
    VideoTokens,
    AttendanceService,
    StageSeats,
  ],
  exports: [LiveKit],
})
export class VideoModule implements OnApplicationBootstrap {
  constructor(private readonly rooms: MeetingRooms) {}
  onApplicationBootstrap(): Promise<void> {
    return this.rooms.planAll();
  }
}
