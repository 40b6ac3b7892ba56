import type { Server } from 'node:http';
import { AggregatorRegistry } from 'prom-client';
import { serveMetrics } from './metrics-server';

/**
 * For a cluster primary (WORKERS=auto): serves `/metrics` on `port`/`host` with every worker's figures
 * combined (counters and histograms summed; gauges by each metric's `aggregator`, e.g. `max` for figures
 * every worker reads from the same database). Workers answer through MetricsRegistry, which registers
 * itself with prom-client's cluster listener; they do not open the port themselves (MetricsServer).
 */
export function serveClusterMetrics(port: number, host: string): Promise<Server> {
  const aggregator = new AggregatorRegistry();
  return serveMetrics(
    { contentType: aggregator.contentType, metrics: () => aggregator.clusterMetrics() },
    port,
    host,
  );
}
