import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { AppConfig } from '../../config/app-config';

/**
 * The node's Redis connections when REDIS_URL is set (none on a single node): one for commands, and a
 * publisher/subscriber pair for the Socket.IO adapter. ioredis reconnects and resubscribes by itself;
 * every client has an error listener, because an unhandled `error` event would crash the process when
 * Redis goes away.
 */
@Injectable()
export class RedisClients implements OnApplicationShutdown {
  private readonly logger = new Logger('Redis');
  readonly cmd?: Redis;
  readonly pub?: Redis;
  readonly sub?: Redis;

  constructor(config: AppConfig) {
    const url = config.get('REDIS_URL');
    if (!url) return;
    const make = (name: string) => {
      const client = new Redis(url, {
        connectionName: `pameran-${name}`,
        maxRetriesPerRequest: 2,
        retryStrategy: (times) => Math.min(100 * times, 1000),
      });
      let down = false;
      client.on('error', (err) => {
        if (!down) this.logger.warn({ client: name, err: err.message }, 'Redis connection lost; retrying');
        down = true;
      });
      client.on('ready', () => {
        if (down) this.logger.log({ client: name }, 'Redis connection back');
        down = false;
      });
      return client;
    };
    this.cmd = make('cmd');
    this.pub = make('pub');
    this.sub = make('sub');
  }

  get enabled(): boolean {
    return Boolean(this.cmd);
  }

  async onApplicationShutdown(): Promise<void> {
    await Promise.all([this.cmd, this.pub, this.sub].map((c) => c?.quit().catch(() => c.disconnect())));
  }
}
