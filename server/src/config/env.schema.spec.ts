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
  ])('refuses %j with one line naming the variable', (env, message) => {
    expect(() => parseEnv(env)).toThrow(ConfigError);
    expect(() => parseEnv(env)).toThrow(message);
  });

  describe('with NODE_ENV=production', () => {
    const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };

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
  });
});
