import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import cluster from 'node:cluster';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { AppConfig } from '../../config/app-config';
import { MetricsRegistry } from './metrics-registry';

/** What an admin endpoint serves: the exposition text and its content type. */
export interface MetricsSource {
  contentType: string;
  metrics(): Promise<string>;
}

/**
 * A plain HTTP server that answers `GET /metrics` and nothing else (404), on its own port. It is not the
 * app's port, so nothing the load balancer publishes reaches it (docs/decisions/0016-metrics-endpoint.md).
 */
export async function serveMetrics(source: MetricsSource, port: number, host: string): Promise<Server> {
  const server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '').split('?')[0] !== '/metrics') {
      res.writeHead(404).end();
      return;
    }
    source.metrics().then(
      (text) => res.writeHead(200, { 'Content-Type': source.contentType }).end(text),
      () => res.writeHead(500).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  return server;
}

/**
 * This process's `/metrics` on METRICS_PORT (bound to METRICS_HOST, loopback unless told otherwise). Not
 * started when METRICS_PORT is unset, nor in a cluster worker: there the primary serves every worker's
 * figures summed (cluster-metrics.ts).
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(MetricsServer.name);
  private server?: Server;

  constructor(
    private readonly registry: MetricsRegistry,
    private readonly config: AppConfig,
  ) {}

  /** `http://host:port` of the endpoint, when it runs. */
  get url(): string | undefined {
    const address = this.server?.address() as AddressInfo | null | undefined;
    return address ? `http://${address.address}:${address.port}` : undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    const port = this.config.get('METRICS_PORT');
    if (port === undefined || cluster.isWorker) return;
    this.server = await serveMetrics(this.registry, port, this.config.get('METRICS_HOST'));
    this.logger.log({ url: `${this.url}/metrics` }, 'metrics endpoint listening');
  }

  async onApplicationShutdown(): Promise<void> {
    const server = this.server;
    if (!server) return;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
}
