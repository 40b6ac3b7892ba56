import { Logger } from '@nestjs/common';
import type { AppConfig } from '../src/config/app-config';
import { RateLimiter } from '../src/modules/rate-limit';
import { RedisClients } from '../src/modules/redis/redis.clients';
import { freePort, RedisProcess } from './support/redis-process';

/** Two nodes' limiters sharing a private Redis, which the last test stops. */
describe('rate limits across nodes', () => {
  let redis: RedisProcess;
  const clients: RedisClients[] = [];
  const node = async () => {
    const c = new RedisClients({ get: () => redis.url } as unknown as AppConfig);
    clients.push(c);
    await new Promise((r) => c.cmd!.once('ready', r));
    return new RateLimiter(c);
  };
  const take = (l: RateLimiter, key: string, n: number) =>
    Promise.all(Array.from({ length: n }, () => l.allow(key, 5, 10_000))).then(
      (r) => r.filter(Boolean).length,
    );

  beforeAll(async () => {
    redis = await new RedisProcess(await freePort()).start();
  });
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.onApplicationShutdown()));
    await redis?.stop();
  });

  it('holds one user’s limit across every node', async () => {
    const [a, b] = await Promise.all([node(), node()]);
    expect(await take(a, 'chat:u1', 3)).toBe(3);
    expect(await take(b, 'chat:u1', 5)).toBe(2);
    expect(await take(a, 'chat:u1', 1)).toBe(0);
    expect(await take(b, 'chat:u2', 1)).toBe(1);
  });

  it('while Redis is down, still limits per node and warns, instead of letting everything through', async () => {
    const [a, b] = await Promise.all([node(), node()]);
    const warn = jest.spyOn(Logger.prototype, 'warn');
    await redis.stop();
    for (let i = 0; i < 100 && clients.some((c) => c.cmd!.status === 'ready'); i++)
      await new Promise((r) => setTimeout(r, 20));
    expect(await take(a, 'chat:u3', 8)).toBe(5);
    expect(await take(b, 'chat:u3', 8)).toBe(5); // each node counts on its own
    expect(warn.mock.calls.flat()).toContainEqual(expect.stringMatching(/per node/));
    warn.mockRestore();
  });
});
