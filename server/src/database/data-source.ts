/** Data source for the TypeORM CLI (migration:generate|run|revert). Unset DATABASE_URL → embedded PGlite. */
import 'reflect-metadata';
import { join, resolve } from 'node:path';
import { DataSource } from 'typeorm';
import { EmbeddedPostgres } from './embedded/embedded-postgres';
import { typeormOptions } from './typeorm-options';

async function create(): Promise<DataSource> {
  const external = process.env.DATABASE_URL;
  const url =
    external ??
    (await new EmbeddedPostgres(join(resolve(process.env.DATA_DIR ?? './data'), 'pgdata')).start());
  return new DataSource(typeormOptions(url, { embedded: !external }));
}

export const dataSource = create();
