import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { EventsModule } from '../events/events.module';
import { EffectRunner } from './effect-runner.service';
import { PlanClonedSessions } from './plan-cloned-sessions.listener';
import { ScheduleController } from './schedule.controller';
import { ScheduleService } from './schedule.service';
import { TimedEffectEntity } from './timed-effect.entity';

@Module({
  imports: [EventsModule, TypeOrmModule.forFeature([TimedEffectEntity])],
  controllers: [ScheduleController],
  providers: [ScheduleService, EffectRunner, PlanClonedSessions],
  exports: [ScheduleService, EffectRunner],
})
export class ScheduleModule {}
