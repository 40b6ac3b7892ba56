import { Global, Module } from '@nestjs/common';
import { EffectRunner } from './effect-runner.service';
import { ScheduleController } from './schedule.controller';
import { ScheduleService } from './schedule.service';

@Global()
@Module({
  controllers: [ScheduleController],
  providers: [ScheduleService, EffectRunner],
  exports: [ScheduleService, EffectRunner],
})
export class ScheduleModule {}
