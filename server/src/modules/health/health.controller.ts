import { Controller, Get, Query, ServiceUnavailableException } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  HealthCheck,
  HealthCheckService,
  TypeOrmHealthIndicator,
  type HealthCheckResult,
  type HealthIndicatorResult,
} from '@nestjs/terminus';
import { createZodDto } from 'nestjs-zod';
import { z } from 'zod';
import { type Caller, CurrentUser, Public } from '../../common/auth.decorators';
import { HallDrain } from '../hall';
import { PlatformStaff } from '../memberships';
import { EVENT_LOOP_WINDOW_SECONDS } from './event-loop-delay';
import { NodeMetrics } from './node-metrics';
import { RedisHealthIndicator } from './redis.health';

/** Each check's up/down only: failure messages name hosts, ports and drivers (organisers see them). */
function statusesOnly(result: HealthCheckResult): HealthCheckResult {
  const strip = (part?: Partial<HealthIndicatorResult>): HealthIndicatorResult =>
    Object.fromEntries(Object.entries(part ?? {}).map(([key, v]) => [key, { status: v!.status }]));
  return {
    status: result.status,
    info: strip(result.info),
    error: strip(result.error),
    details: strip(result.details),
  };
}

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
    private readonly drain: HallDrain,
  ) {}

  /**
   * This node only: live sockets, heap, RSS and event-loop delay over the last minute (or `seconds`);
   * reading resets nothing. Cheap; meant for operators' probes and the benchmarks, so platform admins and organisers of a fair only:
   * to anyone else it is a live gauge of how close the node is to falling over.
   */
  @PlatformStaff()
  @Get('node')
  node(@Query() q: NodeHealthQuery) {
    return this.metrics.read(q.seconds);
  }

  /**
   * 200 when the database (and Redis, when configured) answer; 503 otherwise. Public, for load balancers:
   * each check's up or down; an organiser's token also gets the failure messages. A node that is draining
   * (SIGTERM, a deploy) answers 503 at once, so that the load balancer sends nobody new.
   */
  @Public()
  @Get()
  @HealthCheck()
  async check(@CurrentUser() caller?: Caller) {
    const full = caller?.role === 'organiser';
    if (this.drain.isDraining)
      throw new ServiceUnavailableException({
        status: 'error',
        info: {},
        error: { node: { status: 'draining' } },
      });
    try {
      const result = await this.health.check([
        () => this.database.pingCheck('database', { timeout: 3000 }),
        ...(this.redis.configured ? [() => this.redis.check()] : []),
      ]);
      return full ? result : statusesOnly(result);
    } catch (err) {
      if (full || !(err instanceof ServiceUnavailableException)) throw err;
      throw new ServiceUnavailableException(statusesOnly(err.getResponse() as HealthCheckResult));
    }
  }
}
