/** Metrics: the registry every module registers in, the admin endpoint, and the cluster primary's side. */
export { MetricsModule } from './metrics.module';
export { MetricsRegistry } from './metrics-registry';
export { MetricsServer, serveMetrics } from './metrics-server';
export { serveClusterMetrics } from './cluster-metrics';
export { httpMetrics } from './http-metrics';
