import { EventsModule } from '../events/events.module';
import { Module } from '@nestjs/common';
import { EffectRunner } from './effect-runner.service';
import { ScheduleController } from './schedule.controller';
import { ScheduleService } from './schedule.service';

@Module({
  imports: [EventsModule],
  controllers: [ScheduleController],
  providers: [ScheduleService, EffectRunner],
  exports: [ScheduleService, EffectRunner],
})
export class ScheduleModule {}
