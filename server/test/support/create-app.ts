import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { AppConfig } from '../../src/config/app-config';
import { parseEnv } from '../../src/config/env.schema';
import { setupApp } from '../../src/setup-app';
import { createDatabase } from './services';
import { HttpClient } from './http';

export type Engine = 'postgres' | 'pglite';

export interface TestApp {
  app: NestExpressApplication;
  url: string;
  db: DataSource;
  http: HttpClient;
  config: AppConfig;
  close(): Promise<void>;
}

/**
 * The real AppModule on port 0 against a real database: a fresh PostgreSQL database from the test
 * services, or embedded PGlite in a temporary DATA_DIR. Only configuration is overridden. A given
 * `databaseUrl` or `dataDir` (a restored backup) is used as it is and left in place on close.
 */
export async function createApp(
  opts: {
    engine?: Engine;
    seed?: boolean;
    env?: Record<string, string>;
    port?: number;
    databaseUrl?: string;
    dataDir?: string;
    /** Providers replaced by test doubles: only ports whose real side is not in this build. */
    overrides?: { provide: unknown; useValue: unknown }[];
  } = {},
): Promise<TestApp> {
  const engine = opts.databaseUrl ? 'postgres' : (opts.engine ?? 'postgres');
  const dataDir = opts.dataDir ?? mkdtempSync(join(tmpdir(), 'pameran-test-'));
  const database =
    engine !== 'postgres'
      ? undefined
      : opts.databaseUrl
        ? { url: opts.databaseUrl, drop: async () => undefined }
        : await createDatabase();
  const env = parseEnv({
    ...process.env,
    NODE_ENV: 'test',
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DATABASE_URL: database?.url ?? '',
    SEED: opts.seed ? 'opop-2020' : 'none',
    DEMO_LIVE: '',
    DEMO_CROWD: '0',
    CLIENT_DIST: join(dataDir, 'no-client'),
    ...opts.env,
  });
  const config = new AppConfig(env);
  const builder = Test.createTestingModule({ imports: [AppModule] })
    .overrideProvider(AppConfig)
    .useValue(config);
  for (const o of opts.overrides ?? []) builder.overrideProvider(o.provide).useValue(o.useValue);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ logger: ['error', 'warn'] });
  setupApp(app);
  await app.listen(opts.port ?? 0, '127.0.0.1');
  const url = (await app.getUrl()).replace('[::1]', '127.0.0.1');
  return {
    app,
    url,
    config,
    db: app.get<DataSource>(getDataSourceToken()),
    http: new HttpClient(url),
    close: async () => {
      await app.close();
      await database?.drop();
      if (!opts.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
