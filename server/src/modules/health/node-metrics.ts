import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { HallQueries } from '../hall';
import { EffectRunner } from '../schedule/effect-runner.service';

/** This node's own vital signs, for operators and the load benchmark. */
@Injectable()
export class NodeMetrics implements OnModuleDestroy {
  private readonly loop = monitorEventLoopDelay({ resolution: 10 });

  constructor(
    private readonly hall: HallQueries,
    private readonly effects: EffectRunner,
  ) {
    this.loop.enable();
  }

  read() {
    // With --expose-gc (benchmarks only) collect first, so heap figures are what is actually retained.
    (globalThis as { gc?: () => void }).gc?.();
    const mem = process.memoryUsage();
    const snapshot = {
      connections: this.hall.connectionsOnThisNode(),
      /** This node runs the schedule's timed effects. */
      scheduleLeader: this.effects.isLeader,
      heapUsedBytes: mem.heapUsed,
      rssBytes: mem.rss,
      eventLoopDelayMs: {
        p50: this.loop.percentile(50) / 1e6,
        p99: this.loop.percentile(99) / 1e6,
        max: this.loop.max / 1e6,
      },
      uptimeSeconds: Math.round(process.uptime()),
    };
    this.loop.reset();
    return snapshot;
  }

  onModuleDestroy(): void {
    this.loop.disable();
  }
}
