import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { ENTITIES } from './entities';

/** One set of TypeORM options for the app, the CLI and the tests; `synchronize` is never on. */
export function typeormOptions(
  url: string,
  opts: { embedded: boolean; poolSize?: number },
): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: ENTITIES,
    migrations: [join(__dirname, 'migrations', '*.{js,ts}')],
    migrationsTableName: 'migrations',
    migrationsTransactionMode: 'each',
    synchronize: false,
    migrationsRun: false,
    // Extensions are created by the first migration, so both engines go through the same path.
    installExtensions: false,
    // PGlite is one backend behind pglite-socket, which interleaves the extended-protocol messages of
    // concurrent connections (seen: parameters of one query bound to another's statement). One connection
    // keeps every query whole; PGlite runs one query at a time anyway.
    poolSize: opts.poolSize ?? (opts.embedded ? 1 : 20),
    applicationName: 'pameran',
    extra: { connectionTimeoutMillis: 10_000 },
  };
}
