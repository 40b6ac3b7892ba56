import { ConfigError, parseEnv } from './env.schema';

const S3 = {
  S3_ENDPOINT: 'http://127.0.0.1:7070',
  S3_BUCKET: 'pameran-pictures',
  S3_ACCESS_KEY_ID: 'pameran',
  S3_SECRET_ACCESS_KEY: 'not-a-real-secret',
};

describe('parseEnv', () => {
  it('applies the documented defaults', () => {
    const env = parseEnv({});
    expect(env).toMatchObject({
      PORT: 3000,
      DATA_DIR: './data',
      SEED: 'opop-2020',
      DEMO_LIVE: false,
      DEMO_CROWD: 0,
    });
    expect(env.DATABASE_URL).toBeUndefined();
  });

  it('treats empty values as unset', () => {
    expect(parseEnv({ DATABASE_URL: '', PORT: '' }).PORT).toBe(3000);
  });

  it.each([
    [{ PORT: 'abc' }, /^Invalid configuration: PORT .*\(got "abc"\)$/],
    [{ DATABASE_URL: 'mysql://localhost/db' }, /DATABASE_URL must be a postgres: or postgresql: URL/],
    [{ SEED: 'all' }, /^Invalid configuration: SEED/],
    [{ DEMO_LIVE: 'maybe' }, /DEMO_LIVE/],
    [{ JWT_SECRET: 'short' }, /JWT_SECRET must be at least 32 characters$/],
    [{ REDIS_URL: 'redis://127.0.0.1:6379' }, /JWT_SECRET is required when REDIS_URL is set/],
    [{ LIVEKIT_URL: 'ws://127.0.0.1:7880' }, /must be set together/],
    [{ WORKERS: 'auto' }, /^Invalid configuration: WORKERS needs DATABASE_URL and REDIS_URL/],
    [{ WORKERS: '2', DATABASE_URL: 'postgres://h/db' }, /WORKERS needs DATABASE_URL and REDIS_URL/],
    [{ WORKERS: 'many' }, /^Invalid configuration: WORKERS/],
    [
      { S3_ENDPOINT: 'http://127.0.0.1:7070', S3_BUCKET: 'pictures' },
      /^Invalid configuration: S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are missing \(S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY are set together\)$/,
    ],
    [{ ...S3, S3_BUCKET: '' }, /^Invalid configuration: S3_BUCKET is missing/],
    [{ ...S3, S3_BUCKET: 'Pictures_2020' }, /^Invalid configuration: S3_BUCKET must be a bucket name/],
    [
      { ...S3, S3_ENDPOINT: 's3.example.test' },
      /^Invalid configuration: S3_ENDPOINT must be a http: or https: URL/,
    ],
    [{ ...S3, UPLOAD_DIR_SHARED: '1' }, /either S3_\* or UPLOAD_DIR_SHARED/],
    [
      { REDIS_URL: 'redis://127.0.0.1:6379', JWT_SECRET: 'x'.repeat(32) },
      /^Invalid configuration: several nodes \(REDIS_URL\) need shared picture storage: set S3_ENDPOINT, S3_BUCKET, S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY, or UPLOAD_DIR_SHARED=1/,
    ],
    [{ SMTP_URL: 'smtp://127.0.0.1:25' }, /PUBLIC_ORIGIN is required when SMTP_URL is set/],
    [
      { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) },
      /PUBLIC_ORIGIN is required when NODE_ENV=production/,
    ],
    [{ PUBLIC_ORIGIN: 'fair.example.id' }, /PUBLIC_ORIGIN must be comma-separated origins/],
    [{ PUBLIC_ORIGIN: 'https://fair.example.id/path' }, /PUBLIC_ORIGIN must be comma-separated origins/],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => parseEnv(env)).toThrow(ConfigError);
    expect(() => parseEnv(env)).toThrow(message);
  });

  describe('with NODE_ENV=production', () => {
    const production = {
      NODE_ENV: 'production',
      JWT_SECRET: 'x'.repeat(32),
      PUBLIC_ORIGIN: 'https://fair.example.id',
    };

    it('loads no demo data unless SEED says so', () => {
      expect(parseEnv(production).SEED).toBe('none');
      expect(parseEnv({ ...production, SEED: 'opop-2020' }).SEED).toBe('opop-2020');
      expect(parseEnv({}).SEED).toBe('opop-2020');
    });

    it.each([
      [
        { DEMO_LIVE: '1' },
        /^Invalid configuration: DEMO_LIVE is a demo setting, refused with NODE_ENV=production$/,
      ],
      [{ DEMO_CROWD: '0' }, /DEMO_CROWD is a demo setting/],
      [{ DEMO_LIVE: '0', DEMO_CROWD: '40' }, /DEMO_LIVE, DEMO_CROWD are demo settings/],
    ])('refuses the demo switches %j in one line', (demo, message) => {
      expect(() => parseEnv({ ...production, ...demo })).toThrow(ConfigError);
      expect(() => parseEnv({ ...production, ...demo })).toThrow(message);
    });

    it('requires JWT_SECRET (a generated one would differ per node and vanish with DATA_DIR)', () => {
      expect(() => parseEnv({ NODE_ENV: 'production' })).toThrow(
        /^Invalid configuration: JWT_SECRET is required with NODE_ENV=production$/,
      );
    });

    it('ignores demo switches left empty', () => {
      expect(parseEnv({ ...production, DEMO_LIVE: '', DEMO_CROWD: '' }).DEMO_CROWD).toBe(0);
    });
  });

  it('never echoes a secret back', () => {
    expect(() => parseEnv({ JWT_SECRET: 'hunter2' })).toThrow(/^(?!.*hunter2).*$/);
    expect(() => parseEnv({ S3_SECRET_ACCESS_KEY: 'hunter2' })).toThrow(/^(?!.*hunter2).*$/);
  });

  it('keeps pictures on the local disk unless S3 is configured; several nodes need S3 or a shared folder', () => {
    expect(parseEnv({}).UPLOAD_DIR_SHARED).toBe(false);
    const s3 = parseEnv({ ...S3, REDIS_URL: 'redis://127.0.0.1:6379', JWT_SECRET: 'x'.repeat(32) });
    expect(s3).toMatchObject({ S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: true });
    expect(parseEnv({ ...S3, S3_FORCE_PATH_STYLE: 'false' }).S3_FORCE_PATH_STYLE).toBe(false);
    const shared = {
      REDIS_URL: 'redis://127.0.0.1:6379',
      JWT_SECRET: 'x'.repeat(32),
      UPLOAD_DIR_SHARED: 'yes',
    };
    expect(parseEnv(shared).UPLOAD_DIR_SHARED).toBe(true);
  });
});
