import { RedisClients } from '../redis/redis.clients';
import { RateLimiter } from './rate-limiter';

/** One node (no REDIS_URL): limits are kept in this process. */
const oneNode = () => new RateLimiter({ enabled: false } as RedisClients);
const take = (l: RateLimiter, key: string, n: number, limit = 8, windowMs = 10_000) =>
  Promise.all(Array.from({ length: n }, () => l.allow(key, limit, windowMs))).then(
    (r) => r.filter(Boolean).length,
  );

describe('RateLimiter on one node', () => {
  afterEach(() => jest.useRealTimers());

  it('gives a flood its limit once, wherever the clock stands (no double burst at a window boundary)', async () => {
    jest.useFakeTimers({ now: 9_990 }); // 10 ms before a round 10-second mark
    const limiter = oneNode();
    expect(await take(limiter, 'chat:flooder', 8)).toBe(8);
    jest.advanceTimersByTime(20); // the round mark passes in the middle of the flood
    expect(await take(limiter, 'chat:flooder', 8)).toBe(0);
    jest.advanceTimersByTime(10_000); // the flooder's own window has ended
    expect(await take(limiter, 'chat:flooder', 9)).toBe(8);
  });

  it('keeps counting a limited key however many other keys appear', async () => {
    const limiter = oneNode();
    expect(await take(limiter, 'chat:flooder', 9)).toBe(8);
    for (let i = 0; i < 50_001; i++) await limiter.allow(`chat:user${i}`, 8, 10_000);
    expect(await take(limiter, 'chat:flooder', 1)).toBe(0);
  });

  it('counts each key and each limit on its own', async () => {
    const limiter = oneNode();
    expect(await take(limiter, 'enter:a', 6, 5, 1000)).toBe(5);
    expect(await take(limiter, 'enter:b', 6, 5, 1000)).toBe(5);
    expect(await take(limiter, 'chat:a', 9)).toBe(8);
  });

  it('tells a refused caller how long to wait, and refuses a window it cannot keep', async () => {
    jest.useFakeTimers({ now: 0 });
    const limiter = oneNode();
    expect(await limiter.consume('login:x', 1, 60_000)).toEqual({ allowed: true, retryAfterMs: 0 });
    jest.advanceTimersByTime(15_000);
    expect(await limiter.consume('login:x', 1, 60_000)).toEqual({ allowed: false, retryAfterMs: 45_000 });
    await expect(limiter.allow('x', 5, 500)).rejects.toThrow(/whole seconds/);
    await expect(limiter.allow('x', 0, 1000)).rejects.toThrow(/whole limit/);
  });
});
