import { z } from 'zod';

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
  DATABASE_URL: url(['postgres:', 'postgresql:'])
    .optional()
    .describe('PostgreSQL connection URL; unset → embedded PGlite under DATA_DIR'),
  DATA_DIR: z
    .string()
    .min(1)
    .default('./data')
    .describe('Folder for the embedded database, generated secrets and media'),
  REDIS_URL: url(['redis:', 'rediss:']).optional().describe('Redis URL; set it to run several nodes'),
  LIVEKIT_URL: url(['ws:', 'wss:', 'http:', 'https:']).optional().describe('LiveKit server URL'),
  LIVEKIT_API_KEY: z.string().min(1).optional().describe('LiveKit API key'),
  LIVEKIT_API_SECRET: z.string().min(1).optional().describe('LiveKit API secret'),
  JWT_SECRET: z
    .string()
    .min(32, 'must be at least 32 characters')
    .optional()
    .describe('Token signing secret; one node: generated once into DATA_DIR; required with REDIS_URL'),
  PUBLIC_ORIGIN: z
    .string()
    .optional()
    .describe("Comma-separated browser origins allowed to connect; default the server's own origin"),
  SEED: z
    .enum(['opop-2020', 'none'])
    .optional()
    .describe('Demo data loaded on first start; default opop-2020, or none with NODE_ENV=production'),
  DEMO_LIVE: flag.default(false).describe('Shift the schedule so that now is one hour into day 1 hall hours'),
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
    .describe('Guest/login/register attempts per client address per minute'),
  CATALOGUE_CACHE_SECONDS: z.coerce
    .number()
    .int()
    .min(0)
    .max(3600)
    .default(15)
    .describe('How long a catalogue search answer is reused (0 = never)'),
  TRUST_PROXY: flag
    .default(false)
    .describe('Trust X-Forwarded-For from a load balancer for client addresses'),
  SMTP_URL: url(['smtp:', 'smtps:'])
    .optional()
    .describe('SMTP server for password-reset mail; unset → links via organiser'),
  MAIL_FROM: z.string().default('Pameran <no-reply@pameran.local>').describe('Sender of outgoing mail'),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])
    .default('info')
    .describe('Log level'),
  CLIENT_DIST: z.string().optional().describe('Folder of the built client to serve (default client/dist)'),
});
/** SEED always has a value once parsed: its default depends on NODE_ENV. */
export type Env = Omit<z.infer<typeof EnvSchema>, 'SEED'> & { SEED: 'opop-2020' | 'none' };

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
  const livekit = [env.LIVEKIT_URL, env.LIVEKIT_API_KEY, env.LIVEKIT_API_SECRET].filter(Boolean).length;
  if (livekit !== 0 && livekit !== 3) {
    throw new ConfigError(
      'Invalid configuration: LIVEKIT_URL, LIVEKIT_API_KEY and LIVEKIT_API_SECRET must be set together',
    );
  }
  return env;
}
