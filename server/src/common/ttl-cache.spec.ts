import { TtlCache } from './ttl-cache';

describe('TtlCache', () => {
  let now = 0;
  const clock = () => now;

  it('serves a hit within the TTL and reloads after it', async () => {
    const cache = new TtlCache<number>(1000, 10, clock);
    let loads = 0;
    const load = async () => ++loads;
    expect(await cache.get('a', load)).toBe(1);
    now = 999;
    expect(await cache.get('a', load)).toBe(1);
    now = 1000;
    expect(await cache.get('a', load)).toBe(2);
  });

  it('shares one load between concurrent misses and forgets failures', async () => {
    const cache = new TtlCache<number>(1000, 10, clock);
    let loads = 0;
    const slow = () => new Promise<number>((r) => setTimeout(() => r(++loads), 5));
    const [a, b] = await Promise.all([cache.get('k', slow), cache.get('k', slow)]);
    expect([a, b, loads]).toEqual([1, 1, 1]);
    await expect(cache.get('x', () => Promise.reject(new Error('db down')))).rejects.toThrow('db down');
    expect(await cache.get('x', async () => 7)).toBe(7);
  });

  it('evicts the least recently used past its size and is off with a zero TTL', async () => {
    const cache = new TtlCache<string>(1000, 2, clock);
    await cache.get('a', async () => 'a');
    await cache.get('b', async () => 'b');
    await cache.get('a', async () => 'a2'); // touch a
    await cache.get('c', async () => 'c'); // evicts b
    expect(await cache.get('b', async () => 'b2')).toBe('b2');
    const off = new TtlCache<number>(0);
    let n = 0;
    await off.get('k', async () => ++n);
    expect(await off.get('k', async () => ++n)).toBe(2);
  });
});
