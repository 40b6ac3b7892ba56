import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { RedisClients } from '../redis/redis.clients';

/** Redis is part of health only when configured (several nodes). */
@Injectable()
export class RedisHealthIndicator {
  constructor(
    private readonly indicator: HealthIndicatorService,
    private readonly redis: RedisClients,
  ) {}

  get configured(): boolean {
    return this.redis.enabled;
  }

  async check(key = 'redis') {
    const up = this.indicator.check(key);
    try {
      await this.redis.cmd!.ping();
      return up.up();
    } catch (err) {
      return up.down({ message: (err as Error).message });
    }
  }
}
