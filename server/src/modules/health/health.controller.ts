import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { Public } from '../../common/auth.decorators';
import { EVENT_LOOP_WINDOW_SECONDS } from './event-loop-delay';
import { NodeMetrics } from './node-metrics';
import { RedisHealthIndicator } from './redis.health';

class NodeHealthQuery extends createZodDto(
  z.strictObject({
    /** The event-loop figures cover this many last seconds (a benchmark asks for its own run's length). */
    seconds: z.coerce.number().int().min(1).max(EVENT_LOOP_WINDOW_SECONDS).optional(),
  }),
) {}

@ApiTags('health')
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly redis: RedisHealthIndicator,
    private readonly metrics: NodeMetrics,
  ) {}

  /**
   * This node only: live sockets, heap, RSS and event-loop delay over the last minute (or `seconds`);
   * reading resets nothing. Cheap; meant for operators' probes and the benchmarks.
   */
  @Public()
  @Get('node')
  node(@Query() q: NodeHealthQuery) {
    return this.metrics.read(q.seconds);
  }

  /** 200 when the database (and Redis, when configured) answer; 503 otherwise. */
  @Public()
  @Get()
  @HealthCheck()
  check() {
    return this.health.check([
      () => this.database.pingCheck('database', { timeout: 3000 }),
      ...(this.redis.configured ? [() => this.redis.check()] : []),
    ]);
  }
}
