import { Semaphore } from './semaphore';

/** A task that runs until released, recording how many tasks run at once. */
function gate(counter: { now: number; max: number }) {
  let release!: () => void;
  const done = new Promise<void>((r) => (release = r));
  const task = async () => {
    counter.now++;
    counter.max = Math.max(counter.max, counter.now);
    await done;
    counter.now--;
  };
  return { task, release };
}

describe('Semaphore', () => {
  it('runs at most `limit` tasks, the rest in arrival order', async () => {
    const sem = new Semaphore(2);
    const counter = { now: 0, max: 0 };
    const order: number[] = [];
    const gates = Array.from({ length: 5 }, () => gate(counter));
    const runs = gates.map((g, i) => sem.run(() => (order.push(i), g.task())));
    await Promise.resolve();
    expect(sem.queued).toBe(3);
    for (const g of gates) g.release();
    await Promise.all(runs);
    expect(counter.max).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
    expect(sem.queued).toBe(0);
  });

  it('hands a released slot to the waiter, so a newcomer arriving at that moment cannot overtake it', async () => {
    const sem = new Semaphore(1);
    const counter = { now: 0, max: 0 };
    const waiter = gate(counter);
    const newcomer = gate(counter);
    const started: string[] = [];
    let releaseFirst!: () => void;
    const first = sem.run(() => new Promise<void>((r) => (releaseFirst = r)));
    const b = sem.run(() => (started.push('waiter'), waiter.task()));
    await Promise.resolve();
    // The first task ends and, queued right behind its completion in the same turn of the event loop, a
    // newcomer asks for the slot the waiter has just been promised.
    releaseFirst();
    const c = Promise.resolve().then(() => sem.run(() => (started.push('newcomer'), newcomer.task())));
    await first;
    await new Promise((r) => setImmediate(r));
    expect(started).toEqual(['waiter']);
    expect(counter.max).toBe(1);
    waiter.release();
    newcomer.release();
    await Promise.all([b, c]);
    expect(started).toEqual(['waiter', 'newcomer']);
    expect(counter.max).toBe(1);
  });

  it('releases the slot when a task fails', async () => {
    const sem = new Semaphore(1);
    await expect(sem.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(sem.run(async () => 'next')).resolves.toBe('next');
  });
});
