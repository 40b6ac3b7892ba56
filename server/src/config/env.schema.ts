import { z } from 'zod';
import { parseTrustProxy } from '../common/client-address';

const flag = z
  .enum(['1', '0', 'true', 'false', 'on', 'off', 'yes', 'no', ''])
  .transform((v) => ['1', 'true', 'on', 'yes'].includes(v));

const url = (protocols: string[]) =>
  z.string().refine(
    (v) => {
      try {
        return protocols.includes(new URL(v).protocol);
      } catch {
        return false;
      }
    },
    `must be a ${protocols.join(' or ')} URL`,
  );

/** Every environment variable the server reads; each is described for the README and for error messages. */
export const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development').describe('Runtime mode'),
  PORT: z.coerce.number().int().min(0).max(65535).default(3000).describe('HTTP port (0 = any free port)'),
  HOST: z.string().default('0.0.0.0').describe('Interface to listen on'),
  METRICS_PORT: z.coerce
    .number()
    .int()
    .min(0)
    .max(65535)
    .optional()
    .describe('Port of the Prometheus endpoint GET /metrics (never the app port); unset → none'),
  METRICS_HOST: z
    .string()
    .default('127.0.0.1')
    .describe('Interface of the metrics endpoint; loopback unless a scraper on another host needs it'),
  DATABASE_URL: url(['postgres:', 'postgresql:'])
    .optional()
    .describe('PostgreSQL connection URL; unset → embedded PGlite under DATA_DIR'),
  DATA_DIR: z
    .string()
    .min(1)
    .default('./data')
    .describe('Folder for the embedded database, generated secrets and media'),
  REDIS_URL: url(['redis:', 'rediss:']).optional().describe('Redis URL; set it to run several nodes'),
  WORKERS: z
    .union([z.literal('auto'), z.coerce.number().int().min(1).max(256)])
    .optional()
    .describe(
      'Worker processes on this machine: auto = one per CPU core, or a number; needs DATABASE_URL and REDIS_URL (docs/operations.md)',
    ),
  DB_POOL_SIZE: z.coerce
    .number()
    .int()
    .min(1)
    .max(1000)
    .optional()
    .describe(
      'Database connections this process may open (default 20; with WORKERS set per worker by the primary)',
    ),
  DB_POOL_TOTAL: z.coerce
    .number()
    .int()
    .min(1)
    .max(10_000)
    .optional()
    .describe(
      "Database connections all WORKERS of this machine share; default the server's max_connections less a reserve",
    ),
  DRAIN_SECONDS: z.coerce
    .number()
    .int()
    .min(1)
    .max(300)
    .default(20)
    .describe(
      'On SIGTERM: how long the node keeps serving while its sockets move to other nodes (hints spread over half of it) before it exits',
    ),
  LIVEKIT_URL: url(['ws:', 'wss:', 'http:', 'https:']).optional().describe('LiveKit server URL'),
  LIVEKIT_API_KEY: z.string().min(1).optional().describe('LiveKit API key'),
  LIVEKIT_API_SECRET: z.string().min(1).optional().describe('LiveKit API secret'),
  STAGE_VIEWER_CAPACITY: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(500)
    .describe('Hidden viewers a stage session admits at once, unless an organiser sets its own capacity'),
  JWT_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .describe('Token signing secret; one node: generated once into DATA_DIR; required with REDIS_URL'),
  PUBLIC_ORIGIN: z
    .string()
    .refine(
      (v) =>
        v
          .split(',')
          .map((o) => o.trim())
          .filter(Boolean)
          .every((o) => /^https?:\/\/[^/?#]+\/?$/.test(o)),
      'must be comma-separated origins such as https://fair.example.id',
    )
    .optional()
    .describe(
      "Comma-separated browser origins allowed to connect; the first is where mailed links point. Default the server's own origin; required with SMTP_URL or in production",
    ),
  SEED: z
    .enum(['opop-2020', 'demo', 'none'])
    .optional()
    .describe(
      'Demo data loaded on first start: opop-2020 (the 2020 fair, live), demo (the 2020 fair archived and a live one) or none; default opop-2020, or none with NODE_ENV=production',
    ),
  DEMO_LIVE: flag
    .default(false)
    .describe(
      "Shift the schedule so that now is one hour into the last day's hall hours (the days before get a seeded history)",
    ),
  DEMO_CROWD: z.coerce
    .number()
    .int()
    .min(0)
    .max(5000)
    .default(0)
    .describe('Simulated visitors walking the demo hall'),
  AUTH_RATE_LIMIT_PER_MIN: z.coerce
    .number()
    .int()
    .min(1)
    .default(20)
    .describe('Guest/login/register/password-reset attempts per client address per minute'),
  AUTH_RATE_LIMIT_PER_ACCOUNT_PER_HOUR: z.coerce
    .number()
    .int()
    .min(1)
    .default(30)
    .describe('Login/register attempts naming one e-mail per hour, from any address'),
  API_RATE_LIMIT_PER_MIN: z.coerce
    .number()
    .int()
    .min(1)
    .default(300)
    .describe(
      'Product searches, chat history pages and WhatsApp clicks per client address per minute (each)',
    ),
  UPLOAD_RATE_LIMIT_PER_10_MIN: z.coerce
    .number()
    .int()
    .min(1)
    .default(60)
    .describe('Picture uploads per account per 10 minutes (twice that per client address)'),
  HALL_SOCKETS_PER_USER: z.coerce
    .number()
    .int()
    .min(1)
    .max(100_000)
    .default(5)
    .describe('Open /hall connections one account may have at once (on all nodes); the next is refused'),
  HALL_HANDSHAKES_IN_FLIGHT: z.coerce
    .number()
    .int()
    .min(1)
    .default(2_000)
    .describe(
      'Hall handshakes one node works on at once; beyond it a client is told `busy` and when to retry',
    ),
  CATALOGUE_CACHE_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(3600)
    .default(15)
    .describe('How long a catalogue search answer is reused (0 = never)'),
  RETENTION_DAYS_AFTER_FAIR: z.coerce
    .number()
    .int()
    .min(0)
    .max(3650)
    .default(180)
    .describe('Days after a fair ends before its chat, visits and leads stop naming people (0 = keep)'),
  TRUST_PROXY: z
    .string()
    .default('')
    .transform((v, ctx) => {
      try {
        return parseTrustProxy(v);
      } catch (err) {
        ctx.addIssue({
          code: 'custom',
          message: `is not a hop count or address list: ${(err as Error).message}`,
        });
        return z.NEVER;
      }
    })
    .describe(
      'Proxies whose X-Forwarded-For is believed: a hop count (1 = one load balancer) or their addresses/CIDRs; unset = none',
    ),
  SMTP_URL: url(['smtp:', 'smtps:'])
    .optional()
    .describe('SMTP server for password-reset mail; unset → links via organiser'),
  MAIL_FROM: z.string().default('Pameran <no-reply@pameran.local>').describe('Sender of outgoing mail'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('Log level'),
  CLIENT_DIST: z.string().optional().describe('Folder of the built client to serve (default client/dist)'),
  S3_ENDPOINT: url(['http:', 'https:'])
    .optional()
    .describe('S3-compatible endpoint for uploaded pictures; unset → the local disk under DATA_DIR/uploads'),
  S3_REGION: z.string().min(1).default('us-east-1').describe('S3 region (signing only for most S3 servers)'),
  S3_BUCKET: z
    .string()
    .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'must be a bucket name (3–63 of a-z, 0-9, dot, dash)')
    .optional()
    .describe('Bucket for uploaded pictures; created at start when missing'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional().describe('S3 access key id'),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional().describe('S3 secret access key'),
  S3_FORCE_PATH_STYLE: flag
    .default(true)
    .describe(
      'Address the bucket as <endpoint>/<bucket> (most self-hosted S3 servers) instead of a subdomain',
    ),
  UPLOAD_DIR_SHARED: flag
    .default(false)
    .describe('DATA_DIR/uploads is one directory every node shares (the alternative to S3 with REDIS_URL)'),
});
/** SEED always has a value once parsed: its default depends on NODE_ENV. */
export type Env = Omit<z.infer<typeof EnvSchema>, 'SEED'> & { SEED: 'opop-2020' | 'demo' | 'none' };

export class ConfigError extends Error {}

/**
 * NODE_ENV=production is a real fair: no demo switches (a simulated crowd or a shifted clock in front of
 * real visitors), no demo data unless asked for, and no secret generated on the spot (each node would make
 * its own, and a lost DATA_DIR would sign everyone out).
 */
function checkProduction(env: Env, given: Record<string, unknown>): void {
  const demo = Object.keys(given).filter((name) => name.startsWith('DEMO_'));
  if (demo.length) {
    throw new ConfigError(
      `Invalid configuration: ${demo.join(', ')} ${demo.length > 1 ? 'are demo settings' : 'is a demo setting'}, refused with NODE_ENV=production`,
    );
  }
  if (!env.JWT_SECRET) {
    throw new ConfigError('Invalid configuration: JWT_SECRET is required with NODE_ENV=production');
  }
}

/** Parse the environment; the first problem becomes one line naming the variable. */
export function parseEnv(source: NodeJS.ProcessEnv): Env {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ''));
  const result = EnvSchema.safeParse(cleaned);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = String(issue.path[0] ?? 'environment');
    const shown = name in cleaned && !/SECRET|PASSWORD/.test(name) ? ` (got "${cleaned[name]}")` : '';
    throw new ConfigError(`Invalid configuration: ${name} ${issue.message}${shown}`);
  }
  const production = result.data.NODE_ENV === 'production';
  const env: Env = { ...result.data, SEED: result.data.SEED ?? (production ? 'none' : 'opop-2020') };
  if (production) checkProduction(env, cleaned);
  if (env.REDIS_URL && !env.JWT_SECRET) {
    throw new ConfigError(
      'Invalid configuration: JWT_SECRET is required when REDIS_URL is set (every node must verify every token)',
    );
  }
  if (env.WORKERS !== undefined && (!env.DATABASE_URL || !env.REDIS_URL)) {
    throw new ConfigError(
      `Invalid configuration: WORKERS needs DATABASE_URL and REDIS_URL (the embedded database allows one process, and workers share presence and sockets through Redis)`,
    );
  }
  const livekit = [env.LIVEKIT_URL, env.LIVEKIT_API_KEY, env.LIVEKIT_API_SECRET].filter(Boolean).length;
  if (livekit !== 0 && livekit !== 3) {
    throw new ConfigError(
      'Invalid configuration: LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET must be set together',
    );
  }
  const storage = storageProblem(env);
  if (storage) throw new ConfigError(`Invalid configuration: ${storage}`);
  // Links in mail (reset, invitations) are built from PUBLIC_ORIGIN only: never from a request's Host or
  // Origin, which a client chooses (docs/decisions/0011-mail-outbox.md).
  if (!env.PUBLIC_ORIGIN && (env.SMTP_URL || env.NODE_ENV === 'production')) {
    throw new ConfigError(
      `Invalid configuration: PUBLIC_ORIGIN is required when ${env.SMTP_URL ? 'SMTP_URL is set' : 'NODE_ENV=production'} (links in mail point there)`,
    );
  }
  return env;
}

/** The S3 variables that must be set together (region and path style have defaults). */
const S3_REQUIRED = ['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const;

/**
 * Where uploaded pictures go must be decided once for all nodes: a node's own disk is only right when it is
 * the only node, since a picture stored on one node would be missing on the others (docs/decisions/0010).
 */
function storageProblem(env: Env): string | null {
  const missing = S3_REQUIRED.filter((name) => !env[name]);
  if (missing.length && missing.length < S3_REQUIRED.length)
    return `${listed(missing)} ${missing.length > 1 ? 'are' : 'is'} missing (${listed(S3_REQUIRED)} are set together)`;
  const s3 = missing.length === 0;
  if (s3 && env.UPLOAD_DIR_SHARED)
    return 'set either S3_* or UPLOAD_DIR_SHARED for uploaded pictures, not both';
  if (env.REDIS_URL && !s3 && !env.UPLOAD_DIR_SHARED)
    return `several nodes (REDIS_URL) need shared picture storage: set ${listed(S3_REQUIRED)}, or UPLOAD_DIR_SHARED=1 when DATA_DIR/uploads is one directory every node shares`;
  return null;
}

const listed = (names: readonly string[]) =>
  names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}` : names[0];
