import { Injectable, Logger } from '@nestjs/common';
import {
  RateLimiterMemory,
  RateLimiterRedis,
  RateLimiterRes,
  type RateLimiterAbstract,
} from 'rate-limiter-flexible';
import { RedisClients } from '../redis/redis.clients';

/** What a caller needs to answer a refused request (an HTTP caller sends `Retry-After`). */
export interface RateDecision {
  allowed: boolean;
  /** 0 when allowed; else how long until the key's window ends. */
  retryAfterMs: number;
}

/** While Redis is unreachable, the warning is repeated at most this often. */
const DEGRADED_WARNING_EVERY_MS = 30_000;

/**
 * Memory limiter that stands in for Redis while it is unreachable: the limit then holds per node (a user
 * spread over N nodes gets up to N times the limit) instead of not at all; `onUse` lets the owner warn.
 */
class InsuranceLimiter extends RateLimiterMemory {
  constructor(
    opts: { points: number; duration: number },
    private readonly onUse: () => void,
  ) {
    super(opts);
  }

  override consume(key: string | number, points?: number, options?: Record<string, unknown>) {
    this.onUse();
    return super.consume(key, points, options);
  }
}

/**
 * Per-key limits for any module (hall actions, later logins and uploads), built on rate-limiter-flexible.
 * A window starts at a key's first action and lasts `windowMs`, so a flood gets its limit once however the
 * clock stands (fixed windows on the clock let a flood straddling a boundary through twice); expired keys
 * are dropped one by one. With REDIS_URL the counts live in Redis, so a user's limit holds across all their
 * connections on every node; while Redis is down each node counts on its own and says so in the log.
 */
@Injectable()
export class RateLimiter {
  private readonly logger = new Logger(RateLimiter.name);
  /** One limiter per (limit, window) pair: the library fixes both per instance. */
  private readonly limiters = new Map<string, RateLimiterAbstract>();
  private warnedAt = Number.NEGATIVE_INFINITY;

  constructor(private readonly redis: RedisClients) {}

  /** Counts one action of `key`; true while the key has done at most `limit` in its current window. */
  async allow(key: string, limit: number, windowMs: number): Promise<boolean> {
    return (await this.consume(key, limit, windowMs)).allowed;
  }

  async consume(key: string, limit: number, windowMs: number): Promise<RateDecision> {
    try {
      await this.limiter(limit, windowMs).consume(key);
      return { allowed: true, retryAfterMs: 0 };
    } catch (res) {
      if (res instanceof RateLimiterRes) return { allowed: false, retryAfterMs: res.msBeforeNext };
      throw res;
    }
  }

  private limiter(points: number, windowMs: number): RateLimiterAbstract {
    // Redis keys expire in whole seconds (a window under one second would never expire there).
    if (!Number.isInteger(points) || points < 1 || !Number.isInteger(windowMs / 1000) || windowMs < 1000)
      throw new Error(`rate limit ${points} per ${windowMs} ms: need a whole limit and whole seconds`);
    const id = `${points}/${windowMs / 1000}s`;
    let limiter = this.limiters.get(id);
    if (!limiter) this.limiters.set(id, (limiter = this.create(points, windowMs / 1000, id)));
    return limiter;
  }

  private create(points: number, duration: number, id: string): RateLimiterAbstract {
    if (!this.redis.cmd) return new RateLimiterMemory({ points, duration });
    return new RateLimiterRedis({
      storeClient: this.redis.cmd,
      keyPrefix: `pameran:rl:${id}`,
      points,
      duration,
      // Straight to the insurance while the connection is down, rather than waiting for ioredis' retries.
      rejectIfRedisNotReady: true,
      insuranceLimiter: new InsuranceLimiter({ points, duration }, () => this.degraded()),
    });
  }

  private degraded(): void {
    const now = Date.now();
    if (now - this.warnedAt < DEGRADED_WARNING_EVERY_MS) return;
    this.warnedAt = now;
    this.logger.warn('Redis unreachable: rate limits are counted per node until it is back');
  }
}
