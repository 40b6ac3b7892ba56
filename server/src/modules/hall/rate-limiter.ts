import { Injectable } from '@nestjs/common';
import { RedisClients } from '../redis/redis.clients';

/**
 * Fixed-window counters per key: in Redis when configured (so a user's limit holds across all their
 * connections on every node), else in memory. If Redis is unreachable the check fails open: the hall
 * keeps working and the other guards (validation, mute) still apply.
 */
@Injectable()
export class RateLimiter {
  private readonly local = new Map<string, { start: number; count: number }>();

  constructor(private readonly redis: RedisClients) {}

  async allow(key: string, limit: number, windowMs: number): Promise<boolean> {
    const window = Math.floor(Date.now() / windowMs);
    if (this.redis.cmd) {
      try {
        const k = `pameran:rl:${key}:${window}`;
        const [[, count]] = (await this.redis.cmd
          .multi()
          .incr(k)
          .pexpire(k, windowMs * 2)
          .exec()) as [[null, number], unknown];
        return count <= limit;
      } catch {
        return true;
      }
    }
    const entry = this.local.get(key);
    if (!entry || entry.start !== window) {
      if (this.local.size > 50_000) this.local.clear(); // bounded: a storm of keys cannot grow it forever
      this.local.set(key, { start: window, count: 1 });
      return true;
    }
    return ++entry.count <= limit;
  }
}
