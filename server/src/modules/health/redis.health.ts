import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import Redis from 'ioredis';
import { AppConfig } from '../../config/app-config';

/** Redis is part of health only when configured (multi-node). */
@Injectable()
export class RedisHealthIndicator implements OnApplicationShutdown {
  private client?: Redis;

  constructor(
    private readonly indicator: HealthIndicatorService,
    config: AppConfig,
  ) {
    const url = config.get('REDIS_URL');
    if (url)
      this.client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 1, enableOfflineQueue: false });
  }

  get configured(): boolean {
    return Boolean(this.client);
  }

  async check(key = 'redis') {
    const up = this.indicator.check(key);
    try {
      if (this.client!.status === 'wait') await this.client!.connect();
      await this.client!.ping();
      return up.up();
    } catch (err) {
      return up.down({ message: (err as Error).message });
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.client?.disconnect();
  }
}
