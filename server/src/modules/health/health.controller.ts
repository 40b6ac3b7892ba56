import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { Public } from '../../common/auth.decorators';
import { NodeMetrics } from './node-metrics';
import { RedisHealthIndicator } from './redis.health';

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
   * This node only: live sockets, heap, RSS and event-loop delay since the previous call (which resets it).
   * Cheap; meant for operators' probes and the load benchmark.
   */
  @Public()
  @Get('node')
  node() {
    return this.metrics.read();
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
