import { poolPerWorker } from './pool-size';

describe('poolPerWorker', () => {
  it('shares the total evenly, rounding down so the sum stays under it', () => {
    expect(poolPerWorker(87, 2)).toBe(43);
    expect(poolPerWorker(87, 4) * 4).toBeLessThanOrEqual(87);
  });

  it('refuses a total smaller than one connection per worker', () => {
    expect(() => poolPerWorker(3, 4)).toThrow(/3 database connections cannot be shared by 4 workers/);
  });
});
