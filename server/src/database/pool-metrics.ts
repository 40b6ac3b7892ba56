import { Injectable, OnModuleInit, Optional } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Pool, PoolClient } from 'pg';
import { Gauge, Histogram } from 'prom-client';
import { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { MetricsRegistry } from '../modules/metrics/metrics-registry';

type Done = (release?: unknown) => void;
type ConnectCallback = (err: Error | undefined, client: PoolClient | undefined, done: Done) => void;
type Connect = (cb?: ConnectCallback) => Promise<PoolClient> | undefined;

/**
 * The database pool as Prometheus sees it: queries waiting for a connection now, connections busy and
 * idle, and how long getting a connection took (the wait when all `poolSize` are busy, plus opening one).
 * A growing acquire time is the first sign that the pool, or the database behind it, is the bottleneck.
 * Inert in the admin CLI, which has no metrics registry.
 */
@Injectable()
export class DatabasePoolMetrics implements OnModuleInit {
  private readonly acquire?: Histogram;

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Optional() registry?: MetricsRegistry,
  ) {
    if (!registry) return;
    const pool = () => (db.driver as PostgresDriver).master as Pool | undefined;
    new Gauge({
      name: 'pameran_db_pool_waiting',
      help: 'Queries waiting for a free database connection',
      registers: [registry],
      collect() {
        this.set(pool()?.waitingCount ?? 0);
      },
    });
    new Gauge({
      name: 'pameran_db_pool_connections',
      help: 'Database connections of this process, busy or idle',
      labelNames: ['state'],
      registers: [registry],
      collect() {
        const p = pool();
        this.set({ state: 'idle' }, p?.idleCount ?? 0);
        this.set({ state: 'busy' }, p ? p.totalCount - p.idleCount : 0);
      },
    });
    this.acquire = new Histogram({
      name: 'pameran_db_pool_acquire_seconds',
      help: 'Time to get a database connection from the pool (waiting for one, or opening one)',
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [registry],
    });
  }

  /** Times every checkout: TypeORM's (callback form) and pg's own `pool.query` both go through `connect`. */
  onModuleInit(): void {
    const pool = (this.db.driver as PostgresDriver).master as { connect: Connect } | undefined;
    if (!pool || !this.acquire) return;
    const connect = pool.connect.bind(pool) as Connect;
    const acquire = this.acquire;
    pool.connect = (cb?: ConnectCallback) => {
      const end = acquire.startTimer();
      if (typeof cb === 'function')
        return connect((err, client, done) => {
          end();
          cb(err, client, done);
        });
      return connect()!.finally(() => end());
    };
  }
}
