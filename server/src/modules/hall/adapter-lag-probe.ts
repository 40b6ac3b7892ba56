import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { Gauge } from 'prom-client';
import { MetricsRegistry } from '../metrics';
import { RedisClients } from '../redis/redis.clients';

/** How often a probe is sent. */
export const PROBE_INTERVAL_MS = 5000;
/** A probe not back by then is counted lost (its age is the lag) and a fresh one is sent. */
const PROBE_LOST_MS = 30_000;

/**
 * How long a message through the Socket.IO adapter's Redis takes to come back to this node: every
 * PROBE_INTERVAL_MS a probe is SPUBLISHed on the adapter's publisher and received on its subscriber (on a
 * channel of this node's own, which the adapter ignores), so it waits in the same Redis, the same
 * connections and this node's same event loop as a cross-node room emit. While a probe is outstanding the
 * gauge reads its age, so a Redis that stops answering shows as growing lag rather than the last good
 * figure. Only with REDIS_URL (one node has no adapter).
 */
@Injectable()
export class AdapterLagProbe implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly channel = `pameran:lag-probe:${randomUUID()}`;
  private timer?: NodeJS.Timeout;
  /** When the probe under way was sent (performance.now()), if one is. */
  private sentAt?: number;
  private lastLagSeconds = 0;

  constructor(
    private readonly redis: RedisClients,
    registry: MetricsRegistry,
  ) {
    if (!redis.enabled) return;
    const lag = () => this.lagSeconds();
    new Gauge({
      name: 'pameran_redis_adapter_lag_seconds',
      help: "Publish→receive time of a probe through the Socket.IO adapter's Redis (age of one not yet back)",
      registers: [registry],
      aggregator: 'max',
      collect() {
        this.set(lag());
      },
    });
  }

  lagSeconds(): number {
    const waiting = this.sentAt === undefined ? 0 : (performance.now() - this.sentAt) / 1000;
    return Math.max(this.lastLagSeconds, waiting);
  }

  async onApplicationBootstrap(): Promise<void> {
    const { pub, sub } = this.redis;
    if (!pub || !sub) return;
    sub.on('smessage', (channel: string) => {
      if (channel !== this.channel || this.sentAt === undefined) return;
      this.lastLagSeconds = (performance.now() - this.sentAt) / 1000;
      this.sentAt = undefined;
    });
    await sub.ssubscribe(this.channel);
    this.timer = setInterval(() => this.send(), PROBE_INTERVAL_MS);
    this.timer.unref();
    this.send();
  }

  onApplicationShutdown(): void {
    clearInterval(this.timer);
  }

  private send(): void {
    // One probe at a time: while one is out its growing age is the figure, until it is given up for lost
    // (Redis dropped it while reconnecting) and the next one tells whether Redis is back.
    const now = performance.now();
    if (this.sentAt !== undefined) {
      if (now - this.sentAt < PROBE_LOST_MS) return;
      this.lastLagSeconds = (now - this.sentAt) / 1000;
    }
    this.sentAt = now;
    this.redis.pub?.spublish(this.channel, '1').catch(() => undefined);
  }
}
