import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { typeormOptions } from '../../src/database/typeorm-options';
import { NodeProcess } from './node-process';
import { freePort, RedisProcess } from './redis-process';
import { createDatabase } from './services';

export interface ClusterOptions {
  /** Names the nodes' data folders (a leftover folder says which spec left it). */
  name: string;
  /** The JWT secret every node shares (the spec signs its tokens with it). */
  secret: string;
  nodes?: number;
  /** Fixed ports, so a node restarts where a balancer expects it (otherwise each picks a free one). */
  fixedPorts?: boolean;
  /** More environment for every node. */
  env?: Record<string, string>;
}

/**
 * Real server processes (the built `dist/main.js`) sharing a fresh PostgreSQL database and a private Redis,
 * as several nodes of one installation run; with a DataSource on the same database for the spec's checks.
 */
export class NodeCluster {
  readonly nodes: NodeProcess[] = [];
  readonly urls: string[] = [];
  readonly ports: number[] = [];
  readonly dirs: string[] = [];
  redis!: RedisProcess;
  db!: DataSource;
  private database?: { url: string; drop: () => Promise<void> };

  constructor(private readonly options: ClusterOptions) {}

  /** The database and Redis, then every node (in parallel), then the spec's DataSource. */
  async start(): Promise<this> {
    this.database = await createDatabase();
    this.redis = await new RedisProcess(await freePort()).start();
    for (let i = 0; i < (this.options.nodes ?? 2); i++) {
      this.dirs.push(mkdtempSync(join(tmpdir(), `pameran-${this.options.name}${i}-`)));
      if (this.options.fixedPorts) this.ports.push(await freePort());
    }
    await Promise.all(this.dirs.map((_, i) => this.startNode(i)));
    this.db = await new DataSource(
      typeormOptions(this.database.url, { embedded: false, poolSize: 4 }),
    ).initialize();
    return this;
  }

  /** Start (or start again) node `i`; resolves with its URL once it listens. */
  async startNode(i: number): Promise<string> {
    this.nodes[i] = new NodeProcess({
      DATABASE_URL: this.database!.url,
      REDIS_URL: this.redis.url,
      // Specs upload no pictures; several nodes must still say where pictures would go.
      UPLOAD_DIR_SHARED: '1',
      JWT_SECRET: this.options.secret,
      DATA_DIR: this.dirs[i],
      SEED: 'none',
      LOG_LEVEL: 'warn',
      ...(this.options.fixedPorts ? { PORT: String(this.ports[i]) } : {}),
      ...this.options.env,
    }).start();
    return (this.urls[i] = await this.nodes[i].ready());
  }

  async stop(): Promise<void> {
    await Promise.all(this.nodes.map((n) => n?.stop()));
    await this.redis?.stop();
    await this.db?.destroy();
    await this.database?.drop();
    this.dirs.forEach((d) => rmSync(d, { recursive: true, force: true }));
  }
}
