import { Injectable } from '@nestjs/common';
import cluster from 'node:cluster';
import { AggregatorRegistry, collectDefaultMetrics, Registry } from 'prom-client';

/**
 * This process's Prometheus registry. Every module registers its own figures here (`registers:
 * [registry]`), next to the code that moves them; the admin endpoint (MetricsServer) or, with several
 * workers, the cluster primary (cluster-metrics.ts) serves it. Labels stay few and bounded: codes, route
 * templates, outcomes — never ids, slugs or raw URLs.
 */
@Injectable()
export class MetricsRegistry extends Registry {
  constructor() {
    super();
    collectDefaultMetrics({ register: this });
    for (const { name } of this.getMetricsAsArray())
      // prom-client's event-loop gauges restart at every scrape (pameran_event_loop_delay_seconds does
      // not), and the exact Node version helps no operator as much as it helps an attacker.
      if (name.startsWith('nodejs_eventloop_lag') || name === 'nodejs_version_info')
        this.removeSingleMetric(name);
    // In a cluster worker, this is what the primary's AggregatorRegistry collects (cluster-metrics.ts).
    // prom-client installs the worker's answering listener only when an AggregatorRegistry is made.
    if (cluster.isWorker) {
      new AggregatorRegistry();
      AggregatorRegistry.setRegistries([this]);
    }
  }
}
