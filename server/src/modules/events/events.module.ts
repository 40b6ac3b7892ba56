import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventDayEntity, EventEntity, ScheduleSessionEntity } from './event.entity';
import { EventSettingsController } from './event-settings.controller';
import { EventsController } from './events.controller';
import { EventsService } from './events.service';
import { ScheduleClock } from './schedule-clock';
import { ScheduleSessionsService } from './schedule-sessions.service';

@Module({
  imports: [TypeOrmModule.forFeature([EventEntity, EventDayEntity, ScheduleSessionEntity])],
  controllers: [EventsController, EventSettingsController],
  providers: [EventsService, ScheduleClock, ScheduleSessionsService],
  exports: [EventsService, ScheduleClock, ScheduleSessionsService],
})
export class EventsModule {}
