import { ScheduleModule } from '../schedule/schedule.module';
import { EventsModule } from '../events/events.module';
import { Module, OnApplicationBootstrap } from '@nestjs/common';
import { MatchingModule } from '../matching/matching.module';
import { AttendanceService } from './attendance.service';
import { LiveKit } from './livekit.service';
import { MeetingRooms } from './meeting-rooms.service';
import { StageRooms } from './stage-rooms.service';
import { VideoTokens } from './video-tokens.service';
import { VideoController } from './video.controller';

/** Video on LiveKit: meeting and stage rooms that follow the schedule, tokens for the right people, attendance. */
@Module({
  imports: [ScheduleModule, EventsModule, MatchingModule],
  controllers: [VideoController],
  providers: [LiveKit, MeetingRooms, StageRooms, VideoTokens, AttendanceService],
  exports: [LiveKit],
})
export class VideoModule implements OnApplicationBootstrap {
  constructor(private readonly rooms: MeetingRooms) {}

  onApplicationBootstrap(): Promise<void> {
    return this.rooms.planAll();
  }
}
