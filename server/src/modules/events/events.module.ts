import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventDayEntity, EventEntity, ScheduleSessionEntity } from './event.entity';
import { EventSettingsController } from './event-settings.controller';
import { EventsController } from './events.controller';
import { EventsService } from './events.service';
import { ScheduleClock } from './schedule-clock';
import { ScheduleSessionsService } from './schedule-sessions.service';
import { MembershipsModule } from '../memberships';
import { UsersModule } from '../users/users.module';
import { FairCloneService } from './fair-clone.service';
import { FairOrganisersService } from './fair-organisers.service';
import { FairsService } from './fairs.service';
import { FairRightsReadModel } from './fair-rights.read-model';
import { FairRightsService } from './fair-rights.service';
import { PlatformEventsController } from './platform-events.controller';

@Module({
  imports: [
    TypeOrmModule.forFeature([EventEntity, EventDayEntity, ScheduleSessionEntity]),
    MembershipsModule,
    UsersModule,
  ],
  controllers: [EventsController, EventSettingsController, PlatformEventsController],
  providers: [
    EventsService,
    ScheduleClock,
    ScheduleSessionsService,
    FairsService,
    FairOrganisersService,
    FairCloneService,
    FairRightsService,
    FairRightsReadModel,
  ],
  exports: [EventsService, ScheduleClock, ScheduleSessionsService, FairsService],
})
export class EventsModule {}
