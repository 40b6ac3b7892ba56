import { Global, Module } from '@nestjs/common';
import { MetricsRegistry } from './metrics-registry';
import { MetricsServer } from './metrics-server';

/**
 * Infrastructure, like logging: every module registers its figures in the one registry next to the code
 * that moves them. Served on the admin port only (docs/decisions/0016-metrics-endpoint.md).
 */
@Global()
@Module({
  providers: [MetricsRegistry, MetricsServer],
  exports: [MetricsRegistry],
})
export class MetricsModule {}
