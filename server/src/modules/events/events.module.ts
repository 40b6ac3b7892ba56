import { Module } from '@nestjs/common';
import { EventsController } from './events.controller';
import { EventsService } from './events.service';
import { ScheduleClock } from './schedule-clock';

@Module({
  controllers: [EventsController],
  providers: [EventsService, ScheduleClock],
  exports: [EventsService, ScheduleClock],
})
export class EventsModule {}
