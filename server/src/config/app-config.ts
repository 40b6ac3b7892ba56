import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { trustRule, type TrustRule } from '../common/client-address';
import { Env } from './env.schema';

export type UploadStorage =
  | { kind: 'disk'; dir: string }
  | {
      kind: 's3';
      endpoint: string;
      region: string;
      bucket: string;
      accessKeyId: string;
      secretAccessKey: string;
      forcePathStyle: boolean;
    };

/** The validated configuration plus values derived at start-up (generated secrets, absolute paths). */
export class AppConfig {
  readonly dataDir: string;
  readonly jwtSecret: string;
  /** Which hops may name the client (`TRUST_PROXY`), for Express and the `/hall` handshake alike. */
  readonly trustProxy: TrustRule;

  constructor(readonly env: Env) {
    this.trustProxy = trustRule(env.TRUST_PROXY);
    this.dataDir = resolve(env.DATA_DIR);
    mkdirSync(this.dataDir, { recursive: true });
    this.jwtSecret = env.JWT_SECRET ?? this.generatedSecret('jwt-secret');
  }

  get<K extends keyof Env>(key: K): Env[K] {
    return this.env[key];
  }

  get multiNode(): boolean {
    return Boolean(this.env.REDIS_URL);
  }

  /** No DATABASE_URL: the embedded PGlite in this process (one node only). */
  get embeddedDatabase(): boolean {
    return !this.env.DATABASE_URL;
  }

  /** Where uploaded pictures are kept; parseEnv has checked that the S3 variables come all together. */
  get uploadStorage(): UploadStorage {
    const { S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID, S3_SECRET_ACCESS_KEY } = this.env;
    if (!S3_ENDPOINT || !S3_BUCKET || !S3_ACCESS_KEY_ID || !S3_SECRET_ACCESS_KEY)
      return { kind: 'disk', dir: join(this.dataDir, 'uploads') };
    return {
      kind: 's3',
      endpoint: S3_ENDPOINT,
      region: this.env.S3_REGION,
      bucket: S3_BUCKET,
      accessKeyId: S3_ACCESS_KEY_ID,
      secretAccessKey: S3_SECRET_ACCESS_KEY,
      forcePathStyle: this.env.S3_FORCE_PATH_STYLE,
    };
  }

  /** Browser origins allowed to call the API and open sockets; empty = same origin only. */
  get publicOrigins(): string[] {
    return (this.env.PUBLIC_ORIGIN ?? '')
      .split(',')
      .map((o) => o.trim().replace(/\/$/, ''))
      .filter(Boolean);
  }

  /**
   * Where links handed to people (mailed reset links, staff invitations, help-desk links) point: the first
   * PUBLIC_ORIGIN. Never the request's Host or Origin, which the client chooses. Without PUBLIC_ORIGIN
   * (allowed only in development without SMTP) the links point at this node on localhost.
   */
  get linkOrigin(): string {
    return this.publicOrigins[0] ?? `http://localhost:${this.env.PORT}`;
  }

  /** A secret generated on first start and kept in DATA_DIR (never committed, never logged). */
  private generatedSecret(name: string): string {
    const file = join(this.dataDir, name);
    if (existsSync(file)) return readFileSync(file, 'utf8').trim();
    const secret = randomBytes(48).toString('base64url');
    try {
      writeFileSync(file, secret, { mode: 0o600, flag: 'wx' });
      return secret;
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      return readFileSync(file, 'utf8').trim(); // another process wrote it first
    }
  }
}
