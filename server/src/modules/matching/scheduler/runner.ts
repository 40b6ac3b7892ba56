import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { greedyFirstFit } from './greedy';
import { schedule } from './schedule';
import type { ScheduleOptions, SchedulingProblem, SchedulingResult } from './types';

export interface ScheduleRun {
  result: SchedulingResult;
  /** The first-fit baseline on the same problem, shown beside ours. */
  greedy: SchedulingResult;
}

/**
 * Run the auto-scheduler in a worker thread, so the search (up to its time budget, most of a second) never
 * holds up the event loop that carries the live hall. From TypeScript sources (the test runner) there is
 * no compiled worker, and it runs in-process.
 */
export function runSchedule(
  problem: SchedulingProblem,
  opts: ScheduleOptions = {},
  dir = __dirname,
): Promise<ScheduleRun> {
  const file = join(dir, 'worker.js');
  if (!existsSync(file))
    return Promise.resolve({ result: schedule(problem, opts), greedy: greedyFirstFit(problem) });
  return new Promise((resolve, reject) => {
    const worker = new Worker(file, { workerData: { problem, opts } });
    worker.once('message', (run: ScheduleRun) => {
      resolve(run);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => {
      if (code !== 0) reject(new Error(`auto-scheduler worker exited with code ${code}`));
    });
  });
}
