import { Injectable, OnModuleDestroy } from '@nestjs/common';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { HallBroadcaster } from '../hall/hall.broadcaster';

/** This node's own vital signs, for operators and the load benchmark. */
@Injectable()
export class NodeMetrics implements OnModuleDestroy {
  private readonly loop = monitorEventLoopDelay({ resolution: 10 });

  constructor(private readonly hall: HallBroadcaster) {
    this.loop.enable();
  }

  read() {
    // With --expose-gc (benchmarks only) collect first, so heap figures are what is actually retained.
    (globalThis as { gc?: () => void }).gc?.();
    const mem = process.memoryUsage();
    const snapshot = {
      connections: this.hall.namespace?.sockets.size ?? 0,
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
