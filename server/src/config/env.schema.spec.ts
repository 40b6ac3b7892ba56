import { ConfigError, parseEnv } from './env.schema';

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
    [{ SMTP_URL: 'smtp://127.0.0.1:25' }, /PUBLIC_ORIGIN is required when SMTP_URL is set/],
    [{ NODE_ENV: 'production' }, /PUBLIC_ORIGIN is required when NODE_ENV=production/],
    [{ PUBLIC_ORIGIN: 'fair.example.id' }, /PUBLIC_ORIGIN must be comma-separated origins/],
    [{ PUBLIC_ORIGIN: 'https://fair.example.id/path' }, /PUBLIC_ORIGIN must be comma-separated origins/],
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => parseEnv(env)).toThrow(ConfigError);
    expect(() => parseEnv(env)).toThrow(message);
  });

  it('never echoes a secret back', () => {
    expect(() => parseEnv({ JWT_SECRET: 'hunter2' })).toThrow(/^(?!.*hunter2).*$/);
  });
});
