import { Global, Injectable, Module, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource, TypeOrmModule } from '@nestjs/typeorm';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { EmbeddedPostgres } from './embedded/embedded-postgres';
import { DatabasePoolMetrics } from './pool-metrics';
import { prepareDatabase } from './prepare-database';
import { seederFor } from './seeds/seeder';
import { typeormOptions } from './typeorm-options';

/** Where the database lives: DATABASE_URL, or embedded PGlite under DATA_DIR/pgdata (started here). */
export class DatabaseLocation {
  constructor(
    readonly url: string,
    readonly embedded: EmbeddedPostgres | null,
  ) {}

  static async resolve(config: AppConfig): Promise<DatabaseLocation> {
    const url = config.get('DATABASE_URL');
    if (url) return new DatabaseLocation(url, null);
    const embedded = new EmbeddedPostgres(join(config.dataDir, 'pgdata'));
    return new DatabaseLocation(await embedded.start(), embedded);
  }
}

@Global()
@Module({
  providers: [{ provide: DatabaseLocation, inject: [AppConfig], useFactory: DatabaseLocation.resolve }],
  exports: [DatabaseLocation],
})
class DatabaseLocationModule {}

/** Runs migrations and the seed under the database lock before the app serves anything. */
@Injectable()
class DatabaseLifecycle implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly location: DatabaseLocation,
    private readonly config: AppConfig,
  ) {}

  async onModuleInit(): Promise<void> {
    await prepareDatabase(this.db, seederFor(this.config), { embedded: Boolean(this.location.embedded) });
  }

  /** The embedded server goes last, after TypeORM's pool is closed. */
  async onApplicationShutdown(): Promise<void> {
    if (!this.location.embedded) return;
    if (this.db.isInitialized) await this.db.destroy();
    await this.location.embedded.stop();
  }
}

@Global()
@Module({
  imports: [
    DatabaseLocationModule,
    TypeOrmModule.forRootAsync({
      inject: [DatabaseLocation, AppConfig],
      // With WORKERS the primary sets each worker's DB_POOL_SIZE (server/src/cluster/pool-size.ts).
      useFactory: (location: DatabaseLocation, config: AppConfig) =>
        typeormOptions(location.url, {
          embedded: Boolean(location.embedded),
          poolSize: location.embedded ? undefined : config.get('DB_POOL_SIZE'),
        }),
    }),
  ],
  providers: [DatabaseLifecycle, DatabasePoolMetrics],
})
export class DatabaseModule {}
