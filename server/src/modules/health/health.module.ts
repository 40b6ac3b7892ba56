import { ScheduleModule } from '../schedule/schedule.module';
import { HallModule } from '../hall';
import { MembershipsModule } from '../memberships';
import { MailModule } from '../mail';
import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { HealthController } from './health.controller';
import { NodeMetrics } from './node-metrics';
import { RedisHealthIndicator } from './redis.health';

@Module({
  imports: [
    ScheduleModule,
    HallModule,
    MailModule,
    MembershipsModule,
    TerminusModule.forRoot({ logger: false }),
  ],
  controllers: [HealthController],
  providers: [RedisHealthIndicator, NodeMetrics],
})
export class HealthModule {}
