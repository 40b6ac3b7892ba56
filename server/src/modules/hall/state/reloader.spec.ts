import { Reloader } from './reloader';

describe('Reloader', () => {
  it('never ends on a read that started before the last request', async () => {
    let truth = 1;
    const reads: Array<() => void> = [];
    const applied: number[] = [];
    const r = new Reloader(
      () =>
        new Promise<number>((resolve) => {
          const seen = truth;
          reads.push(() => resolve(seen));
        }),
      (v) => applied.push(v),
    );
    const first = r.request();
    truth = 2; // changed while the first read runs
    const second = r.request();
    reads.shift()!();
    await new Promise((res) => setImmediate(res));
    reads.shift()!();
    await Promise.all([first, second]);
    expect(applied).toEqual([1, 2]);
  });

  it('shares one read among requests made while it waits to start again', async () => {
    let reads = 0;
    const r = new Reloader(
      async () => ++reads,
      () => undefined,
    );
    await Promise.all([r.request(), r.request(), r.request()]);
    expect(reads).toBe(2);
  });
});
