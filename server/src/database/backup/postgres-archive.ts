import { spawn } from 'node:child_process';
import { Client } from 'pg';

/** A command-line failure the operator can act on: printed as one line, exit code 1. */
export class BackupError extends Error {}

/**
 * libpq's environment for a connection URL, so that the password never appears in the process list
 * (`pg_dump postgres://user:secret@…` would show it to every user of the machine).
 */
export function libpqEnv(url: string): Record<string, string> {
  const u = new URL(url);
  const env: Record<string, string> = {
    PGHOST: decodeURIComponent(u.hostname.replace(/^\[|\]$/g, '')),
    PGPORT: u.port || '5432',
    PGDATABASE: decodeURIComponent(u.pathname.replace(/^\//, '')),
  };
  if (u.username) env.PGUSER = decodeURIComponent(u.username);
  if (u.password) env.PGPASSWORD = decodeURIComponent(u.password);
  const sslmode = u.searchParams.get('sslmode');
  if (sslmode) env.PGSSLMODE = sslmode;
  // A socket directory given as ?host=/run/postgresql wins over the URL's host, as in libpq.
  const host = u.searchParams.get('host');
  if (host) env.PGHOST = host;
  return env;
}

function run(command: string, args: string[], url: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      env: { ...process.env, ...libpqEnv(url) },
      stdio: ['ignore', 'inherit', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'ENOENT'
          ? new BackupError(
              `${command} is not installed: install the PostgreSQL client (Debian: postgresql-client) of the server's major version or newer`,
            )
          : err,
      ),
    );
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new BackupError(`${command} failed (${code}): ${stderr.trim()}`)),
    );
  });
}

/** Tables, views, sequences and types outside PostgreSQL's own schemas: what makes a database "not empty". */
export async function userObjectCount(url: string): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p', 'v', 'm', 'S')
          AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'`,
    );
    return rows[0].n;
  } finally {
    await client.end();
  }
}

/**
 * `pg_dump -Fc`: one consistent snapshot (a single transaction), taken while the app runs. Ownership and
 * grants are left out, so the archive restores into a database owned by any role.
 */
export function dumpPostgres(url: string, file: string): Promise<void> {
  return run('pg_dump', ['--format=custom', '--no-owner', '--no-acl', `--file=${file}`], url);
}

/**
 * `pg_restore` into an empty database, all or nothing (one transaction, stop at the first error). With
 * `force`, everything in the `public` schema is dropped first, so what is left is exactly the archive.
 */
export async function restorePostgres(url: string, file: string, force: boolean): Promise<void> {
  const objects = await userObjectCount(url);
  if (objects > 0 && !force) {
    throw new BackupError(
      `the target database is not empty (${objects} tables, views or sequences): restore into an empty database, or add --force to replace its contents`,
    );
  }
  if (objects > 0) {
    const client = new Client({ connectionString: url });
    await client.connect();
    try {
      await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public');
    } finally {
      await client.end();
    }
  }
  await run(
    'pg_restore',
    [
      '--no-owner',
      '--no-acl',
      '--exit-on-error',
      '--single-transaction',
      `--dbname=${libpqEnv(url).PGDATABASE}`,
      file,
    ],
    url,
  );
}
