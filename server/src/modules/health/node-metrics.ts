import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { collectDefaultMetrics, Counter, Gauge, Registry } from 'prom-client';
import { HallQueries } from '../hall';
import { MailWorker } from '../mail';
import { EffectRunner } from '../schedule/effect-runner.service';
import { EVENT_LOOP_WINDOW_SECONDS, EventLoopDelay } from './event-loop-delay';

/**
 * This node's own vital signs, for operators and the load benchmark: the JSON of `/api/health/node`, and a
 * Prometheus registry (what a metrics endpoint will expose). Reading either changes nothing another reader
 * sees.
 */
@Injectable()
export class NodeMetrics implements OnModuleDestroy {
  readonly registry = new Registry();
  private readonly loop: EventLoopDelay;

  constructor(
    private readonly hall: HallQueries,
    private readonly effects: EffectRunner,
    private readonly mail: MailWorker,
  ) {
    collectDefaultMetrics({ register: this.registry });
    for (const { name } of this.registry.getMetricsAsArray())
      // prom-client's event-loop gauges restart at every scrape (the histogram below does not), and the
      // exact Node version helps no operator as much as it helps an attacker.
      if (name.startsWith('nodejs_eventloop_lag') || name === 'nodejs_version_info')
        this.registry.removeSingleMetric(name);
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
