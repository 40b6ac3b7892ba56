import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { Counter, Gauge } from 'prom-client';
import { HallQueries } from '../hall';
import { MailWorker } from '../mail';
import { MetricsRegistry } from '../metrics';
import { EffectRunner } from '../schedule/effect-runner.service';
import { EVENT_LOOP_WINDOW_SECONDS, EventLoopDelay } from './event-loop-delay';

/**
 * This node's own vital signs, for operators and the load benchmark: the JSON of `/api/health/node`, and
 * the same figures in the Prometheus registry (served on the metrics port). Reading either changes nothing
 * another reader sees.
 */
@Injectable()
export class NodeMetrics implements OnModuleDestroy {
  private readonly loop: EventLoopDelay;

  constructor(
    private readonly hall: HallQueries,
    private readonly effects: EffectRunner,
    private readonly mail: MailWorker,
    readonly registry: MetricsRegistry,
  ) {
    this.loop = new EventLoopDelay(this.registry);
    new Gauge({
      name: 'pameran_hall_connections',
      help: 'Open hall sockets on this node',
      registers: [this.registry],
      collect() {
        this.set(hall.connectionsOnThisNode());
      },
    });
    new Gauge({
      name: 'pameran_schedule_leader',
      help: '1 when this node runs the schedule’s timed effects',
      registers: [this.registry],
      collect() {
        this.set(effects.isLeader ? 1 : 0);
      },
    });
    new Counter({
      name: 'pameran_mail_total',
      help: 'Mail attempts by this node’s outbox worker: sent, failed (to be retried), dead (given up)',
      labelNames: ['outcome'],
      registers: [this.registry],
      collect() {
        this.reset();
        for (const [outcome, n] of Object.entries(mail.counts)) this.inc({ outcome }, n);
      },
    });
  }

  /** The event-loop figures cover the last `seconds` (at most a minute). */
  read(seconds = EVENT_LOOP_WINDOW_SECONDS) {
    // With --expose-gc (benchmarks only) collect first, so heap figures are what is actually retained.
    (globalThis as { gc?: () => void }).gc?.();
    const mem = process.memoryUsage();
    return {
      connections: this.hall.connectionsOnThisNode(),
      /** This node runs the schedule's timed effects. */
      scheduleLeader: this.effects.isLeader,
      /** Mail this node's outbox worker sent, failed to send (will retry) and gave up, since it started. */
      mail: { ...this.mail.counts },
      heapUsedBytes: mem.heapUsed,
      rssBytes: mem.rss,
      eventLoopDelayMs: this.loop.summary(seconds),
      uptimeSeconds: Math.round(process.uptime()),
    };
  }

  onModuleDestroy(): void {
    this.loop.stop();
  }
}
