import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { generateInstance } from './generator';
import { runSchedule } from './runner';
import { validate } from './validate';

/** The compiled library (the test command builds it before the tests run). */
const DIST = join(__dirname, '..', '..', '..', '..', 'dist', 'modules', 'matching', 'scheduler');
const built = existsSync(join(DIST, 'worker.js'));

describe('running the auto-scheduler', () => {
  const problem = generateInstance(7, 200);

  it('runs in-process when there is no compiled worker (TypeScript sources)', async () => {
    const { result, greedy } = await runSchedule(problem, { timeBudgetMs: 100 }, '/nonexistent');
    expect(validate(problem, result)).toEqual([]);
    expect(result.stats.placed).toBeGreaterThanOrEqual(greedy.stats.placed);
  });

  (built ? it : it.skip)('runs in a worker thread from the build, leaving the event loop free', async () => {
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 10);
    const started = Date.now();
    const { result, greedy } = await runSchedule(problem, { timeBudgetMs: 400 }, DIST);
    const elapsed = Date.now() - started;
    clearInterval(timer);
    expect(validate(problem, result)).toEqual([]);
    expect(result.stats.placed).toBeGreaterThanOrEqual(greedy.stats.placed);
    // The main thread kept ticking while the search ran elsewhere (a blocked loop would tick once or twice).
    expect(ticks).toBeGreaterThan(Math.floor(elapsed / 10) / 3);
  });
});
